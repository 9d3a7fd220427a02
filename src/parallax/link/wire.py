"""Wire copies: the same agency text run by several outlets counts as one source.

Articles are compared by MinHash over word 3-shingles of their cleaned text (datasketch,
with LSH so that finding the copies of a new article never scans the whole corpus);
claims are compared by the overlap of their word sets, for passages copied into
otherwise different articles.
"""

from __future__ import annotations

import re

from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 64
SCHEME = "affine32"  # fixed, so stored hash values can be read back
ARTICLE_JACCARD = 0.5
CLAIM_OVERLAP = 0.7
_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def minhash(text: str) -> MinHash:
    tokens = words(text)
    shingles = {" ".join(tokens[i : i + 3]) for i in range(max(1, len(tokens) - 2))}
    m = MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME)
    m.update_batch(s.encode("utf-8") for s in sorted(shingles))
    return m


class WireIndex:
    """Near-duplicate articles, found incrementally; ``group_of`` names each copy group
    by its earliest member."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=ARTICLE_JACCARD, num_perm=NUM_PERM)
        self.hashes: dict[str, MinHash | LeanMinHash] = {}
        self.group: dict[str, str] = {}

    def restore(self, article_id: str, m: MinHash | LeanMinHash, group: str) -> None:
        self.lsh.insert(article_id, m)
        self.hashes[article_id] = m
        self.group[article_id] = group

    def add(self, article_id: str, text: str) -> str:
        if article_id in self.group:
            return self.group[article_id]
        m = LeanMinHash(minhash(text))  # without the permutations: a tenth of the memory
        copies = sorted(
            k for k in self.lsh.query(m) if self.hashes[k].jaccard(m) >= ARTICLE_JACCARD
        )
        self.group[article_id] = self.group[copies[0]] if copies else article_id
        self.lsh.insert(article_id, m)
        self.hashes[article_id] = m
        return self.group[article_id]


def minhash_bytes(m: MinHash | LeanMinHash) -> bytes:
    return m.hashvalues.astype("uint32").tobytes()


def minhash_from_bytes(data: bytes) -> LeanMinHash:
    import numpy as np

    # a LeanMinHash needs no permutations: restoring thousands of them stays fast
    values = np.frombuffer(data, dtype="uint32")
    return LeanMinHash(seed=7, hashvalues=values, scheme=SCHEME)


def same_words(wa: frozenset[str], wb: frozenset[str]) -> bool:
    """Two claims (as their sets of ``words``) whose words mostly coincide: one copied
    from the other."""
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= CLAIM_OVERLAP and (
        len(wa & wb) / max(len(wa), len(wb)) >= 0.5
    )
