"""Fetching an article or a feed from a web address, carefully.

Only `http:` and `https:` are fetched, and only they are followed in redirects (at most
`MAX_REDIRECTS`), so an address can never make Reader read a local file (`file:`) or carry its
own content (`data:`). Every fetch has a time limit for the whole transfer and a size limit, and
nothing the page refers to (images, scripts, styles) is ever fetched: the page's bytes are all
that is read.
"""

from __future__ import annotations

import http.client
import re
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from pathlib import PurePosixPath
from typing import IO
from urllib.parse import unquote, urljoin, urlsplit

from reader import __version__, reasons
from reader.errors import ArticleFileError
from reader.importers import Format, Imported, format_of, is_web_address, parse_bytes
from reader.importers.decoding import binary_kind

__all__ = [
    "MAX_BYTES",
    "MAX_REDIRECTS",
    "TIMEOUT",
    "Fetched",
    "fetch",
    "is_web_address",
    "read_url",
]

TIMEOUT = 20.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")

_TYPES: dict[str, Format] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/feed+xml": "feed",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
}


@dataclass(frozen=True)
class Fetched:
    """What an address gave: the address after redirects, its content type and charset, and
    the bytes."""

    url: str
    content_type: str
    charset: str | None
    data: bytes


def read_url(
    url: str, *, timeout: float = TIMEOUT, limit: int = MAX_BYTES
) -> tuple[str, list[Imported]]:
    """Fetch `url` and parse what it holds; the final address and the articles."""
    fetched = fetch(url, timeout=timeout, limit=limit)
    kind = _format(fetched)
    parts = urlsplit(fetched.url)
    title = PurePosixPath(unquote(parts.path)).stem or parts.hostname or ""
    articles = parse_bytes(
        fetched.data,
        kind,
        source=fetched.url,
        fallback_title=title,
        url=fetched.url,
        charset=fetched.charset,
    )
    return fetched.url, articles


def fetch(url: str, *, timeout: float = TIMEOUT, limit: int = MAX_BYTES) -> Fetched:
    """The bytes at `url`; `ArticleFileError` naming the address for any failure."""
    _check_address(url)
    request = urllib.request.Request(
        url, headers={"User-Agent": f"Reader/{__version__}", "Accept": "*/*"}
    )
    deadline = time.monotonic() + timeout
    try:
        with _opener().open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise ArticleFileError(url, reasons.LARGER_THAN, limit=_size(limit))
            data = _read(response, url, limit, deadline)
            if length and length.isdigit() and len(data) < int(length):
                # http.client hands over what came before the connection closed, as if it
                # were all: half an article must not be stored as the article.
                raise ArticleFileError(url, reasons.CUT_SHORT, received=len(data), length=length)
            headers: HTTPMessage = response.headers
            final = response.geturl()
    except ArticleFileError as exc:
        if exc.path == url:
            raise
        raise ArticleFileError(url, exc.why) from exc  # a redirect's: name the address asked
    except urllib.error.HTTPError as exc:
        exc.close()
        if 300 <= exc.code < 400 and exc.msg.startswith(_Redirects.inf_msg):
            raise ArticleFileError(url, reasons.TOO_MANY_REDIRECTS, count=MAX_REDIRECTS) from exc
        status = f"{exc.code} {exc.reason}"
        raise ArticleFileError(url, reasons.SERVER_ANSWERED, status=status) from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise ArticleFileError(url, reasons.NO_ANSWER, seconds=f"{timeout:g}") from exc
        raise ArticleFileError(url, reasons.CANNOT_FETCH, detail=_reason(exc.reason)) from exc
    except TimeoutError as exc:
        raise ArticleFileError(url, reasons.NO_ANSWER, seconds=f"{timeout:g}") from exc
    except (OSError, http.client.HTTPException, ValueError) as exc:
        # ValueError: http.client's InvalidURL, for what the checks above let through.
        detail = _reason(exc) if str(exc).strip() else type(exc).__name__
        raise ArticleFileError(url, reasons.CANNOT_FETCH, detail=detail) from exc
    return Fetched(final, headers.get_content_type(), headers.get_content_charset(), data)


def _read(response: IO[bytes], url: str, limit: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise ArticleFileError(url, reasons.TOO_SLOW)
        chunk = response.read(64 * 1024)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise ArticleFileError(url, reasons.LARGER_THAN, limit=_size(limit))
        chunks.append(chunk)


def _format(fetched: Fetched) -> Format:
    known = _TYPES.get(fetched.content_type)
    if known is not None:
        return known
    kind = binary_kind(fetched.data)
    if kind or fetched.content_type.startswith(("image/", "audio/", "video/", "font/")):
        what = kind or fetched.content_type
        raise ArticleFileError(fetched.url, reasons.NOT_ARTICLE_OR_FEED, kind=what)
    return format_of(PurePosixPath(urlsplit(fetched.url).path), fetched.data)


def _check_address(url: str) -> None:
    """Refuse, before any connection, an address that is not http or https or that is not
    well formed (a bad port, an unclosed IPv6 bracket, a space in the host name)."""
    _check_scheme(url, url)
    try:
        parts = urlsplit(url)
        host, _port = parts.hostname, parts.port
    except ValueError as exc:
        raise ArticleFileError(url, reasons.BAD_ADDRESS, detail=_reason(exc)) from exc
    if not host:
        raise ArticleFileError(url, reasons.NO_HOST)
    if any(char.isspace() or not char.isprintable() for char in parts.netloc):
        raise ArticleFileError(url, reasons.SPACE_IN_HOST)


def _check_scheme(url: str, original: str, *, redirected: bool = False) -> None:
    match = _SCHEME.match(url)
    scheme = match.group(1).lower() if match else ""
    if scheme not in ("http", "https"):
        shown = f"{scheme}:" if scheme else reasons.NO_SCHEME
        if redirected:
            raise ArticleFileError(original, reasons.REDIRECTED_NOT_HTTP, address=url, scheme=shown)
        raise ArticleFileError(original, reasons.NOT_HTTP, scheme=shown)


def _size(limit: int) -> str:
    """A size limit for people: "10 MB", "500 KB", "1000 bytes"."""
    for unit, size in (("MB", 1024 * 1024), ("KB", 1024)):
        if limit >= size and limit % size == 0:
            return f"{limit // size} {unit}"
    return f"{limit} bytes"


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS redirects, and only to http and https addresses."""

    max_redirections = MAX_REDIRECTS
    max_repeats = 2

    def http_error_302(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
    ) -> IO[bytes] | None:
        # urllib refuses a redirect to file: or data: itself, but as an HTTP error that does
        # not say why; refuse it here, saying so.
        location = headers.get("Location") or headers.get("URI")
        if location:
            target = urljoin(req.full_url, location)
            if urlsplit(target).scheme.lower() not in ("http", "https"):
                fp.close()
                _check_scheme(target, req.full_url, redirected=True)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        _check_scheme(newurl, req.full_url, redirected=True)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    """An opener that knows only HTTP(S): no file:, ftp: or data: handlers at all."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        _Redirects(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def _reason(reason: object) -> str:
    return " ".join(str(reason).split()) or "no reason given"
