"""Headings in the body of a scraped plain-text article, and the sections they start.

A heading is a short line followed by what it heads: one ending in ':', a numbered one that no
line next to it is numbered like, or an unpunctuated one above a clearly longer sentence; never
metadata, an item of a list, or a sentence introducing a list (`reader.importers.text` gives
the rules in full).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.document import Section
from reader.importers.text_lines import COLONS, OPENING_QUOTES, Line
from reader.importers.text_lists import (
    LIST_HEADING_MAX_WORDS,
    introduces_list,
    item_kind,
    list_continues,
    numbering,
    starts_list,
)
from reader.importers.text_metadata import is_bare_label, is_metadata, label

__all__ = ["heading_text", "sections_of"]

#: Cells of a table row: "الفريق | النقاط".
_TABLE_ROW = re.compile(r"\s\|\s")

_HEADING_MAX_WORDS = 10
_HEADING_MAX_CHARS = 90


def sections_of(body: list[Line]) -> list[Section]:
    """The sections of an article's body: each heading starts one; the items of a list under a
    line ending in ':' are paragraphs, whatever their shape."""
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    in_list: Callable[[Line], bool] | None = None
    for i, line in enumerate(body):
        if in_list is not None and in_list(line):
            paragraphs.append(line.text)
            continue
        in_list = None
        if line.ends_with_colon and starts_list(body, i + 1):
            in_list = list_continues(body[i + 1])
        title = heading_text(body, i)
        if title is None:
            paragraphs.append(line.text)
            continue
        if heading is not None or paragraphs:
            sections.append(Section(heading, tuple(paragraphs)))
        heading, paragraphs = title, []
    if heading is not None or paragraphs:
        sections.append(Section(heading, tuple(paragraphs)))
    return sections


def heading_text(body: list[Line], at: int) -> str | None:
    """The heading body[at] stands for (without its final colon), or None if it is not one."""
    line = body[at]
    following = body[at + 1] if at + 1 < len(body) else None
    previous = body[at - 1] if at > 0 else None
    if following is None or len(line.text) > _HEADING_MAX_CHARS:
        return None
    if is_metadata(line) or (previous is not None and is_bare_label(previous)):
        return None  # metadata, or the value under a label standing alone ("Updated:")
    text = line.text[:-1].rstrip() if line.ends_with_colon else line.text
    if not text or text.endswith(tuple(COLONS)) or len(text.split()) > _HEADING_MAX_WORDS:
        return None
    if line.ends_with_colon and following.text[0] in OPENING_QUOTES:
        return None  # "He said:" above a quotation

    numbered = numbering(line)
    if numbered is not None:
        neighbours = [following] if previous is None else [previous, following]
        if any(numbering(n) == numbered for n in neighbours):
            return None  # an item of a numbered list
        if line.ends_sentence:
            return None
        if following.ends_sentence or introduces_list(body, at + 1) or item_kind(following):
            return text
        return None

    if line.ends_with_colon:
        if following.ends_with_colon:
            return text if introduces_list(body, at + 1) else None
        if starts_list(body, at + 1) and len(text.split()) > LIST_HEADING_MAX_WORDS:
            return None  # a sentence introducing a list
        return text

    if line.has_final_punctuation or item_kind(line) is not None or label(line) is not None:
        return None
    if _TABLE_ROW.search(line.text):
        return None  # a table's row, its cells joined by " | " (as every importer writes them)
    # Without a colon or a number only a clear contrast makes a heading: a full sentence after.
    if following.ends_sentence and following.words >= 2 * line.words + 4:
        return text
    return None
