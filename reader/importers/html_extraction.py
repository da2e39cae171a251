"""The article trafilatura finds in a saved web page, as `Block`s, with the page's metadata.

trafilatura does the hard part (telling the article from menus, comments and widgets) and gives
its result as XML: `<head rend="h2">` for headings, `<p>`, `<list><item>`, `<quote>`, `<table>`.
This module calls it on the page without its code and with its meaningful invisible characters
protected, reads that XML back as headings and paragraphs, and puts back the page's headings
that trafilatura lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from copy import deepcopy

import lxml.etree
import lxml.html
import trafilatura

from reader.importers.html_blocks import collapse_space, marked
from reader.importers.outline import Block
from reader.textnorm import fold_words

__all__ = ["extract_article", "restore_headings"]

#: Invisible characters that carry meaning in right-to-left text (the zero-width non-joiner and
#: joiner, the left-to-right, right-to-left and Arabic letter marks), and the printable
#: stand-ins (Yi syllables: a script no article here is in) they cross trafilatura as.
_INVISIBLES = "\u200c\u200d\u200e\u200f\u061c"
_STAND_INS = "\ua000\ua001\ua002\ua003\ua004"


def extract_article(page: str, url: str | None) -> tuple[list[Block], dict[str, str]]:
    """The blocks of the article trafilatura finds in `page` (the page's text; `url`: where it
    came from, if known) and the metadata it reads (title, author, date, sitename, categories
    …); nothing when it finds no article."""
    protected, restore = _protect_invisibles(page)
    extracted = trafilatura.extract(
        _without_code(protected),
        url=url,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_tables=True,
    )
    if not extracted:
        return [], {}
    doc = lxml.etree.fromstring(restore(extracted).encode("utf-8"))
    meta = {key: collapse_space(value) for key, value in doc.attrib.items()}
    return list(_xml_blocks(doc.find("main"))), meta


def _without_code(page: str) -> lxml.html.HtmlElement:
    """The page parsed afresh for trafilatura (which changes the tree it is given), without its
    scripts, styles and templates: trafilatura reads a page's metadata before it cleans the
    page, and took a title from an `<h1>` with the text of the script inside it. Structured
    data (JSON-LD) stays: it is where the metadata is."""
    tree = lxml.html.document_fromstring(page)
    code = "//script[not(@type='application/ld+json')]|//style|//noscript|//template"
    for element in tree.xpath(code):
        element.drop_tree()
    return tree


def _protect_invisibles(page: str) -> tuple[str, Callable[[str], str]]:
    """The page with its meaningful invisible characters swapped for printable stand-ins, and
    the function that swaps them back. trafilatura drops every unprintable character, among
    them the zero-width non-joiner that Persian spelling needs ("می‌خواهم" is not "میخواهم")
    and the direction marks of mixed right-to-left and left-to-right text."""
    if not any(char in page for char in _INVISIBLES) or any(c in page for c in _STAND_INS):
        return page, lambda text: text
    there = str.maketrans(_INVISIBLES, _STAND_INS)
    back = str.maketrans(_STAND_INS, _INVISIBLES)
    return page.translate(there), lambda text: text.translate(back)


def restore_headings(blocks: list[Block], page: list[Block]) -> list[Block]:
    """trafilatura's blocks, with the page's headings it left out put back: a heading goes in
    before the paragraph that follows it on the page, when that paragraph was kept. (When a
    page's headings and paragraphs sit directly in its body, trafilatura's fallback keeps the
    paragraphs and loses every heading.)"""
    have = {fold_words(text) for kind, text in blocks if kind == "heading"}
    kept: dict[str, int] = {}
    for index, (kind, text) in enumerate(blocks):
        if kind == "text":
            kept.setdefault(fold_words(text), index)
    missing: dict[int, list[str]] = {}
    pending: list[str] = []
    for kind, text in page:
        if kind == "heading":
            if fold_words(text) not in have:
                pending.append(text)
            continue
        at = kept.get(fold_words(text))
        if pending and at is not None and (at == 0 or blocks[at - 1][0] != "heading"):
            missing.setdefault(at, []).extend(pending)
        pending = []
    if not missing:
        return blocks
    restored: list[Block] = []
    for index, block in enumerate(blocks):
        restored.extend(("heading", heading) for heading in missing.get(index, ()))
        restored.append(block)
    return restored


def _xml_blocks(element: lxml.etree._Element | None) -> Iterator[Block]:
    """Blocks of trafilatura's XML, in order."""
    if element is None:
        return
    for child in element:
        tag = child.tag
        if tag == "head":
            text = _xml_text(child)
            if text:
                yield "heading", text
        elif tag == "list":
            yield from _xml_list(child)
        elif tag in ("table", "div", "quote") and _has_blocks(child):
            yield from _xml_blocks(child)
        elif tag == "row":
            text = " | ".join(cell for cell in (_xml_text(c) for c in child) if cell)
            if text:
                yield "text", text
        elif tag in ("graphic", "ref") and not _xml_text(child):
            continue
        else:
            text = _xml_text(child)
            if text:
                yield "text", text
        if child.tail and collapse_space(child.tail):
            yield "text", collapse_space(child.tail)


def _xml_list(element: lxml.etree._Element) -> Iterator[Block]:
    """The items of a list in trafilatura's XML, each a paragraph with its marker: the number
    of an ordered list is part of the text ("the third step"), as in a Markdown article."""
    ordered = element.get("rend") == "ol"
    number = 0
    for item in element:
        if item.tag != "item":
            yield from _xml_blocks(_wrapped(item))
            continue
        number += 1
        marker = f"{number}. " if ordered else "• "
        if _has_blocks(item):
            yield from marked(_xml_blocks(item), marker, collapse_space(item.text or ""))
        else:
            text = _xml_text(item)
            if text:
                yield "text", marker + text


def _wrapped(element: lxml.etree._Element) -> lxml.etree._Element:
    """`element` alone in a new parent (without its tail, which is read where it is), for
    `_xml_blocks` to read as one block."""
    parent = lxml.etree.Element("div")
    copy = deepcopy(element)
    copy.tail = None
    parent.append(copy)
    return parent


def _xml_text(element: lxml.etree._Element) -> str:
    """The text of an element of trafilatura's XML; a line break (`<lb/>`) counts as a
    space."""
    parts = [element.text or ""]
    for child in element:
        parts.append(" " if child.tag == "lb" else _xml_text(child))
        parts.append(child.tail or "")
    return collapse_space("".join(parts))


def _has_blocks(element: lxml.etree._Element) -> bool:
    return any(
        child.tag in ("p", "item", "row", "head", "list", "quote", "div") for child in element
    )
