"""Jinja2 rendering shared by the web UI and the self-contained HTML report.

Autoescaping is on for every template: article text, titles and outlet names are
hostile input. Templates never mark article content safe.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

GRADE_LABELS = {"corroborated": "corroborated", "single-source": "single source",
                "conflicting": "conflicting", "unattributed": "unattributed"}

Link = Callable[[str, str], str]


def server_link(kind: str, ident: str) -> str:
    return {"story": "/stories/", "article": "/articles/"}[kind] + quote(ident, safe="")


def anchor_link(kind: str, ident: str) -> str:
    return f"#{kind}-{ident}"


def _query(params: dict[str, Any], **changes: Any) -> str:
    merged = {k: v for k, v in (params | changes).items() if v not in (None, "")}
    return "?" + urlencode(merged)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _pct5(value: float) -> int:
    """A percentage rounded to a multiple of 5, for the ``fb-N`` / ``ml-N`` CSS classes
    (the CSP forbids inline styles)."""
    return max(0, min(100, int(round(float(value) / 5.0)) * 5))


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=PackageLoader("parallax.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(grade_labels=GRADE_LABELS, query=_query)
    env.filters["number"] = _number
    env.filters["pct5"] = _pct5
    return env


def stylesheet() -> str:
    return (resources.files("parallax.web") / "static" / "style.css").read_text("utf-8")


def render(name: str, link: Link = server_link, standalone: bool = False,
           **context: Any) -> str:
    template = environment().get_template(name)
    # the stylesheet is our own package file, not article content: it is inlined as is
    css = Markup(stylesheet()) if standalone else ""
    return template.render(link=link, standalone=standalone, css=css, **context)
