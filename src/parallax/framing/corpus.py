"""Reading a span-annotated framing corpus (``articles.jsonl`` + ``spans.jsonl``)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    technique: str


@dataclass
class FramingDoc:
    id: str
    language: str
    text: str
    spans: list[GoldSpan] = field(default_factory=list)


def read_corpus(folder: Path, noisy: bool = False) -> list[FramingDoc]:
    """The documents of one split, each with its gold spans (possibly none)."""
    names = [("articles.jsonl", "spans.jsonl")]
    if noisy:
        names.append(("articles_noisy.jsonl", "spans_noisy.jsonl"))
    docs: dict[str, FramingDoc] = {}
    for articles_name, spans_name in names:
        with (folder / articles_name).open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    docs[row["id"]] = FramingDoc(row["id"], row["language"], row["text"])
        spans_path = folder / spans_name
        if spans_path.exists():
            with spans_path.open(encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        row = json.loads(line)
                        doc = docs.get(row["article_id"])
                        if doc is not None and row["end"] > row["start"]:
                            doc.spans.append(GoldSpan(row["start"], row["end"], row["technique"]))
    return list(docs.values())


def corpus_hash(folder: Path) -> str:
    """SHA-256 over the split's files, recorded with a trained model."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.jsonl")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
