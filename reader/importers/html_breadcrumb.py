"""A saved web page's breadcrumb ("Home › World"), from the page's own markup: schema.org
BreadcrumbList data, else an element marked as a breadcrumb, else a navigation line of a few
links joined by arrows; and crumbs split out of one line of text (trafilatura's categories)."""

from __future__ import annotations

import json
import re

import lxml.html

from reader.importers.html_blocks import collapse_space

__all__ = ["page_breadcrumb", "split_crumbs"]

_CRUMB_SEPARATORS = re.compile(r"\s*(?:>>|»|›|>|/|\||→|←)\s*")


def page_breadcrumb(tree: lxml.html.HtmlElement) -> tuple[str, ...]:
    """The page's breadcrumb: schema.org BreadcrumbList data, else an element marked as one,
    else an unmarked navigation line; () when it has none."""
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
        if 2 <= len(links) <= 6 and _CRUMB_SEPARATORS.search(collapse_space(nav.text_content())):
            crumbs = _crumbs_of(nav)
            if all(len(crumb.split()) <= 5 for crumb in crumbs):
                return crumbs
    return ()


def split_crumbs(text: str) -> tuple[str, ...]:
    """The crumbs of one line of text, parted by arrows, slashes or bars, else by ';'."""
    if not text:
        return ()
    if ";" in text and not _CRUMB_SEPARATORS.search(text):
        pieces = text.split(";")
    else:
        pieces = _CRUMB_SEPARATORS.split(text)
    return tuple(piece for piece in (collapse_space(p) for p in pieces) if piece)


def _crumbs_of(element: lxml.html.HtmlElement) -> tuple[str, ...]:
    links = [collapse_space(a.text_content()) for a in element.iterfind(".//a")]
    crumbs = tuple(link for link in links if link)
    return crumbs or split_crumbs(collapse_space(element.text_content()))


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
                    if isinstance(name, str) and collapse_space(name):
                        names.append(collapse_space(name))
                return tuple(names)
            stack.extend(value for value in item.values() if isinstance(value, (list, dict)))
    return ()
