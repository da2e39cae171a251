"""RSS and Atom feeds: each entry is an article.

feedparser reads every RSS and Atom version and cleans the entries' HTML (no scripts, no
handlers). It is always given bytes, never a name: given a string it would take it for an
address and fetch it. An entry's HTML becomes sections through the same outline as a web page.
"""

from __future__ import annotations

import codecs
import re
import time
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

import feedparser

from reader import reasons
from reader.document import Article, Section
from reader.errors import ArticleFileError
from reader.importers.decoding import decode_text
from reader.importers.html_blocks import XML_DECLARATION, fragment_sections
from reader.textdir import declared_language, text_direction

__all__ = ["FeedEntry", "looks_like_feed", "parse_feed"]

_BLANK_LINE = re.compile(r"\n\s*\n")
_DECLARED_ENCODING = re.compile(rb"""\s*<\?xml[^>]*\bencoding\s*=\s*["'][^"']+["']""")


@dataclass(frozen=True)
class FeedEntry:
    """One entry of a feed: the article and what identifies it (its link, else its id)."""

    article: Article
    key: str


def looks_like_feed(data: bytes) -> bool:
    """Whether the start of a file is an RSS, RDF or Atom document."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")) and any(
        tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf", b"<channel")
    )


def parse_feed(data: bytes, *, source: str = "", charset: str | None = None) -> list[FeedEntry]:
    """The entries of a feed, in the feed's order; `ArticleFileError` when it has none.
    `charset`: the encoding a web server named for the bytes, if any."""
    if not isinstance(data, bytes):
        # Given a string, feedparser would take it for an address or a file name and read it.
        raise TypeError("parse_feed takes a feed's bytes, never a name or an address")
    parsed = feedparser.parse(
        _self_describing(data, source, charset), sanitize_html=True, resolve_relative_uris=False
    )
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        if problem:
            raise ArticleFileError(source, reasons.NOT_A_FEED_BECAUSE, detail=_one_line(problem))
        raise ArticleFileError(source, reasons.NOT_A_FEED)
    feed = parsed.feed
    site = _text(feed.get("title"))
    feed_language = _text(feed.get("language"))
    entries = []
    for number, entry in enumerate(parsed.entries, 1):
        article = _article(entry, site, feed_language, source)
        if article is None:
            continue
        key = _text(entry.get("link")) or _text(entry.get("id")) or f"entry-{number}"
        entries.append(FeedEntry(article, key))
    if not entries:
        raise ArticleFileError(source, reasons.EMPTY_FEED)
    return entries


def _self_describing(data: bytes, source: str, charset: str | None) -> bytes:
    """The feed's bytes, as UTF-8 when they are neither UTF-8 nor say what they are. A feed
    that names no encoding is UTF-8 by the rules of XML; one in Windows-1256 without saying so
    is not, and feedparser would read it as Windows-1252 ("ÇáäÝØ" for "النفط"). Those bytes
    are decoded as any text file's are (the server's charset first), and handed on as UTF-8."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data
    if _DECLARED_ENCODING.match(data):
        return data
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        text = decode_text(data, source, charset)
        return XML_DECLARATION.sub("", text, count=1).encode("utf-8")
    return data


def _article(entry: Any, site: str, feed_language: str, source: str) -> Article | None:
    title = _text(entry.get("title"))
    contents = entry.get("content") or []
    detail = contents[0] if contents else entry.get("summary_detail") or {}
    body = detail.get("value") or ""
    if detail.get("type") == "text/plain":
        # Text, not markup: a "<b>" in it is what it says, and blank lines part paragraphs.
        paragraphs = tuple(p for p in (_text(part) for part in _BLANK_LINE.split(body)) if p)
        sections = [Section(None, paragraphs)] if paragraphs else []
    else:
        sections = fragment_sections(body, title)
    if not sections and not title:
        return None
    if not title:
        title = sections[0].paragraphs[0][:80] if sections[0].paragraphs else ""
    plain = "\n".join([title, *(section.text() for section in sections)])
    tags = tuple(
        _text(tag.get("term")) for tag in entry.get("tags") or () if _text(tag.get("term"))
    )
    return Article(
        title=title,
        sections=tuple(sections),
        breadcrumb=tags,
        language=declared_language(feed_language, plain),
        direction=text_direction(plain),
        source=source,
        author=_text(entry.get("author")),
        published=_date(entry),
        site=site,
    )


def _date(entry: Any) -> str:
    """The day an entry was published (else updated), as its feed wrote it: in the feed's own
    time zone ("Fri, 15 Mar 2024 01:30 +0300" is the 15th, though feedparser's UTC time is on
    the 14th), ISO 8601 where it can be read, else as written."""
    for key in ("published", "updated"):
        written = _text(entry.get(key))
        if not written:
            continue
        try:
            return parsedate_to_datetime(written).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return datetime.fromisoformat(written.replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            pass
        parsed = entry.get(f"{key}_parsed")
        return time.strftime("%Y-%m-%d", parsed) if parsed else written
    return ""


def _text(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def _one_line(problem: object) -> str:
    return " ".join(str(problem).split())[:120]
