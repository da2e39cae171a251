"""A set of articles read from files, served by row: the source behind the document model.

The model asks a source for three things: how many articles there are, a row's summary (what
the article list shows) and a row's whole article (what the navigator and detail pane show).
`FileCollection` answers from files parsed once; the library store answers the same questions
from SQLite.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from reader.document import Article, ArticleSummary
from reader.importers import load_article


class ArticleSource(Protocol):
    """What the document model needs from wherever articles are kept."""

    def count(self) -> int: ...

    def summary(self, row: int) -> ArticleSummary: ...

    def article(self, row: int) -> Article: ...


class FileCollection:
    """Articles parsed from a list of files; `ImportFailure` for the first that cannot be read."""

    def __init__(self, paths: Iterable[Path | str]) -> None:
        self._articles = [load_article(p) for p in paths]
        self._summaries = [a.summary() for a in self._articles]

    def count(self) -> int:
        return len(self._articles)

    def summary(self, row: int) -> ArticleSummary:
        return self._summaries[row]

    def article(self, row: int) -> Article:
        return self._articles[row]
