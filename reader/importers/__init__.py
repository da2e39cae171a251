"""Turning files into `Article`s: reading and decoding bytes, then the parser for the format.

`load_article(path)` is the one entry point the command line, the window and the library use.
It raises `ArticleFileError` (one line: the file and the reason) for anything it cannot read.
"""

from __future__ import annotations

import codecs
import dataclasses
from pathlib import Path

from reader.document import Article
from reader.errors import ArticleFileError
from reader.importers.text import parse_text

__all__ = ["ARTICLE_SUFFIXES", "decode_text", "load_article", "parse_text", "read_article"]

#: File name endings a folder import picks up (a file named on its own is tried whatever its
#: name).
ARTICLE_SUFFIXES = frozenset({".txt", ".text"})

#: Byte-order marks and the codecs they announce, longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_text(data: bytes, path: Path | str) -> str:
    """The text of a file's bytes: UTF-8, or UTF-16/32 announced by a byte-order mark."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise ArticleFileError(
                    path, f"not valid {codec.upper()} text ({exc.reason})"
                ) from exc
    if b"\x00" in data:
        raise ArticleFileError(path, "not a text file (it contains binary data)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleFileError(
            path, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc


def load_article(path: Path | str) -> Article:
    """Read and parse one article file."""
    return read_article(path)[0]


def read_article(path: Path | str) -> tuple[Article, str]:
    """Read and parse one article file; the article and the text it was parsed from."""
    path = Path(path)
    if path.is_dir():
        raise ArticleFileError(path, "is a folder, not an article file")
    if path.exists() and not path.is_file():
        # A named pipe or a device: opening it could wait forever or never end.
        raise ArticleFileError(path, "not a regular file")
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ArticleFileError(path, "no such file") from exc
    except PermissionError as exc:
        raise ArticleFileError(path, "permission denied") from exc
    except OSError as exc:
        raise ArticleFileError(path, exc.strerror or "cannot be read") from exc
    text = decode_text(data, path)
    if not text.strip():
        raise ArticleFileError(path, "the file is empty")
    article = parse_text(text, source=str(path))
    if not article.title:
        if not article.sections:
            raise ArticleFileError(path, "no article text found (only site chrome)")
        article = dataclasses.replace(article, title=path.stem)
    return article, text
