"""Test set-up: headless Qt, and a fresh data and configuration directory for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Property tests: no time limit per example (these machines are shared and noisy); in CI the
# examples are derived from the test, so a run is repeatable; elsewhere they vary each run.
settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

DATA = Path(__file__).parent / "data"
ARTICLES = DATA / "articles"
SAMPLE = (
    Path(__file__).parents[1] / "reader" / "resources" / "articles" / "000_4f7f098b55a2622d.txt"
)


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does reaches the user's own files."""
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))


@pytest.fixture
def app(qapp):  # type: ignore[no-untyped-def]
    """The QApplication set up as Reader sets it up, in Arabic (right to left)."""
    from reader.app import configure_application

    configure_application(qapp, "ar")
    yield qapp
    configure_application(qapp, "ar")


@pytest.fixture
def english(app):  # type: ignore[no-untyped-def]
    from reader.app import configure_application

    configure_application(app, "en")
    return app


@pytest.fixture
def library(tmp_path: Path) -> Iterator[object]:
    """The library in the test's own data folder, with the bundled articles imported as on a
    first start."""
    from reader import paths
    from reader.store.library import Library

    library = Library.open(tmp_path / "data")
    library.import_bundled(paths.bundled_articles())
    yield library
    library.close()


@pytest.fixture
def write_article(tmp_path: Path) -> Iterator[object]:
    """Write an article file into the test's folder: write_article("name.txt", text)."""

    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    yield write
