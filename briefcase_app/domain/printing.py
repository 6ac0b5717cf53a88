"""Choices a person makes about printed output, shared by the window, the command line and pdf/."""

from __future__ import annotations

#: body text sizes offered for a pack or a document (points); the first is the house default.
BODY_SIZES: tuple[float, ...] = (10.5, 12.0, 14.0)
