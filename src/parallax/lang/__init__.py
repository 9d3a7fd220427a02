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
    tables: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)

    def words(self, section: str, key: str) -> list[str]:
        """A list of words or phrases, e.g. ``words("boilerplate", "related")``."""
        return list(self.sections.get(section, {}).get(key, []))

    def table(self, section: str, key: str) -> dict[str, Any]:
        """A mapping, e.g. ``table("numbers", "words")`` → {"four": 4, ...}."""
        return dict(self.tables.get(section, {}).get(key, {}))

    def setting(self, section: str, key: str, default: Any = None) -> Any:
        """A single value; the most specific file (the language's own) wins."""
        return self.settings.get(section, {}).get(key, default)


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
    tables: dict[str, dict[str, dict[str, Any]]] = {}
    settings: dict[str, dict[str, Any]] = {}
    for code in codes:
        for section, content in _load_file(code).items():
            if not isinstance(content, dict):
                continue
            for key, value in content.items():
                if isinstance(value, list):
                    sections.setdefault(section, {}).setdefault(key, []).extend(
                        str(v) for v in value
                    )
                elif isinstance(value, dict):
                    tables.setdefault(section, {}).setdefault(key, {}).update(value)
                else:
                    settings.setdefault(section, {})[key] = value
    return LanguageData(codes=codes, sections=sections, tables=tables, settings=settings)


@lru_cache(maxsize=64)
def language(code: str) -> LanguageData:
    """One language's data merged with ``common.toml``."""
    return _merge(("common", code))


@lru_cache(maxsize=1)
def all_languages() -> LanguageData:
    """Every language's data merged: for stages that run before the language is known."""
    return _merge(("common", *available_languages()))
