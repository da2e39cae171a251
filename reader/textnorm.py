"""Arabic-aware folding of text for matching: one normalisation for every comparison in Reader.

`fold` maps text to a key under which the spellings an Arabic reader treats as the same word
compare equal: diacritics (harakat, tanween, shadda, sukun, superscript alef) and tatweel are
removed; the alef forms أ إ آ ٱ become ا, ة becomes ه, ى becomes ي; Persian ک and ی become
Arabic ك and ي; Arabic-Indic and Persian digits become ASCII; Latin is case-folded.

Each rule can be switched off (`Folding`), for readers who want strict matching. `find`
gives the spans of the original text that match, diacritics and all, through
`fold_with_map`, which says which original character each folded one comes from.

The importer uses it to recognise site chrome whatever its spelling; search will use it too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

#: Combining marks of the Arabic block that are vowel signs rather than letters, removed by
#: the diacritics rule: U+064B..U+065F (tanween, harakat, shadda, sukun, and the rarer
#: marks) and U+0670 (superscript alef), plus the Quranic annotation marks U+06D6..U+06ED.
_TATWEEL = "\u0640"

#: A word, or a lone symbol (©, %, $): punctuation and spaces fall between the tokens.
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Folding:
    """Which spellings count as the same; every rule is on by default."""

    diacritics: bool = True  # harakat, tanween, shadda, sukun, superscript alef; tatweel
    alef: bool = True  # أ إ آ ٱ match ا
    teh_marbuta: bool = True  # ة matches ه
    alef_maksura: bool = True  # ى matches ي
    persian: bool = True  # ک ی match ك ي
    digits: bool = True  # Arabic-Indic and Persian digits match ASCII ones
    case: bool = True  # Latin case does not matter


DEFAULT = Folding()


@cache
def _table(folding: Folding) -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    if folding.diacritics:
        for first, last in ((0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED)):
            table.update(dict.fromkeys(range(first, last + 1)))
        table[ord(_TATWEEL)] = None
    if folding.alef:
        table.update({ord(c): "ا" for c in "أإآٱ"})
    if folding.teh_marbuta:
        table[ord("ة")] = "ه"
    if folding.alef_maksura:
        table[ord("ى")] = "ي"
    if folding.persian:
        table.update({ord("ی"): "ي", ord("ک"): "ك"})
    if folding.digits:
        table.update({0x0660 + d: str(d) for d in range(10)})
        table.update({0x06F0 + d: str(d) for d in range(10)})
    return table


@cache
def _memo(folding: Folding) -> dict[str, str]:
    """The characters folded so far under `folding` (a plain dict: looking a character up
    must cost less than hashing the Folding each time)."""
    return {}


def _fold_char(char: str, folding: Folding) -> str:
    """One character folded: compatibility forms made plain (NFKC: "ﻻ" is "لا"), then the
    rules of `folding`. Character by character, so that each folded character has one
    source."""
    piece = unicodedata.normalize("NFKC", char).translate(_table(folding))
    return piece.casefold() if folding.case else piece


def _pieces(text: str, folding: Folding) -> list[str]:
    memo = _memo(folding)
    pieces = []
    for char in text:
        piece = memo.get(char)
        if piece is None:
            piece = memo[char] = _fold_char(char, folding)
        pieces.append(piece)
    return pieces


def fold(text: str, folding: Folding = DEFAULT) -> str:
    """The matching key of `text` (see the module docstring)."""
    return "".join(_pieces(text, folding))


def fold_with_map(text: str, folding: Folding = DEFAULT) -> tuple[str, list[int]]:
    """`fold(text)`, and for each of its characters the index in `text` it comes from."""
    pieces = _pieces(text, folding)
    source: list[int] = []
    for index, piece in enumerate(pieces):
        source.extend([index] * len(piece))
    return "".join(pieces), source


def find(needle: str, text: str, folding: Folding = DEFAULT) -> list[tuple[int, int]]:
    """Where `needle` matches in `text` under `folding`: (start, end) spans of `text`, each
    covering the whole matched word part, with the diacritics on its last letter."""
    return find_each([needle], text, folding)[0]


def find_each(
    needles: list[str], text: str, folding: Folding = DEFAULT
) -> list[list[tuple[int, int]]]:
    """`find` for several needles, folding `text` once."""
    folded, source = fold_with_map(text, folding)
    table = _table(folding)
    results = []
    for needle in needles:
        key = fold(needle, folding)
        spans: list[tuple[int, int]] = []
        at = folded.find(key) if key else -1
        while at >= 0:
            start, end = source[at], source[at + len(key) - 1] + 1
            while end < len(text) and table.get(ord(text[end]), "") is None:
                end += 1  # marks that folding dropped belong to the letter before them
            spans.append((start, end))
            at = folded.find(key, at + len(key))
        results.append(spans)
    return results


def fold_words(text: str) -> str:
    """`fold`, with punctuation dropped and words joined by one space: a key for phrases."""
    folded = fold(text)
    return " ".join(t for t in _TOKEN.findall(folded) if unicodedata.category(t[0])[0] not in "PC")


def is_valid_text(text: str) -> bool:
    """Whether `text` is valid Unicode text: no lone surrogates, which Python uses for bytes it
    could not decode (a file name or argument in another encoding) and which SQLite, JSON
    and UTF-8 files refuse."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
