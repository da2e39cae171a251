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


def detect_language(text: str) -> str:
    """A BCP 47 language code for `text` ("ar", "fa", "ur", "he", "en") or "und"."""
    # Each distinct character's script is looked up once (Unicode names are slow to get).
    scripts: Counter[str] = Counter()
    for char, count in Counter(text).items():
        script = _script(char)
        if script is not None:
            scripts[script] += count
    if not scripts:
        return "und"
    script, _ = scripts.most_common(1)[0]
    if script == "ARABIC":
        letters = Counter(c for c in text if c in _PERSIAN_LETTERS or c in _URDU_LETTERS)
        total = scripts["ARABIC"]
        urdu = sum(n for c, n in letters.items() if c in _URDU_LETTERS)
        persian = sum(n for c, n in letters.items() if c in _PERSIAN_LETTERS)
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


def text_direction(text: str) -> Direction:
    """The reading direction of a whole text: that of the majority of its strong characters."""
    rtl = ltr = 0
    for char, count in Counter(text).items():
        bidi = unicodedata.bidirectional(char)
        if bidi == "L":
            ltr += count
        elif bidi in _RTL_CLASSES:
            rtl += count
    return "rtl" if rtl > ltr else "ltr"


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
