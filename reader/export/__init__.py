"""Exporting articles and sections to other formats (PDF)."""
