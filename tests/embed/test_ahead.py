"""Embedding ahead in a real helper process: the corpus stages then find every vector in
the store's cache, and the stories are those of a run without it."""

from pathlib import Path

import numpy as np
import pytest

from parallax.assess.runner import embed_ahead, encoder_texts, update_corpus
from parallax.embed import ahead as ahead_module
from parallax.embed.ahead import EmbedAhead
from parallax.embed.cache import text_key
from parallax.embed.encoder import Encoder, default_encoder
from parallax.ingest.run import ingest
from parallax.model import Article, IngestError
from parallax.store.corpus_repo import StoreVectorCache, story_partition
from parallax.store.repository import Store
from tests.conftest import CORPUS, store_url

DEV = CORPUS / "dev" / "articles.jsonl"


def _ingest_ahead(store: Store, target: Path) -> tuple[ahead_module.EmbedAhead, list[Article]]:
    ahead = embed_ahead(store)
    seen: list[Article] = []

    def on_result(result: Article | IngestError) -> None:
        if isinstance(result, Article):
            seen.append(result)
            ahead.add(result)

    ingest([str(target)], store, on_result=on_result)
    ahead.close()
    return ahead, seen


@pytest.mark.parametrize(("in_flight", "recent"), [
    (ahead_module.IN_FLIGHT, ahead_module.RECENT_KEYS), (0, ahead_module.RECENT_KEYS),
    (ahead_module.IN_FLIGHT, 100),
])
def test_the_corpus_stages_find_every_vector_embedded_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_flight: int, recent: int
) -> None:
    # in_flight 0: the helper is always "behind", so the caller encodes every batch itself
    monkeypatch.setattr(ahead_module, "IN_FLIGHT", in_flight)
    # recent 100: the window of queued keys is far smaller than the corpus's texts
    monkeypatch.setattr(ahead_module, "RECENT_KEYS", recent)
    store = Store(store_url(tmp_path, "ahead"))
    ahead, seen = _ingest_ahead(store, DEV)
    assert ahead.encoded > 0
    assert len(ahead._recent) <= recent
    if in_flight == 0:
        assert ahead.local_seconds > 0 and ahead.seconds == 0  # the helper got nothing

    result = update_corpus(store, default_encoder())
    assert result.linked == len({a.id for a in seen})  # one dev article is a duplicate
    assert result.encoded == 0  # nothing left to embed

    plain = Store(store_url(tmp_path, "plain"))
    ingest([str(DEV)], plain)
    update_corpus(plain, default_encoder())
    assert story_partition(store) == story_partition(plain)

    # the helper's vectors are the encoder's, up to float rounding across BLAS threads
    texts = encoder_texts(seen[0])[:5]
    version = default_encoder().version
    stored = StoreVectorCache(store).get_many([text_key(version, t) for t in texts])
    direct = default_encoder().encode(texts)
    for text, vector in zip(texts, direct, strict=True):
        assert np.allclose(stored[text_key(version, text)], vector, atol=1e-5)


def test_a_small_ingest_starts_no_helper(tmp_path: Path) -> None:
    lines = DEV.read_text(encoding="utf-8").splitlines()[:2]
    small = tmp_path / "two.jsonl"
    small.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = Store(store_url(tmp_path, "small"))
    ahead, seen = _ingest_ahead(store, small)
    assert len(seen) == 2 and ahead.encoded == 0
    assert update_corpus(store, default_encoder()).encoded > 0  # the corpus stages did it


def _failing_encoder() -> Encoder:
    raise RuntimeError("no model in this helper")


def test_a_failing_helper_stops_embedding_ahead_and_loses_nothing(tmp_path: Path) -> None:
    store = Store(store_url(tmp_path, "failing"))
    ahead = EmbedAhead(_failing_encoder, default_encoder().version, StoreVectorCache(store),
                       encoder_texts)
    seen: list[Article] = []

    def on_result(result: Article | IngestError) -> None:
        if isinstance(result, Article):
            seen.append(result)
            ahead.add(result)

    report = ingest([str(DEV)], store, on_result=on_result)
    ahead.close()
    # whichever failed first, the helper (BrokenProcessPool) or the caller's own encoder
    assert ahead.failure is not None
    assert report.stored == len({a.id for a in seen})  # ingest went on
    result = update_corpus(store, default_encoder())
    assert result.linked == report.stored and result.encoded > 0  # linking embedded the rest
