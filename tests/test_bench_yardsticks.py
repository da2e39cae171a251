"""The start benchmark's content window reads the library's database without Reader's code:
these tests keep it showing what Reader shows when the store changes."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from reader.store.library import Library

CONTENT_WINDOW = Path(__file__).resolve().parents[1] / "bench" / "content_window.py"


def _content_window() -> ModuleType:
    spec = importlib.util.spec_from_file_location("content_window", CONTENT_WINDOW)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reads_the_rows_and_article_reader_shows_first(library: Library) -> None:
    content = _content_window()
    titles, title, sections = content.read_library(library.database)

    assert len(titles) == library.count()
    for row, shown in enumerate(titles):
        summary = library.summary(row)
        assert shown == f"{summary.title}\n{summary.reading_minutes} min read"
    first = library.article(0)
    assert title == first.title
    assert sections == [(s.heading, list(s.paragraphs)) for s in first.sections]


def test_saves_its_screenshot(library: Library, tmp_path: Path) -> None:
    shot = tmp_path / "content.png"
    command = [sys.executable, str(CONTENT_WINDOW), "--screenshot", str(shot)]
    done = subprocess.run(
        [*command, "--size", "640x480", "--data-dir", str(library.folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")
