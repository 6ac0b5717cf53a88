"""The right pane: the chosen item's fields above its Markdown text, saved as you type."""
