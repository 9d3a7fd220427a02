"""The command line: a thin face over the library. Each module registers its commands
on the shared Typer apps in ``common.py``."""

from parallax.cli import articles, bench, corpus, evaluate, framing  # noqa: F401 - registration
from parallax.cli.common import app

__all__ = ["app"]
