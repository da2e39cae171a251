"""The importer's vocabulary (vocabulary.toml) loaded once and folded for matching.

Every question here is asked of a line's `fold_words` key, so spellings that fold alike match
alike. The tables say what the phrases mean; vocabulary.toml's header describes each one.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

from reader.textnorm import fold_words

#: A line that starts like chrome ("Follow us on …") is chrome only when it is this short.
_PREFIX_MAX_WORDS = 10

#: What "{n}" stands for in a stamp, after folding: digits of any script are ASCII by then and
#: separators ("1,234", "١٬٢٣٤", "1.2K") have become spaces.
_NUMBER = r"\d+(?: \d+)*[km]?"
_PLACEHOLDER = re.compile(r"\{[^}]*\}")


@dataclass(frozen=True)
class Vocabulary:
    """All languages' phrases merged: a scraped page may mix an Arabic article with English
    widgets, so every table applies to every article."""

    home: tuple[str, ...]  # raw spellings, longest first
    crumbs: tuple[str, ...]  # raw spellings, longest first
    chrome: frozenset[str]  # folded
    prefixes: tuple[str, ...]  # folded
    stamps: re.Pattern[str]  # matches a whole folded line
    blocks: frozenset[str]  # folded
    bylines: tuple[str, ...]  # folded
    labels: frozenset[str]  # folded
    ordinals: frozenset[str]  # folded
    dates: frozenset[str]  # folded words

    def is_chrome(self, folded: str) -> bool:
        """Whether a line folded to `folded` is site chrome. Its words are counted after
        folding, so that punctuation standing alone ("Follow us on : X") is no word."""
        if folded in self.chrome or self.stamps.fullmatch(folded):
            return True
        # Split no further than the count needs: a paragraph has hundreds of words.
        words = folded.split(maxsplit=_PREFIX_MAX_WORDS)
        return len(words) <= _PREFIX_MAX_WORDS and self._prefix.match(folded) is not None

    def opens_block(self, folded: str) -> bool:
        return folded in self.blocks

    def byline_words(self, folded: str) -> int:
        """How many words of `folded` are a byline's opening ("By", "بقلم"); 0 if none."""
        match = self._byline.match(folded)
        return 0 if match is None else len(match[1].split())

    @cached_property
    def _prefix(self) -> re.Pattern[str]:
        return _starting(self.prefixes)

    @cached_property
    def _byline(self) -> re.Pattern[str]:
        # The longest first: the alternative that matches first is the longest that does.
        return _starting(sorted(self.bylines, key=lambda b: len(b.split()), reverse=True))

    def is_label(self, folded: str) -> bool:
        """Whether `folded` (the words before a line's first colon) is a metadata label."""
        return folded in self.labels

    def is_ordinal(self, folded: str) -> bool:
        return folded in self.ordinals

    def is_date(self, folded: str) -> bool:
        """Whether `folded` is a date or time: numbers with month or day names ("16 يونيو
        2024"), or numbers alone ("16 06 2024"); a single number ("2019") is not enough."""
        words = folded.split()
        numbers = sum(map(str.isdigit, words))
        if not numbers or not all(w.isdigit() or w in self.dates for w in words):
            return False
        return numbers >= 2 or numbers < len(words)


def _starting(phrases: Iterable[str]) -> re.Pattern[str]:
    """What matches at the start of a text that is one of `phrases`, or starts with one and a
    space: the phrase is its group 1 (the first of `phrases` that does, if several would)."""
    alternatives = "|".join(re.escape(p) for p in phrases)
    return re.compile(f"({alternatives})(?: |\\Z)" if alternatives else "(?!)")


def _folded(phrases: Iterable[str]) -> list[str]:
    return [f for f in (fold_words(p) for p in phrases) if f]


def _stamp_pattern(template: str, units: list[str]) -> str:
    """The regular expression of one stamp template ("منذ {n} {unit}") over folded text."""
    unit = "|".join(re.escape(u) for u in sorted(_folded(units), key=len, reverse=True))
    pieces = []
    for word in template.split():
        if word == "{n}":
            pieces.append(_NUMBER)
        elif word == "{unit}":
            if not unit:
                raise ValueError(f"vocabulary.toml: {template!r} has {{unit}} but no units")
            pieces.append(f"(?:{unit})")
        elif _PLACEHOLDER.search(word):
            raise ValueError(f"vocabulary.toml: unknown placeholder in {template!r}")
        elif folded := fold_words(word):
            pieces.append(re.escape(folded))
    return " ".join(pieces)


def _stamps(tables: Iterable[dict[str, Any]]) -> re.Pattern[str]:
    patterns = [
        _stamp_pattern(template, table.get("units", []))
        for table in tables
        for template in table.get("stamps", [])
    ]
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")


@cache
def vocabulary() -> Vocabulary:
    raw = tomllib.loads(
        resources.files("reader.importers").joinpath("vocabulary.toml").read_text("utf-8")
    )
    tables = list(raw.values())

    def merged(key: str) -> list[str]:
        return [phrase for table in tables for phrase in table.get(key, [])]

    return Vocabulary(
        home=tuple(sorted(set(merged("home")), key=len, reverse=True)),
        crumbs=tuple(sorted(set(merged("crumbs")), key=len, reverse=True)),
        chrome=frozenset(_folded(merged("chrome"))),
        prefixes=tuple(_folded(merged("prefixes"))),
        stamps=_stamps(tables),
        blocks=frozenset(_folded(merged("blocks"))),
        bylines=tuple(_folded(merged("bylines"))),
        labels=frozenset(_folded(merged("labels"))),
        ordinals=frozenset(_folded(merged("ordinals"))),
        dates=frozenset(w for phrase in _folded(merged("dates")) for w in phrase.split()),
    )
