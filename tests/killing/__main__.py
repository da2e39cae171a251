"""The children of the kill loop: `python -m tests.killing bookmarks-child|export-child …`."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.killing.bookmarks import bookmark_stream
from tests.killing.exports import export_again_and_again


def _child(argv: list[str]) -> int:
    match argv:
        case ["bookmarks-child", data, seed, first]:
            return bookmark_stream(Path(data), int(seed), int(first))
        case ["export-child", data, article_id, target]:
            return export_again_and_again(Path(data), article_id, Path(target))
    raise SystemExit(f"usage: python -m tests.killing bookmarks-child|export-child …: {argv}")


sys.exit(_child(sys.argv[1:]))
