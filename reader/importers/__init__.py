"""Turning files and web addresses into `Article`s: reading the bytes, telling the format, and
the parser for that format.

Formats, told by the file name's ending, else (for a file named on its own) by its first bytes:
plain text (`text.py`), web pages (`html.py`), Markdown (`markdown.py`), RSS and Atom feeds
(`feed.py`, one article per entry). `read_articles(path)` is the one entry point the library
uses; `load_article(path)` gives a file's first article for the command line. Anything that
cannot be read raises `ArticleFileError` (one line: the file and the reason).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Literal

from reader import reasons
from reader.document import Article
from reader.errors import ArticleFileError

# The parsers (plain text with its vocabulary; web pages, Markdown and feeds with trafilatura,
# markdown-it-py and feedparser) are imported when a file of their kind is first read, not
# when Reader starts: the window reads no file at all, and they took 40 % of its start-up.

__all__ = [
    "ARTICLE_SUFFIXES",
    "Format",
    "Imported",
    "format_of",
    "load_article",
    "parse_bytes",
    "read_articles",
]

Format = Literal["text", "html", "markdown", "feed"]

_SUFFIXES: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}

#: File name endings a folder import picks up (a file named on its own is tried whatever its
#: name).
ARTICLE_SUFFIXES = frozenset(_SUFFIXES)

#: The start of a web page: a doctype or an <html> tag, after a byte-order mark, an XML
#: declaration (XHTML) and comments ("saved from url=...").
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
    re.I | re.S,
)


@dataclass(frozen=True)
class Imported:
    """One article read from a file or an address.

    `text` is what the library's "same content" identity is computed from; `key` tells the
    article from the others in the same file (a feed entry's link or id), None when the file
    holds one article.
    """

    article: Article
    text: str
    key: str | None = None


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def is_web_address(text: str) -> bool:
    """Whether a command-line argument is meant as an address rather than a file name: it
    starts with a scheme other than a Windows drive letter ("https:", "file:", "data:")."""
    match = _SCHEME.match(text)
    return match is not None and len(match.group(1)) > 1


def format_of(path: PurePath, data: bytes) -> Format:
    """The format of a file: by its name's ending, else by its first bytes."""
    known = _SUFFIXES.get(path.suffix.lower())
    if known is not None:
        return known
    from reader.importers.feed import looks_like_feed

    if looks_like_feed(data):
        return "feed"
    if _HTML_START.match(data[:4096]):
        return "html"
    return "text"


#: The largest file read as an article: plain text and Markdown (the longest real articles are
#: a few hundred kilobytes), and web pages and feeds, which carry markup, scripts and inline
#: images around their text.
MAX_BYTES = {"text": 5 * 1024 * 1024, "html": 20 * 1024 * 1024}
_PAGE_SUFFIXES = frozenset(s for s, kind in _SUFFIXES.items() if kind in ("html", "feed"))


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")


def load_article(path: Path | str) -> Article:
    """Read and parse one article file (a feed's first entry)."""
    return read_articles(path)[0].article


def read_articles(path: Path | str) -> list[Imported]:
    """Read and parse the articles of one file."""
    path = Path(path)
    if path.is_dir():
        raise ArticleFileError(path, reasons.FOLDER)
    if path.exists() and not path.is_file():
        # A named pipe or a device: opening it could wait forever or never end.
        raise ArticleFileError(path, reasons.NOT_REGULAR)
    try:
        size = path.stat().st_size
        limit = MAX_BYTES["html" if path.suffix.lower() in _PAGE_SUFFIXES else "text"]
        if size > limit:
            # Refused before reading: a log or a database dump under a text name would take
            # minutes and gigabytes to parse, and no article is that long.
            raise ArticleFileError(
                path, reasons.TOO_LARGE, size=_megabytes(size), limit=_megabytes(limit)
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ArticleFileError(path, reasons.NO_SUCH_FILE) from exc
    except PermissionError as exc:
        raise ArticleFileError(path, reasons.PERMISSION) from exc
    except OSError as exc:
        raise ArticleFileError(path, reasons.UNREADABLE, error=exc.strerror or exc) from exc
    return parse_bytes(data, format_of(path, data), source=str(path), fallback_title=path.stem)


def parse_bytes(
    data: bytes,
    kind: Format,
    *,
    source: str,
    fallback_title: str = "",
    url: str | None = None,
    charset: str | None = None,
) -> list[Imported]:
    """The articles in `data`, read as `kind`. `source` names the file or address in errors
    and in the articles; `fallback_title` titles an article that has none; `charset` is the
    encoding a web server named for the bytes."""
    if not data.strip():
        raise ArticleFileError(source, reasons.EMPTY)
    if kind == "feed":
        from reader.importers.decoding import binary_kind
        from reader.importers.feed import parse_feed

        refused = binary_kind(data)
        if refused:
            raise ArticleFileError(source, reasons.NOT_TEXT, kind=refused)
        return [
            Imported(entry.article, _plain(entry.article), entry.key)
            for entry in parse_feed(data, source=source, charset=charset)
        ]
    if kind == "html":
        from reader.importers.html import parse_html

        article = parse_html(data, source=source, url=url, charset=charset)
        return [Imported(_titled(article, fallback_title, source), _plain(article))]
    from reader.importers.decoding import decode_text

    text = decode_text(data, source, charset)
    if not text.strip():
        raise ArticleFileError(source, reasons.EMPTY)
    if kind == "markdown":
        from reader.importers.markdown import parse_markdown

        article = parse_markdown(text, source=source)
        return [Imported(_titled(article, fallback_title, source), _plain(article))]
    from reader.importers.text import parse_text

    article = parse_text(text, source=source)
    return [Imported(_titled(article, fallback_title, source), text)]


def _titled(article: Article, fallback: str, source: str) -> Article:
    """The article, titled `fallback` when it has no title; refused when it has no text."""
    if article.title:
        return article
    if not article.sections:
        raise ArticleFileError(source, reasons.ONLY_CHROME)
    return dataclasses.replace(article, title=fallback)


def _plain(article: Article) -> str:
    """A structured article's text, for its identity: the same words from a re-saved page
    with other ads around them are the same article."""
    return "\n".join([article.title, *(section.text() for section in article.sections)])
