"""The pipeline core: an ordered list of small components over one document.

Each component is a callable ``component(doc) -> doc`` that reads what earlier components
left on the ``Doc`` and adds its own part, as spaCy's ``Language`` does over a ``Doc``.
The CLI, reports, web and batch faces only build a ``Pipeline`` and call it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from parallax.model import (
    Article,
    Claim,
    FramingSpan,
    Hints,
    IngestError,
    Mention,
    Quantity,
    Removal,
    Sentence,
    SourceItem,
    content_id,
)


class Rejected(Exception):
    """Raised by a component when a document cannot become an article; the message is
    the one-line reason shown to the user."""


@dataclass
class Doc:
    """The working document that components fill in, from raw input to article."""

    item: SourceItem
    raw_text: str = ""
    html: str | None = None
    text: str = ""
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    published_origin: str | None = None
    language: str | None = None
    language_score: float = 0.0
    flags: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    encoding: str | None = None
    description: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    framing: list[FramingSpan] = field(default_factory=list)

    @property
    def hints(self) -> Hints:
        return self.item.hints

    @property
    def raw_length(self) -> int:
        content = self.item.content
        return len(content) if isinstance(content, bytes) else len(content.encode("utf-8"))

    def to_article(self) -> Article:
        return Article(
            id=content_id(self.text),
            source=self.item.source,
            text=self.text,
            raw_length=self.raw_length,
            url=self.url,
            outlet=self.outlet,
            title=self.title,
            author=self.author,
            published=self.published,
            published_origin=self.published_origin,
            language=self.language,
            flags=list(self.flags),
            removed=list(self.removed),
            sentences=list(self.sentences),
            mentions=list(self.mentions),
            quantities=list(self.quantities),
            claims=list(self.claims),
            framing=list(self.framing),
        )


Component = Callable[[Doc], Doc]


class Pipeline:
    """Named components run in order; each can be looked up, and the list can be cut."""

    def __init__(self, components: Iterable[tuple[str, Component]], timed: bool = False):
        self.components: list[tuple[str, Component]] = list(components)
        self.timings: dict[str, float] | None = (
            {name: 0.0 for name, _ in self.components} if timed else None
        )

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.components]

    def __call__(self, doc: Doc) -> Doc:
        timings = self.timings
        for name, component in self.components:
            if timings is None:
                doc = component(doc)
            else:
                started = time.perf_counter()
                doc = component(doc)
                timings[name] += time.perf_counter() - started
        return doc

    def process(self, item: SourceItem) -> Article | IngestError:
        """Run one item; a rejection or an unexpected failure becomes a per-item error."""
        try:
            return self(Doc(item=item)).to_article()
        except Rejected as exc:
            return IngestError(item.source, str(exc))
        except Exception as exc:  # noqa: BLE001 - hostile input must never stop a run
            return IngestError(item.source, f"internal error: {type(exc).__name__}: {exc}")

    def stream(
        self, items: Iterable[SourceItem | IngestError]
    ) -> Iterator[Article | IngestError]:
        for item in items:
            yield item if isinstance(item, IngestError) else self.process(item)


def default_pipeline(timed: bool = False) -> Pipeline:
    """The per-article pipeline: ingest → language → sentences → extraction → framing."""
    from parallax.extract.claims import extract_claims
    from parallax.framing.component import tag_framing
    from parallax.ingest.boilerplate import clean_boilerplate
    from parallax.ingest.dates import resolve_date
    from parallax.ingest.decode import decode
    from parallax.ingest.extract_html import extract_html
    from parallax.ingest.self_link import outlet_from_self_links
    from parallax.ingest.stubs import flag_stubs
    from parallax.ingest.text_reader import read_plain_text
    from parallax.language.detect import detect_language
    from parallax.language.sentences import split_sentences

    return Pipeline(
        [
            ("decode", decode),
            ("html", extract_html),
            ("text", read_plain_text),
            ("boilerplate", clean_boilerplate),
            ("outlet", outlet_from_self_links),
            ("dates", resolve_date),
            ("stubs", flag_stubs),
            ("language", detect_language),
            ("sentences", split_sentences),
            ("extract", extract_claims),
            ("framing", tag_framing),
        ],
        timed=timed,
    )
