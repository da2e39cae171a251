"""The command line: `reader parse FILE [--json]`, and `reader [FILE...]` for the window.

Contract: results go to stdout; a failure is one line on stderr and exit status 1; a usage
error exits 2 (argparse's own). Qt is imported only when a window is asked for, so `reader
parse` stays quick and works without a display.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.document import Article
from reader.errors import ReaderError
from reader.importers import load_article

log = logging.getLogger(__name__)

COMMANDS = ("parse",)


def _parse_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader parse",
        description="Print how Reader reads an article file, without touching any library.",
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print the article as JSON")
    return parser


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{2,5})x(\d{2,5})", text)
    if not match:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, such as 1280x800, not {text!r}")
    return int(match[1]), int(match[2])


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="An Arabic-first reader for articles. Commands: "
        + ", ".join(COMMANDS)
        + " (see reader COMMAND --help).",
    )
    parser.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar="FILE",
        help="articles to open instead of the bundled ones",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="save an image of the window once the article is shown, then exit",
    )
    parser.add_argument("--size", type=_size, metavar="WxH", help="window size, such as 1280x800")
    parser.add_argument(
        "--lang",
        choices=("ar", "en"),
        default="ar",
        help="interface language: ar (right to left, the default) or en",
    )
    return parser


def outline(article: Article) -> str:
    """A readable outline of a parsed article (`reader parse` without --json)."""
    lines = [article.title]
    if article.breadcrumb:
        lines.append("breadcrumb: " + " › ".join(article.breadcrumb))
    lines.append(f"language: {article.language} ({article.direction})")
    for number, section in enumerate(article.sections, start=1):
        heading = section.heading if section.heading is not None else "(lead)"
        count = len(section.paragraphs)
        lines.append(f"  {number}. {heading} [{count} paragraph{'s' if count != 1 else ''}]")
    if article.dropped:
        lines.append(f"dropped ({len(article.dropped)}):")
        lines.extend(f"  - {line}" for line in article.dropped)
    return "\n".join(lines)


def _run_parse(argv: Sequence[str]) -> int:
    args = _parse_parser().parse_args(argv)
    article = load_article(args.file)
    if args.json:
        print(json.dumps(article.to_json(), ensure_ascii=False, indent=2))
    else:
        print(outline(article))
    return 0


def _run_window(argv: Sequence[str]) -> int:
    args = _window_parser().parse_args(argv)
    for path in args.files:
        if not path.is_file():
            reason = "is a folder, not an article file" if path.is_dir() else "no such file"
            raise ReaderError(f"{path}: {reason}")
    if args.screenshot is not None and not args.screenshot.parent.is_dir():
        raise ReaderError(f"{args.screenshot}: the folder does not exist")

    from PySide6.QtCore import QSize

    from reader.app import run_window

    size = QSize(*args.size) if args.size else None
    return run_window(args.files, screenshot=args.screenshot, size=size, language=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            return _run_parse(argv[1:])
        return _run_window(argv)
    except ReaderError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
