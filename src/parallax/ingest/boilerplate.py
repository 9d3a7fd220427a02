"""Boilerplate cleanup over lines of text, for plain text and for extracted HTML alike.

Page chrome survives HTML extraction and is pasted into plain-text copies of pages:
related-link blocks, newsletter forms, shortcodes, comment widgets, share buttons, bare
URLs, photo credits. Every rule works on whole lines, and every marker comes from the
``[boilerplate]`` tables of the ``lang/*.toml`` files (all languages at once, since chrome
is often in another language than the article). What is removed is kept as ``Removal``s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from parallax.lang import all_languages
from parallax.model import Removal
from parallax.pipeline import Doc, Rejected

_SHORTCODE = re.compile(r"^\[/?[A-Za-z_][\w-]*(\s[^\]]*)?\]$")
_BARE_URL = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
_COUNTER = re.compile(r"^\d{1,4}$")
_SENTENCE_END = re.compile(r"[.!?…]$")
_SEPARATOR = re.compile(r"^\s*(?:[:»›>|–—-]|$)")
_HEADLINE_MAX = 160
_PROMO_MAX = 300
_BLOCK_MAX_LINES = 15


# Arabic spellings that vary without changing a word: the stretching tatweel, short-vowel
# marks and the hamza forms of alef ("ايضـــًا" = "أيضاً" = "ايضا")
_ARABIC_VARIANTS = str.maketrans({"\u0640": None, **{chr(c): None for c in range(0x064B, 0x0653)},
                                  "أ": "ا", "إ": "ا", "آ": "ا"})


def _norm(line: str) -> str:
    return " ".join(line.split()).casefold().translate(_ARABIC_VARIANTS)


def _sorted(words: Iterable[str]) -> tuple[str, ...]:
    # longest first, so a two-word marker wins over its first word
    return tuple(sorted({_norm(w) for w in words if w.strip()}, key=len, reverse=True))


@dataclass(frozen=True)
class Markers:
    related: tuple[str, ...]
    line: frozenset[str]
    prefix: tuple[str, ...]
    comments: tuple[str, ...]
    footer: tuple[str, ...]
    comment_count: re.Pattern[str]
    credit_line: re.Pattern[str]
    caption_credit: re.Pattern[str]
    closing_credit: re.Pattern[str]
    photo_line: re.Pattern[str]
    agency_suffix: re.Pattern[str]
    embed: tuple[str, ...] = ()  # a consent notice standing in for embedded content
    form: tuple[str, ...] = ()  # words of a sign-up form or an app promotion, anywhere


@lru_cache(maxsize=1)
def markers() -> Markers:
    data = all_languages()

    def words(key: str) -> list[str]:
        return data.words("boilerplate", key)

    counts = "|".join(re.escape(w) for w in _sorted(words("comment_count")))
    credits = "|".join(re.escape(w) for w in _sorted(words("credit")))
    photos = "|".join(re.escape(w) for w in _sorted(words("photo_credit")))
    agencies = "|".join(re.escape(a) for a in _sorted(words("agencies")))
    return Markers(
        related=_sorted(words("related")),
        line=frozenset(_norm(w).rstrip(":") for w in words("line")),
        prefix=_sorted(words("prefix")),
        comments=_sorted(words("comments")),
        footer=_sorted(words("footer")),
        comment_count=re.compile(rf"^\d+\s+(?:{counts})$", re.IGNORECASE),
        credit_line=re.compile(rf"^(?:©|\(c\)|(?:{credits})\s*[:/©.|])", re.IGNORECASE),
        caption_credit=re.compile(rf"\((?:{credits})\b[^)]*\)\.?$", re.IGNORECASE),
        # a caption's last sentence is its credit: "… (Cerereso) Varonil. Foto: Secretaría …"
        closing_credit=re.compile(rf"[.!?]\s+(?:{photos})\s*[:/©|]\s*[^.!?\n]{{1,80}}$",
                                  re.IGNORECASE),
        # a line that is only a photo credit, in capitalised words: "Foto Cortesía"
        photo_line=re.compile(rf"^(?:{photos})(?:\s+[^\W\d_][\w'’-]*){{1,{PHOTO_LINE_WORDS}}}$",
                              re.IGNORECASE),
        agency_suffix=re.compile(rf"\s+(?:{agencies})(?:\s*/\s*(?:{agencies}))*$", re.IGNORECASE),
        embed=_sorted(words("embed")),
        form=tuple(_norm(w) for w in _sorted(words("form"))),
    )


def _starts_with_marker(norm: str, candidates: tuple[str, ...]) -> str | None:
    """The marker that ``norm`` starts with, followed by a separator or the line's end."""
    for marker in candidates:
        if norm.startswith(marker) and _SEPARATOR.match(norm[len(marker) :]):
            return marker
    return None


def _is_headline(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= _HEADLINE_MAX and not _SENTENCE_END.search(s)


# A gallery or timeline flattened into text repeats its title at the head of every item
# ("Coronavirus: Timeline of the deadly virus in China and worldwide Pneumonia-like virus
# hits Wuhan On December 31 …"): an opening of this many words on this many lines is chrome
REPEATED_OPENING_WORDS = 6
REPEATED_OPENING_LINES = 4
_SPACED_WORD = re.compile(r"\S+")


def _strip_repeated_openings(lines: list[str]) -> list[Removal]:
    """Cut from ``lines`` (in place) a run of words that opens several of them, as long as
    they all share it, keeping each line's own rest."""
    words = [line.split() for line in lines]
    heads: dict[tuple[str, ...], list[int]] = {}
    for i, w in enumerate(words):
        if len(w) > REPEATED_OPENING_WORDS:
            heads.setdefault(tuple(w[:REPEATED_OPENING_WORDS]), []).append(i)
    removed = []
    for head, rows in heads.items():
        if len(rows) < REPEATED_OPENING_LINES:
            continue
        k = len(head)
        while all(len(words[i]) > k + 1 and words[i][k] == words[rows[0]][k] for i in rows):
            k += 1
        if any(len(words[i]) - k < REPEATED_OPENING_WORDS for i in rows):
            continue  # items of their own, not a title over items ("… zegt dat 1.")
        for i in rows:
            end = next(islice(_SPACED_WORD.finditer(lines[i]), k - 1, None)).end()
            lines[i] = lines[i][end:].lstrip()
        removed.append(Removal("repeated-opening", " ".join(words[rows[0]][:k])))
        for i in rows:  # each item's own heading, run into its first sentence
            heading, lines[i] = _item_heading(lines[i])
            if heading:
                removed.append(Removal("item-heading", heading))
    return removed


ITEM_HEADING_WORDS = 10  # an item's heading is at most this long


@lru_cache(maxsize=1)
def _sentence_starters() -> frozenset[str]:
    return frozenset(all_languages().words("sentences", "starters"))


def _item_heading(line: str) -> tuple[str, str]:
    """(the heading, the rest) of a gallery or timeline item whose heading was run into
    its first sentence: the words before the first capitalised sentence starter ("The",
    "On", "In", as the lang files list them) that follows a word with no full stop
    ("Pneumonia-like virus hits Wuhan | On December 31, 2019, China notifies …"). A
    heading with no such word after it stays ("Millions under lockdown China places …")."""
    spans = list(islice(_SPACED_WORD.finditer(line), ITEM_HEADING_WORDS + 1))
    starters = _sentence_starters()
    for k in range(2, len(spans)):
        if spans[k].group() in starters and not _SENTENCE_END.search(spans[k - 1].group()):
            return line[: spans[k - 1].end()], line[spans[k].start() :]
    return "", line


class _Cleaner:
    def __init__(self, text: str):
        self.lines = text.split("\n")
        self.keep = [True] * len(self.lines)
        self.removed: list[Removal] = _strip_repeated_openings(self.lines)
        self.m = markers()
        self.total = max(1, len(text))

    def drop(self, i: int, rule: str) -> None:
        if self.keep[i]:
            self.keep[i] = False
            if self.lines[i].strip():
                self.removed.append(Removal(rule, self.lines[i].strip()))

    def drop_block_after(self, i: int) -> None:
        """Drop the run of headline-like lines (blank lines between allowed) after ``i``."""
        taken = 0
        j = i + 1
        while j < len(self.lines) and taken < _BLOCK_MAX_LINES:
            s = self.lines[j].strip()
            if s:
                if not _is_headline(s):
                    break
                if not self.rule(j, s, _norm(s), set()):
                    self.drop(j, "related-links")
                taken += 1
            j += 1

    def offset_share(self, i: int) -> float:
        return sum(len(line) + 1 for line in self.lines[:i]) / self.total

    def run(self) -> str:
        seen: set[str] = set()
        for i, line in enumerate(self.lines):
            if not self.keep[i]:
                continue
            s = line.strip()
            if not s:
                continue
            n = _norm(s)
            if self.rule(i, s, n, seen):
                continue
            seen.add(n)
        if not self.removed:
            return "\n".join(self.lines)
        kept = "\n".join(line for line, k in zip(self.lines, self.keep, strict=True) if k)
        kept = re.sub(r"\n[ \t]*(?:\n[ \t]*){2,}", "\n\n", kept)
        return kept.strip()

    def rule(self, i: int, s: str, n: str, seen: set[str]) -> bool:
        """Apply the first matching rule to line ``i``; True if the line was dropped."""
        m = self.m
        if _SHORTCODE.match(s):
            self.drop(i, "shortcode")
        elif _BARE_URL.match(s):
            self.drop(i, "bare-url")
        elif _COUNTER.match(s) or m.comment_count.match(s):
            self.drop(i, "counter")
        elif n.rstrip(":").strip() in m.line:
            self.drop(i, "chrome")
        elif _starts_with_marker(n, m.comments) and self.offset_share(i) >= 0.5:
            for j in range(i, len(self.lines)):
                self.drop(j, "comments")
        elif (marker := _starts_with_marker(n, m.related)) is not None:
            self.drop(i, "related-links")
            if not n[len(marker) :].strip(" :»›>|–—-"):
                self.drop_block_after(i)
        elif _is_headline(s) and _starts_with_marker_loose(n, m.related):
            self.drop(i, "related-links")  # the teaser run into it: "Lesen Sie auch Globales Chaos"
        elif _starts_with_marker_loose(n, m.embed):
            self.drop(i, "embed-notice")
        elif len(s) <= _PROMO_MAX and _starts_with_marker_loose(n, m.prefix + m.comments):
            self.drop(i, "promotion")
        elif (hits := sum(f in n for f in m.form)) >= 2 or (hits and len(s) <= _PROMO_MAX):
            # a sign-up form flattened into one line, however long: "Daily coronavirus
            # briefing … Enter your email address Continue … Email address is invalid …"
            self.drop(i, "form")
        elif len(s) <= _PROMO_MAX and self.offset_share(i) >= 0.5 and any(
            f in n for f in m.footer
        ):
            self.drop(i, "feed-footer")
        elif len(s) <= _HEADLINE_MAX and (m.credit_line.match(s) or _photo_line(m, s)):
            self.drop(i, "credit")
        elif (len(s) <= _PROMO_MAX and (m.caption_credit.search(s) or "©" in s
                                        or m.closing_credit.search(s))) or (
            self.is_repeated_caption(n, seen)
        ):  # "+ © dpa / Herbert Neubauer ÖVP-Chef Sebastian Kurz (l) … © dpa / …"
            self.drop(i, "caption")
        else:
            return False
        return True

    def is_repeated_caption(self, n: str, seen: set[str]) -> bool:
        """A line that repeats an earlier line with an agency credit appended."""
        stripped = self.m.agency_suffix.sub("", n)
        return stripped != n and stripped in seen


PHOTO_LINE_WORDS = 4  # "Foto Cortesía Foto Cortesía"; "Photos show the damage" is a sentence


def _photo_line(m: Markers, line: str) -> bool:
    """A line of a photo word and a few capitalised ones (a credit, repeated or not)."""
    return bool(m.photo_line.match(line)) and all(w[0].isupper() for w in line.split())


def _starts_with_marker_loose(norm: str, candidates: tuple[str, ...]) -> bool:
    """True when ``norm`` starts with a candidate that ends at a word boundary."""
    for c in candidates:
        if norm.startswith(c):
            rest = norm[len(c) : len(c) + 1]
            if not rest or not (rest.isalnum() and c[-1].isalnum()):
                return True
    return False


def clean_text(text: str) -> tuple[str, list[Removal]]:
    """Remove page chrome from ``text``; return the cleaned text and what was removed.

    When nothing is removed the text is returned verbatim, so offsets into an annotated
    file stay valid.
    """
    cleaner = _Cleaner(text)
    cleaned = cleaner.run()
    return cleaned, cleaner.removed


def clean_boilerplate(doc: Doc) -> Doc:
    doc.text, removed = clean_text(doc.text)
    doc.removed.extend(removed)
    if not doc.text.strip():
        raise Rejected("nothing but page chrome (no article text)")
    return doc
