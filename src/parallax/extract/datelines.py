"""Where a claim begins after a dateline: "Wien | Die konservative ÖVP …", "Bagdad/
Washington (dpa) - Die versuchte …", "MOSCÚ (Sputnik) — Al menos …", "(Bloomberg) --
Hungarian Prime Minister …", "Dubai: Dozens of Iraqi militiamen …", and run in with no
separator: "Wien Seit dem Wahlabend …", "Berlin Er inszenierte …".

A dateline says where and through whom a text was filed, not what it claims, so a claim
starts after it: left in, it blurred the claim's embedding ("Wien |" and "Wien -" made
two copies of one dpa sentence less alike than the words after them: cosine 0.75) and
opened story labels. Who the credit names is read elsewhere (``credits.py``).

A dateline opens the text: it is looked for in the first ``DATELINE_PARAGRAPHS``
paragraphs only (a title and a teaser may come before it). There it is up to four
capitalised words and perhaps a credit in brackets, then a separator with a space after
it, then the sentence, opening with a capital letter or a quotation mark. A colon
separates a dateline only after a known place ("Kurz: …" introduces what someone says);
with no separator, a known place must be followed by a capitalised word that is never a
name (a pronoun, a preposition: "Berlin Er …", "Wien Seit …").
"""

from __future__ import annotations

import re

from parallax.extract.entities import classify_name, function_words
from parallax.extract.tokens import QUOTES
from parallax.model import Sentence

DATELINE_PARAGRAPHS = 6  # datelines among 300 web pages' sentences were all in these

_DATELINE = re.compile(
    r"(?P<place>(?:[^\W\d_][\w.'’/]*\s+){0,3}[^\W\d_][\w.'’/]*)?\s*"
    r"(?P<credit>\([^()\n]{1,30}\))?\s*(?P<separator>\||--|[-–—:])\s+"
)
_RUN_IN = re.compile(r"(?P<place>[^\W\d_][\w'’/-]*)\s+(?P<next>[^\W\d_]+)\b")


def opening_sentences(text: str, sentences: list[Sentence]) -> int:
    """How many of the first sentences lie in the text's first ``DATELINE_PARAGRAPHS``
    paragraphs (a line break between two sentences starts a paragraph)."""
    paragraphs = 1
    for i in range(1, len(sentences)):
        if "\n" in text[sentences[i - 1].end : sentences[i].start]:
            paragraphs += 1
            if paragraphs > DATELINE_PARAGRAPHS:
                return i
    return len(sentences)


def after_dateline(text: str, start: int, end: int, code: str | None) -> int:
    """The offset where the sentence text[start:end] proper begins: ``start`` unless it
    opens with a dateline."""
    m = _DATELINE.match(text, start, end)
    if m is not None and _separated(m):
        rest = m.end()
        if rest < end and (text[rest].isupper() or text[rest] in QUOTES):
            return rest
    m = _RUN_IN.match(text, start, end)
    if (m is not None and m.group("next")[0].isupper()
            and m.group("next").casefold() in function_words(code)
            and classify_name(m.group("place"))[0] == "place"):
        return m.start("next")
    return start


def _separated(m: re.Match[str]) -> bool:
    """A place and credit before a separator that can close a dateline."""
    place = m.group("place") or ""
    if not (place or m.group("credit")):
        return False
    if any(not word[0].isupper() for word in place.split()):
        return False
    if m.group("separator") == ":":
        return not m.group("credit") and classify_name(place)[0] == "place"
    return True
