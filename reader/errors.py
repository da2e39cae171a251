"""Errors Reader reports to people: one line saying what went wrong and where."""

from __future__ import annotations

from pathlib import Path


class ReaderError(Exception):
    """A failure to report as one line (command line) or one message box (window)."""


class ArticleFileError(ReaderError):
    """A file could not be read as an article; `str()` names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason
