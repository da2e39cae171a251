"""Errors Reader reports to people: one line saying what went wrong and where."""

from __future__ import annotations

from pathlib import Path

from reader.reasons import Reason
from reader.reasons import reason as make_reason


class ReaderError(Exception):
    """A failure to report as one line (command line) or one message box (window)."""


class ArticleFileError(ReaderError):
    """A file could not be read as an article; `str()` names the file and the reason.

    `reason` is a template of `reader.reasons` with the values of its fields, or a `Reason`
    already made; `why` keeps both (the window translates it), `reason` is the English.
    """

    def __init__(self, path: Path | str, reason: str | Reason, **values: object) -> None:
        why = reason if isinstance(reason, Reason) else make_reason(reason, **values)
        super().__init__(f"{path}: {why}")
        self.path = str(path)
        self.why = why
        self.reason = str(why)

    def __reduce__(self) -> tuple[type[ArticleFileError], tuple[str, Reason]]:
        # Made again from its path and reason (the worker processes pass errors pickled).
        return (type(self), (self.path, self.why))
