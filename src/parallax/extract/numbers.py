"""Reading numbers the way each language writes them, from ``[numbers]`` in lang files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from parallax.extract.tokens import Phrases, phrase_keys
from parallax.lang import language

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SPACES = re.compile(r"[\u00a0\u202f ]")
_GROUPED = re.compile(r"^\d{1,3}([.,])\d{3}(\1\d{3})*$")


@dataclass(frozen=True)
class NumberRules:
    decimal: str
    thousands: str
    words: dict[str, float]
    scales: Phrases
    fractions: Phrases
    halves: Phrases  # "dos horas y media", "two and a half": half a unit more
    scale_fractions: Phrases  # "half a million", "medio millón": a part of a scale
    percent: Phrases
    percent_before: Phrases
    currencies: Phrases
    currency_joiners: frozenset[str]  # "2 millones de euros": a word before the currency
    currency_symbols: dict[str, str]
    factor_suffixes: tuple[str, ...]
    bounds: Phrases
    approx: Phrases
    nearly: frozenset[str]  # approximation words that stop short: "almost", "fast"
    range_start: frozenset[str]
    partitive: Phrases  # "one of the injured": "of the" after a number word
    range_join: frozenset[str]
    change_join: frozenset[str]  # "von 25 auf 20 Prozent": from one figure to another
    age_suffixes: tuple[str, ...]
    label_articles: frozenset[str]  # "le retour aux 90 km/h": a figure named, not counted
    months: frozenset[str]
    weekdays: frozenset[str]
    units: dict[str, str]


@lru_cache(maxsize=64)
def number_rules(code: str | None) -> NumberRules:
    data = language(code or "en")
    units: dict[str, str] = {}
    for unit, words in data.sections.get("units", {}).items():
        for word in words:
            units.setdefault(word.casefold(), unit)
    currencies = {k: str(v) for k, v in data.table("numbers", "currencies").items()}
    currencies.update({c: c for c in data.words("numbers", "currency_codes")})
    return NumberRules(
        decimal=str(data.setting("numbers", "decimal", ".")),
        thousands=str(data.setting("numbers", "thousands", ",")),
        words={k.casefold(): float(v) for k, v in data.table("numbers", "words").items()},
        scales=phrase_keys({k: str(v) for k, v in data.table("numbers", "scales").items()}),
        fractions=phrase_keys({k: str(v) for k, v in data.table("numbers", "fractions").items()}),
        halves=phrase_keys(data.words("numbers", "halves")),
        scale_fractions=phrase_keys({k: str(v) for k, v in
                                     data.table("numbers", "scale_fractions").items()}),
        percent=phrase_keys(data.words("numbers", "percent")),
        percent_before=phrase_keys(data.words("numbers", "percent_before")),
        currencies=phrase_keys(currencies),
        currency_joiners=frozenset(w.casefold() for w in data.words("numbers",
                                                                   "currency_joiners")),
        currency_symbols={k: str(v) for k, v in data.table("numbers", "currency_symbols").items()},
        factor_suffixes=tuple(s.casefold() for s in data.words("numbers", "factor_suffixes")),
        bounds=phrase_keys({k: str(v) for k, v in data.table("numbers", "bounds").items()}),
        approx=phrase_keys(data.words("numbers", "approx")),
        nearly=frozenset(w.casefold() for w in data.words("numbers", "nearly")),
        range_start=frozenset(w.casefold() for w in data.words("numbers", "range_start")),
        partitive=phrase_keys(data.words("numbers", "partitive")),
        range_join=frozenset(w.casefold() for w in data.words("numbers", "range_join")),
        change_join=frozenset(w.casefold() for w in data.words("numbers", "change_join")),
        age_suffixes=tuple(s.casefold() for s in data.words("numbers", "age_suffixes")),
        label_articles=frozenset(w.casefold() for w in data.words("numbers", "label_articles")),
        months=frozenset(m.casefold() for m in data.words("numbers", "months")),
        weekdays=frozenset(m.casefold() for m in data.words("numbers", "weekdays")),
        units=units,
    )


def parse_numeral(raw: str, rules: NumberRules) -> float | None:
    """The value of a written numeral: "70.000", "4,85", "1,200", "2.5", "3 239"."""
    s = _SPACES.sub("", raw.translate(_ARABIC_DIGITS))
    if not s or not s[0].isdigit():
        return None
    if "." in s and "," in s:
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        s = s.replace("," if decimal == "." else ".", "").replace(decimal, ".")
    elif "." in s or "," in s:
        sep = "." if "." in s else ","
        grouped = _GROUPED.match(s)
        if grouped and (s.count(sep) > 1 or sep == rules.thousands or sep != rules.decimal):
            s = s.replace(sep, "")
        elif sep == rules.decimal or not grouped:
            if s.count(sep) > 1:
                return None
            s = s.replace(sep, ".")
    try:
        return float(s)
    except ValueError:
        return None


def factor_value(word: str, rules: NumberRules) -> float | None:
    """"sixfold" → 6, "zesvoudig" → 6, "3-fach" → 3."""
    lower = word.casefold()
    for suffix in rules.factor_suffixes:
        if lower.endswith(suffix) and len(lower) > len(suffix):
            stem = lower[: -len(suffix)].rstrip("-")
            if stem in rules.words:
                return rules.words[stem]
            value = parse_numeral(stem, rules)
            if value is not None:
                return value
    return None
