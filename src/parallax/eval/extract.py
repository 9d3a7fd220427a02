"""``parallax eval extract``: claims, speakers, via chains and quantities against gold.

The gold file (format: ``shared/corpus/GOLD.md``) names articles by ``file`` (beside the
gold file) or ``article_id`` (a row of ``articles.jsonl`` beside it). Each article is run
through the pipeline here; every gold claim is matched to the predicted claim that
overlaps its quote most (at least ``MIN_OVERLAP`` of the quote), then:
- claim recall: matched gold claims / gold claims;
- speaker accuracy: matched claims whose speaker matches (normalised names; a gold null
  needs a predicted null);
- via exact match: matched claims whose via chain equals the gold chain (normalised);
- quantities: predicted quantities inside gold quotes against gold quantities; a pair
  matches when their spans overlap and value, upper value and bound agree (values within
  0.5%). Precision, recall and F1 over those.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parallax.eval.corpus_gold import gold_articles
from parallax.extract.gazetteer import lookup_place
from parallax.model import Article, Claim, Quantity
from parallax.pipeline import Pipeline

MIN_OVERLAP = 0.3
_DETERMINERS = {"the", "de", "het", "der", "die", "das", "el", "la", "los", "las", "le", "les",
                "l'", "its", "a", "an"}


def normalise_name(name: str | None) -> str:
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = [w for w in re.split(r"[^\w]+", text) if len(w) > 1]  # initials dropped
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _same_word(a: str, b: str) -> bool:
    # inflection: "Auswärtige"/"Auswärtiges", "Verhandlerkreise"/"Verhandlerkreisen"
    return a == b or (min(len(a), len(b)) >= 5 and abs(len(a) - len(b)) <= 2 and (
        a.startswith(b) or b.startswith(a)
    ))


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    g, p = normalise_name(gold), normalise_name(predicted)
    if not g or not p:
        return g == p
    if g == p:
        return True
    gw, pw = g.split(), p.split()
    if len(gw) == len(pw) and all(_same_word(a, b) for a, b in zip(gw, pw, strict=True)):
        return True
    # "Amnesty" for "Amnesty International", "Putin" for "Vladimir Putin"
    if gw[-len(pw):] == pw or gw[: len(pw)] == pw or pw[-len(gw):] == gw:
        return True
    # one place written two ways: "US" and "USA", "Teheran" and "Tehran"
    gp, pp = lookup_place(gold or ""), lookup_place(predicted or "")
    return gp is not None and pp is not None and gp.name == pp.name


def same_via(gold: list[str], predicted: list[str]) -> bool:
    return [normalise_name(v) for v in gold] == [normalise_name(v) for v in predicted]


@dataclass
class Counts:
    gold_claims: int = 0
    matched: int = 0
    predicted_claims: int = 0
    speaker_ok: int = 0
    via_ok: int = 0
    q_tp: int = 0
    q_fp: int = 0
    q_fn: int = 0
    speaker_tp: int = 0  # a named gold speaker found (matched claims)
    speaker_predicted: int = 0  # matched claims with a predicted speaker
    speaker_gold: int = 0  # gold claims with a named speaker
    via_tp: int = 0
    via_predicted: int = 0
    via_gold: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        p, r = ratio(self.q_tp, self.q_tp + self.q_fp), ratio(self.q_tp, self.q_tp + self.q_fn)
        sp, sr = ratio(self.speaker_tp, self.speaker_predicted), ratio(self.speaker_tp,
                                                                       self.speaker_gold)
        vp, vr = ratio(self.via_tp, self.via_predicted), ratio(self.via_tp, self.via_gold)
        return {
            "gold_claims": self.gold_claims,
            "claim_recall": ratio(self.matched, self.gold_claims),
            "speaker_accuracy": ratio(self.speaker_ok, self.matched),
            "via_exact": ratio(self.via_ok, self.matched),
            "quantity_precision": p,
            "quantity_recall": r,
            "quantity_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "speaker_precision": sp,
            "speaker_recall": sr,
            "speaker_f1": 2 * sp * sr / (sp + sr) if sp + sr else 0.0,
            "via_precision": vp,
            "via_recall": vr,
            "via_f1": 2 * vp * vr / (vp + vr) if vp + vr else 0.0,
            "predicted_claims": self.predicted_claims,
        }


@dataclass
class ExtractionReport:
    overall: Counts = field(default_factory=Counts)
    by_language: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    misses: list[dict[str, Any]] = field(default_factory=list)


def _quote_span(article: Article, quote: str) -> tuple[int, int] | None:
    at = article.text.find(quote)
    if at < 0:
        squashed = " ".join(quote.split())
        at = " ".join(article.text.split()).find(squashed)
        if at < 0:
            return None
        return None if at < 0 else _span_in_original(article.text, squashed)
    return at, at + len(quote)


def _span_in_original(text: str, squashed: str) -> tuple[int, int] | None:
    pattern = r"\s+".join(re.escape(w) for w in squashed.split())
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _same_quantity(gold: dict[str, Any], q: Quantity) -> bool:
    def close(x: float | None, y: float | None) -> bool:
        if x is None or y is None:
            return x is None and y is None
        return abs(x - y) <= 0.005 * max(abs(x), abs(y), 1e-9)

    return (
        close(float(gold["value"]), q.value)
        and close(gold.get("value_max"), q.value_max)
        and (gold.get("bound") or None) == (q.bound or None)
    )


def evaluate_extract(gold_path: Path, pipeline: Pipeline | None = None) -> ExtractionReport:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    keys = {c.get("file") or c.get("article_id") for c in gold.get("claims", [])}
    articles = gold_articles(gold_path.parent, {k for k in keys if k}, pipeline)
    report = ExtractionReport()
    claims_by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for claim in gold.get("claims", []):
        claims_by_article[claim.get("file") or claim.get("article_id")].append(claim)
    for key, gold_claims in claims_by_article.items():
        counts = Counts(gold_claims=len(gold_claims))
        article = articles.get(key)
        if article is not None:
            counts.predicted_claims = len(article.claims)
            _score_article(article, gold_claims, counts, report.misses)
        report.overall.add(counts)
        report.by_language[(article.language if article else None) or "?"].add(counts)
    return report


def match_claim(article: Article, quote: str) -> int | None:
    """The index of the article's claim that overlaps ``quote`` most (≥ MIN_OVERLAP)."""
    span = _quote_span(article, quote)
    if span is None:
        return None
    best, size = None, 0
    for index, claim in enumerate(article.claims):
        overlap = _overlap(span, (claim.start, claim.end))
        if overlap > size:
            best, size = index, overlap
    return best if size >= MIN_OVERLAP * (span[1] - span[0]) else None


def _score_article(
    article: Article, gold_claims: list[dict[str, Any]], counts: Counts,
    misses: list[dict[str, Any]],
) -> None:
    spans = []
    for g in gold_claims:
        counts.speaker_gold += bool(g.get("speaker"))
        counts.via_gold += bool(g.get("via"))
        spans.append(_quote_span(article, g["quote"]))
        index = match_claim(article, g["quote"])
        best: Claim | None = None if index is None else article.claims[index]
        if best is None:
            counts.q_fn += len(g.get("quantities", []))
            misses.append({"article": article.id, "claim": g["id"], "field": "claim",
                           "gold": g["quote"][:120]})
            continue
        counts.matched += 1
        attribution = best.attribution
        counts.speaker_predicted += bool(attribution.speaker)
        counts.via_predicted += bool(attribution.via)
        if g.get("speaker") and same_speaker(g.get("speaker"), attribution.speaker):
            counts.speaker_tp += 1
        if g.get("via") and same_via(g.get("via", []), list(attribution.via)):
            counts.via_tp += 1
        if same_speaker(g.get("speaker"), attribution.speaker):
            counts.speaker_ok += 1
        else:
            misses.append({"article": article.id, "claim": g["id"], "field": "speaker",
                           "gold": g.get("speaker"), "predicted": attribution.speaker})
        if same_via(g.get("via", []), list(attribution.via)):
            counts.via_ok += 1
        else:
            misses.append({"article": article.id, "claim": g["id"], "field": "via",
                           "gold": g.get("via"), "predicted": list(attribution.via)})
    _score_quantities(article, gold_claims, spans, counts, misses)


def _score_quantities(
    article: Article, gold_claims: list[dict[str, Any]],
    spans: list[tuple[int, int] | None], counts: Counts, misses: list[dict[str, Any]],
) -> None:
    regions = [s for s in spans if s is not None]
    predicted = [q for q in article.quantities
                 if any(_overlap((q.start, q.end), r) > 0 for r in regions)]
    used: set[int] = set()
    for g, span in zip(gold_claims, spans, strict=True):
        for gq in g.get("quantities", []):
            at = article.text.find(gq["text"], span[0] - 5) if span else -1
            gspan = (at, at + len(gq["text"])) if at >= 0 else span
            match = None
            for k, q in enumerate(predicted):
                if k in used or gspan is None:
                    continue
                if _overlap(gspan, (q.start, q.end)) > 0 and _same_quantity(gq, q):
                    match = k
                    break
            if match is None:
                counts.q_fn += 1
                misses.append({"article": article.id, "claim": g["id"], "field": "quantity",
                               "gold": gq["text"], "value": gq["value"]})
            else:
                used.add(match)
                counts.q_tp += 1
    for k, q in enumerate(predicted):
        if k not in used:
            counts.q_fp += 1
            misses.append({"article": article.id, "field": "quantity-fp",
                           "predicted": article.text[q.start : q.end], "value": q.value})
