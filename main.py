"""Run Briefcase: `python main.py [COMMAND ...]`, the same as `briefcase-app`."""

import sys

from briefcase_app.entry import main

if __name__ == "__main__":
    sys.exit(main())
