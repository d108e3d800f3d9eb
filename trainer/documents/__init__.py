"""Printable documents (certificates) drawn with QtGui; no widgets, so it also runs without a window."""
