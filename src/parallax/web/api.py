"""The JSON API under ``/api/v1/``: stories, story, articles, article, claims, search,
and ingest by POST of a document or a URL."""

from __future__ import annotations

import ipaddress
import socket
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, HTTPException, Query, Request

from parallax.model import Article, IngestError
from parallax.report.article_list import article_page, claim_page, search
from parallax.report.json_report import article_json
from parallax.report.story_list import GRADES, StoryFilter, story_page
from parallax.report.story_view import story_view
from parallax.web.app import Settings, settings
from parallax.web.schemas import (
    ArticleOut,
    ArticlePageOut,
    ClaimOut,
    ClaimPageOut,
    ErrorOut,
    IngestIn,
    IngestOut,
    SearchOut,
    StoryOut,
    StoryPageOut,
)

router = APIRouter(prefix="/api/v1", tags=["api"])
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut}}

Limit = Annotated[int, Query(ge=1, le=200, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
Text = Annotated[str | None, Query(max_length=200)]
Code = Annotated[str | None, Query(max_length=16)]
Grade = Annotated[str | None, Query(pattern="^(" + "|".join(GRADES) + ")$")]
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]


@router.get("/stories", response_model=StoryPageOut)
def list_stories(request: Request, q: Text = None, language: Code = None,
                 outlet: Text = None, grade: Grade = None, date_from: Day = None,
                 date_to: Day = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Stories, most-reported first, with languages, outlets and claim groups by grade."""
    f = StoryFilter(q, language, outlet, grade, date_from, date_to)
    page = story_page(settings(request).store, f, limit, offset)
    return {"total": page.total, "limit": limit, "offset": offset, "items": page.stories}


@router.get("/stories/{story_id}", response_model=StoryOut, responses=NOT_FOUND)
def get_story(request: Request, story_id: str,
              max_articles: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
    """One story: its articles (one per outlet first, up to ``max_articles``) and its
    claim groups with grade, reasons and the claims of the listed articles."""
    view = story_view(settings(request).store, story_id, max_articles)
    if view is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return view


@router.get("/articles", response_model=ArticlePageOut)
def list_articles(request: Request, language: Code = None, outlet: Text = None,
                  limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    total, items = article_page(settings(request).store, language, outlet, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _article(request: Request, article_id: str) -> Article:
    article = settings(request).store.find_article(article_id)
    if article is None:
        raise HTTPException(404, f"no single article with id {article_id!r}")
    return article


@router.get("/articles/{article_id}", response_model=ArticleOut, responses=NOT_FOUND)
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """One article: cleaned text, sentences, claims, framing spans, removed chrome."""
    article = _article(request, article_id)
    return article_json(article, with_text=True) | {"story_id": article.story_id}


@router.get("/articles/{article_id}/claims", response_model=list[ClaimOut],
            responses=NOT_FOUND)
def get_article_claims(request: Request, article_id: str) -> list[dict[str, Any]]:
    return list(article_json(_article(request, article_id))["claims"])


@router.get("/claims", response_model=ClaimPageOut)
def list_claims(request: Request, speaker: Text = None, language: Code = None,
                with_quantities: bool | None = None, limit: Limit = 50,
                offset: Offset = 0) -> dict[str, Any]:
    """Claims across the store, filtered by speaker (substring), language, numbers."""
    total, items = claim_page(settings(request).store, speaker, language, with_quantities,
                              limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/search", response_model=SearchOut)
def search_all(request: Request,
               q: Annotated[str, Query(min_length=1, max_length=200)],
               limit: Limit = 20) -> dict[str, Any]:
    """Stories by label, articles by title or text."""
    return search(settings(request).store, q, limit)


def check_url(url: str, allow_private: bool) -> None:
    """Only http(s) URLs to public hosts, unless the server allows private ones."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise HTTPException(400, "url must be http(s) with a host")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError) as exc:
        raise HTTPException(400, f"cannot resolve {parts.hostname!r}") from exc
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]))
        if not address.is_global:
            raise HTTPException(400, f"{parts.hostname!r} is not a public address")


@router.post("/ingest", status_code=201, response_model=IngestOut,
             responses={400: {"model": ErrorOut}})
def ingest_document(request: Request, body: IngestIn) -> dict[str, Any]:
    """Ingest one document (text or HTML with metadata) or fetch one URL; the story
    linking and grading then run incrementally."""
    from parallax.assess.runner import update_corpus
    from parallax.ingest.run import ingest_items
    from parallax.ingest.sources import iter_sources, record_item

    s: Settings = settings(request)
    if body.url and not (body.text or body.html):
        check_url(body.url, s.allow_private_urls)
        items: Any = iter_sources([body.url])
    else:
        items = [record_item(body.model_dump(exclude_none=True), "api")]
    results: list[Article | IngestError] = []
    with s.ingest_lock:
        report = ingest_items(items, s.store, on_result=results.append)
        if report.errors:  # the same shape as FastAPI's own validation errors
            raise HTTPException(422, [{"loc": ["body"], "msg": report.errors[0].reason,
                                       "type": "rejected"}])
        if report.stored:
            update_corpus(s.store)
    article = next((r for r in results if isinstance(r, Article)), None)
    stored = s.store.get_article(article.id) if article else None
    status = ("stored" if report.stored else "duplicate" if report.duplicates
              else "already-done")
    return {"status": status, "article_id": article.id if article else None,
            "story_id": stored.story_id if stored else None,
            "warnings": [w.reason for w in report.warnings]}
