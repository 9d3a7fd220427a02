"""Plain-dict forms of the model's parts, shared by the store, the CLI and the reports.

The field names are the gold files' (``shared/corpus/GOLD.md``): ``speaker``,
``speaker_role``, ``via``, ``quantities`` with ``text``, ``value``, ``value_max``,
``bound``, ``approx``, ``unit``, ``of``; so any tool can score what Parallax prints
(plus ``nearly``: an approximation that stops short, "almost 300").
"""

from __future__ import annotations

from typing import Any

from parallax.model import Attribution, Claim, Quantity


def quantity_to_dict(q: Quantity, text: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"start": q.start, "end": q.end}
    if text is not None:
        data["text"] = text[q.start : q.end]
    data.update({"value": q.value, "value_max": q.value_max, "bound": q.bound,
                 "approx": q.approx, "nearly": q.nearly, "unit": q.unit, "of": q.of})
    return data


def quantity_from_dict(d: dict[str, Any]) -> Quantity:
    return Quantity(
        start=int(d["start"]), end=int(d["end"]), value=float(d["value"]),
        value_max=None if d.get("value_max") is None else float(d["value_max"]),
        bound=d.get("bound"), approx=bool(d.get("approx")), nearly=bool(d.get("nearly")),
        unit=d.get("unit"), of=d.get("of"),
    )


def claim_to_dict(claim: Claim, text: str) -> dict[str, Any]:
    a = claim.attribution
    return {
        "start": claim.start,
        "end": claim.end,
        "text": text[claim.start : claim.end],
        "sentence": claim.sentence,
        "speaker": a.speaker,
        "speaker_role": a.role,
        "via": list(a.via),
        "cue": a.cue,
        "direct": a.direct,
        "quantities": [quantity_to_dict(q, text) for q in claim.quantities],
        "entities": list(claim.entities),
        "date": claim.date,
    }


def claim_row(claim: Claim) -> dict[str, Any]:
    """The ``claims`` table's columns for one claim (without article id and index)."""
    a = claim.attribution
    return {
        "start": claim.start, "end": claim.end, "sentence": claim.sentence,
        "speaker": a.speaker, "speaker_role": a.role, "cue": a.cue, "direct": a.direct,
        "via": list(a.via), "quantities": [quantity_to_dict(q) for q in claim.quantities],
        "entities": list(claim.entities), "date": claim.date,
    }


def claim_from_row(row: Any) -> Claim:
    return Claim(
        start=row.start, end=row.end, sentence=row.sentence,
        attribution=Attribution(
            speaker=row.speaker, cue=row.cue, role=row.speaker_role, direct=bool(row.direct),
            via=tuple(row.via or ()),
        ),
        quantities=tuple(quantity_from_dict(q) for q in row.quantities or []),
        entities=tuple(row.entities or ()),
        date=row.date,
    )
