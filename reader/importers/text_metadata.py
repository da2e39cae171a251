"""Metadata lines in scraped plain text: bylines ("By …", "كتب - فلان :"), labelled lines
("نشر بتاريخ: …", "Photo: …") and dates. They are the article's own words, kept in its text,
but never its headings, breadcrumb labels or titles."""

from __future__ import annotations

import re

from reader.importers.text_lines import Line, per_line
from reader.importers.vocabulary import vocabulary
from reader.textnorm import fold_words

__all__ = ["is_bare_label", "is_metadata", "label"]

#: The words before a line's first colon, and the text after it ("المصدر: رويترز").
_LABEL = re.compile(r"([^:：﹕]*?)\s*[:：﹕](?!//)\s*(.*)")


@per_line
def label(line: Line) -> tuple[str, str] | None:
    """The words before a line's first colon and the text after it, if it has a colon."""
    text = line.text
    if ":" not in text and "：" not in text and "﹕" not in text:  # text_lines.COLONS
        return None
    match = _LABEL.fullmatch(text)
    return (match[1], match[2]) if match else None


@per_line
def is_metadata(line: Line) -> bool:
    """A byline ("By …", "كتب - فلان :"), a labelled line ("نشر بتاريخ: …", "Photo: …") or a
    date: the article's own words, but never a heading."""
    vocab = vocabulary()
    if vocab.is_date(line.key):
        return True
    if _has_label(line):
        return True
    opening = vocab.byline_words(line.key)
    if not opening:
        return False
    # In a script with case a name follows: "By Jane Doe", not "By the numbers".
    words = re.findall(r"\w+", line.text)
    return len(words) <= opening or not words[opening][0].islower()


@per_line
def _has_label(line: Line) -> bool:
    """Whether the words before the line's first colon are a metadata label ("Photo: …")."""
    found = label(line)
    return found is not None and vocabulary().is_label(fold_words(found[0]))


def is_bare_label(line: Line) -> bool:
    """A metadata label alone on its line, its value on the next: "نشر بتاريخ:", "Photo:"."""
    found = label(line)
    return found is not None and not found[1] and _has_label(line)
