"""One article as highlighted text: claims, quantities, speakers and their cues, framing
spans, cut into segments so that overlapping marks nest without markup tricks.

A face renders each segment as one element carrying the classes of every mark over it;
the text itself stays plain data (the face escapes it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from parallax.framing.component import loaded_share
from parallax.model import Article


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # claim | quantity | speaker | cue | framing
    label: str  # technique, speaker name, unit …


def css_name(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")


def _find(text: str, needle: str | None, start: int, end: int) -> tuple[int, int] | None:
    if not needle:
        return None
    at = text.find(needle, start, end)
    return (at, at + len(needle)) if at >= 0 else None


def article_marks(article: Article) -> list[Mark]:
    text = article.text
    marks: list[Mark] = []
    for claim in article.claims:
        who = claim.attribution.speaker or "unattributed"
        marks.append(Mark(claim.start, claim.end, "claim", who))
        sentence = article.sentences[claim.sentence] if claim.sentence < len(
            article.sentences) else None
        lo = min(claim.start, sentence.start) if sentence else claim.start
        hi = max(claim.end, sentence.end) if sentence else claim.end
        for kind, needle in (("speaker", claim.attribution.speaker),
                             ("cue", claim.attribution.cue)):
            found = _find(text, needle, lo, hi)
            if found:
                marks.append(Mark(found[0], found[1], kind, needle or ""))
        for q in claim.quantities:
            marks.append(Mark(q.start, q.end, "quantity", q.unit or q.of or "number"))
    for span in article.framing:
        marks.append(Mark(span.start, span.end, "framing", span.technique))
    return [m for m in marks if 0 <= m.start < m.end <= len(text)]


def segments(text: str, marks: list[Mark]) -> list[dict[str, Any]]:
    """The text cut at every mark boundary; each piece lists the marks covering it."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pieces = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        over = [m for m in marks if m.start <= start and end <= m.end]
        classes = sorted({f"m-{m.kind}" for m in over}
                         | {f"fr-{css_name(m.label)}" for m in over if m.kind == "framing"})
        titles = sorted({f"{m.kind}: {m.label}" for m in over if m.kind != "claim"}
                        | {f"claim by {m.label}" for m in over if m.kind == "claim"})
        pieces.append({"text": text[start:end], "classes": classes, "title": "; ".join(titles)})
    return pieces


def article_view(article: Article) -> dict[str, Any]:
    marks = article_marks(article)
    techniques = sorted({m.label for m in marks if m.kind == "framing"})
    return {
        "id": article.id, "title": article.title, "outlet": article.outlet,
        "language": article.language, "published": article.published, "url": article.url,
        "source": article.source, "flags": list(article.flags), "story_id": article.story_id,
        "segments": segments(article.text, marks),
        "techniques": [{"name": t, "css": css_name(t)} for t in techniques],
        "removed": [{"rule": r.rule, "text": r.text} for r in article.removed],
        "claims": len(article.claims), "loaded_share": loaded_share(article),
    }
