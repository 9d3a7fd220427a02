"""Paywall stubs and teasers are kept but flagged, never passed off as the article."""

from __future__ import annotations

from functools import lru_cache

from parallax.lang import all_languages
from parallax.pipeline import Doc

STUB_MAX_CHARS = 1500
TEASER_MAX_CHARS = 600


@lru_cache(maxsize=1)
def _paywall_markers() -> tuple[str, ...]:
    return tuple(m.casefold() for m in all_languages().words("boilerplate", "paywall"))


def flag_stubs(doc: Doc) -> Doc:
    text = doc.text.strip()
    # the paywall notice itself is often removed as a promotion: look there too
    folded = " ".join([text, *(r.text for r in doc.removed)]).casefold()
    if len(text) <= STUB_MAX_CHARS and any(m in folded for m in _paywall_markers()):
        doc.flags.append("paywall-stub")
    promised = max(len(doc.description or ""), len(doc.hints.summary or ""))
    if len(text) <= TEASER_MAX_CHARS and (
        text.endswith(("...", "…", "[…]", "[...]")) or (promised and len(text) < 1.5 * promised)
    ):
        doc.flags.append("teaser")
    return doc
