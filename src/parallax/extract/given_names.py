"""Given names, to tell a person ("Stephan Thomae") from two capitalised nouns ("Eigene
Bahnlinie", "Meter Tiefe") in a language that capitalises every noun.

The names are the first-name lists of the ``faker`` package (MIT), every locale it ships:
about 30,000 names in Latin, Cyrillic, Arabic and other scripts. They are read once from
the installed package, nothing is downloaded.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        except Exception:  # noqa: BLE001, S112 - a locale that fails to import has no names
            continue
        for attribute in _LISTS:
            value = provider.__dict__.get(attribute)  # a class attribute, not a property
            if isinstance(value, dict | list | tuple | set | frozenset):
                names.update(value)  # a dict's keys are the names (values are weights)
    return frozenset(n.casefold() for n in names if isinstance(n, str))


def is_given_name(word: str) -> bool:
    return word.casefold() in given_names()
