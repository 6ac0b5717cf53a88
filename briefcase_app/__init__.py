"""Briefcase: an offline desktop program for a delegation's conference briefings."""

__version__ = "0.1.0"
