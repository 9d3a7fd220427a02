"""The corpus stages as one library call: link stories, find wire copies, align and
grade claims. ``CorpusState`` keeps what linking needs so articles can be added one at
a time; the store-backed runner (``assess/runner.py``) saves and restores it."""

from __future__ import annotations

from dataclasses import dataclass, field

from parallax.assess.align import PairModels
from parallax.assess.alignment import align_claims
from parallax.assess.grade import grade_group
from parallax.assess.labels import story_label
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


def grade_story(state: CorpusState, story_id: str, encoder: Encoder,
                models: PairModels | None = None) -> list[ClaimGroup]:
    members = state.members(story_id)
    copy_groups = {a.id: state.wires.group.get(a.id, a.id) for a in members}
    return grade_articles(story_id, members, copy_groups, encoder, models)


def grade_articles(
    story_id: str, members: list[Article], copy_groups: dict[str, str], encoder: Encoder,
    models: PairModels | None = None,
) -> list[ClaimGroup]:
    """Align and grade the claims of one story's articles (with ``models``: pair models
    other than the shipped ones, as ``eval grades --held-out`` fits)."""
    by_id = {a.id: a for a in members}
    groups = []
    alignment = align_claims(members, encoder, models=models)
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
