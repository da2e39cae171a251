"""The importer's vocabulary (vocabulary.toml) loaded once and folded for matching."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from reader.textnorm import fold_words


@dataclass(frozen=True)
class Vocabulary:
    """All languages' phrases merged: a scraped page may mix an Arabic article with English
    widgets, so every table applies to every article."""

    home: tuple[str, ...]  # raw spellings, longest first
    crumbs: tuple[str, ...]  # raw spellings, longest first
    chrome: frozenset[str]  # folded
    prefixes: tuple[str, ...]  # folded
    blocks: frozenset[str]  # folded
    bylines: tuple[str, ...]  # folded

    def is_chrome(self, folded: str, words: int) -> bool:
        if folded in self.chrome:
            return True
        return words <= _PREFIX_MAX_WORDS and any(
            folded == p or folded.startswith(p + " ") for p in self.prefixes
        )

    def opens_block(self, folded: str) -> bool:
        return folded in self.blocks

    def is_byline(self, folded: str) -> bool:
        return any(folded == b or folded.startswith(b + " ") for b in self.bylines)


#: A line that starts like chrome ("Follow us on …") is chrome only when it is this short.
_PREFIX_MAX_WORDS = 10


def _folded(phrases: list[str]) -> list[str]:
    return [f for f in (fold_words(p) for p in phrases) if f]


@cache
def vocabulary() -> Vocabulary:
    raw = tomllib.loads(
        resources.files("reader.importers").joinpath("vocabulary.toml").read_text("utf-8")
    )
    tables = raw.values()

    def merged(key: str) -> list[str]:
        return [phrase for table in tables for phrase in table.get(key, [])]

    by_length = sorted(set(merged("home")), key=len, reverse=True)
    crumbs = sorted(set(merged("crumbs")), key=len, reverse=True)
    return Vocabulary(
        home=tuple(by_length),
        crumbs=tuple(crumbs),
        chrome=frozenset(_folded(merged("chrome"))),
        prefixes=tuple(_folded(merged("prefixes"))),
        blocks=frozenset(_folded(merged("blocks"))),
        bylines=tuple(_folded(merged("bylines"))),
    )
