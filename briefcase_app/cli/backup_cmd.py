"""Commands of backups (written next)."""


def register(sub) -> None:
    """Add this module's commands to the parser."""
