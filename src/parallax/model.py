"""The data model: typed dataclasses shared by every stage.

An ``Article`` is what ingest produces and the store keeps. Later stages add mentions,
quantities, attributions, claims and framing spans to it; ``Story`` and ``ClaimGroup`` are
the corpus-level objects built over many articles.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

SourceFormat = Literal["text", "html"]


@dataclass(frozen=True)
class Sentence:
    """A sentence as character offsets into the article's cleaned text."""

    start: int
    end: int
    language: str | None = None

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class Removal:
    """One piece of page chrome that cleanup removed, and the rule that removed it."""

    rule: str
    text: str


@dataclass(frozen=True)
class Mention:
    """A named person, organisation or place, as a span of the cleaned text."""

    start: int
    end: int
    kind: str  # person | organisation | place | outlet
    name: str
    country: str | None = None


@dataclass(frozen=True)
class Quantity:
    """A number that counts or measures something (see shared/corpus/GOLD.md)."""

    start: int
    end: int
    value: float
    value_max: float | None = None
    bound: str | None = None
    approx: bool = False
    nearly: bool = False  # "almost 300": approximate and not above the value
    unit: str | None = None
    of: str | None = None


@dataclass(frozen=True)
class Attribution:
    """Who said a claim, and through which channels it reached the article."""

    speaker: str | None
    cue: str | None = None
    role: str | None = None
    direct: bool = False
    via: tuple[str, ...] = ()


@dataclass(frozen=True)
class Claim:
    """A checkable statement: a sentence that carries a quantity, a source, or a named
    actor. ``attribution.speaker`` is None for an unattributed claim."""

    start: int
    end: int
    sentence: int
    attribution: Attribution
    quantities: tuple[Quantity, ...] = ()
    entities: tuple[str, ...] = ()
    date: str | None = None


@dataclass(frozen=True)
class FramingSpan:
    start: int
    end: int
    technique: str
    confidence: float


@dataclass
class Article:
    """A cleaned news article: the unit every later stage reads."""

    id: str
    source: str
    text: str
    raw_length: int
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_origin: str | None = None
    language: str | None = None
    flags: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    framing: list[FramingSpan] = field(default_factory=list)
    story_id: str | None = None


def outlet_label(article: Article) -> str:
    """What to call an article's outlet: the outlet, else its file name or the id."""
    return label_outlet(article.outlet, article.source, article.id)


def label_outlet(outlet: str | None, source: str, article_id: str) -> str:
    """``outlet_label`` from a stored article's columns."""
    if outlet:
        return outlet
    name = source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return name or article_id


def outlets_in_order(labelled: set[tuple[bool, str]]) -> list[str]:
    """The outlets named, then the file names standing for those not named, each sorted:
    ``labelled`` holds (not named, label) pairs (``outlet_key``)."""
    return [label for _, label in sorted(labelled)]


def outlet_key(outlet: str | None, source: str, article_id: str) -> tuple[bool, str]:
    """A stored article's entry for ``outlets_in_order``."""
    return not outlet, label_outlet(outlet, source, article_id)


def content_id(text: str) -> str:
    """The article id: a hash of the cleaned text, so the same article is stored once."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Hints:
    """Metadata a source gives about a document before it is read (feed item, JSONL row)."""

    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_origin: str | None = None
    language: str | None = None
    summary: str | None = None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceItem:
    """One document as a reader found it: raw content plus what the source says of it."""

    source: str
    content: bytes | str
    format: SourceFormat
    hints: Hints = field(default_factory=Hints)


@dataclass(frozen=True)
class IngestError:
    """An input that could not be turned into an article, and why (one line)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class IngestWarning:
    """An article that was kept but deserves a note (stub, unsupported language...)."""

    source: str
    article_id: str
    reason: str


@dataclass(frozen=True)
class ClaimRef:
    """A claim by its article and its index in that article's claims."""

    article_id: str
    index: int


Grade = Literal["corroborated", "single-source", "conflicting", "unattributed"]


@dataclass(frozen=True)
class ClaimGroup:
    """Claims from one story (any articles, any languages) that state the same fact."""

    id: str
    story_id: str
    members: tuple[ClaimRef, ...]
    grade: Grade
    reasons: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Story:
    """Articles that report the same event, across outlets and languages."""

    id: str
    label: str
    article_ids: tuple[str, ...]
    first_published: str | None = None
    last_published: str | None = None
