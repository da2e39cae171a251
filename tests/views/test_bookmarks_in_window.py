"""Bookmarks and the library as a person uses them in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox

from reader import paths
from reader.app import create_window
from reader.models.bookmark_model import BookmarkModel
from reader.models.document_model import Roles
from reader.rendering import BOOKMARK_MARKER
from reader.store.library import Library
from reader.views.main_window import MainWindow
from tests.conftest import ARTICLES

ARTICLE = """الرئيسيةاقتصاد

أسواق المنطقة تترقب قرار الفائدة

تترقب الأسواق العربية قرار البنك المركزي بشأن أسعار الفائدة هذا الأسبوع.

توقعات المحللين:
يرى معظم المحللين أن البنك سيبقي الأسعار دون تغيير حتى نهاية العام.

أثر القرار على القروض:
قد يؤدي أي رفع جديد إلى زيادة كلفة القروض العقارية على الأسر.
"""


@pytest.fixture
def window_on(qtbot, app):  # type: ignore[no-untyped-def]
    """A window on a library in `folder`, opened at the article imported from `path`."""
    opened: list[Library] = []
    windows: list[MainWindow] = []

    def make(folder: Path, path: Path | None = None) -> MainWindow:
        library = Library.open(folder)
        library.import_bundled(paths.bundled_articles())
        opened.append(library)
        first = library.import_paths([path])[0].article_id if path else None
        window = create_window(library, first)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.hide()
    for library in opened:
        library.close()


def _section(window: MainWindow, row: int) -> None:
    article = window.articles.currentIndex()
    window.navigator.setCurrentIndex(window.model.index(row, 0, article))


def _marked_blocks(window: MainWindow) -> list[str]:
    document = window.detail.document()
    blocks = [document.findBlockByNumber(n) for n in range(document.blockCount())]
    return [b.text().lstrip("\ufffc ") for b in blocks if b.text().startswith("\ufffc")]


def test_ctrl_d_bookmarks_the_section_with_markers_and_again_removes_it(
    qtbot, window_on, tmp_path: Path, write_article
) -> None:  # type: ignore[no-untyped-def]
    window = window_on(tmp_path / "data", write_article("rates.txt", ARTICLE))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _section(window, 2)
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    marks = window.library.bookmarks()
    assert [(m.heading, m.section) for m in marks] == [("أثر القرار على القروض", 2)]
    assert window.bookmark_action.isChecked()
    section = window.model.index(2, 0, window.articles.currentIndex())
    assert section.data(Qt.ItemDataRole.DecorationRole) is not None
    assert _marked_blocks(window) == ["أثر القرار على القروض"]
    assert window.detail.document().resource(3, BOOKMARK_MARKER) is not None
    assert window.bookmark_model.rowCount() == 1

    qtbot.keyClick(window.navigator, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.library.bookmarks() == []
    assert not window.bookmark_action.isChecked()
    assert _marked_blocks(window) == []
    assert window.bookmark_model.rowCount() == 0


def test_navigator_context_menu_offers_the_bookmark_action(window_on, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = window_on(tmp_path / "data")
    assert window.navigator.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert window.bookmark_action in window.navigator.actions()
    window.navigator.actions()[0].trigger()
    assert len(window.library.bookmarks()) == 1


def test_bookmark_survives_closing_reopening_and_reimport_with_an_edit(
    window_on, tmp_path: Path, write_article, qtbot
) -> None:  # type: ignore[no-untyped-def]
    path = write_article("rates.txt", ARTICLE)
    first = window_on(tmp_path / "data", path)
    _section(first, 1)
    first.toggle_bookmark()
    note = first.bookmark_model.index(0, BookmarkModel.NOTE)
    assert first.bookmark_model.setData(note, "رأي المحللين")
    first.hide()

    again = window_on(tmp_path / "data")
    assert [(m.heading, m.note, m.section) for m in again.library.bookmarks()] == [
        ("توقعات المحللين", "رأي المحللين", 1)
    ]
    assert again.bookmarks_pane.view.model().rowCount() == 1

    # The article changes on disk: a paragraph edited and a new section before the marked one.
    edited = ARTICLE.replace("دون تغيير", "بلا تغيير").replace(
        "توقعات المحللين:", "خلفية القرار:\nاجتمع البنك ثماني مرات هذا العام.\n\nتوقعات المحللين:"
    )
    path.write_text(edited, encoding="utf-8")
    with qtbot.waitSignal(again.import_done, timeout=20000) as done:
        again.import_paths([path])
    assert [r.status for r in done.args[0]] == ["updated"]
    assert again.library.count() == 4, "updated in place, not a duplicate"
    [mark] = again.library.bookmarks()
    assert (mark.heading, mark.section, mark.note) == ("توقعات المحللين", 2, "رأي المحللين")
    again.open_article_id(mark.article_id, mark.section)
    assert _marked_blocks(again) == ["توقعات المحللين"]


def test_activating_a_bookmark_opens_its_article_at_its_section(
    qtbot, window_on, tmp_path: Path, write_article
) -> None:  # type: ignore[no-untyped-def]
    window = window_on(tmp_path / "data", write_article("rates.txt", ARTICLE))
    article_id = int(window.articles.currentIndex().data(Roles.ARTICLE_ID))
    window.library.add_bookmark(article_id, 2)
    window.bookmark_model.reload()
    window.open_article(window.model.rowCount() - 1)
    assert window.articles.currentIndex().data(Roles.ARTICLE_ID) != article_id
    pane = window.bookmarks_pane
    with qtbot.waitSignal(pane.open_requested):
        pane.view.activated.emit(window.bookmark_model.index(0, 0))
    assert window.articles.currentIndex().data(Roles.ARTICLE_ID) == article_id
    assert window.sections.currentIndex().row() == 2


def test_removing_an_article_asks_first_and_takes_its_bookmarks_only_when_confirmed(
    window_on, tmp_path: Path, write_article, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = window_on(tmp_path / "data", write_article("rates.txt", ARTICLE))
    article_id = int(window.articles.currentIndex().data(Roles.ARTICLE_ID))
    window.library.add_bookmark(article_id, 1)
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    window.remove_current_article()
    assert window.library.row_of(article_id) >= 0
    assert len(window.library.bookmarks()) == 1
    assert "أسواق المنطقة تترقب قرار الفائدة" in asked[0]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    count = window.model.rowCount()
    window.remove_current_article()
    assert window.library.row_of(article_id) < 0
    assert window.library.bookmarks() == []
    assert window.model.rowCount() == count - 1
    assert window.articles.currentIndex().isValid(), "a neighbour is opened"
    assert window.bookmark_model.rowCount() == 0


def test_dropping_files_on_the_window_imports_them(window_on, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = window_on(tmp_path / "data")
    before = window.model.rowCount()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(ARTICLES / "fa_article.txt"))])
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton)
    enter = QDragEnterEvent(QPoint(10, 10), *args, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    # Qt delivers a drop only inside a real drag; the handler is what Reader adds to it.
    drop = QDropEvent(QPointF(10, 10), *args, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.import_done, timeout=20000):
        window.dropEvent(drop)
    assert drop.isAccepted()
    assert window.model.rowCount() == before + 1
    assert window.articles.currentIndex().data() == "قالی‌بافان کاشان در جست‌وجوی بازارهای تازه"


def test_bookmarks_pane_is_a_dock_in_the_same_window(window_on, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDockWidget

    window = window_on(tmp_path / "data")
    pane = window.findChild(QDockWidget, "bookmarksPane")
    assert pane is window.bookmarks_pane
    assert window.dockWidgetArea(pane) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert pane.isRightToLeft()


def test_window_shows_what_another_process_changed_when_it_comes_back(
    window_on, tmp_path: Path, write_article
) -> None:  # type: ignore[no-untyped-def]
    window = window_on(tmp_path / "data")
    assert not window.reload_if_changed_elsewhere()
    other = Library.open(tmp_path / "data")  # another Reader process, in effect
    try:
        other.import_paths([write_article("rates.txt", ARTICLE)])
        other.add_bookmark(other.article_id(0), 1, "من العملية الأخرى")
    finally:
        other.close()
    before = window.model.rowCount()
    assert window.reload_if_changed_elsewhere()
    assert window.library.count() == 4
    window.model.fetchMore(window.model.index(0, 0).parent())
    assert window.model.rowCount() >= before + 1 or window.model.canFetchMore(
        window.model.index(0, 0).parent()
    )
    assert window.bookmark_model.index(0, BookmarkModel.NOTE).data() == "من العملية الأخرى"
    assert window.articles.currentIndex().isValid()


def test_removal_elsewhere_while_reading_the_last_article_keeps_the_place(
    window_on, tmp_path: Path, write_article
) -> None:  # type: ignore[no-untyped-def]
    window = window_on(tmp_path / "data", write_article("rates.txt", ARTICLE))
    last = window.model.rowCount() - 1
    window.open_article(last, 1)
    reading = int(window.articles.currentIndex().data(Roles.ARTICLE_ID))
    other = Library.open(tmp_path / "data")
    try:
        other.remove(next(e.id for e in other.entries() if e.id != reading))
    finally:
        other.close()
    assert window.reload_if_changed_elsewhere()
    current = window.articles.currentIndex()
    assert int(current.data(Roles.ARTICLE_ID)) == reading
    assert window.sections.currentIndex().row() == 1
    assert window.detail.article_index() == current
    window.toggle_bookmark()
    assert [m.article_id for m in window.library.bookmarks()] == [reading]
