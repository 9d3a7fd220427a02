"""A story view (``story_view``) laid out as the claim matrix: rows are claim groups,
columns are articles, each cell holds what that article says for that group. Also the
timeline of when each outlet reported."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from parallax.report.story_list import GRADES


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=None)


def timeline(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Articles with a date, oldest first, each placed at 0–100 % of the story's span."""
    dated = [(t, a) for a in articles if (t := _when(a.get("published"))) is not None]
    dated.sort(key=lambda pair: pair[0])
    if not dated:
        return []
    first, last = dated[0][0], dated[-1][0]
    span = (last - first).total_seconds() or 1.0
    return [{"id": a["id"], "label": a.get("label") or a.get("outlet") or a["id"][:8],
             "language": a.get("language"), "published": a.get("published"),
             "position": round(100 * (t - first).total_seconds() / span, 1)}
            for t, a in dated]


def story_matrix(view: dict[str, Any]) -> dict[str, Any]:
    columns = view["articles"]
    rows = []
    for group in view["claim_groups"]:
        cells: dict[str, list[dict[str, Any]]] = {a["id"]: [] for a in columns}
        for claim in group["claims"]:
            cells.setdefault(claim["article_id"], []).append(claim)
        values = sorted({(q["value"], q.get("value_max")) for c in group["claims"]
                         for q in c["quantities"]}, key=lambda v: v[0])
        rows.append({"id": group["id"], "grade": group["grade"], "reasons": group["reasons"],
                     "sources": group["sources"], "cells": [cells[a["id"]] for a in columns],
                     "outlets": len({c["article_id"] for c in group["claims"]}),
                     "values": values, "hidden": group.get("hidden_claims", 0)})
    # groups that several articles share first, then by grade
    rows.sort(key=lambda r: (-r["outlets"], GRADES.index(r["grade"])
                             if r["grade"] in GRADES else len(GRADES)))
    grades = dict.fromkeys(GRADES, 0)
    for r in rows:
        grades[r["grade"]] = grades.get(r["grade"], 0) + 1
    return {"story": {k: v for k, v in view.items() if k != "claim_groups"},
            "columns": columns, "rows": rows, "grades": grades,
            "timeline": timeline(columns)}
