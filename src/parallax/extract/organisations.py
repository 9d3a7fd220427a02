"""One key for an international body across the names and abbreviations each language
gives it ("WHO", "OMS", "Weltgesundheitsorganisation" → "WHO"), from ``[organisations]``
in ``lang/common.toml``; any other organisation has none and keeps its own name."""

from __future__ import annotations

from functools import lru_cache

from parallax.extract.names import fold
from parallax.lang import all_languages


@lru_cache(maxsize=1)
def _bodies() -> tuple[dict[str, str], dict[str, str]]:
    """(names, folded → key; abbreviations as written → key): an abbreviation matches in
    capitals only ("WHO", not the pronoun "Who")."""
    names: dict[str, str] = {}
    abbreviations: dict[str, str] = {}
    for key, aliases in all_languages().table("organisations", "bodies").items():
        for alias in aliases:
            if alias.isupper():
                abbreviations.setdefault(alias, str(key))
            else:
                names.setdefault(fold(alias), str(key))
    return names, abbreviations


@lru_cache(maxsize=1)
def _articles() -> tuple[str, ...]:
    words = all_languages().words("organisations", "articles")
    return tuple(sorted((fold(w) for w in words), key=len, reverse=True))


@lru_cache(maxsize=1 << 14)
def organisation_key(name: str) -> str | None:
    """The key of the body ``name`` names, if it is one of ``[organisations]``, with any
    article before it ("die Vereinten Nationen", "l'OMS"); None otherwise."""
    names, abbreviations = _bodies()
    written = " ".join(name.split())
    for candidate in (written, *_without_article(written)):
        key = abbreviations.get(candidate) or names.get(fold(candidate))
        if key is not None:
            return key
    return None


def _without_article(name: str) -> list[str]:
    """``name`` without an article before it, if one is there."""
    folded = fold(name)
    for article in _articles():
        if folded.startswith(article) and (article.endswith(("'", "’"))
                                           or folded[len(article):].startswith(" ")):
            return [name[len(article):].strip()]
    return []
