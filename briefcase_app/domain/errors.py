"""Errors a person can act on; their message is shown as is."""


class BriefcaseError(Exception):
    """Base for every error whose message is meant for the user."""


class ValidationError(BriefcaseError):
    """Input that cannot be saved: an empty title, a bad date, an unknown value."""


class NotFoundError(BriefcaseError):
    """An id or name that matches nothing."""


class StoreError(BriefcaseError):
    """The store file cannot be used: not a store, corrupt, too new, read-only."""
