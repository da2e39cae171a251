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
from reader.errors import ArticleFileError
from reader.importers import load_article


class ArticleSource(Protocol):
    """What the document model needs from wherever articles are kept."""

    def count(self) -> int: ...

    def summary(self, row: int) -> ArticleSummary: ...

    def article(self, row: int) -> Article: ...


class FileCollection:
    """Articles parsed from a list of files; raises `ArticleFileError` for an unreadable one."""

    def __init__(self, paths: Iterable[Path | str]) -> None:
        self._articles = [load_article(p) for p in paths]
        self._summaries = [a.summary() for a in self._articles]

    def add(self, paths: Iterable[Path | str]) -> tuple[list[str], int]:
        """Add the files that can be read; one error line per file that cannot, and the row
        of the first article added (-1 if none was)."""
        errors: list[str] = []
        first = -1
        for path in paths:
            try:
                article = load_article(path)
            except ArticleFileError as exc:
                errors.append(str(exc))
                continue
            if first < 0:
                first = len(self._articles)
            self._articles.append(article)
            self._summaries.append(article.summary())
        return errors, first

    def count(self) -> int:
        return len(self._articles)

    def summary(self, row: int) -> ArticleSummary:
        return self._summaries[row]

    def article(self, row: int) -> Article:
        return self._articles[row]
