"""Response and request models of the JSON API (they make ``/openapi.json``)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, model_validator


class ClaimOut(BaseModel):
    start: int
    end: int
    text: str
    sentence: int | None = None
    speaker: str | None
    speaker_role: str | None = None
    via: list[str]
    cue: str | None = None
    direct: bool | None = None
    quantities: list[dict[str, Any]]
    entities: list[str] = []
    date: str | None = None


class StorySummary(BaseModel):
    id: str
    label: str
    first_published: str | None
    last_published: str | None
    article_count: int
    article_ids: list[str]
    outlets: list[str]
    languages: list[str]
    grades: dict[str, int]


class StoryPageOut(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[StorySummary]


class StoryArticle(BaseModel):
    id: str
    outlet: str | None
    label: str
    language: str | None
    title: str | None
    published: str | None
    source: str
    cites: list[str]


class GroupClaim(ClaimOut):
    article_id: str
    outlet: str | None
    language: str | None
    index: int
    sentence_text: str


class ClaimGroupOut(BaseModel):
    id: str
    grade: str
    reasons: list[str]
    sources: list[str]
    claims: list[GroupClaim]
    hidden_claims: int = Field(description="member claims of articles not listed")


class StoryOut(BaseModel):
    id: str
    label: str
    first_published: str | None
    last_published: str | None
    article_total: int
    articles: list[StoryArticle]
    claim_groups: list[ClaimGroupOut]


class ArticleSummary(BaseModel):
    id: str
    source: str
    url: str | None
    outlet: str | None
    language: str | None
    title: str | None
    published: str | None
    story_id: str | None
    flags: list[str]


class ArticlePageOut(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleSummary]


class FramingOut(BaseModel):
    start: int
    end: int
    technique: str
    confidence: float
    text: str


class ArticleOut(BaseModel):
    id: str
    source: str
    url: str | None
    outlet: str | None
    language: str | None
    title: str | None
    author: str | None
    published: str | None
    published_origin: str | None
    raw_length: int
    flags: list[str]
    removed: list[dict[str, str]]
    claims: list[ClaimOut]
    framing: list[FramingOut]
    loaded_share: float
    text: str
    sentences: list[dict[str, Any]]
    story_id: str | None = None


class StoreClaim(BaseModel):
    article_id: str
    idx: int
    start: int
    end: int
    text: str | None
    speaker: str | None
    speaker_role: str | None
    cue: str | None
    via: list[str]
    quantities: list[dict[str, Any]]
    outlet: str | None
    language: str | None


class ClaimPageOut(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[StoreClaim]


class SearchStory(BaseModel):
    id: str
    label: str
    article_count: int


class SearchOut(BaseModel):
    stories: list[SearchStory]
    articles: list[ArticleSummary]


class IngestIn(BaseModel):
    """One document: its ``text`` or ``html`` (with optional metadata), or a ``url`` to
    fetch (then text and html must be absent)."""

    text: str | None = Field(default=None, max_length=1_000_000)
    html: str | None = Field(default=None, max_length=2_000_000)
    url: str | None = Field(default=None, max_length=2048)
    title: str | None = Field(default=None, max_length=1000)
    outlet: str | None = Field(default=None, max_length=255)
    author: str | None = Field(default=None, max_length=1000)
    published: str | None = Field(default=None, max_length=40)
    language: str | None = Field(default=None, max_length=16)

    @model_validator(mode="after")
    def one_content(self) -> IngestIn:
        if not (self.text or self.html or self.url):
            raise ValueError("give 'text', 'html' or 'url'")
        return self


class IngestOut(BaseModel):
    status: str  # stored | duplicate | already-done
    article_id: str | None
    story_id: str | None
    warnings: list[str]


class ErrorOut(BaseModel):
    detail: str
