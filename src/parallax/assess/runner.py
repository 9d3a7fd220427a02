"""The corpus stages over the store, incrementally.

``update_corpus`` restores the story linker and the wire index from what the store keeps
of every linked article (its link vector, entity keys, copy group and MinHash), links the
articles that have no story yet, then re-aligns and re-grades only the stories that
changed. A story whose saved row does not match its members (a run that died between
linking and grading) is graded again too, so re-running always finishes the job.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select

from parallax.assess.content import compared_texts
from parallax.assess.corpus import CorpusState
from parallax.assess.grading_pool import GradeJob, GradingHelper, grade_job
from parallax.embed.ahead import EmbedAhead
from parallax.embed.cache import CachedEncoder
from parallax.embed.encoder import Encoder, USEEncoder, default_encoder, single_thread_encoder
from parallax.link.features import link_features, link_texts
from parallax.link.stories import link_order
from parallax.model import Article
from parallax.store.corpus_repo import (
    Link,
    StoreVectorCache,
    load_linked,
    save_links,
    save_story,
    unlinked_ids,
)
from parallax.store.repository import Store
from parallax.store.tables import articles, stories

LINK_BATCH = 200


@dataclass
class CorpusUpdate:
    linked: int = 0
    stories_updated: list[str] = field(default_factory=list)
    encoded: int = 0
    link_seconds: float = 0.0  # linking, including the encoder's share
    grade_seconds: float = 0.0  # alignment and grading, including the encoder's share
    link_encoder_seconds: float = 0.0
    grade_encoder_seconds: float = 0.0
    grade_helper_seconds: float = 0.0  # grading in the helper process, beside the above
    grade_helper_encoder_seconds: float = 0.0  # of which in its encoder


def restore_state(store: Store) -> CorpusState:
    state = CorpusState()
    for linked in sorted(load_linked(store), key=lambda x: (
        x.features.published is None, x.features.published, x.features.article_id
    )):
        state.linker.restore(linked.features, linked.story_id)
        state.wires.restore(linked.features.article_id, linked.minhash,
                            linked.copy_group)
    return state


def _stale_stories(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        counts: dict[str, int] = dict(conn.execute(
            select(articles.c.story_id, func.count()).where(articles.c.story_id.is_not(None))
            .group_by(articles.c.story_id)
        ).all())
        saved: dict[str, int] = dict(
            conn.execute(select(stories.c.id, stories.c.article_count)).all()
        )
    return {s for s, n in counts.items() if saved.get(s) != n}


def encoder_texts(article: Article) -> list[str]:
    """The texts the corpus stages will ask the encoder for, for one article: its lead
    (linking), each claim's statement and its reported content (alignment)."""
    texts = [article.text[c.start : c.end] for c in article.claims]
    statements, contents = compared_texts(texts, list(article.claims))
    return [*link_texts(article), *statements, *contents]


def embed_ahead(
    store: Store, make_encoder: Callable[[], Encoder] = single_thread_encoder,
    version: str | None = None,
) -> EmbedAhead:
    """Fills the store's vector cache with what ``update_corpus`` will ask for, in a
    helper process, while ingest goes on (``add`` each article, ``close`` at the end).
    ``version`` is the encoder version ``update_corpus`` will look vectors up by."""
    return EmbedAhead(make_encoder, version or default_encoder().version,
                      StoreVectorCache(store), encoder_texts)


def update_corpus(
    store: Store, encoder: Encoder | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> CorpusUpdate:
    started = time.perf_counter()
    cached = CachedEncoder(encoder or default_encoder(), StoreVectorCache(store))
    state = restore_state(store)
    report = CorpusUpdate()
    touched: set[str] = set()
    pending = unlinked_ids(store)
    helper = GradingHelper(store, cached.version)
    try:
        if len(pending) >= GRADE_HELPER_FROM and _helper_can_run(store, encoder):
            helper.start()  # its imports pass while this process links
        _link(store, state, pending, cached, touched, report, on_progress)
        report.link_seconds = time.perf_counter() - started
        report.link_encoder_seconds = cached.seconds
        started = time.perf_counter()
        story_ids = sorted(touched | _stale_stories(store))
        jobs = [job for job in (_job(state, s) for s in story_ids) if job is not None]
        if _worth_a_helper(store, jobs, encoder):
            report.grade_helper_seconds, report.grade_helper_encoder_seconds = \
                helper.grade(jobs, cached, lambda graded: save_story(store, *graded))
        else:
            for job in jobs:
                save_story(store, *grade_job(store, job, cached))
    finally:
        helper.close()
    report.stories_updated = story_ids
    report.encoded = cached.encoded
    report.grade_seconds = time.perf_counter() - started
    report.grade_encoder_seconds = cached.seconds - report.link_encoder_seconds
    return report


def _link(store: Store, state: CorpusState, pending: list[str], cached: CachedEncoder,
          touched: set[str], report: CorpusUpdate,
          on_progress: Callable[[str], None] | None) -> None:
    """Link the pending articles, a batch at a time, each batch written at once."""
    for start in range(0, len(pending), LINK_BATCH):
        batch = store.get_articles(pending[start : start + LINK_BATCH], with_framing=False)
        by_id = {a.id: a for a in batch}
        links = []
        for f in link_order(link_features(batch, cached)):
            story_id = state.linker.add(f)
            group = state.wires.add(f.article_id, by_id[f.article_id].text)
            links.append(Link(f, story_id, group, state.wires.values[f.article_id]))
            touched.add(story_id)
        save_links(store, links, cached.version)
        report.linked += len(links)
        if on_progress:
            on_progress(f"linked {report.linked}/{len(pending)}")


# articles to grade before a second process pays for itself: it is started before linking
# when this many articles are new, so its start-up passes while the caller links
GRADE_HELPER_FROM = 500


def _helper_can_run(store: Store, encoder: Encoder | None) -> bool:
    """A database another process can open, and the default encoder (which the helper
    builds)."""
    in_memory = store.engine.dialect.name == "sqlite" and store.engine.url.database in (
        None, "", ":memory:")
    return not in_memory and (encoder is None or isinstance(encoder, USEEncoder))


def _worth_a_helper(store: Store, jobs: list[GradeJob], encoder: Encoder | None) -> bool:
    """Whether to grade on two cores: enough articles in two stories or more, and a
    helper that can run."""
    return (len(jobs) >= 2 and sum(len(members) for _, members, _ in jobs) >= GRADE_HELPER_FROM
            and _helper_can_run(store, encoder))


def _job(state: CorpusState, story_id: str) -> GradeJob | None:
    story = state.linker.story(story_id)
    if story is None:
        return None
    members = list(story.members)
    return story_id, members, {a: state.wires.group.get(a, a) for a in members}


