"""Saved web pages: the article's text and outline, found by trafilatura, with the page's own
word on its title, author, date, site, categories, language and direction.

trafilatura does the hard part (telling the article from menus, comments and widgets) and gives
its result as XML: `<head rend="h2">` for headings, `<p>`, `<list><item>`, `<quote>`, `<table>`.
This module turns that into an `Article`: the first heading that repeats the title is the title,
every other heading starts a section. Nothing is fetched: the page is parsed from the file's
bytes, with no network, and its scripts, styles and images are never loaded or run.

Blocks of the page body that the extraction left out are listed in `dropped`, as the plain-text
importer lists the site chrome it left out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from copy import deepcopy

import lxml.etree
import lxml.html
import trafilatura

from reader.document import Article, Section
from reader.errors import ArticleFileError
from reader.importers.decoding import decode_text
from reader.importers.outline import Block, outline
from reader.textdir import declared_language, text_direction
from reader.textnorm import fold_words

__all__ = ["declared_charset", "fragment_sections", "page_language", "parse_html"]

_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
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
#: Invisible characters that carry meaning in right-to-left text (the zero-width non-joiner and
#: joiner, the left-to-right, right-to-left and Arabic letter marks), and the printable
#: stand-ins (Yi syllables: a script no article here is in) they cross trafilatura as.
_INVISIBLES = "\u200c\u200d\u200e\u200f\u061c"
_STAND_INS = "\ua000\ua001\ua002\ua003\ua004"
_CRUMB_SEPARATORS = re.compile(r"\s*(?:>>|»|›|>|/|\||→|←)\s*")
#: Characters an XML tree cannot hold (lxml refuses them), and what they become: the control
#: characters that are white space a space, the others (backspace, escape...) nothing.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NOT_XML_SPACES = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f")


def _xml_safe(text: str) -> str:
    return _NOT_XML.sub(lambda m: " " if m[0] in _NOT_XML_SPACES else "", text)


def declared_charset(data: bytes) -> str | None:
    """The charset a page names in its first few kilobytes (`<meta charset>`, or an XHTML
    page's XML declaration), if any."""
    match = _CHARSET.search(data[:4096])
    return (match.group(1) or match.group(2)).decode("ascii") if match else None


def parse_html(
    data: bytes, *, source: str = "", url: str | None = None, charset: str | None = None
) -> Article:
    """An article from a saved web page's bytes (`url`: where it came from, if known;
    `charset`: the encoding the server named, else the page's own `<meta charset>`)."""
    # An XHTML page's XML declaration names the bytes' encoding, which the decoded text no
    # longer has (and lxml refuses text that carries one).
    # Control characters (a form feed, a stray escape) are no text, and lxml refuses them in
    # the tree it builds.
    page = _xml_safe(
        _XML_DECLARATION.sub(
            "", decode_text(data, source, charset or declared_charset(data)), count=1
        )
    )
    try:
        tree = lxml.html.document_fromstring(page)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ArticleFileError(source, "not a web page that can be read") from exc
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
    page_blocks = list(_html_blocks(tree.find("body")))
    blocks: list[Block] = []
    meta: dict[str, str] = {}
    if extracted:
        doc = lxml.etree.fromstring(restore(extracted).encode("utf-8"))
        blocks = _restore_headings(list(_xml_blocks(doc.find("main"))), page_blocks)
        meta = {key: _clean(value) for key, value in doc.attrib.items()}
    # A form's buttons and fields ("Send", "Search") are the page's machinery, never the
    # article's words, though trafilatura sometimes keeps a button's label.
    controls = {
        fold_words(_clean(element.text_content()))
        for element in tree.iter("button", "select", "textarea", "option", "label")
    }
    page_texts = {fold_words(text) for kind, text in page_blocks if kind == "text"}
    if not any(fold_words(text) in page_texts for kind, text in blocks if kind == "text"):
        # Too little text for trafilatura to call it an article (a short note, a bare page):
        # it gives nothing, or the whole body as one run of text with headings and paragraphs
        # glued together. Take the blocks of the page's main part as they are.
        blocks = list(_html_blocks(_main_part(tree)))
    blocks = [(kind, text) for kind, text in blocks if fold_words(text) not in controls]
    title = meta.get("title") or _clean(tree.findtext(".//title") or "")
    title, sections = outline(blocks, title)
    if not sections:
        # A page always has a title; without text it is no article (a page whose text a
        # script was to fill in, saved before it ran).
        raise ArticleFileError(source, "no article text found in the page")
    kept = {fold_words(text) for _, text in blocks} | {fold_words(title)}
    dropped = tuple(text for _, text in page_blocks if fold_words(text) not in kept)
    breadcrumb = _split_crumbs(meta.get("categories", "")) or page_breadcrumb(tree)
    if breadcrumb and fold_words(breadcrumb[-1]) == fold_words(title):
        breadcrumb = breadcrumb[:-1]
    text = "\n".join([title, *(section.text() for section in sections)])
    language, direction = page_language(tree, text)
    return Article(
        title=title,
        sections=tuple(sections),
        breadcrumb=breadcrumb,
        dropped=dropped,
        language=language,
        direction=direction,
        source=source,
        author=meta.get("author", ""),
        published=meta.get("date", ""),
        site=meta.get("sitename", ""),
    )


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


def _restore_headings(blocks: list[Block], page: list[Block]) -> list[Block]:
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


def fragment_sections(fragment: str, title: str = "") -> list[Section]:
    """Sections from a piece of HTML (a feed entry's content, under the entry's `title` if it
    is known): headings start sections, the first one included, unless it repeats `title`."""
    fragment = _xml_safe(fragment)
    if not fragment.strip():
        return []
    tree = lxml.html.fragment_fromstring(fragment, create_parent="div")
    first, sections = outline(list(_html_blocks(tree)), title)
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


def page_language(tree: lxml.html.HtmlElement, text: str) -> tuple[str, str]:
    """The language and direction of a page: what it declares (`lang`, `dir`), unless its
    text says otherwise (a template's `lang="en"` around an Arabic article)."""
    body = tree.find("body")
    declared = [element for element in (tree, body) if element is not None]
    lang = next((e.get("lang") for e in declared if e.get("lang")), None)
    direction = text_direction(text)
    stated = next((e.get("dir", "").lower() for e in declared if e.get("dir")), "")
    return declared_language(lang, text), stated if stated == direction else direction


def page_breadcrumb(tree: lxml.html.HtmlElement) -> tuple[str, ...]:
    """The page's breadcrumb: schema.org BreadcrumbList data, else an element marked as one."""
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        crumbs = _json_ld_crumbs(script.text or "")
        if crumbs:
            return crumbs
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        marks = " ".join(
            element.get(name, "") for name in ("class", "id", "aria-label", "itemtype")
        ).lower()
        if "breadcrumb" in marks:
            return _crumbs_of(element)
    # An unmarked navigation line whose few links are joined by arrows ("Home › World").
    for nav in tree.iterfind(".//nav"):
        links = nav.findall(".//a")
        if 2 <= len(links) <= 6 and _CRUMB_SEPARATORS.search(_clean(nav.text_content())):
            crumbs = _crumbs_of(nav)
            if all(len(crumb.split()) <= 5 for crumb in crumbs):
                return crumbs
    return ()


def _crumbs_of(element: lxml.html.HtmlElement) -> tuple[str, ...]:
    links = [_clean(a.text_content()) for a in element.iterfind(".//a")]
    crumbs = tuple(link for link in links if link)
    return crumbs or _split_crumbs(_clean(element.text_content()))


def _json_ld_crumbs(data: str) -> tuple[str, ...]:
    try:
        parsed = json.loads(data)
    except ValueError:
        return ()
    stack = [parsed]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if item.get("@type") == "BreadcrumbList" and isinstance(
                item.get("itemListElement"), list
            ):
                names = []
                for entry in item["itemListElement"]:
                    if not isinstance(entry, dict):
                        continue
                    name = entry.get("name")
                    inner = entry.get("item")
                    if not name and isinstance(inner, dict):
                        name = inner.get("name")
                    if isinstance(name, str) and _clean(name):
                        names.append(_clean(name))
                return tuple(names)
            stack.extend(value for value in item.values() if isinstance(value, (list, dict)))
    return ()


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
        if child.tail and _clean(child.tail):
            yield "text", _clean(child.tail)


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
            yield from _marked(_xml_blocks(item), marker, _clean(item.text or ""))
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


def _marked(blocks: Iterable[Block], marker: str, lead: str = "") -> Iterator[Block]:
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


def _xml_text(element: lxml.etree._Element) -> str:
    """The text of an element of trafilatura's XML; a line break (`<lb/>`) counts as a
    space."""
    parts = [element.text or ""]
    for child in element:
        parts.append(" " if child.tag == "lb" else _xml_text(child))
        parts.append(child.tail or "")
    return _clean("".join(parts))


def _has_blocks(element: lxml.etree._Element) -> bool:
    return any(
        child.tag in ("p", "item", "row", "head", "list", "quote", "div") for child in element
    )


def _main_part(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    for path in (".//article", ".//main", ".//body"):
        found = tree.find(path)
        if found is not None:
            return found
    return tree


def _html_blocks(element: lxml.html.HtmlElement | None) -> Iterator[Block]:
    """Headings and paragraphs of an HTML element, in order: a heading element is a heading, a
    block element with no block inside is a paragraph, and loose text between blocks is a
    paragraph too. Scripts, styles and the like are skipped."""
    if element is None:
        return
    yield from _walk(element)


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
                yield from _marked(_walk(child), marker)
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
    text = _clean("".join(parts))
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
    return _clean(_raw_text(element))


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


def _split_crumbs(text: str) -> tuple[str, ...]:
    if not text:
        return ()
    if ";" in text and not _CRUMB_SEPARATORS.search(text):
        pieces = text.split(";")
    else:
        pieces = _CRUMB_SEPARATORS.split(text)
    return tuple(piece for piece in (_clean(p) for p in pieces) if piece)


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
