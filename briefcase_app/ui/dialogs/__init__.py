"""Dialogs: preferences, revisions, export progress."""
