"""Saved web pages: the article's text and outline, found by trafilatura, with the page's own
word on its title, author, date, site, categories, language and direction.

This module turns a page into an `Article`: the first heading that repeats the title is the
title, every other heading starts a section. Nothing is fetched: the page is parsed from the
file's bytes, with no network, and its scripts, styles and images are never loaded or run.
The parts: html_extraction.py (trafilatura, and its XML read back as headings and paragraphs),
html_blocks.py (HTML walked directly: when trafilatura finds no article, for what it left out,
and a feed entry's content, `fragment_sections`), html_breadcrumb.py (the page's breadcrumb).

Blocks of the page body that the extraction left out are listed in `dropped`, as the plain-text
importer lists the site chrome it left out.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from reader import reasons
from reader.document import Article
from reader.errors import ArticleFileError
from reader.importers.decoding import decode_text
from reader.importers.html_blocks import (
    XML_DECLARATION,
    collapse_space,
    html_blocks,
    main_part,
    xml_safe,
)
from reader.importers.html_breadcrumb import page_breadcrumb, split_crumbs
from reader.importers.html_extraction import extract_article, restore_headings
from reader.importers.outline import outline
from reader.textdir import declared_language, text_direction
from reader.textnorm import fold_words

__all__ = ["declared_charset", "page_language", "parse_html"]

_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


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
    page = xml_safe(
        XML_DECLARATION.sub(
            "", decode_text(data, source, charset or declared_charset(data)), count=1
        )
    )
    try:
        tree = lxml.html.document_fromstring(page)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ArticleFileError(source, reasons.NOT_A_PAGE) from exc
    extracted, meta = extract_article(page, url)
    page_blocks = list(html_blocks(tree.find("body")))
    blocks = restore_headings(extracted, page_blocks)
    # A form's buttons and fields ("Send", "Search") are the page's machinery, never the
    # article's words, though trafilatura sometimes keeps a button's label.
    controls = {
        fold_words(collapse_space(element.text_content()))
        for element in tree.iter("button", "select", "textarea", "option", "label")
    }
    page_texts = {fold_words(text) for kind, text in page_blocks if kind == "text"}
    if not any(fold_words(text) in page_texts for kind, text in blocks if kind == "text"):
        # Too little text for trafilatura to call it an article (a short note, a bare page):
        # it gives nothing, or the whole body as one run of text with headings and paragraphs
        # glued together. Take the blocks of the page's main part as they are.
        blocks = list(html_blocks(main_part(tree)))
    blocks = [(kind, text) for kind, text in blocks if fold_words(text) not in controls]
    title = meta.get("title") or collapse_space(tree.findtext(".//title") or "")
    title, sections = outline(blocks, title)
    if not sections:
        # A page always has a title; without text it is no article (a page whose text a
        # script was to fill in, saved before it ran).
        raise ArticleFileError(source, reasons.NO_PAGE_TEXT)
    kept = {fold_words(text) for _, text in blocks} | {fold_words(title)}
    dropped = tuple(text for _, text in page_blocks if fold_words(text) not in kept)
    breadcrumb = split_crumbs(meta.get("categories", "")) or page_breadcrumb(tree)
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


def page_language(tree: lxml.html.HtmlElement, text: str) -> tuple[str, str]:
    """The language and direction of a page: what it declares (`lang`, `dir`), unless its
    text says otherwise (a template's `lang="en"` around an Arabic article)."""
    body = tree.find("body")
    declared = [element for element in (tree, body) if element is not None]
    lang = next((e.get("lang") for e in declared if e.get("lang")), None)
    direction = text_direction(text)
    stated = next((e.get("dir", "").lower() for e in declared if e.get("dir")), "")
    return declared_language(lang, text), stated if stated == direction else direction
