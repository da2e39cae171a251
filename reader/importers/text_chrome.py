"""Site chrome in scraped plain text, told from the article by the vocabulary
(vocabulary.toml) and by where it stands: lines that are chrome wherever they stand (share and
follow buttons, view counters, "time ago" stamps, alone or joined by '|'), a related-articles
block at the end, and the links listed under a block opener inside the article ("اقرأ أيضاً:")."""

from __future__ import annotations

import re

from reader.importers.text_breadcrumb import EDGE_SEPARATORS, SEPARATOR_CHARACTERS
from reader.importers.text_headings import heading_text
from reader.importers.text_lines import RELATED_TITLE_MAX_WORDS, Line
from reader.importers.vocabulary import vocabulary
from reader.textnorm import fold_words

__all__ = ["is_chrome", "related_block_start", "widget_links"]

#: Several chrome pieces on one line: "منذ 3 ساعات | 1234 مشاهدة", "2 hours ago · 1,234 views".
_JOINERS = "|·•"
_CHROME_JOINER = re.compile(rf"\s+[{_JOINERS}]\s+")


def is_chrome(line: Line) -> bool:
    """Whether the line is site chrome by the vocabulary, alone or as pieces joined by '|',
    with or without arrows around it ("Read more ›", "Share >>")."""
    vocab = vocabulary()
    if vocab.is_chrome(line.key):
        return True
    text = line.text
    # A line (stripped of white space) has separators at an end only if it starts or ends
    # with one, and pieces joined only if it holds a joiner: most lines have neither.
    if text[0] in SEPARATOR_CHARACTERS or text[-1] in SEPARATOR_CHARACTERS:
        bare = EDGE_SEPARATORS.sub("", text)
        if bare != text and vocab.is_chrome(fold_words(bare)):
            return True
    if not any(joiner in text for joiner in _JOINERS):
        return False
    pieces = _CHROME_JOINER.split(text)
    return len(pieces) > 1 and all(vocab.is_chrome(fold_words(piece)) for piece in pieces)


def related_block_start(lines: list[Line], chrome: set[int]) -> int | None:
    """Where a trailing related-articles block begins in `lines`, if there is one.

    Walking back from the end over headline-like lines (no final sentence punctuation), the
    earliest line that opens a chrome block ("Related articles") starts the block; only a block
    after some sentence of the article counts, so a short text is never emptied.
    """
    vocab = vocabulary()
    start = None
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if vocab.opens_block(line.key):
            start = i
        elif line.number in chrome:
            continue
        elif line.ends_sentence or line.words > RELATED_TITLE_MAX_WORDS:
            return start
    return None


def widget_links(lines: list[Line], body: list[Line]) -> set[int]:
    """The links listed under block openers inside the body ("اقرأ أيضاً:" and a headline):
    the headline-like lines right after each opener, except that of two or more the last
    stays when it reads as a heading of the line below it."""
    vocab = vocabulary()
    links: set[int] = set()
    for opener in lines:
        if opener.number < body[0].number or not vocab.opens_block(opener.key):
            continue
        first = next((i for i, line in enumerate(body) if line.number > opener.number), None)
        if first is None:
            continue
        end = first
        while end < len(body) and body[end].is_headline_like:
            end += 1
        if end - first > 1 and heading_text(body, end - 1) is not None:
            end -= 1
        links.update(line.number for line in body[first:end])
    return links
