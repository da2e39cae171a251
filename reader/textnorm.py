"""Arabic-aware folding of text for matching: one normalisation for every comparison in Reader.

`fold` maps text to a key under which the spellings an Arabic reader treats as the same word
compare equal: diacritics (harakat, tanween, shadda, sukun, superscript alef) and tatweel are
removed; the alef forms أ إ آ ٱ become ا, ة becomes ه, ى becomes ي; Persian ک and ی become
Arabic ك and ي; Arabic-Indic and Persian digits become ASCII; Latin is case-folded.

The importer uses it to recognise site chrome whatever its spelling; search will use it too.
"""

from __future__ import annotations

import re
import unicodedata

#: Combining marks of the Arabic block that are vowel signs rather than letters:
#: U+064B..U+065F (tanween, harakat, shadda, sukun, and the rarer marks) and U+0670
#: (superscript alef), plus the Quranic annotation marks U+06D6..U+06ED.
_MARKS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_TATWEEL = "\u0640"

_LETTER_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",
        "ک": "ك",
        _TATWEEL: None,
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)

#: A word, or a lone symbol (©, %, $): punctuation and spaces fall between the tokens.
_TOKEN = re.compile(r"\w+|[^\w\s]")


def fold(text: str) -> str:
    """The matching key of `text` (see the module docstring)."""
    return _MARKS.sub("", text).translate(_LETTER_MAP).casefold()


def fold_words(text: str) -> str:
    """`fold`, with punctuation dropped and words joined by one space: a key for phrases."""
    folded = fold(unicodedata.normalize("NFKC", text))
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
