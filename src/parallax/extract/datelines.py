"""Where a claim begins after a dateline: "Wien | Die konservative ÖVP …", "Bagdad/
Washington (dpa) - Die versuchte …", "MOSCÚ (Sputnik) — Al menos …", "(Bloomberg) --
Hungarian Prime Minister …", "Dubai: Dozens of Iraqi militiamen …".

A dateline says where and through whom a text was filed, not what it claims, so a claim
starts after it: left in, it blurred the claim's embedding ("Wien |" and "Wien -" made
two copies of one dpa sentence less alike than the words after them: cosine 0.75) and
opened story labels. Who the credit names is read elsewhere (``credits.py``).

A dateline is up to four capitalised words and perhaps a credit in brackets, then a
separator with a space after it, then the sentence, opening with a capital letter or a
quotation mark. A colon separates a dateline only after a known place, since "Kurz: …"
introduces what someone says.
"""

from __future__ import annotations

import re

from parallax.extract.entities import classify_name
from parallax.extract.tokens import QUOTES

_DATELINE = re.compile(
    r"(?P<place>(?:[^\W\d_][\w.'’/]*\s+){0,3}[^\W\d_][\w.'’/]*)?\s*"
    r"(?P<credit>\([^()\n]{1,30}\))?\s*(?P<separator>\||--|[-–—:])\s+"
)


def after_dateline(text: str, start: int, end: int) -> int:
    """The offset where the sentence text[start:end] proper begins: ``start`` unless it
    opens with a dateline."""
    m = _DATELINE.match(text, start, end)
    if m is None or not (m.group("place") or m.group("credit")):
        return start
    place = m.group("place") or ""
    if any(not word[0].isupper() for word in place.split()):
        return start
    if m.group("separator") == ":" and (
        m.group("credit") or classify_name(place)[0] != "place"
    ):
        return start
    rest = m.end()
    if rest >= end or not (text[rest].isupper() or text[rest] in QUOTES):
        return start
    return rest
