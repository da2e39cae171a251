"""Markdown articles: `#` is the title, `##` and deeper headings start sections.

Parsed with markdown-it-py (CommonMark, plus tables). Raw HTML in the Markdown is not
interpreted: it stays in the text as the characters it is, like everything else Reader shows.
A leading front-matter block (`---` … `---`, the convention of static-site generators) gives
the title, author, date, language and categories when it has them; its other lines (drafts,
layouts, slugs) are kept in `dropped`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.document import Article
from reader.importers.outline import Block, outline
from reader.textdir import declared_language, text_direction

__all__ = ["parse_markdown"]

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_SPACE = re.compile(r"\s+")
_USED_FIELDS = frozenset({"title", "author", "date", "lang", "language", "categories", "category"})

_parser = MarkdownIt("commonmark", {"html": False}).enable("table")


def parse_markdown(text: str, *, source: str = "") -> Article:
    """Parse a Markdown article."""
    fields, front_lines, body = _front_matter(text)
    tokens = _parser.parse(body)
    title, sections = outline(_blocks(tokens), fields.get("title", ""))
    plain = "\n".join([title, *(section.text() for section in sections)])
    return Article(
        title=title,
        sections=tuple(sections),
        breadcrumb=_list_field(fields.get("categories") or fields.get("category") or ""),
        dropped=tuple(front_lines),
        language=declared_language(fields.get("lang") or fields.get("language"), plain),
        direction=text_direction(plain),
        source=source,
        author=fields.get("author", ""),
        published=fields.get("date", ""),
    )


def _front_matter(text: str) -> tuple[dict[str, str], list[str], str]:
    """Simple `key: value` fields of a front-matter block, its other lines, and the body."""
    match = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if match is None or not _FIELD.match(match.group(1).lstrip("\n").split("\n")[0].strip()):
        # No block, or one that is not `key: value` lines: a thematic break (`---`) and text.
        return {}, [], text
    fields: dict[str, str] = {}
    others: list[str] = []
    for line in match.group(1).splitlines():
        field = _FIELD.match(line.strip())
        name = field.group(1).lower() if field else ""
        if field and name in _USED_FIELDS and field.group(2).strip():
            fields[name] = field.group(2).strip().strip("\"'")
        elif line.strip():
            others.append(line.strip())
    return fields, others, text.replace("\r\n", "\n")[match.end() :]


def _list_field(value: str) -> tuple[str, ...]:
    """A front-matter list written inline: `[a, b]` or `a, b`."""
    items = value.strip().strip("[]").split(",")
    return tuple(item.strip().strip("\"'") for item in items if item.strip().strip("\"'"))


def _blocks(tokens: Sequence[Token]) -> Iterator[Block]:
    """Headings and paragraphs in order. A list item is a paragraph that keeps its marker (the
    number of an ordered list is part of the text); a table row is one paragraph, its cells
    separated by " | "; each line of a code block is a paragraph."""
    markers: list[str] = []
    #: The number of the next item of each list the current token is in (None: a bullet list).
    numbers: list[int | None] = []
    row: list[str] | None = None
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "heading_open":
            yield "heading", _inline_text(tokens[index + 1])
        elif kind == "ordered_list_open":
            start = token.attrGet("start")
            numbers.append(int(start) if isinstance(start, (int, str)) else 1)
        elif kind == "bullet_list_open":
            numbers.append(None)
        elif kind in ("ordered_list_close", "bullet_list_close"):
            numbers.pop()
        elif kind == "list_item_open":
            # Numbered as a reader sees the list: "1." on every item is 1, 2, 3.
            number = numbers[-1] if numbers else None
            markers.append("• " if number is None else f"{number}{token.markup} ")
            if number is not None:
                numbers[-1] = number + 1
        elif kind == "list_item_close":
            markers.pop()
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            if any(row):
                yield "text", " | ".join(row)
            row = None
        elif kind == "inline" and row is not None:
            row.append(_inline_text(token))
        elif kind == "inline" and tokens[index - 1].type == "paragraph_open":
            text = _inline_text(token)
            if markers and tokens[index - 2].type == "list_item_open":
                text = markers[-1] + text
            if text:
                yield "text", text
        elif kind in ("fence", "code_block"):
            for line in token.content.splitlines():
                if line.strip():
                    yield "text", line.rstrip()


def _inline_text(token: Token) -> str:
    """The text of an inline token: emphasis and links give their words, images their
    description, code its characters; a soft line break is a space."""
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "image":
            parts.append("".join(grand.content for grand in child.children or ()))
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return _SPACE.sub(" ", "".join(parts)).strip()
