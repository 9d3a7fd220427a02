"""The HTML report: one self-contained page (no external assets), safe to mail.

Article text is hostile: every value goes through ``html.escape``.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

_STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a}
h1{font-size:1.5rem} h2{font-size:1.15rem;margin-bottom:.2rem}
.meta{color:#555;font-size:.9rem} .flag{background:#fff3cd;border-radius:3px;padding:0 .3rem}
article{border-top:1px solid #ddd;padding:.5rem 0} details{margin:.3rem 0}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left}
.removed{color:#777;font-size:.85rem;white-space:pre-wrap}
"""


def _article_html(a: dict[str, Any]) -> str:
    flags = " ".join(f'<span class="flag">{escape(f)}</span>' for f in a["flags"])
    sentences = "".join(f'<p dir="auto">{escape(s["text"])}</p>' for s in a.get("sentences", []))
    removed = "\n".join(f"[{escape(r['rule'])}] {escape(r['text'])}" for r in a["removed"])
    removed_block = (
        f'<details><summary>Removed as page chrome ({len(a["removed"])})</summary>'
        f'<div class="removed">{removed}</div></details>'
        if a["removed"] else ""
    )
    return (
        f'<article id="a-{escape(a["id"])}"><h2>{escape(a["title"] or "(untitled)")}</h2>'
        f'<div class="meta">{escape(a["outlet"] or "unknown outlet")} · '
        f'{escape(a["language"] or "?")} · {escape(a["published"] or "no date")} · '
        f'<code>{escape(a["id"])}</code> {flags}</div>'
        f"<details><summary>Text ({len(a.get('sentences', []))} sentences)</summary>"
        f"{sentences}</details>{removed_block}</article>"
    )


_GRADE_COLOURS = {"corroborated": "#1b7f3b", "single-source": "#8a6d00",
                  "conflicting": "#b00020", "unattributed": "#6a1b9a"}


def _grade_summary(story: dict[str, Any]) -> str:
    counts: dict[str, int] = {}
    for group in story["claim_groups"]:
        counts[group["grade"]] = counts.get(group["grade"], 0) + 1
    return " · ".join(
        f'<span style="color:{_GRADE_COLOURS.get(g, "#333")}">{n} {escape(g)}</span>'
        for g, n in sorted(counts.items())
    )


def _story_html(story: dict[str, Any]) -> str:
    articles = story["articles"]
    head = "".join(
        f"<th>{escape(a.get('label') or a['outlet'] or a['id'][:8])} "
        f"<small>[{escape(a['language'] or '?')}]"
        f"</small></th>" for a in articles
    )
    rows = []
    for group in story["claim_groups"]:
        colour = _GRADE_COLOURS.get(group["grade"], "#333")
        cells = []
        for a in articles:
            said = [c for c in group["claims"] if c["article_id"] == a["id"]]
            cells.append('<td dir="auto">' + "<hr>".join(
                escape(c["text"]) + (f" <em>— {escape(c['speaker'])}</em>" if c["speaker"]
                                     else "")
                for c in said) + "</td>")
        rows.append(
            f'<tr><td><strong style="color:{colour}">{escape(group["grade"])}</strong><br>'
            f'<small>{escape("; ".join(group["reasons"]))}</small></td>{"".join(cells)}</tr>'
        )
    return (
        f'<section id="{escape(story["id"])}"><h3 dir="auto">{escape(story["label"])}</h3>'
        f'<details><summary>{len(story["claim_groups"])} claim groups in '
        f"{len(articles)} articles: {_grade_summary(story)}</summary>"
        f"<table><tr><th>grade</th>{head}</tr>"
        f'{"".join(rows)}</table></details></section>'
    )


def render_html_report(data: dict[str, Any]) -> str:
    rows = "".join(
        f'<tr><td dir="auto"><a href="#a-{escape(a["id"])}">'
        f'{escape(a["title"] or a["id"])}</a></td>'
        f'<td>{escape(a["outlet"] or "")}</td><td>{escape(a["language"] or "")}</td>'
        f'<td>{len(a.get("sentences", []))}</td></tr>'
        for a in data["articles"]
    )
    errors = "".join(
        f"<li>{escape(e['source'])}: {escape(e['reason'] or '')}</li>"
        for e in data["ingest_errors"]
    )
    articles = "".join(_article_html(a) for a in data["articles"])
    stories = "".join(_story_html(s) for s in data.get("stories", []))
    return (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">"
        f"<title>Parallax report</title><style>{_STYLE}</style></head><body>"
        f"<h1>Parallax report</h1><p class=\"meta\">{escape(data['generator'])} · "
        f"report version {escape(data['report_version'])} · {len(data['articles'])} articles"
        f" · {len(data.get('stories', []))} stories</p>"
        + (f"<h2>Stories</h2>{stories}" if stories else "")
        + "<h2>Articles</h2><table><tr><th>title</th><th>outlet</th><th>language</th>"
        f"<th>sentences</th></tr>{rows}</table>"
        + (f"<h2>Inputs that could not be read</h2><ul>{errors}</ul>" if errors else "")
        + f"{articles}</body></html>"
    )


def write_html_report(data: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html_report(data), encoding="utf-8")
