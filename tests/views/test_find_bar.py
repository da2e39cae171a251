"""Find in the article: Ctrl+F, every match highlighted, next/previous, the navigator follows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.app import create_window
from reader.views.main_window import MainWindow
from tests.conftest import SAMPLE


@pytest.fixture
def window(qtbot, app, library) -> MainWindow:  # type: ignore[no-untyped-def]
    window = create_window(library, library.find(str(SAMPLE)))
    qtbot.addWidget(window)
    window.resize(1100, 500)
    window.show()
    qtbot.waitExposed(window)
    return window


def _highlighted(window: MainWindow) -> list[str]:
    return [s.cursor.selectedText() for s in window.detail.extraSelections()]


def test_ctrl_f_finds_words_the_way_arabic_readers_spell_them(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.detail, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    bar.field.insert("مؤتمرا")  # (QTest cannot type non-ASCII keys)
    assert _highlighted(window) == ["مؤتمرًا"], "the word with its tanween"
    assert bar.count.text() == "1 من 1"
    bar.field.setText("اسطنبول")
    assert _highlighted(window) == ["إسطنبول", "إسطنبول", "إسطنبول"]
    bar.field.setText("زبرجد ياقوت")
    assert _highlighted(window) == []
    assert bar.match_count() == 0


def test_next_and_previous_wrap_and_the_navigator_follows(qtbot, window: MainWindow) -> None:
    bar = window.find_bar
    bar.open_bar()
    bar.field.setText("زيلينسكي")
    count = bar.match_count()
    assert count >= 4
    sections = []
    for _ in range(count):
        cursor = window.detail.textCursor()
        assert cursor.selectedText() == "زيلينسكي"
        sections.append(window.sections.currentIndex().row())
        qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.current() == 0, "wrapped round to the first match"
    assert sections == sorted(sections) and sections[0] == 0 and sections[-1] == 4, sections
    window.find_previous_action.trigger()
    assert bar.current() == count - 1
    window.find_next_action.trigger()
    assert bar.current() == 0


def test_escape_closes_the_bar_and_clears_the_highlights(qtbot, window: MainWindow) -> None:
    bar = window.find_bar
    bar.open_bar()
    bar.field.setText("الحرب")
    assert _highlighted(window)
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert _highlighted(window) == []


def test_matches_follow_the_article_when_another_opens(window: MainWindow, tmp_path: Path) -> None:
    bar = window.find_bar
    bar.open_bar()
    bar.field.setText("ريدر")
    assert bar.match_count() == 0
    window.step_article(1)
    assert bar.match_count() > 0, "the Arabic guide mentions ريدر"


def test_a_phrase_not_in_the_text_falls_back_to_its_words(window: MainWindow) -> None:
    bar = window.find_bar
    bar.open_bar()
    bar.field.setText("الكرملين زبرجد")
    assert _highlighted(window) == ["الكرملين"], "each word, as library search matches"
    bar.field.setText("وقف إطلاق")
    assert all(text == "وقف إطلاق" for text in _highlighted(window)), "the phrase first"
