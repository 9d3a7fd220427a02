"""``parallax serve``: the web UI and the JSON API as one FastAPI app over a store.

A thin face: pages and API routes call the same read models as the reports
(``report/story_list.py``, ``story_view.py``, ``story_matrix.py``, ``article_view.py``).
Security: Jinja2 autoescaping everywhere (article text is hostile), a strict
Content-Security-Policy (no inline script or style, nothing from other origins), request
bodies capped before they are read.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from parallax import __version__
from parallax.store.repository import Store

CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
MAX_BODY = 2 * 1024 * 1024  # bytes a request body may have


@dataclass
class Settings:
    store: Store
    allow_private_urls: bool = False  # POSTed URLs may point at loopback / private hosts
    max_body: int = MAX_BODY
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)


class BodyLimit:
    """Refuse bodies over the limit with 413, by header or while streaming."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await _too_large(scope, receive, send, self.limit)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _BodyTooLarge()
            return message

        try:
            await self.app(scope, limited, send)
        except _BodyTooLarge:
            await _too_large(scope, receive, send, self.limit)


class _BodyTooLarge(Exception):
    pass


async def _too_large(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
    response = JSONResponse({"detail": f"request body over {limit} bytes"}, status_code=413)
    await response(scope, receive, send)


def create_app(store: Store, allow_private_urls: bool = False,
               max_body: int = MAX_BODY) -> FastAPI:
    from parallax.web import api, pages

    app = FastAPI(title="Parallax", version=__version__, docs_url=None, redoc_url=None,
                  description="One story from every side: stories, claim groups with "
                              "grades, articles and framing spans, as JSON.")
    app.state.settings = Settings(store, allow_private_urls, max_body)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        started = time.perf_counter()
        response: Response = await call_next(request)
        elapsed = (time.perf_counter() - started) * 1000
        response.headers["Server-Timing"] = f"app;dur={elapsed:.1f}"
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    app.include_router(api.router)
    app.include_router(pages.router)
    static = resources.files("parallax.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_middleware(BodyLimit, limit=max_body)
    return app


def settings(request: Request) -> Settings:
    value: Settings = request.app.state.settings
    return value
