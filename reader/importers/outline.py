"""The outline shared by the structured formats (web pages, Markdown, feed entries): a run of
headings and paragraphs becomes a title and sections."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from reader.document import Section
from reader.textnorm import fold_words

__all__ = ["Block", "outline"]

#: One block of a document: a heading or a paragraph, and its text.
Block = tuple[Literal["heading", "text"], str]


def outline(blocks: Iterable[Block], title: str = "") -> tuple[str, list[Section]]:
    """The title and sections of a run of ("heading" | "text", text) blocks. A heading that
    repeats the title, or the first heading before any text when there is no title, is the
    title; every other heading starts a section."""
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    seen_text = False
    for kind, text in blocks:
        if kind == "heading":
            if not title and not seen_text:
                title = text
                continue
            if fold_words(text) == fold_words(title) and not seen_text:
                continue
            if heading is not None or paragraphs:
                sections.append(Section(heading, tuple(paragraphs)))
            heading, paragraphs = text, []
        else:
            seen_text = True
            paragraphs.append(text)
    if heading is not None or paragraphs:
        sections.append(Section(heading, tuple(paragraphs)))
    return title, sections
