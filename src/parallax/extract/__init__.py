"""Extraction: quantities, entities, attributions, dates and the claims they make up."""
