"""The lines of a scraped plain-text article (`reader.importers.text`) and their shape: how a
line ends, how many words it has, whether it could be a title or a link to another article;
and `per_line`, which works out each further question about a line once."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar, cast

__all__ = [
    "COLONS",
    "CONTINUES",
    "OPENING_QUOTES",
    "RELATED_TITLE_MAX_WORDS",
    "SENTENCE_END",
    "Line",
    "per_line",
]

_T = TypeVar("_T")

SENTENCE_END = ".!?؟…"
CONTINUES = "،,;؛"
_CLOSERS = "\"'”’»)]}›"
OPENING_QUOTES = "\"'“‘«‹„"
COLONS = ":：﹕"
_SENTENCE_ENDINGS = tuple(SENTENCE_END)
_COLON_ENDINGS = tuple(COLONS)

_TITLE_MAX_WORDS = 30
RELATED_TITLE_MAX_WORDS = 25


class Line:
    """One non-blank line. What is asked of a line is worked out once (here, and in
    `answers` by `per_line`): a line is looked at again as the line above, at and below a
    heading."""

    __slots__ = ("_words", "answers", "ends_sentence", "ends_with_colon", "key", "number", "text")

    def __init__(self, number: int, text: str, key: str) -> None:
        self.number = number  # position among the input's non-blank lines
        self.text = text  # stripped of surrounding white space, otherwise as in the input
        self.key = key  # reader.textnorm.fold_words of the text
        self.ends_sentence = text.rstrip(_CLOSERS).endswith(_SENTENCE_ENDINGS)
        self.ends_with_colon = text.endswith(_COLON_ENDINGS)
        self._words = -1
        self.answers: dict[Callable[[Line], object], object] = {}

    @property
    def words(self) -> int:
        if self._words < 0:
            self._words = len(self.text.split())
        return self._words

    @property
    def has_final_punctuation(self) -> bool:
        last = self.text[-1]
        return last in SENTENCE_END or last in CONTINUES or last in _CLOSERS or last in COLONS

    @property
    def is_paragraph_like(self) -> bool:
        """Too long or too sentence-like to be a title."""
        return self.words > _TITLE_MAX_WORDS or (self.text.endswith(".") and self.words > 15)

    @property
    def is_headline_like(self) -> bool:
        """Shaped like a link to another article: short, and not ending a sentence or clause."""
        return (
            self.words <= RELATED_TITLE_MAX_WORDS
            and not self.ends_sentence
            and not self.ends_with_colon
            and self.text[-1] not in CONTINUES
        )


def per_line(question: Callable[[Line], _T]) -> Callable[[Line], _T]:
    """`question`, answered once for each line (in `Line.answers`, under the question itself:
    two questions of the same name in different modules keep their own answers)."""

    @functools.wraps(question)
    def answer(line: Line) -> _T:
        answers = line.answers
        if question in answers:
            return cast(_T, answers[question])
        found = answers[question] = question(line)
        return found

    return answer
