"""Wire copies: the compact LSH finds exactly the copies datasketch's MinHashLSH finds."""

from datasketch import MinHash, MinHashLSH

from parallax.link.wire import (
    ARTICLE_JACCARD,
    NUM_PERM,
    SCHEME,
    WireIndex,
    minhash,
    minhash_bytes,
    words,
)
from tests.conftest_corpus import dev_articles


def _datasketch_groups(texts: dict[str, str]) -> dict[str, str]:
    lsh = MinHashLSH(threshold=ARTICLE_JACCARD, num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    group: dict[str, str] = {}
    for key, text in texts.items():
        m = minhash(text)
        copies = sorted(k for k in lsh.query(m) if hashes[k].jaccard(m) >= ARTICLE_JACCARD)
        group[key] = group[copies[0]] if copies else key
        lsh.insert(key, m)
        hashes[key] = m
    return group


def test_copy_groups_equal_those_of_datasketch_lsh() -> None:
    texts = {a.id: a.text for a in dev_articles().values()}
    # a second run of each text with its last paragraph dropped: a near copy
    texts.update({f"{k}-copy": t.rsplit("\n\n", 1)[0] for k, t in list(texts.items())})
    wires = WireIndex()
    groups = {k: wires.add(k, t) for k, t in texts.items()}
    assert groups == _datasketch_groups(texts)
    assert sum(k != g for k, g in groups.items()) >= len(texts) // 4  # copies were found


def test_a_restored_index_finds_the_same_copies() -> None:
    texts = {a.id: a.text for a in dev_articles().values()}
    first = WireIndex()
    groups = {k: first.add(k, t) for k, t in texts.items()}
    restored = WireIndex()
    for k in texts:
        restored.restore(k, first.values[k], groups[k])
    assert first.values == {k: minhash_bytes(minhash(t)) for k, t in texts.items()}
    for k, t in texts.items():
        assert restored.add(f"{k}-again", t) == groups[k]


def test_minhash_values_are_datasketchs_own() -> None:
    """Stored MinHash values stay readable: the faster hashing gives exactly the values
    of datasketch's default SHA-1 MinHash with the same seed and scheme."""
    for text in [a.text for a in dev_articles().values()][:10]:
        tokens = words(text)
        plain = MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME)
        plain.update_batch(sorted({" ".join(tokens[i : i + 3]).encode("utf-8")
                                   for i in range(max(1, len(tokens) - 2))}))
        assert minhash_bytes(minhash(text)) == minhash_bytes(plain)
