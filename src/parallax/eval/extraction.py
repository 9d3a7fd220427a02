"""Body-extraction quality against snippet gold (``shared/corpus/extraction``).

Scoring follows the set's README: whitespace collapsed, each ``with`` snippet found is a
true positive (missing: false negative), each ``without`` snippet found is a false
positive (missing: true negative), micro-averaged over all pages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import trafilatura

from parallax.ingest.boilerplate import clean_text
from parallax.ingest.decode import bytes_to_text
from parallax.ingest.extract_html import extract_body
from parallax.pipeline import Rejected

_WS = re.compile(r"\s+")


@dataclass
class SnippetScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}

    def add(self, output: str | None, with_: list[str], without: list[str]) -> None:
        text = _WS.sub(" ", output).strip() if output else None
        for snippet in with_:
            if text is not None and _WS.sub(" ", snippet).strip() in text:
                self.tp += 1
            else:
                self.fn += 1
        for snippet in without:
            if text is not None and _WS.sub(" ", snippet).strip() in text:
                self.fp += 1
            else:
                self.tn += 1


def plain_trafilatura(data: bytes) -> str | None:
    return trafilatura.extract(data, include_comments=False, include_tables=True)


def parallax_extractor(data: bytes) -> str | None:
    """Our HTML path: decode, trafilatura body, then boilerplate cleanup."""
    try:
        html, _ = bytes_to_text(data)
    except Rejected:
        return None
    text, _meta = extract_body(html)
    cleaned, _removed = clean_text(text)
    return cleaned or None


EXTRACTORS: dict[str, Callable[[bytes], str | None]] = {
    "trafilatura": plain_trafilatura,
    "parallax": parallax_extractor,
}


def evaluate_extraction(gold: Path) -> dict[str, SnippetScore]:
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    scores = {name: SnippetScore() for name in EXTRACTORS}
    for row in rows:
        data = (gold.parent / row["file"]).read_bytes()
        for name, extractor in EXTRACTORS.items():
            try:
                output = extractor(data)
            except Exception:  # noqa: BLE001 - a crash counts as a miss, per the README
                output = None
            scores[name].add(output, row.get("with", []), row.get("without", []))
    return scores
