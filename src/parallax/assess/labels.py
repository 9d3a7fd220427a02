"""A story's label: its main entities and its key claim.

The key claim says what the story is about. News writing puts its main fact first, so
among the claim groups that more than one article tells, the key one is the group its
articles tell earliest: each wording in it scores 1 / (1 + its position among its
article's claims), a copy's wording once. Ties go to the group more articles tell; it is
shown in the wording that comes earliest in its article. Ranking by how many articles
tell a fact picked background that every copy repeats (an earlier attack, the leader's
quotation) over the news itself. Before claims are grouped, or when no fact is told
twice, the earliest headline stands in.
"""

from __future__ import annotations

from collections import Counter

from parallax.extract.entities import bare_marker
from parallax.extract.names import inflected_alike
from parallax.model import Article, ClaimGroup, ClaimRef

KEY_CLAIM_CHARS = 120
LABEL_NAMES = 3


def story_label(articles: list[Article], groups: list[ClaimGroup] | None = None) -> str:
    names = main_names(articles)
    key = _clip(key_claim(articles, groups or []) or _first_headline(articles))
    return f"{', '.join(names)} — {key}" if names else key


def main_names(articles: list[Article]) -> list[str]:
    """The people, organisations and places the most articles name (then most often),
    each once, as running text writes it (``_as_written``): not a bare marker ("Gruppe",
    "Polizei"), nor a part or a longer form of a name already shown ("Trump" after
    "Donald Trump", "Department of Ecology" after "Washington Department of Ecology"),
    nor the same name inflected ("Batı Mahalle …" after "Batı Mahallesi …",
    "Botschafters …" after "Botschafter …")."""
    articles_naming: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for a in articles:
        named = [m.name for m in a.mentions if m.kind in ("person", "organisation", "place")]
        articles_naming.update(set(named))
        mentions.update(named)
    ranked = sorted(articles_naming, key=lambda n: (-articles_naming[n], -mentions[n], n))
    shown: list[str] = []
    for name in ranked:
        if len(shown) == LABEL_NAMES:
            break
        if not bare_marker(name) and not any(_same_name(name, s) for s in shown):
            shown.append(name)
    return [_as_written(name, articles) for name in shown]


def _as_written(name: str, articles: list[Article]) -> str:
    """A name set in capitals (a dateline's "MISHAWAKA") as the articles also write it
    ("Mishawaka"), when they do; acronyms ("FEMA") stay as they are."""
    if not name.isupper():
        return name
    written = name.title()
    return written if any(written in a.text for a in articles) else name


def _same_name(a: str, b: str) -> bool:
    """One name within the other (as whole words), or the same words inflected."""
    x, y = a.casefold().split(), b.casefold().split()
    short, long = sorted((x, y), key=len)
    return inflected_alike(a, b) or any(
        long[k : k + len(short)] == short for k in range(len(long) - len(short) + 1))


def key_claim(articles: list[Article], groups: list[ClaimGroup]) -> str | None:
    """The text of the claim the articles tell first (see the module's note)."""
    by_id = {a.id: a for a in articles}

    def text(ref: ClaimRef) -> str:
        claim = by_id[ref.article_id].claims[ref.index]
        return " ".join(by_id[ref.article_id].text[claim.start : claim.end].split())

    def rank(numbered: tuple[int, list[ClaimRef]]) -> tuple[float, int, int]:
        n, members = numbered
        earliest: dict[str, int] = {}  # each wording once: copies do not lead twice
        for ref in members:
            wording = text(ref)
            earliest[wording] = min(ref.index, earliest.get(wording, ref.index))
        lead = sum(1.0 / (1 + index) for index in earliest.values())
        return lead, len({m.article_id for m in members}), -n

    shared = []
    for n, group in enumerate(groups):
        members = [m for m in group.members if m.article_id in by_id]
        if len({m.article_id for m in members}) > 1:
            shared.append((n, members))
    if not shared:
        return None
    _, top = max(shared, key=rank)
    shown = min(top, key=lambda m: (m.index, by_id[m.article_id].published or "9999",
                                    m.article_id))
    return text(shown)


def _first_headline(articles: list[Article]) -> str:
    first = min(articles, key=lambda a: (a.published or "9999", a.id))
    return " ".join((first.title or first.text[:KEY_CLAIM_CHARS]).split())


def _clip(text: str) -> str:
    return text if len(text) <= KEY_CLAIM_CHARS else text[: KEY_CLAIM_CHARS - 1] + "…"
