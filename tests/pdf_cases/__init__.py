"""Hard Markdown cases for the PDF export, and helpers to read exported PDFs back."""
