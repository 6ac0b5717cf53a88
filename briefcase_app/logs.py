"""The log file: details of every error go there, the person sees one clear sentence."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .paths import log_dir, open_private, private_folder

LOG_NAME = "briefcase.log"


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """Log files (and their rotated copies) readable by the owner only: they name stores and files."""

    def _open(self):
        return open_private(self.baseFilename, self.mode, self.encoding)


def configure(directory: Path | None = None) -> Path | None:
    """Send the `briefcase_app` logger to a rotating file; never to the terminal.

    Returns the log file, or None when it cannot be written (logging must not stop the work).
    """
    logger = logging.getLogger("briefcase_app")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    for handler in list(logger.handlers):
        if getattr(handler, "_briefcase", False):
            logger.removeHandler(handler)
            handler.close()
    folder = directory or log_dir()
    try:
        private_folder(folder)
        handler = _PrivateRotatingFile(folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        logger.addHandler(logging.NullHandler())
        return None
    handler._briefcase = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return folder / LOG_NAME
