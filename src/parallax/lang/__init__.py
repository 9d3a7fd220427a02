"""Per-language knowledge kept as data: one ``<code>.toml`` file per language.

``common.toml`` holds what is not tied to a language. Adding a language is adding a file;
``LanguageData`` merges files so a stage can ask for one language or for all of them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class LanguageData:
    codes: tuple[str, ...]
    sections: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def words(self, section: str, key: str) -> list[str]:
        return list(self.sections.get(section, {}).get(key, []))


def available_languages() -> list[str]:
    files = resources.files(__name__).iterdir()
    return sorted(
        f.name[: -len(".toml")]
        for f in files
        if f.name.endswith(".toml") and f.name != "common.toml"
    )


@lru_cache(maxsize=64)
def _load_file(code: str) -> dict[str, Any]:
    path = resources.files(__name__) / f"{code}.toml"
    if not path.is_file():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _merge(codes: tuple[str, ...]) -> LanguageData:
    sections: dict[str, dict[str, list[str]]] = {}
    for code in codes:
        for section, table in _load_file(code).items():
            if not isinstance(table, dict):
                continue
            target = sections.setdefault(section, {})
            for key, values in table.items():
                if isinstance(values, list):
                    target.setdefault(key, []).extend(str(v) for v in values)
    return LanguageData(codes=codes, sections=sections)


@lru_cache(maxsize=64)
def language(code: str) -> LanguageData:
    """One language's data merged with ``common.toml``."""
    return _merge(("common", code))


@lru_cache(maxsize=1)
def all_languages() -> LanguageData:
    """Every language's data merged: for stages that run before the language is known."""
    return _merge(("common", *available_languages()))
