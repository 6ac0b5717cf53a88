"""PDF output (reportlab only): domain objects and blocks in, PDF files out."""
