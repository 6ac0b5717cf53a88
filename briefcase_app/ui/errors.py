"""Errors as sentences a person can act on; anything unexpected goes to the log, not the screen."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from ..domain.errors import BriefcaseError
from . import plain
from .i18n import translate

log = logging.getLogger(__name__)


def describe(error: BaseException) -> str:
    """The message to show for `error`; unexpected errors are logged with their traceback."""
    from ..services.collection import STORE_ERRORS, store_error_message

    if isinstance(error, BriefcaseError):
        return str(error)
    if isinstance(error, STORE_ERRORS):
        log.warning("store error: %s", error)
        return store_error_message(error).capitalize()
    if isinstance(error, OSError):
        log.warning("file error: %s", error)
        return translate("Errors", "A file could not be used: {reason}").format(
            reason=error.strerror or error
        ) + (f" ({error.filename})" if error.filename else "")
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    return translate(
        "Errors",
        "Something went wrong that Briefcase did not expect. Your work so far is saved; "
        "the details are in the log file.",
    )


def show_error(parent: QWidget | None, what: str | None, error: BaseException) -> None:
    """A clear message box: what failed (when given), and why."""
    plain.warning(parent, "Briefcase", f"{what}\n\n{describe(error)}" if what else describe(error))


def is_expected(error: BaseException) -> bool:
    from ..services.collection import STORE_ERRORS

    return isinstance(error, (BriefcaseError, OSError, *STORE_ERRORS))
