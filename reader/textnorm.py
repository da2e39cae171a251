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
from collections.abc import Callable, Sequence
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


def _fold_char(char: str, folding: Folding) -> str:
    """One character folded: compatibility forms made plain (NFKC: "ﻻ" is "لا"), then the
    rules of `folding`. Character by character, so that each folded character has one
    source."""
    piece = unicodedata.normalize("NFKC", char).translate(_table(folding))
    return piece.casefold() if folding.case else piece


#: Where `fold` knows in advance which characters stay as they are: ASCII, Latin-1, the
#: Arabic blocks, general punctuation. Any other character is looked up on its own.
_SURVEYED = ((0x0000, 0x07FF), (0x2000, 0x206F))


def _class_of(test: Callable[[str], bool]) -> str:
    """The body of a regular expression's character class of the characters of the
    surveyed ranges that pass `test`."""
    ranges: list[list[int]] = []
    for first, last in _SURVEYED:
        for code in range(first, last + 1):
            if not test(chr(code)):
                continue
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


class _Folder:
    """What folding under one `Folding` has learnt so far (found by `_folder`, so that the
    Folding is hashed once a call)."""

    def __init__(self, folding: Folding) -> None:
        self.folding = folding
        #: Each character folded so far (by `_pieces`).
        self.pieces: dict[str, str] = {}
        #: Characters that fold to something else, and what, when every character of that
        #: folds to itself; those that fold to themselves; and the others (see `fold`).
        self.changes: dict[str, str] = {}
        self.same: set[str] = set()
        self.unsettled: set[str] = set()
        #: One character that may not fold to itself: any character outside the surveyed
        #: ranges, and those inside them that fold to something else.
        same = _class_of(lambda char: _fold_char(char, folding) == char)
        self.maybe_folded = re.compile(f"[^{same}]")

    def learn(self, char: str) -> None:
        """Put `char` in `changes`, `same` or `unsettled`."""
        piece = _fold_char(char, self.folding)
        if piece == char:
            self.same.add(char)
        elif all(_fold_char(c, self.folding) == c for c in piece):
            self.changes[char] = piece
        else:
            self.unsettled.add(char)


@cache
def _folder(folding: Folding) -> _Folder:
    return _Folder(folding)


def _pieces(text: str, folding: Folding) -> list[str]:
    """Each character of `text` folded: the definition of `fold`, which computes it faster."""
    memo = _folder(folding).pieces
    pieces = []
    for char in text:
        piece = memo.get(char)
        if piece is None:
            piece = memo[char] = _fold_char(char, folding)
        pieces.append(piece)
    return pieces


#: At most this many distinct characters are replaced through the whole text (`fold`).
_MOST_REPLACED = 48


def fold(text: str, folding: Folding = DEFAULT) -> str:
    """The matching key of `text` (see the module docstring).

    This is `"".join(_pieces(text, folding))`, character by character, without a step of
    Python for each character: a regular expression finds the characters that may change,
    and each distinct one that does is replaced throughout the text (`str.replace`).
    Replacing characters one after another gives what replacing them all at once gives
    provided no replacement holds a character that is itself replaced; so if a character
    folds to something that would fold again (none does; a test checks), the text is
    folded character by character.
    """
    folder = _folder(folding)
    candidates = folder.maybe_folded.findall(text)
    if not candidates:
        return text
    distinct = set(candidates)
    if len(distinct) > _MOST_REPLACED:
        # Each replacement reads the whole text: for text of many different characters
        # (random text, a table of symbols), one step a character is quicker.
        return "".join(_pieces(text, folding))
    changes = folder.changes
    replacements = []
    for char in distinct:
        piece = changes.get(char)
        if piece is None:
            if char in folder.same:
                continue
            folder.learn(char)
            if char in folder.unsettled:
                return "".join(_pieces(text, folding))
            piece = changes.get(char)
            if piece is None:
                continue
        replacements.append((char, piece))
    for char, piece in replacements:
        text = text.replace(char, piece)
    return text


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


class _Kept(dict[str, bool]):
    """Whether `fold_words` keeps a token starting with a character: not when it is
    punctuation, a control or a format character. Looked up once a character."""

    def __missing__(self, char: str) -> bool:
        kept = self[char] = unicodedata.category(char)[0] not in "PC"
        return kept


_KEPT = _Kept()
#: A character that is neither part of a word nor white space: a token of its own.
_SYMBOL = re.compile(r"[^\w\s]")


@cache
def _maybe_symbol() -> re.Pattern[str]:
    """A character that may be a `_SYMBOL`: those of the surveyed ranges that are, and every
    character outside them (an explicit class is quicker to match than `\\w` and `\\s`)."""
    word_or_space = re.compile(r"[\w\s]")
    return re.compile(f"[^{_class_of(lambda char: word_or_space.match(char) is not None)}]")


def _symbols(folded: str) -> set[str]:
    """The distinct `_SYMBOL`s of `folded`."""
    return {c for c in set(_maybe_symbol().findall(folded)) if _SYMBOL.match(c)}


def fold_words(text: str) -> str:
    """`fold`, with punctuation dropped and words joined by one space: a key for phrases."""
    return _words(fold(text))


#: The texts `fold_words_each` was given last, folded (by the default rules): an import asks
#: for the folding of an article's lines again, to index them (`fold_each`).
_recent: dict[str, str] = {}


def fold_each(texts: Sequence[str], folding: Folding = DEFAULT) -> list[str]:
    """`[fold(text, folding) for text in texts]`: those `fold_words_each` folded last as
    they were, the others all at once (see `_fold_joined`)."""
    recent = _recent if folding is DEFAULT or folding == DEFAULT else {}
    missing = [text for text in texts if text not in recent]
    joined = _fold_joined(missing, "\x00", folding)
    folded = [fold(t, folding) for t in missing] if joined is None else joined.split("\x00")
    found = dict(zip(missing, folded, strict=True))
    return [recent[text] if text in recent else found[text] for text in texts]


def _fold_joined(texts: Sequence[str], separator: str, folding: Folding) -> str | None:
    """`texts` joined by `separator` (one character) and folded, if the folded text holds
    no `separator` but those joining them, which then stand between the texts folded
    one by one: `separator` folds to itself, and the count shows that no text's folding
    holds it. None if that is not so, or if there are no texts."""
    if not texts or fold(separator, folding) != separator:
        return None
    folded = fold(separator.join(texts), folding)
    return folded if folded.count(separator) == len(texts) - 1 else None


def fold_words_each(texts: Sequence[str]) -> list[str]:
    """`[fold_words(text) for text in texts]`, folding them all at once: joined by line
    breaks (see `_fold_joined`), unless a text's own folding holds a line break (then one
    by one)."""
    global _recent
    folded = _fold_joined(texts, "\n", DEFAULT)
    if folded is None:
        return [fold_words(text) for text in texts]
    _recent = dict(zip(texts, folded.split("\n"), strict=True))
    if "_" in folded:
        return [_words(piece) for piece in folded.split("\n")]
    # As in `_words`; a line break is white space, so no symbol's replacement crosses one.
    for symbol in _symbols(folded):
        folded = folded.replace(symbol, f" {symbol} " if _KEPT[symbol] else " ")
    return [" ".join(piece.split()) for piece in folded.split("\n")]


def _words(folded: str) -> str:
    """The words and symbols of folded text, punctuation left out, joined by one space."""
    if "_" in folded:
        # "_" is the one word character (\w) that is punctuation, and a word starting with it
        # is dropped whole: the tokens one by one.
        return " ".join(t for t in _TOKEN.findall(folded) if _KEPT[t[0]])
    # Otherwise the tokens are the runs of word characters, kept, and each other character
    # that is not white space, kept unless it is punctuation: with spaces around each such
    # character (or a space in its place, when dropped), they are what `split` gives.
    for symbol in _symbols(folded):
        folded = folded.replace(symbol, f" {symbol} " if _KEPT[symbol] else " ")
    return " ".join(folded.split())


def is_valid_text(text: str) -> bool:
    """Whether `text` is valid Unicode text: no lone surrogates, which Python uses for bytes it
    could not decode (a file name or argument in another encoding) and which SQLite, JSON
    and UTF-8 files refuse."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
