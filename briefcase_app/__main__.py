"""`python -m briefcase_app`."""

import sys

from .entry import main

sys.exit(main())
