"""The window (PySide6): the only package, with app.py, that imports Qt."""
