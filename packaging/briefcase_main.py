"""The frozen program's entry point (packaging/briefcase.spec): `briefcase-app` with no Python around."""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    # the window exports in a spawned child process; in a frozen build that child is this
    # executable again, and freeze_support() makes it run the child's work instead of main()
    multiprocessing.freeze_support()
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:  # a windowed Windows build has no console to print to
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    from briefcase_app.cli import main

    sys.exit(main())
