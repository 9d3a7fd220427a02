"""Wire copies: the same agency text run by several outlets counts as one source.

Articles are compared by MinHash over word 3-shingles of their cleaned text (datasketch,
with banded LSH so that finding the copies of a new article never scans the whole corpus);
claims are compared by the overlap of their word sets, for passages copied into
otherwise different articles.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 64
SCHEME = "affine32"  # fixed, so stored hash values can be read back
ARTICLE_JACCARD = 0.5
CLAIM_OVERLAP = 0.7
_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _sha1_32(data: bytes) -> int:
    """datasketch's ``sha1_hash32`` (the first four bytes of SHA-1, little-endian), in one
    call less."""
    return int.from_bytes(hashlib.sha1(data).digest()[:4], "little")


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """The scheme's permutation parameters, drawn once rather than for every article."""
    return MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME).permutations


def minhash(text: str) -> MinHash:
    tokens = words(text)
    shingles = {" ".join(tokens[i : i + 3]) for i in range(max(1, len(tokens) - 2))}
    m = MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME, hashfunc=_sha1_32,
                permutations=_permutations())
    m.update_batch(s.encode("utf-8") for s in sorted(shingles))
    return m


class WireIndex:
    """Near-duplicate articles, found incrementally; ``group`` names each copy group by
    its earliest member.

    Banded LSH over the MinHash values (bands and rows as datasketch chooses them for
    ``ARTICLE_JACCARD``), with compact tables: each band maps the hash of its values to
    the article (or the few articles) that have them, and each article's values are kept
    as 32-bit bytes; candidates are then checked by their estimated Jaccard. At a
    corpus of 50,000 this holds a third of what ``MinHashLSH`` does."""

    def __init__(self) -> None:
        params = MinHashLSH(threshold=ARTICLE_JACCARD, num_perm=NUM_PERM)
        self.bands = [(i * params.r, (i + 1) * params.r) for i in range(params.b)]
        self.tables: list[dict[int, str | list[str]]] = [{} for _ in self.bands]
        self.values: dict[str, bytes] = {}  # each article's MinHash values (uint32)
        self.group: dict[str, str] = {}

    def restore(self, article_id: str, data: bytes, group: str) -> None:
        """Put back an article as stored: its ``minhash_bytes`` and its copy group."""
        self._insert(article_id, data)
        self.group[article_id] = group

    def add(self, article_id: str, text: str) -> str:
        if article_id in self.group:
            return self.group[article_id]
        data = minhash_bytes(minhash(text))
        mine = np.frombuffer(data, dtype=np.uint32)
        candidates = sorted(self._candidates(mine))
        first = None
        if candidates:  # all candidates' estimated Jaccard at once: a text run by many
            # outlets has many, and checking them one by one grew with the corpus
            values = np.frombuffer(b"".join(self.values[k] for k in candidates), np.uint32)
            similar = (values.reshape(len(candidates), -1) == mine).mean(axis=1)
            hits = np.flatnonzero(similar >= ARTICLE_JACCARD)
            first = candidates[int(hits[0])] if hits.size else None
        self.group[article_id] = self.group[first] if first is not None else article_id
        self._insert(article_id, data)
        return self.group[article_id]

    def _keys(self, values: np.ndarray) -> list[int]:
        return [hash(values[a:b].tobytes()) for a, b in self.bands]

    def _candidates(self, values: np.ndarray) -> set[str]:
        found: set[str] = set()
        for table, key in zip(self.tables, self._keys(values), strict=True):
            hit = table.get(key)
            if isinstance(hit, str):
                found.add(hit)
            elif hit:
                found.update(hit)
        return found

    def _insert(self, article_id: str, data: bytes) -> None:
        self.values[article_id] = data
        for table, key in zip(self.tables, self._keys(np.frombuffer(data, np.uint32)),
                              strict=True):
            hit = table.get(key)
            if hit is None:
                table[key] = article_id
            elif isinstance(hit, str):
                table[key] = [hit, article_id]
            else:
                hit.append(article_id)


def minhash_bytes(m: MinHash | LeanMinHash) -> bytes:
    return m.hashvalues.astype("uint32").tobytes()


def same_words(wa: frozenset[str], wb: frozenset[str]) -> bool:
    """Two claims (as their sets of ``words``) whose words mostly coincide: one copied
    from the other."""
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= CLAIM_OVERLAP and (
        len(wa & wb) / max(len(wa), len(wb)) >= 0.5
    )
