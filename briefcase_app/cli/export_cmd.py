"""Commands of the briefing-pack PDF export (being written: registers nothing yet)."""


def register(sub) -> None:
    """Add this module's commands to the parser."""
