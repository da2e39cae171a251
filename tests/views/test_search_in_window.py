"""Library search in the window: Ctrl+K, results with the match, opening a result at its
section with the match highlighted, and the search options."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.app import create_window
from reader.models.search_model import HIT_ROLE
from reader.views.main_window import MainWindow
from tests.conftest import ARTICLES


@pytest.fixture
def window(qtbot, app, library) -> MainWindow:  # type: ignore[no-untyped-def]
    library.import_paths([ARTICLES])
    window = create_window(library)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_ctrl_k_searches_and_a_result_opens_at_its_section_with_the_match(
    qtbot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_article(window.model.rowCount() - 1)
    qtbot.keyClick(window.article_list, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    window.search_field.setText("مؤتمرا")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.search_pane.isVisible()
    assert window.search_model.rowCount() == 1
    hit = window.search_model.index(0, 0).data(HIT_ROLE)
    assert hit.snippet[hit.match[0] : hit.match[1]] == "مؤتمرًا"

    window.search_pane.view.activated.emit(window.search_model.index(0, 0))
    assert window.articles.currentIndex().data() == hit.title
    assert window.sections.currentIndex().row() == hit.section
    assert window.detail.textCursor().selectedText() == "مؤتمرًا"
    assert window.find_bar.isVisible() and window.find_bar.match_count() == 1


def test_a_result_in_a_later_section_is_the_current_match(window: MainWindow) -> None:
    window.search("زيلينسكي")
    rows = [
        window.search_model.index(r, 0).data(HIT_ROLE)
        for r in range(window.search_model.rowCount())
    ]
    last = max((h for h in rows if h.section is not None), key=lambda h: h.section)
    window.open_search_hit(last.article_id, last.section, "زيلينسكي")
    assert window.sections.currentIndex().row() == last.section
    assert window.find_bar.current() > 0, "not the first match of the article"


def test_search_options_switch_rules_off_for_search_and_find(window: MainWindow) -> None:
    window.search("مؤتمرا")
    assert window.search_model.rowCount() == 1
    window.folding_actions["diacritics"].setChecked(False)
    assert window.folding.diacritics is False
    assert window.search_model.rowCount() == 0, "the results are searched again"
    window.search("مؤتمرًا")
    assert window.search_model.rowCount() == 1
    window.folding_actions["diacritics"].setChecked(True)
    assert window.folding == type(window.folding)()
