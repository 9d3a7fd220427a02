"""Dates in a sentence, resolved against the article's published date when known.

Absolute ("29 September 2020", "1 de marzo", "3. Oktober"), weekdays ("dinsdag", "this
Thursday": the most recent such day on or before publication), relative phrases
("yesterday", "a few weeks ago", "hace tres semanas") and bare years ("In 2016").
Month, weekday and relative words come from the lang files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from parallax.extract.tokens import Phrases, Token, phrase_at, phrase_keys, tokenize
from parallax.lang import language


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str | None  # ISO date (or year) when it could be resolved


@lru_cache(maxsize=64)
def _relative(code: str | None) -> Phrases:
    table = language(code or "en").table("dates", "relative")
    return phrase_keys({k: str(v) for k, v in table.items()})


@lru_cache(maxsize=64)
def _month_numbers(code: str | None) -> dict[str, int]:
    months = language(code or "en").words("numbers", "months")
    # the lang files list the twelve full names first, then abbreviations in order
    full = months[:12]
    out = {m.casefold(): i + 1 for i, m in enumerate(full)}
    for m in months[12:]:
        for i, name in enumerate(full):
            if name.casefold().startswith(m.casefold().rstrip(".")[:3]):
                out.setdefault(m.casefold(), i + 1)
                break
    return out


@lru_cache(maxsize=64)
def _weekday_numbers(code: str | None) -> dict[str, int]:
    days = language(code or "en").words("numbers", "weekdays")
    return {d.casefold(): min(i, 6) for i, d in enumerate(days[:7])}


def _published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def find_dates(
    text: str, start: int, end: int, code: str | None, published: str | None
) -> list[DateMention]:
    tokens = tokenize(text[start:end], start)
    ref = _published(published)
    months = _month_numbers(code)
    weekdays = _weekday_numbers(code)
    relative = _relative(code)
    found: list[DateMention] = []
    i = 0
    while i < len(tokens):
        n, offset = phrase_at(tokens, i, relative)
        if n:
            value = (ref + timedelta(days=int(offset))).isoformat() if ref else None
            found.append(DateMention(tokens[i].start, tokens[i + n - 1].end, value))
            i += n
            continue
        tok = tokens[i]
        if tok.lower in weekdays:
            value = None
            if ref is not None:
                back = (ref.weekday() - weekdays[tok.lower]) % 7
                value = (ref - timedelta(days=back)).isoformat()
            found.append(DateMention(tok.start, tok.end, value))
        elif tok.text.isdigit():
            mention, i = _absolute(tokens, i, months, ref)
            if mention is not None:
                found.append(mention)
                continue
        i += 1
    return found


def _absolute(
    tokens: list[Token], i: int, months: dict[str, int], ref: date | None
) -> tuple[DateMention | None, int]:
    tok = tokens[i]
    j = i + 1
    if j < len(tokens) and tokens[j].text == ".":
        j += 1
    if j < len(tokens) and tokens[j].lower == "de":
        j += 1
    if j < len(tokens) and tokens[j].lower in months and 1 <= int(tok.text) <= 31:
        month = months[tokens[j].lower]
        end = j + 1
        year = ref.year if ref else None
        k = end + (1 if end < len(tokens) and tokens[end].lower == "de" else 0)
        if k < len(tokens) and tokens[k].text.isdigit() and len(tokens[k].text) == 4:
            year, end = int(tokens[k].text), k + 1
        value = None
        if year is not None:
            try:
                value = date(year, month, int(tok.text)).isoformat()
            except ValueError:
                value = None
        return DateMention(tok.start, tokens[end - 1].end, value), end
    if len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100:
        return DateMention(tok.start, tok.end, tok.text), i + 1
    return None, i + 1
