"""Finding a bookmarked section again after its article has changed.

A bookmark remembers its section by content: the heading, the position and the first words
of the text. When the article is re-imported with edits, `locate` finds the section that is
still "the same" one, or says it is gone (None), in which case the bookmark is kept as
orphaned, never dropped.
"""

from __future__ import annotations

from reader.document import Section
from reader.textnorm import fold_words

EXCERPT_CHARS = 200
#: How alike the start of a section's text must be to the bookmarked one to be the same
#: section when its heading changed or went away.
_SAME_TEXT = 0.6


def excerpt(section: Section) -> str:
    """The start of a section's own text, kept with a bookmark to recognise the section."""
    return " ".join(section.paragraphs)[:EXCERPT_CHARS]


def locate(
    sections: tuple[Section, ...], heading: str | None, position: int, text: str
) -> int | None:
    """The index of the section a bookmark points at, or None if no section matches.

    1. Sections with the same heading (folded: diacritics and spelling variants do not
       matter); of several, the one nearest the old position. The lead (no heading) matches
       the lead.
    2. Otherwise, the section whose text starts most like the bookmarked text, if alike
       enough: a heading that was reworded.
    """
    if heading is None:
        same = [i for i, s in enumerate(sections) if s.heading is None]
    else:
        key = fold_words(heading)
        same = [
            i
            for i, s in enumerate(sections)
            if s.heading is not None and fold_words(s.heading) == key
        ]
    if same:
        return min(same, key=lambda i: abs(i - position))
    want = fold_words(text)
    if not want:
        return None
    from difflib import SequenceMatcher  # only when a bookmark's section moved

    best, best_ratio = None, _SAME_TEXT
    for i, section in enumerate(sections):
        ratio = SequenceMatcher(None, want, fold_words(excerpt(section)), autojunk=False).ratio()
        if ratio >= best_ratio:
            best, best_ratio = i, ratio
    return best
