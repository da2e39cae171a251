"""The project's own checks, run with the suite so that CI holds them: lint, types,
translations compiled from their sources, and package data that installs."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
TRANSLATIONS = ROOT / "reader" / "resources" / "translations"


def _tool(name: str) -> str:
    path = Path(sys.executable).parent / name
    found = str(path) if path.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: install the test extra (pip install -e '.[test]')")
    return found


def _run(*command: str) -> None:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_lint_is_clean() -> None:
    _run(_tool("ruff"), "check", "reader", "tests", "bench")


def test_ruff_format_is_clean() -> None:
    _run(_tool("ruff"), "format", "--check", "reader", "tests", "bench")


def test_mypy_is_clean() -> None:
    _run(_tool("mypy"))


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_translation_is_complete_and_compiled(ts: Path, tmp_path: Path) -> None:
    tree = ET.parse(ts)
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation") is not None
        and m.find("translation").get("type") in ("unfinished", "obsolete")  # type: ignore[union-attr]
    ]
    assert unfinished == [], f"untranslated in {ts.name}"
    compiled = tmp_path / ts.with_suffix(".qm").name
    _run(_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(compiled))
    shipped = ts.with_suffix(".qm")
    assert shipped.read_bytes() == compiled.read_bytes(), (
        f"{shipped.name} is stale: run pyside6-lrelease {ts.relative_to(ROOT)}"
    )


def test_qt_bindings_keep_none_alive() -> None:
    """PySide6 6.12.0 on Python 3.11 loses a reference to None with each call of a method that
    returns nothing; Reader makes hundreds of thousands such calls laying out a long article,
    and the interpreter then aborts. The installed bindings must not do that."""
    code = (
        "from PySide6.QtGui import QGuiApplication, QTextBlockFormat\n"
        "app = QGuiApplication(['t', '-platform', 'offscreen'])\n"
        "f = QTextBlockFormat()\n"
        "for _ in range(300_000):\n"
        "    f.setTopMargin(1.0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-500:]
