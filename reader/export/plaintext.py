"""An article as plain text, in the shape the plain-text importer reads back.

    Home › World

    The title

    A lead paragraph.

    A heading:
    Its first paragraph.

    Its second paragraph.

The breadcrumb is one line, its crumbs joined by " › " (or by another separator when a crumb
holds that one); the title and the paragraphs are written as they are, a blank line between
them; the dropped lines are left out. A heading gets the strongest mark the importer knows, a
final colon, unless the lines around it would make the colon line something else (a sentence
introducing a list, a line introducing a quotation, an item of a list) or the colon would open
a list that takes a heading below it for an item: then it is written as it is. The writer
asks the importer how each line will read (`reader.importers.text.heading_of`, `crumbs_of`,
`list_items`), so that the two keep agreeing; what plain text cannot carry is listed in
tests/importers/test_properties.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product

from reader.document import Article, Section
from reader.importers.text import crumbs_of, heading_of, list_items

__all__ = ["article_text"]

_SEPARATORS = (" › ", " » ", " « ", " > ", " → ", " | ")
#: Headings written one under another with nothing between them are written together, trying
#: each way of marking them; past this many, each gets its first choice.
_MAX_RUN = 4
#: How many lines below a heading the importer looks at to tell it from a paragraph.
_LOOK_AHEAD = 3
#: How many lines below a heading are checked for a list its colon would open.
_LIST_REACH = 16
_COLONS = (":", "：", "﹕")


def article_text(article: Article) -> str:
    """The article as plain text (see the module docstring)."""
    blocks: list[str] = []
    if article.breadcrumb:
        blocks.append(_breadcrumb_line(article.breadcrumb))
    if article.title:
        blocks.append(article.title)
    for lines in _written_sections(article.sections):
        if len(lines) > 1 and lines[0] is not None:
            blocks.append(f"{lines[0]}\n{lines[1]}")  # a heading directly above its paragraph
            blocks.extend(line for line in lines[2:] if line is not None)
        else:
            blocks.extend(line for line in lines if line is not None)
    return "\n\n".join(blocks) + "\n" if blocks else ""


def _breadcrumb_line(crumbs: tuple[str, ...]) -> str:
    """The crumbs joined by the first separator with which the line reads back as them: not
    one a crumb holds, nor one that leaves a line of site chrome ("© › …")."""
    for separator in _SEPARATORS:
        line = separator.join(crumbs)
        if len(crumbs) == 1 or crumbs_of(line) == crumbs:
            return line
    return _SEPARATORS[0].join(crumbs)


def _written_sections(sections: Sequence[Section]) -> list[list[str | None]]:
    """Each section's lines: its heading line (None for the lead), then its paragraphs.

    Written from the end, since how a heading reads depends on the lines below it. Headings
    with nothing under them are written together with the section they stand above, trying
    each way of marking them until all read back."""
    written: list[list[str | None]] = [[None, *s.paragraphs] for s in sections]
    below: list[tuple[str, bool]] = []  # the lines below, and whether each is a heading
    end = len(sections)
    while end > 0:
        start = end - 1
        while start > 0 and _bare_heading(sections[start - 1]):
            start -= 1
        paragraphs_above = sections[start - 1].paragraphs if start > 0 else ()
        above = paragraphs_above[-1] if paragraphs_above else ""
        for lines, form in zip(
            written[start:end], _headings(sections[start:end], above, below), strict=True
        ):
            lines[0] = form
        run = [
            (line, n == 0)
            for lines in written[start:end]
            for n, line in enumerate(lines)
            if line is not None
        ]
        below = (run + below)[:_LIST_REACH]
        end = start
    return written


def _bare_heading(section: Section) -> bool:
    return section.heading is not None and not section.paragraphs


def _forms(heading: str) -> tuple[str, ...]:
    """The ways to write a heading, the preferred first. One that ends in a colon already is
    written as it is (it reads back without its colon: a second one would make it text)."""
    if heading.endswith(_COLONS):
        return (heading,)
    return heading + ":", heading


def _headings(
    run: Sequence[Section], above: str, below: list[tuple[str, bool]]
) -> tuple[str | None, ...]:
    """The heading lines of a run of sections (None for the lead) under the line `above` and
    above the lines `below`: the first way of writing them that reads back."""
    choices = [(None,) if s.heading is None else _forms(s.heading) for s in run]
    if len(run) <= _MAX_RUN:
        for forms in product(*choices):
            if _reads_back(run, forms, above, below):
                return forms
    return tuple(choice[0] for choice in choices)


def _reads_back(
    run: Sequence[Section],
    forms: tuple[str | None, ...],
    above: str,
    below: list[tuple[str, bool]],
) -> bool:
    """Whether each heading of the run, written as `forms`, reads back as itself (less a
    final colon of its own), and no heading below a colon is read as an item of the list
    that colon opens."""
    lines: list[str] = []
    headings: list[tuple[int, str]] = []
    for section, form in zip(run, forms, strict=True):
        if form is not None and section.heading is not None:
            headings.append((len(lines), section.heading.rstrip("".join(_COLONS)).rstrip()))
            lines.append(form)
        lines.extend(section.paragraphs)
    at_heading = [False] * len(lines)
    for n, _heading in headings:
        at_heading[n] = True
    lines.extend(line for line, _is_heading in below)
    at_heading.extend(is_heading for _line, is_heading in below)

    def reads_back(n: int, heading: str) -> bool:
        if (
            heading_of(lines[n], lines[n + 1 : n + 1 + _LOOK_AHEAD], lines[n - 1] if n else above)
            != heading
        ):
            return False
        if not lines[n].endswith(_COLONS):
            return True
        items = list_items(lines[n + 1 :])
        return not any(at_heading[n + 1 : n + 1 + items])

    return all(reads_back(n, heading) for n, heading in headings)
