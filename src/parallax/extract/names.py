"""Comparing names across spellings: case, accents and spacing folded away."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """"Orbán" → "orban", "  Sécurité  routière" → "securite routiere"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


INFLECTION_LETTERS = 3  # "Amt" → "Amts", "Mahalle" → "Mahallesi", "Botschafter" → "…ers"
INFLECTED_STEM = 3  # letters a word keeps before an ending that inflects it


def inflected_alike(a: str, b: str) -> bool:
    """Two names of two words or more that are the same words, some inflected ("des
    Auswärtigen Amts" and "das Auswärtige Amt": "Auswärtigen Amts", "Auswärtige Amt";
    Turkish "Batı Mahallesi", "Batı Mahalle"). One word alone is not compared so: "Niger"
    is no inflection of "Nigeria"."""
    x, y = a.casefold().split(), b.casefold().split()
    if len(x) != len(y) or len(x) < 2:
        return False
    for u, v in zip(x, y, strict=True):
        short, long = sorted((u, v), key=len)
        if not (long.startswith(short) and len(short) >= INFLECTED_STEM
                and len(long) - len(short) <= INFLECTION_LETTERS):
            return False
    return True
