"""Comparing names across spellings: case, accents and spacing folded away."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """"Orbán" → "orban", "  Sécurité  routière" → "securite routiere"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())
