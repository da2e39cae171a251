"""HTML read directly as a run of headings and paragraphs (`Block`s), without trafilatura: a
saved page's body (what `dropped` lists is what the extraction left out of it), its main part
when trafilatura finds no article in it, and a feed entry's HTML (`fragment_sections`: feeds
need nothing of trafilatura).

A heading element is a heading, a block element with no block inside is a paragraph, and loose
text between blocks is a paragraph too; a list item keeps its marker, a table row its cells
joined by " | ". Scripts, styles and the like are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from copy import deepcopy

import lxml.html

from reader.document import Section
from reader.importers.outline import Block, outline

#: An XML declaration at the start of a text (a page saved as XHTML, a feed).
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
#: Characters an XML tree cannot hold (lxml refuses them), and what they become: the control
#: characters that are white space a space, the others (backspace, escape...) nothing.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NOT_XML_SPACES = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f")


def xml_safe(text: str) -> str:
    """`text` with the characters an lxml tree cannot hold made spaces or left out."""
    return _NOT_XML.sub(lambda m: " " if m[0] in _NOT_XML_SPACES else "", text)


__all__ = [
    "XML_DECLARATION",
    "collapse_space",
    "fragment_sections",
    "html_blocks",
    "main_part",
    "marked",
    "xml_safe",
]

_SPACE = re.compile(r"\s+")
#: Elements whose text is never the article's: what the fallback walk and `dropped` skip.
_NOT_TEXT = ("script", "style", "noscript", "template", "svg", "iframe", "object", "head")
#: Elements whose text forms one paragraph of the fallback walk (when none is inside).
_BLOCKS = frozenset(
    {"p", "li", "blockquote", "pre", "dd", "dt", "figcaption", "caption", "tr", "address"}
    | {"summary", "legend"}
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Elements that hold blocks, or stand between them (`<hr>`): the text before, inside and after
#: one never runs on into one paragraph.
_CONTAINERS = frozenset(
    {"div", "section", "article", "main", "body", "header", "footer", "nav", "aside", "form"}
    | {"fieldset", "figure", "details", "ul", "ol", "dl", "table", "center", "menu", "hr"}
)


def collapse_space(text: str) -> str:
    """`text` with each run of white space made one space, and none at either end."""
    return _SPACE.sub(" ", text).strip()


def main_part(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A page's `<article>`, else its `<main>`, else its body."""
    for path in (".//article", ".//main", ".//body"):
        found = tree.find(path)
        if found is not None:
            return found
    return tree


def html_blocks(element: lxml.html.HtmlElement | None) -> Iterator[Block]:
    """Headings and paragraphs of an HTML element, in order: a heading element is a heading, a
    block element with no block inside is a paragraph, and loose text between blocks is a
    paragraph too. Scripts, styles and the like are skipped."""
    if element is None:
        return
    yield from _walk(element)


def marked(blocks: Iterable[Block], marker: str, lead: str = "") -> Iterator[Block]:
    """`blocks` with `marker` before the first paragraph (or before `lead`, the text a list
    item has before its inner blocks)."""
    if lead:
        yield "text", marker + lead
        marker = ""
    for kind, text in blocks:
        if marker and kind == "text":
            yield kind, marker + text
            marker = ""
        else:
            yield kind, text


def _walk(element: lxml.html.HtmlElement) -> Iterator[Block]:
    loose: list[str] = [element.text or ""]
    number = _list_start(element)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _NOT_TEXT or not tag:
            loose.append(child.tail or "")
            continue
        if tag in _HEADINGS or tag in _BLOCKS or _is_block_container(child):
            yield from _flush(loose)
            loose = []
            marker = ""
            if tag == "li" and element.tag in ("ol", "ul"):
                marker = f"{number}. " if element.tag == "ol" else "• "
                number += 1
            if tag in _HEADINGS:
                text = _text_of(child)
                if text:
                    yield "heading", text
            elif tag == "tr" and not _is_block_container(child):
                cells = (_text_of(cell) for cell in child if cell.tag in ("td", "th"))
                text = " | ".join(cell for cell in cells if cell)
                if text:
                    yield "text", text
            elif tag in _BLOCKS and not _is_block_container(child):
                text = _text_of(child)
                if text:
                    yield "text", marker + text
            else:
                yield from marked(_walk(child), marker)
            loose.append(child.tail or "")
        else:
            # Inline: its words run on into the text around it ("<b>حكو</b>مة" is one word),
            # but a line break parts them.
            loose.append(" " if tag == "br" else _raw_text(child))
            loose.append(child.tail or "")
    yield from _flush(loose)


def _list_start(element: lxml.html.HtmlElement) -> int:
    """The number of an ordered list's first item (its `start`, else 1)."""
    start = element.get("start", "1").strip()
    return int(start) if start.isdigit() else 1


def _flush(parts: Iterable[str]) -> Iterator[Block]:
    text = collapse_space("".join(parts))
    if text:
        yield "text", text


def _is_block_container(element: lxml.html.HtmlElement) -> bool:
    if element.tag in _CONTAINERS:
        return True
    for descendant in element.iterdescendants():
        tag = descendant.tag
        if isinstance(tag, str) and (tag in _HEADINGS or tag in _BLOCKS or tag in _CONTAINERS):
            return True
    return False


def _text_of(element: lxml.html.HtmlElement) -> str:
    """An element's text, without what scripts and styles inside it hold; a line break counts
    as a space."""
    return collapse_space(_raw_text(element))


def _raw_text(element: lxml.html.HtmlElement) -> str:
    """`_text_of` with its white space as it is: an inline element's text runs on into the
    text around it, and a space at its end still parts two words."""
    # A copy without the element's tail: the text after it is its parent's, not its own.
    copy = deepcopy(element)
    copy.tail = None
    for hidden in copy.xpath("|".join(f".//{tag}" for tag in _NOT_TEXT)):
        hidden.drop_tree()
    for br in copy.iterfind(".//br"):
        br.tail = " " + (br.tail or "")
    return str(copy.text_content())


def fragment_sections(fragment: str, title: str = "") -> list[Section]:
    """Sections from a piece of HTML (a feed entry's content, under the entry's `title` if it
    is known): headings start sections, the first one included, unless it repeats `title`."""
    fragment = xml_safe(fragment)
    if not fragment.strip():
        return []
    tree = lxml.html.fragment_fromstring(fragment, create_parent="div")
    first, sections = outline(list(html_blocks(tree)), title)
    if first != title:
        # Without a title the outline takes a heading before any text for it; here, where the
        # entry has a title of its own, that heading heads the text right under it, or (with
        # a heading right under it) is the first line of the text: the text never starts
        # with an empty section, and an entry without a title takes its first line for one.
        if sections and sections[0].heading is None:
            sections[0] = Section(first, sections[0].paragraphs)
        else:
            sections.insert(0, Section(None, (first,)))
    if not any(section.paragraphs for section in sections):
        # Headings and nothing under them: they are the text.
        headings = tuple(section.heading for section in sections if section.heading)
        return [Section(None, headings)] if headings else []
    return sections
