"""What the window's start leaves alone, so that it stays fast (README, "Start-up"): the
importers' libraries, the PDF export and the modules only some runs need are not imported.
The checks look at `reader --screenshot` run in a new process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader import paths
from reader.store.library import Library

_PROBE = """
import json, sys
from reader.cli import main

status = main(sys.argv[1:])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("start")
    # A library opened before (the first start imports the bundled articles: a start of its
    # own, which reads files).
    library = Library.open(folder / "data")
    library.import_bundled(paths.bundled_articles())
    library.close()
    shot = folder / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", _PROBE, "--screenshot", str(shot), "--size", "900x600"]
    done = subprocess.run(
        [*command, "--data-dir", str(folder / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert Path(shot).read_bytes().startswith(b"\x89PNG")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize(
    "module",
    [
        "trafilatura",
        "feedparser",
        "markdown_it",
        "charset_normalizer",
        "fontTools",
        "reader.importers.text",
        "reader.importers.decoding",
        "reader.export.pdf",
        "reader.views.import_job",
        "reader.views.skipped",
        "reader.views.shortcuts_dialog",
        "reader.importers.workers",
        "difflib",
        "secrets",
        "platformdirs",  # --data-dir was given
        "hashlib",  # a screenshot names no socket and stores nothing
    ],
)
def test_the_window_opens_without(started: dict[str, object], module: str) -> None:
    assert started["status"] == 0
    assert module not in started["modules"]  # type: ignore[operator]
