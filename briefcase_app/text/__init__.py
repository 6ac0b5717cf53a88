"""Text: Markdown to sanitised HTML (preview) and to a block tree (for pdf/)."""
