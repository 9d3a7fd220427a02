"""``parallax train framing``: fit the framing tagger on the shared training split.

Word rows are labelled by the gold spans they fall in, sentence rows by the spans that
cover a good part of them; each technique gets a logistic model (scikit-learn's SGD,
fixed seed). Thresholds are then chosen per technique on the dev split by overlap F1.
The model file records the command, seed and the hashes of both splits.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import SGDClassifier

from parallax.framing.corpus import FramingDoc, GoldSpan, corpus_hash, read_corpus
from parallax.framing.features import (
    SENTENCE_BUCKETS,
    TOKEN_BUCKETS,
    sentence_features,
    token_features,
    words,
)
from parallax.framing.lexicon import token_hits
from parallax.framing.model import (
    SENTENCE_TECHNIQUES,
    TECHNIQUES,
    TOKEN_TECHNIQUES,
    FramingModel,
)
from parallax.framing.scoring import overlap_f1
from parallax.language.sentences import sentence_spans

SEED = 13
THRESHOLD_GRID = tuple(round(x, 2) for x in np.arange(0.1, 0.95, 0.05))


@dataclass
class Rows:
    indices: list[list[int]]
    labels: list[list[int]]

    def matrix(self, width: int) -> sparse.csr_matrix:
        indptr = np.cumsum([0] + [len(r) for r in self.indices])
        flat = np.fromiter((i for r in self.indices for i in r), dtype=np.int64,
                           count=int(indptr[-1]))
        data = np.ones(len(flat), dtype=np.float32)
        m = sparse.csr_matrix((data, flat, indptr), shape=(len(self.indices), width))
        m.sum_duplicates()
        m.data = np.minimum(m.data, 1.0)
        return m


def _covered(spans: list[GoldSpan], technique: str, start: int, end: int, share: float) -> bool:
    need = max(1, int((end - start) * share))
    return any(s.technique == technique and min(end, s.end) - max(start, s.start) >= need
               for s in spans)


def build_rows(docs: Iterable[FramingDoc]) -> tuple[Rows, Rows]:
    token_rows, sentence_rows = Rows([], []), Rows([], [])
    for doc in docs:
        for start, end in sentence_spans(doc.text, doc.language):
            toks = words(doc.text, start, end)
            if not toks:
                continue
            hits = token_hits(toks, doc.language)
            token_rows.indices += token_features(doc.text, toks, start, hits, doc.language)
            for tok in toks:
                token_rows.labels.append([
                    int(_covered(doc.spans, t, tok.start, tok.end, 0.5)) for t in TOKEN_TECHNIQUES
                ])
            sentence_rows.indices.append(
                sentence_features(doc.text[start:end], toks, hits, doc.language))
            s, e = toks[0].start, toks[-1].end
            sentence_rows.labels.append([
                int(_sentence_label(doc.spans, t, s, e)) for t in SENTENCE_TECHNIQUES
            ])
    return token_rows, sentence_rows


def _sentence_label(spans: list[GoldSpan], technique: str, start: int, end: int) -> bool:
    """A sentence carries a technique when a span of it covers a third of the sentence or
    most of the span lies inside the sentence."""
    for s in spans:
        if s.technique != technique:
            continue
        inter = min(end, s.end) - max(start, s.start)
        if inter > 0 and (inter >= (end - start) / 3 or inter >= (s.end - s.start) / 2):
            return True
    return False


def _fit(x: sparse.csr_matrix, labels: np.ndarray, alpha: float,
         positive_weight: float) -> tuple[np.ndarray, np.ndarray]:
    weights = np.zeros((x.shape[1], labels.shape[1]), dtype=np.float32)
    bias = np.zeros(labels.shape[1], dtype=np.float32)
    for k in range(labels.shape[1]):
        y = labels[:, k]
        if y.sum() == 0:
            bias[k] = -10.0
            continue
        clf = SGDClassifier(loss="log_loss", alpha=alpha, max_iter=30, tol=1e-4,
                            random_state=SEED, average=True,
                            class_weight={0: 1.0, 1: positive_weight})
        clf.fit(x, y)
        weights[:, k] = clf.coef_[0]
        bias[k] = clf.intercept_[0]
    return weights, bias


def tune_thresholds(model: FramingModel, docs: list[FramingDoc]) -> dict[str, float]:
    """Per technique, the threshold with the best overlap F1 on ``docs``."""
    scored = [model.score(d.text, sentence_spans(d.text, d.language), d.language) for d in docs]
    best: dict[str, float] = {}
    for technique in TECHNIQUES:
        gold = [[(s.start, s.end) for s in d.spans if s.technique == technique] for d in docs]
        results = []
        for limit in THRESHOLD_GRID:
            limits = {t: 2.0 for t in TECHNIQUES} | {technique: limit}
            pred = [[(s.start, s.end) for s in model.decode(sc, limits)] for sc in scored]
            results.append((overlap_f1(pred, gold), -limit))
        best[technique] = -max(results)[1]
    return best


def train_framing(train_dir: Path, dev_dir: Path, out: Path, noisy: bool = False,
                  log: bool = True) -> FramingModel:
    warnings.filterwarnings("ignore", category=ConvergenceWarning)
    started = time.perf_counter()
    docs = read_corpus(train_dir, noisy=noisy)
    token_rows, sentence_rows = build_rows(docs)
    if log:
        print(f"{len(docs)} documents: {len(token_rows.indices)} words, "
              f"{len(sentence_rows.indices)} sentences")
    token_w, token_b = _fit(token_rows.matrix(TOKEN_BUCKETS),
                            np.array(token_rows.labels, dtype=np.int8), alpha=5e-6,
                            positive_weight=2.0)
    sentence_w, sentence_b = _fit(sentence_rows.matrix(SENTENCE_BUCKETS),
                                  np.array(sentence_rows.labels, dtype=np.int8),
                                  alpha=1e-5, positive_weight=3.0)
    info = {
        "command": "parallax train framing --train "
                   f"{train_dir} --dev {dev_dir}" + (" --noisy" if noisy else ""),
        "seed": SEED, "train_hash": corpus_hash(train_dir), "dev_hash": corpus_hash(dev_dir),
        "train_documents": len(docs), "languages": sorted({d.language for d in docs}),
    }
    model = FramingModel(token_w, token_b, sentence_w, sentence_b, {}, info)
    model.thresholds = tune_thresholds(model, read_corpus(dev_dir))
    model.save(out)
    if log:
        print(f"trained in {time.perf_counter() - started:.0f} s → {out} "
              f"({out.stat().st_size / 1e6:.1f} MB)")
    return model
