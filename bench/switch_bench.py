"""Switching articles and sections in a real window on the library of 10,000 articles.

    python -m bench.run switch

A `MainWindow` (offscreen, 1280x800, Arabic interface) on the generated library of
READER_BENCH_SWITCH_ARTICLES articles (default 10,000; `bench.generator`), in this process.

- Article: the article selection is set to another article, as the article list does when
  one is clicked or Ctrl+PgDown pressed (rows drawn at random from the whole library; the
  list has fetched them beforehand, as it has when they are on screen). Timed until the
  detail pane's `rendered` signal (the article read from the store, its document built and
  set), until the whole document is laid out (the layout asked for the last block's place),
  and until the window has painted it.
- Section: an article of five sections or more is opened (not timed), then one of its other
  sections is clicked in the navigator. Timed until the click has been handled and the text
  has scrolled to that section's start (checked), and until the pane has painted.

Targets (medians): under 30 ms to lay out another article, under 10 ms to reach a section.
"""

from __future__ import annotations

import math
import os
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench.generator import SEED, cached_library

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex

    from reader.views.main_window import MainWindow

SAMPLES = 100
WARM_UP = 5
TARGET_ARTICLE_MS = 30.0
TARGET_SECTION_MS = 10.0


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def _line(label: str, times: list[float], target: float | None = None) -> str:
    median = statistics.median(times)
    verdict = ""
    if target is not None:
        verdict = f"  {'meets' if median < target else 'MISSES'} median < {target:.0f} ms"
    return (
        f"switch  {label:34} median {median:6.1f} ms  p95 {_percentile(times, 0.95):6.1f} ms"
        f"  max {max(times):6.1f} ms{verdict}"
    )


def bench_switch(repeat: int) -> dict[str, float]:
    from PySide6.QtCore import QItemSelectionModel, Qt
    from PySide6.QtTest import QTest

    from reader.app import application, configure_application
    from reader.settings import Settings
    from reader.store.library import Library
    from reader.views.main_window import MainWindow

    count = int(os.environ.get("READER_BENCH_SWITCH_ARTICLES", "10000"))
    folder, _seconds, _built = cached_library(count, label="switch")
    app = application()
    configure_application(app, "ar")
    library = Library.open(folder)
    with tempfile.TemporaryDirectory() as scratch:
        # Window state goes to a scratch folder, not into the cached library.
        window = MainWindow(library, settings=Settings.in_folder(Path(scratch)))
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        model, detail, navigator = window.model, window.detail, window.navigator
        rng = random.Random(SEED + 7)
        rows = [rng.randrange(library.count()) for _ in range(WARM_UP + SAMPLES)]
        stamps: list[float] = []
        detail.rendered.connect(lambda _row: stamps.append(time.perf_counter()))

        def settle() -> None:
            for _ in range(3):
                app.processEvents()

        rendered: list[float] = []
        laid_out: list[float] = []
        painted: list[float] = []
        for number, row in enumerate(rows):
            index = model.article_index(row)  # the list has this row already
            if index == window.articles.currentIndex():
                continue
            settle()
            stamps.clear()
            start = time.perf_counter()
            window.articles.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            document = detail.document()
            document.documentLayout().blockBoundingRect(document.lastBlock())
            done = time.perf_counter()
            window.repaint()
            shown = time.perf_counter()
            if detail.article_index().row() != row or len(stamps) != 1:
                raise RuntimeError(f"article {row} was not rendered once")
            if number >= WARM_UP:
                rendered.append((stamps[0] - start) * 1000)
                laid_out.append((done - start) * 1000)
                painted.append((shown - start) * 1000)

        long_rows = [
            r for r in range(min(library.count(), 4000)) if library.summary(r).section_count >= 5
        ]
        scrolled: list[float] = []
        section_painted: list[float] = []
        for number in range(WARM_UP + SAMPLES):
            row = rng.choice(long_rows)
            window.open_article(row)
            settle()
            article = model.article_index(row)
            sections = model.rowCount(article)
            target = rng.randrange(1, sections)
            index = model.index(target, 0, article)
            where = navigator.visualRect(index).center()
            start = time.perf_counter()
            QTest.mouseClick(
                navigator.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), where
            )
            done = time.perf_counter()
            detail.viewport().repaint()
            shown = time.perf_counter()
            _check_scrolled(window, index, target)
            if number >= WARM_UP:
                scrolled.append((done - start) * 1000)
                section_painted.append((shown - start) * 1000)
        window.close()
        window.deleteLater()
        settle()
    library.close()

    print(f"switch  window on {count:,} articles, {SAMPLES} switches of each kind")
    print(_line("article: selected → rendered", rendered))
    print(_line("article: selected → laid out", laid_out, TARGET_ARTICLE_MS))
    print(_line("article: selected → painted", painted))
    print(_line("section: clicked → scrolled there", scrolled, TARGET_SECTION_MS))
    print(_line("section: clicked → painted", section_painted))
    return {
        "article_laid_out_ms": statistics.median(laid_out),
        "section_scrolled_ms": statistics.median(scrolled),
    }


def _check_scrolled(window: MainWindow, index: QModelIndex, target: int) -> None:
    """The click made the section current and the text starts at it (or is scrolled to the
    end, when the section is too near the end to reach the top)."""
    if window.sections.currentIndex() != index:
        raise RuntimeError(f"the click did not choose section {target}")
    bar = window.detail.verticalScrollBar()
    top = int(window.detail.section_tops()[target])
    if bar.value() != min(top, bar.maximum()):
        raise RuntimeError(f"section {target} starts at {top}, the pane is at {bar.value()}")
