"""Outlets and agencies credited for a whole text: a dateline "Berlin (dpa) -", a closing
credit "dpa/afp", "(Bloomberg) --", "Vía La Patilla", "se publicó primero en El
Economista"; a byline naming a person ("von Anna Müller") credits no outlet. The
extractor closes every claim's via chain with them (``claims.py``)."""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.extract.entities import function_words
from parallax.extract.given_names import is_given_name
from parallax.extract.outlets import is_outlet
from parallax.lang import all_languages, language


@lru_cache(maxsize=1)
def _agency_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = sorted(set(all_languages().words("boilerplate", "wires")), key=len, reverse=True)
    one = "(?:" + "|".join(re.escape(n) for n in names) + ")"
    many = rf"{one}(?:\s*/\s*{one})*"
    # a dateline: "Berlin (dpa) -", "(AFP) -", "WASHINGTON (Reuters) —"; or a byline
    # that ends with the agency: "15:21 Uhr | Carsten Hoffmann und Michael Fischer, dpa"
    dateline = re.compile(
        rf"^(?:[^()\n]{{0,40}}\((?P<names>{many})\)\s*[-–—:]|\((?P<lead>{many})\)"
        rf"|[^\n]{{0,100}}[,|]\s*(?P<byline>{many})\s*$)",
        re.IGNORECASE,
    )
    # a closing credit line: "dpa/afp", "(AFP)", "Mit Material von dpa", "aja/PAP", and
    # an editor's initials after the agency: "dpa/frs"
    closing = re.compile(
        rf"^(?:mit material (?:von |der )?|(?!{one}/)\w{{2,5}}/)?\(?(?P<names>{many})\)?"
        rf"(?:\s*/\s*[^\W\d_]{{2,4}})?\.?$",
        re.IGNORECASE,
    )
    return dateline, closing


def wire_credit(text: str, removed: list[str]) -> list[str]:
    """Agencies credited for the whole text: a dateline "Berlin (dpa) -" in the first
    lines, or a closing credit ("dpa/afp", "(AFP)") at the end or removed as chrome."""
    dateline, closing = _agency_patterns()
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    found: list[str] = []
    matches = [dateline.match(line) for line in lines[:3]]
    matches += [closing.match(line) for line in lines[-2:] + removed if len(line) <= 60]
    canonical = _wires_by_folded_name()
    for m in matches:
        if m is None:
            continue
        groups = m.groupdict()
        names = groups.get("names") or groups.get("lead") or groups.get("byline") or ""
        for name in re.split(r"\s*/\s*", names):
            name = canonical.get(name.casefold(), name)
            if name and name not in found:
                found.append(name)
    return found


@lru_cache(maxsize=1)
def _wires_by_folded_name() -> dict[str, str]:
    return {a.casefold(): a for a in all_languages().words("boilerplate", "wires")}


def _wire_names(rest: str) -> list[str]:
    """The wire agencies a credit line names after its phrase, in any case ("dpa",
    ": AFP/dpa"); none unless every name is a wire."""
    canonical = _wires_by_folded_name()
    parts = [p.strip() for p in rest.strip(" :.").split("/")]
    if not parts or not all(p.casefold() in canonical for p in parts):
        return []
    return [canonical[p.casefold()] for p in parts]


_NAME = r"(?P<name>[A-ZÀ-ÖØ-Þ][\w.&'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.&'’-]*){0,4})"
_DATELINE_OUTLET = re.compile(rf"^[^()\n]{{0,40}}\({_NAME}\)\s*[-–—]+")
_CLOSING_OUTLET = re.compile(rf"[-–—]\s*{_NAME}\.?$")


@lru_cache(maxsize=64)
def _credit_phrases(code: str | None) -> tuple[str, ...]:
    data = all_languages() if code is None else language(code)
    return tuple(sorted((w.casefold() for w in data.words("attribution", "credit_lines")),
                        key=len, reverse=True))


def _byline(name: str, code: str | None) -> bool:
    """A person's name in a credit line ("von Anna Müller"): two to four words, the first
    a given name and no determiner ("El Economista", "Die Welt" are outlets)."""
    parts = name.split()
    return (2 <= len(parts) <= 4 and is_given_name(parts[0])
            and parts[0].casefold() not in function_words(code))


def article_credits(text: str, removed: list[str], code: str | None) -> list[str]:
    """Outlets and agencies credited for the whole text: wire credits, "(Bloomberg) --",
    "… – Bloomberg", "Vía La Patilla", "se publicó primero en El Economista"."""
    found = wire_credit(text, removed)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    head, tail = lines[:2], lines[-3:]
    names: list[str] = []
    for line in head:
        if (m := _DATELINE_OUTLET.match(line)) and is_outlet(m.group("name")):
            names.append(m.group("name"))
    for line in tail:
        if (m := _CLOSING_OUTLET.search(line)) and is_outlet(m.group("name")):
            names.append(m.group("name"))
    for line in head + tail + removed:
        if len(line) > 200:
            continue
        folded = line.casefold()
        for phrase in _credit_phrases(code):
            at = folded.find(phrase)
            if at < 0 or (at > 0 and folded[at - 1].isalnum()):
                continue
            wires = _wire_names(line[at + len(phrase) :])
            if wires and (at == 0 or len(phrase.split()) >= 3):  # "von dpa", "Quelle: AFP/dpa"
                names.extend(wires)
                break
            m = re.match(rf"\s*(?:the\s+|el\s+|la\s+|der\s+|die\s+|le\s+)?{_NAME}",
                         line[at + len(phrase) :])
            # a long phrase ("se publicó primero en") names an outlet wherever it stands;
            # a short one ("vía", "von") only as a credit line of its own
            explicit = len(phrase.split()) >= 3 or (at == 0 and len(line) < 80)
            if m and not is_outlet(m.group("name")) and _byline(m.group("name"), code):
                break  # "von Anna Müller": the author, not an outlet
            if m and (is_outlet(m.group("name")) or explicit):
                names.append(m.group("name").rstrip("."))
            break
    for name in names:
        if name not in found:
            found.append(name)
    return found
