"""The corpus stages as one library call: link stories, find wire copies, align and
grade claims. ``CorpusState`` keeps what linking needs so articles can be added one at
a time; the store-backed runner (``assess/runner.py``) saves and restores it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from parallax.assess.alignment import align_claims
from parallax.assess.grade import grade_group
from parallax.embed.encoder import Encoder
from parallax.link.features import LinkFeatures, link_features
from parallax.link.stories import StoryLinker, link_order
from parallax.link.wire import WireIndex
from parallax.model import Article, ClaimGroup, Story


@dataclass
class CorpusState:
    linker: StoryLinker = field(default_factory=StoryLinker)
    wires: WireIndex = field(default_factory=WireIndex)
    articles: dict[str, Article] = field(default_factory=dict)

    def members(self, story_id: str) -> list[Article]:
        story = self.linker.story(story_id)
        assert story is not None, story_id
        return [self.articles[a] for a in story.members if a in self.articles]


def add_articles(
    state: CorpusState, articles: list[Article], encoder: Encoder,
    features: list[LinkFeatures] | None = None,
) -> set[str]:
    """Link new articles into stories; return the ids of the stories that changed."""
    new = [a for a in articles if a.id not in state.linker.by_article]
    for a in new:
        state.articles[a.id] = a
    features = features if features is not None else link_features(new, encoder)
    touched = set()
    for f in link_order(features):
        touched.add(state.linker.add(f))
        state.wires.add(f.article_id, state.articles[f.article_id].text)
    return touched


def story_of(state: CorpusState, story_id: str, groups: list[ClaimGroup] | None = None) -> Story:
    members = state.members(story_id)
    dates = sorted(a.published[:10] for a in members if a.published)
    return Story(
        id=story_id, label=story_label(members, groups or []),
        article_ids=tuple(a.id for a in members),
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
    )


KEY_CLAIM_CHARS = 120


def story_label(articles: list[Article], groups: list[ClaimGroup] | None = None) -> str:
    """The story's main entities and its key claim: the claim the most articles share
    (the earliest headline before claims are grouped)."""
    articles_naming: Counter[str] = Counter()  # how many articles name it, then how often
    mentions: Counter[str] = Counter()
    for a in articles:
        named = [m.name for m in a.mentions if m.kind in ("person", "organisation", "place")]
        articles_naming.update(set(named))
        mentions.update(named)
    names = sorted(articles_naming, key=lambda n: (-articles_naming[n], -mentions[n], n))[:3]
    first = min(articles, key=lambda a: (a.published or "9999", a.id))
    key = (first.title or first.text[:80]).strip()
    by_id = {a.id: a for a in articles}
    if groups:
        top = max(groups, key=lambda g: (len({m.article_id for m in g.members}),
                                         len(g.members), -int(g.id.rsplit("g", 1)[-1])))
        ref = top.members[0]
        article = by_id.get(ref.article_id)
        if article is not None and len({m.article_id for m in top.members}) > 1:
            claim = article.claims[ref.index]
            text = " ".join(article.text[claim.start : claim.end].split())
            key = text if len(text) <= KEY_CLAIM_CHARS else text[: KEY_CLAIM_CHARS - 1] + "…"
    return f"{', '.join(names)} — {key}" if names else key


def grade_story(state: CorpusState, story_id: str, encoder: Encoder) -> list[ClaimGroup]:
    members = state.members(story_id)
    copy_groups = {a.id: state.wires.group.get(a.id, a.id) for a in members}
    return grade_articles(story_id, members, copy_groups, encoder)


def grade_articles(
    story_id: str, members: list[Article], copy_groups: dict[str, str], encoder: Encoder
) -> list[ClaimGroup]:
    """Align and grade the claims of one story's articles."""
    by_id = {a.id: a for a in members}
    groups = []
    alignment = align_claims(members, encoder)
    for n, refs in enumerate(alignment.groups):
        grade, reasons, sources = grade_group(refs, by_id, copy_groups, alignment.link)
        groups.append(ClaimGroup(f"{story_id}/g{n + 1}", story_id, tuple(refs), grade,
                                 reasons, sources))
    return groups


def analyse(articles: list[Article], encoder: Encoder) -> tuple[list[Story], list[ClaimGroup]]:
    """From scratch: every story and every graded claim group of ``articles``."""
    state = CorpusState()
    add_articles(state, articles, encoder)
    stories, groups = [], []
    for linked in state.linker.stories:
        story_groups = grade_story(state, linked.id, encoder)
        stories.append(story_of(state, linked.id, story_groups))
        groups.extend(story_groups)
    return stories, groups
