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


# Spellings one name takes across languages ("Khamenei", "Chamenei", "Jamenai"): letters
# that stand for the same sound, reduced to one before two surnames are compared
_TRANSLITERATION = (("sch", "s"), ("kh", "h"), ("ch", "h"), ("sh", "s"), ("j", "h"),
                    ("ph", "f"), ("w", "v"), ("y", "i"), ("ou", "u"), ("k", "c"))
# the vowel pairs that transliterations write either way ("Chamenei", "Jamenai")
_DIPHTHONGS = (("ei", "ai"), ("ey", "ai"), ("ay", "ai"))


def sound(word: str) -> str:
    """A folded word with its letters for one sound reduced to one ("chamenei" →
    "hamenei"), doubled letters once."""
    for spelled, same in _TRANSLITERATION:
        word = word.replace(spelled, same)
    return "".join(ch for i, ch in enumerate(word) if i == 0 or ch != word[i - 1])


def surname_key(surname: str) -> str:
    """One key for a (folded) surname across the languages' spellings: "khamenei",
    "chamenei" and "jamenai" are all "hamenai"."""
    key = sound(surname)
    for spelled, same in _DIPHTHONGS:
        key = key.replace(spelled, same)
    return key
