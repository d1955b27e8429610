"""Printable documents (PDF with reportlab, fonts embedded)."""
