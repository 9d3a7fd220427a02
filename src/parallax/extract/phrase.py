"""The noun phrase a speaker or channel slot holds."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Phrase:
    """A noun phrase found in a speaker or channel slot."""

    start: int  # token indices [start, end)
    end: int
    text: str
    name: str | None = None  # the capitalised name inside, if any
    role: str | None = None
    anaphora: str | None = None  # "person" | "organisation" when it stands for someone
