"""Turn raw bytes into text: BOMs, charset detection, and refusing what is not text."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from parallax.pipeline import Doc, Rejected

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its head, if a known codec."""
    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return bad / len(sample)


def bytes_to_text(data: bytes) -> tuple[str, str]:
    """Decode ``data``; return (text, encoding). Raise ``Rejected`` for binary data."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise Rejected(
            f"document too large ({len(data) / 1e6:.1f} MB > {MAX_DOCUMENT_BYTES / 1e6:.0f} MB)"
        )
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise Rejected(f"truncated or invalid {encoding} text ({exc.reason})") from exc
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        if data.count(b"\x00") > len(data) // 20:
            raise Rejected("binary content, not text") from None
        declared = declared_charset(data)
        if declared:
            try:
                return data.decode(declared), declared
            except (UnicodeDecodeError, LookupError):
                pass
        best = from_bytes(data[:200_000]).best()
        if best is None:
            raise Rejected("binary content or unknown encoding") from None
        encoding = best.encoding
        text = data.decode(encoding, errors="replace")
    if _control_share(text) > 0.05:
        raise Rejected("binary content, not text")
    return text, encoding


def decode(doc: Doc) -> Doc:
    doc.flags.extend(doc.hints.flags)
    content = doc.item.content
    if isinstance(content, bytes):
        doc.raw_text, doc.encoding = bytes_to_text(content)
    else:
        if len(content) > MAX_DOCUMENT_BYTES:
            raise Rejected(f"document too large ({len(content) / 1e6:.1f} M characters)")
        doc.raw_text, doc.encoding = content, "unicode"
    doc.raw_text = doc.raw_text.replace("\x00", "")
    if not doc.raw_text.strip():
        raise Rejected("empty document")
    return doc
