"""Store: the SQLite file (sqlite-utils only); the only package that speaks SQL."""

from .store import ANY, Store

__all__ = ["ANY", "Store"]
