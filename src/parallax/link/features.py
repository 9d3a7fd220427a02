"""What story linking compares: an article's vector, its entity keys and its date.

The vector embeds the title (twice weighted) and the lead sentences; entity keys are
language-independent ("place:Iraq" for "Irak" and "العراق", "person:kurz" for "Sebastian
Kurz" and "Kurz"), so articles in different languages share them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from parallax.embed.encoder import Encoder, Vectors
from parallax.extract.gazetteer import lookup_place
from parallax.extract.names import fold
from parallax.model import Article

LEAD_SENTENCES = 5


@dataclass(frozen=True)
class LinkFeatures:
    article_id: str
    vector: Vectors
    entities: frozenset[str]
    published: date | None


def entity_keys(article: Article) -> frozenset[str]:
    keys = set()
    for m in article.mentions:
        if m.kind == "place":
            place = lookup_place(m.name)
            keys.add(f"place:{place.name if place else fold(m.name)}")
        elif m.kind == "person":
            keys.add(f"person:{fold(m.name.split()[-1])}")
        elif m.kind == "organisation":
            keys.add(f"org:{fold(m.name)}")
    return frozenset(keys)


def lead_texts(article: Article) -> list[str]:
    sentences = [article.text[s.start : s.end] for s in article.sentences]
    if article.title and sentences and sentences[0] == article.title:
        sentences = sentences[1:]
    title = article.title or (sentences[0] if sentences else "")
    return [title, title, *sentences[:LEAD_SENTENCES]]


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def link_texts(article: Article) -> list[str]:
    """What linking embeds of an article: its title and lead (or its opening)."""
    return [t for t in lead_texts(article) if t.strip()] or [article.text[:500]]


def link_features(articles: list[Article], encoder: Encoder) -> list[LinkFeatures]:
    texts: list[str] = []
    spans = []
    for article in articles:
        lead = link_texts(article)
        spans.append((len(texts), len(texts) + len(lead)))
        texts.extend(lead)
    vectors = encoder.encode(texts)
    out = []
    for article, (a, b) in zip(articles, spans, strict=True):
        v = vectors[a:b].sum(axis=0)
        v = v / max(float(np.linalg.norm(v)), 1e-9)
        out.append(LinkFeatures(article.id, v.astype(np.float32), entity_keys(article),
                                _date(article.published)))
    return out
