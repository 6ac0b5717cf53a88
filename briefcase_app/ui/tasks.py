"""Kept only for ui/operations.py (the lead's file), whose erase-from-backups still starts a
`Task` on `window.tasks` (the window's background Worker): the one worker kind is ops.Job.
Move that to `ops.QueryOp(...).failure(...).run_in_background()` and delete this module."""

from __future__ import annotations

from .ops import Job as Task

__all__ = ["Task"]
