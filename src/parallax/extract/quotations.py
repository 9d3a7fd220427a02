"""Quotations that run on past the end of a sentence.

«Seien Sie doch mal logisch, … dann sehen Sie, dass … Fakt ist, dass die Völker … hassen“,
sagte der Ajatollah: the sentence splitter cuts a quotation of several sentences into
several sentences, yet the quotation is one statement of one speaker. ``open_quotes``
follows the quotation marks through a sentence with a stack of the marks still open, so
the next sentence knows whether it begins inside a quotation.

A mark closes the innermost open quotation when it pairs with its opener (German „…“ and
„…”, «…» and »…«, English “…”, straight "…"); otherwise a mark that can open pushes a
quotation. Single marks (‘ ’ ‚ ‹ ›) are left alone: they double as apostrophes.
"""

from __future__ import annotations

# opener → the marks that close it (“…“ too: Spanish sites close with the opener)
_CLOSERS = {"„": "“”", "«": "»", "»": "«", "“": "”“", '"': '"'}
_OPENERS = frozenset(_CLOSERS)
_CAP = 3  # more marks open than this: the text's quotation marks are not to be trusted


def open_quotes(text: str, carried: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The quotation marks still open after ``text``, given those open before it."""
    stack = list(carried)
    for ch in text:
        if stack and ch in _CLOSERS[stack[-1]]:
            stack.pop()
        elif ch in _OPENERS:
            stack.append(ch)
            if len(stack) > _CAP:
                return ()
    return tuple(stack)


def continues_quotation(text: str, carried: tuple[str, ...]) -> bool:
    """Whether a sentence finishes a quotation the sentence before left open: it starts
    inside it (``carried``, and not with an opening mark of its own, which would say the
    marks were not followed right) and closes it."""
    opening = text.lstrip()[:1]
    if not carried or opening in _OPENERS:
        return False
    return len(open_quotes(text, carried)) < len(carried)
