"""Lists in scraped plain text: what marks a line as an item (a bullet, a number, a letter, an
ordinal, a short "label: value"), where a list starts, how far it goes on, and the sentence
ending in ':' that introduces one. The items of a list are text, never headings."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.importers.text_lines import Line, per_line
from reader.importers.text_metadata import is_metadata, label
from reader.importers.vocabulary import vocabulary
from reader.textnorm import fold_words

__all__ = [
    "BULLET",
    "LIST_HEADING_MAX_WORDS",
    "introduces_list",
    "item_kind",
    "list_continues",
    "numbering",
    "starts_list",
]

#: A bullet at the start of a line: symbols at once, dashes and "*" before a space.
BULLET = re.compile(r"[•·▪◦●■►▸‣⁃]|[-–—*](?=\s)")
#: A number counting a line: "1- " "١- " "1-مقدمة" "2. " "3) " "(4) ". Not "10-year" nor "3.5%".
_NUMBER = re.compile(r"\(\d{1,3}\)|\d{1,3}\s*[-–—](?=\s|[^\x00-\x7f])|\d{1,3}[.)](?=\s)")
#: A letter counting a line: "أ- " "b) ".
_LETTER = re.compile(r"[^\W\d_]\s*[-–—)](?=\s)")
#: A word and a separator opening a line: an ordinal when the vocabulary says so ("أولاً: …").
_ORDINAL = re.compile(r"([^\s:：﹕\-–—.)]+)\s*(?:[:：﹕]|[-–—.)](?=\s))")

#: A colon line of more words than this, above a list, is a sentence introducing the list.
LIST_HEADING_MAX_WORDS = 3
#: The label of a "label: value" list line ("حراسة المرمى: بيكفورد.") is this short.
_LIST_LABEL_MAX_WORDS = 5
#: Unmarked list lines (bullets lost in the scrape) are this short.
_LIST_ITEM_MAX_WORDS = 12


@per_line
def numbering(line: Line) -> str | None:
    """How the line is numbered: "number" ("1- ", "(2)"), "letter" ("أ- "), "ordinal"
    ("أولاً: "), or None."""
    if _NUMBER.match(line.text):
        return "number"
    if _LETTER.match(line.text):
        return "letter"
    ordinal = _ORDINAL.match(line.text)
    if ordinal and vocabulary().is_ordinal(fold_words(ordinal[1])):
        return "ordinal"
    return None


@per_line
def item_kind(line: Line) -> str | None:
    """What marks the line as a list item: a bullet, its numbering, or a short label before a
    colon ("حراسة المرمى: بيكفورد."); None for an unmarked line."""
    if BULLET.match(line.text):
        return "bullet"
    numbered = numbering(line)
    if numbered is not None:
        return numbered
    labelled = label(line)
    if labelled is not None and labelled[1]:
        words = len(labelled[0].split())
        if 0 < words <= _LIST_LABEL_MAX_WORDS and any(c.isalpha() for c in labelled[0]):
            return "label"
    return None


def _is_unmarked_item(line: Line) -> bool:
    return (
        line.words <= _LIST_ITEM_MAX_WORDS and not line.ends_with_colon and item_kind(line) is None
    )


def starts_list(body: list[Line], at: int) -> bool:
    """Whether a list starts at body[at]: a marked item, or two short unmarked lines."""
    if at >= len(body):
        return False
    if item_kind(body[at]) is not None:
        return True
    return at + 1 < len(body) and _is_unmarked_item(body[at]) and _is_unmarked_item(body[at + 1])


def introduces_list(body: list[Line], at: int) -> bool:
    """Whether body[at] is a sentence ending in ':' above a list ("وتشمل الخطة ثلاث مراحل:")."""
    line = body[at]
    return (
        line.ends_with_colon
        # Words before the colon: "الخطة :" is one word, as "الخطة:" is.
        and len(line.text[:-1].split()) > LIST_HEADING_MAX_WORDS
        and not is_metadata(line)
        and starts_list(body, at + 1)
    )


def list_continues(first: Line) -> Callable[[Line], bool]:
    """Whether a line goes on the list that `first` starts: the same marks, or none."""
    kind = item_kind(first)
    if kind is None:
        return _is_unmarked_item
    return lambda line: item_kind(line) == kind
