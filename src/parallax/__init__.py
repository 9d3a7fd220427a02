"""Parallax: one story from every side, across languages and outlets."""

__version__ = "0.1.0"
