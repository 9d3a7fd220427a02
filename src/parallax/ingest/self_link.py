"""An outlet for a plain-text page that names none: the site its own page chrome links to.

A copied web page often keeps bare links to its own site among the chrome ("https://
dissident.example/2020/09/29/…"); when every bare link cleanup removed points to one
host, that host is the outlet, and the article is flagged so the guess stays visible.
"""

from __future__ import annotations

from parallax.ingest.text_reader import outlet_from_url
from parallax.pipeline import Doc


def outlet_from_self_links(doc: Doc) -> Doc:
    if doc.outlet:
        return doc
    hosts = {outlet_from_url(r.text) for r in doc.removed if r.rule == "bare-url"}
    hosts.discard(None)
    if len(hosts) == 1:
        doc.outlet = hosts.pop()
        doc.flags.append("outlet-from-self-link")
    return doc
