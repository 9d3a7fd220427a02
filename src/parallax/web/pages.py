"""Server-rendered pages: the story list, one story's claim matrix, one article."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from parallax.report.article_view import article_view
from parallax.report.story_list import GRADES, StoryFilter, facets, story_page
from parallax.report.story_matrix import story_matrix
from parallax.report.story_view import story_view
from parallax.web.app import settings
from parallax.web.render import render

router = APIRouter(include_in_schema=False)
PAGE = 25
MATRIX_COLUMNS = 24  # articles shown side by side; one per outlet first


def _clean(value: str | None, limit: int = 200) -> str | None:
    return value.strip()[:limit] or None if value else None


def _day(value: str | None) -> str | None:
    value = _clean(value, 10)
    if value and len(value) == 10 and value[4] == value[7] == "-" and value.replace(
            "-", "").isdigit():
        return value
    return None


@router.get("/", response_class=HTMLResponse)
def stories_page(request: Request, q: str | None = None, language: str | None = None,
                 outlet: str | None = None, grade: str | None = None,
                 date_from: str | None = None, date_to: str | None = None,
                 offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> HTMLResponse:
    store = settings(request).store
    f = StoryFilter(_clean(q), _clean(language, 16), _clean(outlet),
                    grade if grade in GRADES else None, _day(date_from), _day(date_to))
    params = {"q": f.q, "language": f.language, "outlet": f.outlet, "grade": f.grade,
              "date_from": f.date_from, "date_to": f.date_to}
    page = story_page(store, f, PAGE, offset)
    return HTMLResponse(render("stories.html", page=page, params=params,
                               facets=facets(store)))


def _not_found(what: str) -> HTMLResponse:
    body = render("base.html").replace(
        '<main id="main" tabindex="-1">', f'<main id="main" tabindex="-1"><h1>Not found</h1>'
        f'<p>No such {what}. <a href="/">All stories</a></p>', 1)
    return HTMLResponse(body, status_code=404)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page_view(request: Request, story_id: str) -> HTMLResponse:
    view = story_view(settings(request).store, story_id, MATRIX_COLUMNS)
    if view is None:
        return _not_found("story")
    return HTMLResponse(render("story.html", m=story_matrix(view)))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page_view(request: Request, article_id: str) -> HTMLResponse:
    article = settings(request).store.find_article(article_id)
    if article is None:
        return _not_found("article")
    return HTMLResponse(render("article.html", a=article_view(article)))
