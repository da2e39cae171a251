"""Direction and language of a piece of text, taken from the text itself.

Direction follows the Unicode bidirectional classes (`unicodedata.bidirectional`): a paragraph
reads right to left when its first strong character is R or AL, as the Unicode Bidirectional
Algorithm (UAX #9, rules P2-P3) decides it. Language is a small script-and-word vote, enough to
tell Arabic, Persian, Urdu, Hebrew and English apart for reading time, fonts and export
metadata; it is not a general language identifier.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Literal

Direction = Literal["rtl", "ltr"]

_RTL_CLASSES = frozenset({"R", "AL"})

#: Letters that Persian uses and Arabic does not (pe, che, zhe, gaf, Persian kaf and yeh).
_PERSIAN_LETTERS = frozenset("پچژگکی")
#: Letters that mark Urdu over Persian (tteh, ddal, rreh, noon ghunna, heh doachashmee,
#: yeh barree).
_URDU_LETTERS = frozenset("ٹڈڑںھے")
#: Frequent short English words: a Latin text with several of them is English.
_ENGLISH_WORDS = frozenset(
    {"the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on"}
    | {"are", "be", "by", "this", "from", "or", "at", "an", "have"}
)


def first_strong_direction(text: str) -> Direction | None:
    """The direction of the first strong character of `text`, or None if it has none."""
    for char in text:
        bidi = unicodedata.bidirectional(char)
        if bidi == "L":
            return "ltr"
        if bidi in _RTL_CLASSES:
            return "rtl"
    return None


def _script(char: str) -> str | None:
    """A coarse script name for a letter, from its Unicode name ("ARABIC", "LATIN", ...)."""
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else None


#: Each character's script (`_script`) and bidi class, as looked up so far: Unicode names are
#: slow to get, and an import asks about the same few dozen characters in every article.
_SCRIPTS: dict[str, str | None] = {}
_BIDI: dict[str, str] = {}


def detect_language(text: str) -> str:
    """A BCP 47 language code for `text` ("ar", "fa", "ur", "he", "en") or "und"."""
    return _language(text, _scripts(Counter(text)))


def text_direction(text: str) -> Direction:
    """The reading direction of a whole text: that of the majority of its strong characters."""
    return _direction(*_strong(Counter(text)))


def language_and_direction(text: str) -> tuple[str, Direction]:
    """`detect_language(text)` and `text_direction(text)`, counting the characters once, and
    quickly (see `_Block`) when every character is in the Basic Multilingual Plane."""
    tally = _tally(text)
    if tally is None:
        counts = Counter(text)
        return _language(text, _scripts(counts)), _direction(*_strong(counts))
    scripts, ltr, rtl = tally
    return _language(text, scripts), _direction(ltr, rtl)


def _scripts(counts: Counter[str]) -> Counter[str]:
    """The letters counted by `counts`, counted by script, the scripts in the order of their
    first letter in the text."""
    scripts: Counter[str] = Counter()
    for char, count in counts.items():
        script = _SCRIPTS.get(char, "")
        if script == "":
            script = _SCRIPTS[char] = _script(char)
        if script is not None:
            scripts[script] += count
    return scripts


def _strong(counts: Counter[str]) -> tuple[int, int]:
    """How many of the characters counted by `counts` are strong left to right, and right to
    left."""
    rtl = ltr = 0
    for char, count in counts.items():
        bidi = _BIDI.get(char)
        if bidi is None:
            bidi = _BIDI[char] = unicodedata.bidirectional(char)
        if bidi == "L":
            ltr += count
        elif bidi in _RTL_CLASSES:
            rtl += count
    return ltr, rtl


def _language(text: str, scripts: Counter[str]) -> str:
    """`detect_language` of `text`, whose letters `scripts` counts by script."""
    if not scripts:
        return "und"
    # The most frequent script; of two as frequent, the one whose first letter comes first.
    script, _ = scripts.most_common(1)[0]
    if script == "ARABIC":
        total = scripts["ARABIC"]
        urdu = sum(text.count(c) for c in _URDU_LETTERS)
        persian = sum(text.count(c) for c in _PERSIAN_LETTERS)
        if urdu * 50 >= total and urdu > 0:
            return "ur"
        if persian * 40 >= total and persian > 0:
            return "fa"
        return "ar"
    if script == "HEBREW":
        return "he"
    if script == "LATIN":
        words = [w.strip(".,;:!?\"'()").lower() for w in text.split()]
        hits = sum(1 for w in words if w in _ENGLISH_WORDS)
        return "en" if hits > 0 and hits * 5 >= len(words) else "und"
    return "und"


def _direction(ltr: int, rtl: int) -> Direction:
    return "rtl" if rtl > ltr else "ltr"


# Counting without a Python step for each character. Counting characters one by one
# (`Counter(text)`) is most of what finding an article's language and direction costs. In
# UTF-16, a character of the Basic Multilingual Plane is one unit, its high byte the block
# of 256 it is in and its low byte its place there. For each block the text uses, the low
# bytes of all units are translated (`bytes.translate`) into the script and the bidi class of
# the block's character at that place, and the units of other blocks are masked out by
# AND-ing the results, as integers, with the translated high bytes: what is left is counted
# with `bytes.count` and found with `bytes.find`.

_SURROGATES = frozenset(range(0xD8, 0xE0))
#: Blocks most texts use: Latin-1, Hebrew, Arabic, general punctuation.
_COMMON_BLOCKS = bytes([0x00, 0x05, 0x06, 0x20])


class _Block:
    """The scripts and bidi classes of the characters of one block of 256."""

    def __init__(self, block: int) -> None:
        #: High bytes translated: 0xFF for this block, 0 for others.
        self.mask = bytes(0xFF if high == block else 0 for high in range(256))
        #: Low bytes translated: a number for the script of this block's character there
        #: (1 + its index in `scripts`), 0 for none.
        self.scripts: list[str] = []
        script_codes = bytearray(256)
        #: Low bytes translated: 1 where this block's character is strong left to right, 2
        #: where it is strong right to left, else 0.
        strong_codes = bytearray(256)
        for low in range(256):
            char = chr(block << 8 | low)
            script = _script(char)
            if script is not None:
                if script not in self.scripts:
                    self.scripts.append(script)
                script_codes[low] = 1 + self.scripts.index(script)
            bidi = unicodedata.bidirectional(char)
            strong_codes[low] = 1 if bidi == "L" else 2 if bidi in _RTL_CLASSES else 0
        self.script_codes = bytes(script_codes)
        self.strong_codes = bytes(strong_codes)


_BLOCKS: dict[int, _Block] = {}


#: At most this many 256-character blocks are tallied block by block (`_tally`).
_MOST_BLOCKS = 12


def _tally(text: str) -> tuple[Counter[str], int, int] | None:
    """`_scripts(Counter(text))` and `_strong(Counter(text))`, from text whose characters
    are all in the Basic Multilingual Plane; None for other text."""
    units = text.encode("utf-16-be", "surrogatepass")
    if len(units) != 2 * len(text):
        return None  # characters beyond the Basic Multilingual Plane: two units each
    high, low = units[0::2], units[1::2]
    # The blocks used (a set of all the high bytes would take longer than the rest).
    blocks = set(high.translate(None, _COMMON_BLOCKS))
    blocks.update(number for number in _COMMON_BLOCKS if number in high)
    if not blocks.isdisjoint(_SURROGATES):
        return None  # lone surrogates
    if len(blocks) > _MOST_BLOCKS:
        return None  # each block reads the whole text: counting is quicker for so many
    found: list[tuple[int, str, int]] = []  # where a script's first letter is, the script, how many
    ltr = rtl = 0
    for number in blocks:
        block = _BLOCKS.get(number)
        if block is None:
            block = _BLOCKS[number] = _Block(number)
        here = int.from_bytes(high.translate(block.mask), "big")
        size = len(high)
        if block.scripts:
            codes = int.from_bytes(low.translate(block.script_codes), "big") & here
            letters = codes.to_bytes(size, "big")
            for code, script in enumerate(block.scripts, 1):
                count = letters.count(code)
                if count:
                    found.append((letters.find(code), script, count))
        strong = (int.from_bytes(low.translate(block.strong_codes), "big") & here).to_bytes(
            size, "big"
        )
        ltr += strong.count(1)
        rtl += strong.count(2)
    scripts: Counter[str] = Counter()
    for _first, script, count in sorted(found):
        scripts[script] += count
    return scripts, ltr, rtl


#: The right-to-left and left-to-right marks: invisible strong characters, which set the
#: direction of a paragraph they open.
RLM, LRM = "\u200f", "\u200e"


def isolate(text: str) -> str:
    """`text` between first-strong isolate marks (U+2068 … U+2069), so that, placed inside
    other text, it keeps its own direction and cannot reorder what is around it."""
    return f"\u2068{text}\u2069"


#: Languages written right to left (primary BCP 47 subtags).
_RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "yi", "ckb", "sd", "ug", "dv", "ku"})


def language_direction(language: str) -> Direction:
    """The direction a language is written in, from its BCP 47 tag ("ar-EG" → "rtl")."""
    return "rtl" if primary_subtag(language) in _RTL_LANGUAGES else "ltr"


def primary_subtag(tag: str | None) -> str:
    """The language part of a BCP 47 tag, lower case ("ar_EG" → "ar"); "" if it is not one."""
    primary = (tag or "").strip().replace("_", "-").split("-")[0].lower()
    return primary if primary.isascii() and primary.isalpha() and 2 <= len(primary) <= 3 else ""


def declared_language(declared: str | None, text: str) -> str:
    """The language a document declares for itself, unless its text says otherwise: a
    template's `lang="en"` around an Arabic article is wrong, and the text's own language
    (`detect_language`) wins. A declaration that agrees with the text's direction is kept,
    being more specific than the detection can be (Kurdish or Pashto over "ar")."""
    language = primary_subtag(declared)
    if language and language_direction(language) == text_direction(text):
        return language
    return detect_language(text)


#: Explicit embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). In a title they
#: can make text show in another order than it is written ("‮txt.exe" shows as "exe.txt"), and
#: spill that order onto what is drawn after it.
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def display_safe(text: str) -> str:
    """`text` as Reader shows a title or heading in a list, a window title or a file name:
    without explicit bidi controls, so that it reads in the order it is written. (The text
    itself keeps them; the article's body is laid out paragraph by paragraph, where they
    cannot reach beyond their own paragraph.)"""
    return text.translate(_BIDI_CONTROLS)
