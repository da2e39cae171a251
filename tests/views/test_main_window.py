from __future__ import annotations

import statistics
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QImage, QTextBlock
from PySide6.QtWidgets import QListView

from reader.app import configure_application, create_window
from reader.models.document_model import Roles
from reader.textdir import RLM, isolate
from reader.views.main_window import MainWindow
from tests.conftest import ARTICLES, SAMPLE


@pytest.fixture
def open_window(qtbot, app, library):  # type: ignore[no-untyped-def]
    """A window on the test's library, opened at the first of `files` (imported first)."""

    def make(files: list[Path] | None = None) -> MainWindow:
        first = library.import_paths(files)[0].article_id if files else None
        window = create_window(library, first)
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def window(qtbot, open_window) -> MainWindow:  # type: ignore[no-untyped-def]
    window = open_window()
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def _blocks(window: MainWindow) -> list[QTextBlock]:
    document = window.detail.document()
    return [document.findBlockByNumber(n) for n in range(document.blockCount())]


def _x_in_window(window: MainWindow, name: str) -> int:
    pane = window.findChild(QListView, name) if name != "detailPane" else window.detail
    assert pane is not None
    return pane.mapTo(window, QPoint(0, 0)).x()


def test_three_panes_share_one_model(window: MainWindow) -> None:
    model = window.article_list.model()
    assert window.findChild(QListView, "articleList") is window.article_list
    assert window.findChild(QListView, "sectionNavigator") is window.navigator
    assert window.detail.objectName() == "detailPane"
    assert window.navigator.model() is model
    assert window.article_list.selectionModel() is window.articles
    assert window.navigator.selectionModel() is window.sections
    assert window.navigator.rootIndex() == window.articles.currentIndex()


def test_window_is_right_to_left_with_panes_mirrored(window: MainWindow) -> None:
    assert window.isRightToLeft()
    list_x = _x_in_window(window, "articleList")
    navigator_x = _x_in_window(window, "sectionNavigator")
    detail_x = _x_in_window(window, "detailPane")
    assert list_x > navigator_x > detail_x, "article list on the right, text on the left"


def test_english_interface_is_left_to_right(english, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    window.show()
    assert not window.isRightToLeft()
    assert _x_in_window(window, "articleList") < _x_in_window(window, "detailPane")


def _ink(image: QImage, rect: QRect) -> tuple[int, int]:
    """The leftmost and rightmost columns of `rect` where anything is drawn on the row's
    background (sampled at its top corner, inside the delegate's padding)."""
    background = image.pixel(rect.left() + 2, rect.top() + 2)
    columns = [
        x
        for x in range(rect.left(), rect.right() + 1)
        if any(image.pixel(x, y) != background for y in range(rect.top(), rect.bottom() + 1))
    ]
    assert columns, "nothing drawn in the row"
    return columns[0], columns[-1]


@pytest.mark.parametrize("language", ["ar", "en"])
def test_article_rows_start_from_their_own_texts_side(qtbot, app, open_window, language) -> None:  # type: ignore[no-untyped-def]
    configure_application(app, language)
    window = open_window()
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    view = window.article_list
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    margins: dict[Qt.LayoutDirection, list[tuple[int, int]]] = {}
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        rect = view.visualRect(index)
        scaled = QRect(
            int(rect.x() * ratio),
            int(rect.y() * ratio),
            int(rect.width() * ratio),
            int(rect.height() * ratio),
        )
        left, right = _ink(image, scaled)
        margin = (left - scaled.left(), scaled.right() - right)
        margins.setdefault(index.data(Roles.DIRECTION), []).append(margin)
    # Arabic titles start at the right edge and English ones at the left, whatever the
    # interface's direction (a long title fills the row: then both margins are the padding).
    rtl = margins[Qt.LayoutDirection.RightToLeft]
    ltr = margins[Qt.LayoutDirection.LeftToRight]
    assert all(right <= left for left, right in rtl) and any(
        right + 40 < left for left, right in rtl
    )
    assert all(left <= right for left, right in ltr) and any(
        left + 40 < right for left, right in ltr
    )


def test_opens_on_bundled_library_with_first_article_rendered(window: MainWindow) -> None:
    titles = [window.article_list.model().index(r, 0).data() for r in range(3)]
    assert "Getting started with Reader" in titles
    assert "مرحبًا بك في ريدر" in titles
    current = window.articles.currentIndex()
    assert current.row() == 0
    assert window.detail.article_index() == current
    text = window.detail.toPlainText()
    assert current.data() in text
    assert "الردود الدولية" in text
    assert window.windowTitle().startswith(current.data())


def test_detail_pane_shows_breadcrumb_title_and_every_paragraph(open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window([SAMPLE])
    article = window.articles.currentIndex().data(Roles.ARTICLE)
    text = window.detail.toPlainText()
    assert text.startswith("رئيسي / شؤون دولية\n" + article.title)
    for section in article.sections:
        for paragraph in section.paragraphs:
            assert paragraph in text
    assert "مقالات ذات صلة" not in text


def test_paragraphs_take_direction_from_their_own_text(open_window, write_article) -> None:  # type: ignore[no-untyped-def]
    path = write_article(
        "mixed.txt",
        "عنوان المقالة التجريبية\n\n"
        "فقرة عربية فيها كلمة Qt ورقم 2024 في وسطها.\n\n"
        "This paragraph is English inside an Arabic article.\n\n"
        "2024 سنة الانتخابات في دول كثيرة حول العالم.\n",
    )
    window = open_window([path])
    directions = {b.text(): b.blockFormat().layoutDirection() for b in _blocks(window)}
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert directions["فقرة عربية فيها كلمة Qt ورقم 2024 في وسطها."] == rtl
    assert directions["This paragraph is English inside an Arabic article."] == ltr
    assert directions["2024 سنة الانتخابات في دول كثيرة حول العالم."] == rtl


def test_no_word_space_on_screen_is_much_wider_than_the_others(open_window) -> None:  # type: ignore[no-untyped-def]
    """Qt's justification put a whole line's room into the space after «“X”» in the sample
    (ten times the others) and spread Arabic lines between the letters of their words: on
    screen, paragraphs are aligned to their own side instead (print spreads word spaces
    evenly: reader/export/justify.py). Measured at several widths of the text."""
    window = open_window([SAMPLE])
    document = window.detail.document()
    block = next(b for b in _blocks(window) if "“X”" in b.text())
    assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify == 0
    text = block.text()
    for width in range(360, 900, 30):
        document.setTextWidth(width)
        document.size()  # laid out again
        layout = block.layout()
        widths = []
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            inner = range(line.textStart(), line.textStart() + line.textLength() - 1)
            widths += [
                abs(line.cursorToX(k + 1)[0] - line.cursorToX(k)[0])
                for k in inner
                if text[k] == " "
            ]
        assert max(widths) < 1.5 * statistics.median(widths), width


def test_english_article_is_laid_out_left_to_right(window: MainWindow) -> None:
    model = window.article_list.model()
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data() == "Getting started with Reader"
    )
    window.open_article(row)
    blocks = _blocks(window)
    assert blocks, "the article is rendered"
    assert all(b.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight for b in blocks)
    assert (
        window.navigator.model().index(0, 0, window.articles.currentIndex()).data(Roles.DIRECTION)
        == Qt.LayoutDirection.RightToLeft
    )  # the Arabic "Introduction" label


def test_article_text_is_shown_literally_never_as_markup(open_window, write_article) -> None:  # type: ignore[no-untyped-def]
    path = write_article(
        "markup.txt",
        "A <b>bold</b> title &amp; more\n\n<script>alert(1)</script> is text here, not code.\n",
    )
    window = open_window([path])
    text = window.detail.toPlainText()
    assert "A <b>bold</b> title &amp; more" in text
    assert "<script>alert(1)</script> is text here, not code." in text


def test_choosing_a_section_scrolls_the_text_to_it(qtbot, window: MainWindow) -> None:
    window.resize(1000, 400)
    qtbot.waitUntil(lambda: window.detail.verticalScrollBar().maximum() > 0)
    article = window.articles.currentIndex()
    tops = window.detail.section_tops()
    window.navigator.setCurrentIndex(window.navigator.model().index(2, 0, article))
    bar = window.detail.verticalScrollBar()
    assert bar.value() == min(int(tops[2]), bar.maximum())
    assert bar.value() > 0
    window.navigator.setCurrentIndex(window.navigator.model().index(0, 0, article))
    assert bar.value() == 0


def test_scrolling_the_text_moves_the_navigator(qtbot, window: MainWindow) -> None:
    window.resize(1000, 400)
    bar = window.detail.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    tops = window.detail.section_tops()
    bar.setValue(int(tops[3]) - 5)
    assert window.sections.currentIndex().row() == 3
    assert window.navigator.currentIndex().row() == 3
    bar.setValue(bar.maximum())
    assert window.sections.currentIndex().row() == len(tops) - 1
    bar.setValue(0)
    assert window.sections.currentIndex().row() == 0


def test_keyboard_moves_between_articles_and_sections(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.article_list.setFocus()
    qtbot.keyClick(window.article_list, Qt.Key.Key_Down)
    assert window.articles.currentIndex().row() == 1
    assert window.detail.article_index().row() == 1
    qtbot.keyClick(window.article_list, Qt.Key.Key_Up)
    assert window.articles.currentIndex().row() == 0

    qtbot.keyClick(window.article_list, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.articles.currentIndex().row() == 1
    qtbot.keyClick(window.article_list, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.articles.currentIndex().row() == 0

    qtbot.keyClick(window.article_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.article_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.sections.currentIndex().row() == 2
    qtbot.keyClick(window.article_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.sections.currentIndex().row() == 1

    qtbot.keyClick(window.article_list, Qt.Key.Key_F6)
    assert window.navigator.hasFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Down)
    assert window.sections.currentIndex().row() == 2
    qtbot.keyClick(window.navigator, Qt.Key.Key_F6)
    assert window.detail.hasFocus()
    qtbot.keyClick(window.detail, Qt.Key.Key_F6)
    assert window.article_list.hasFocus()
    qtbot.keyClick(window.article_list, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.detail.hasFocus()


def test_stepping_past_the_ends_stays_put(window: MainWindow) -> None:
    window.step_article(-1)
    assert window.articles.currentIndex().row() == 0
    last = window.article_list.model().rowCount() - 1
    window.open_article(last)
    window.step_article(1)
    assert window.articles.currentIndex().row() == last
    window.step_section(-1)
    assert window.sections.currentIndex().row() == 0


def test_import_adds_and_opens_files_and_reports_bad_ones(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    from PySide6.QtWidgets import QMessageBox

    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    before = window.model.rowCount()
    with qtbot.waitSignal(window.import_done, timeout=20000):
        assert window.import_paths([ARTICLES / "en_news.txt", bad]) is not None
        assert window.import_progress.isVisibleTo(window), "progress shows while it runs"
    assert not window.import_progress.isVisibleTo(window)
    assert window.model.rowCount() == before + 1
    current = window.articles.currentIndex()
    assert current.data() == "Overnight Train Between Zurich and Rome Returns After Fifteen Years"
    assert window.detail.article_index() == current
    box = window.skipped_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == f"{RLM}{isolate(str(bad))}: ليس ملفًا نصيًا (إنه {isolate('صورة PNG')})"
    box.close()


def test_empty_library_shows_nothing_and_does_not_fail(qtbot, app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from reader.store.library import Library

    library = Library.open(tmp_path / "empty")
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    assert not window.articles.currentIndex().isValid()
    assert window.navigator.model().rowCount(window.navigator.rootIndex()) == 0
    window.step_section(1)
    window.step_article(1)
    window.toggle_bookmark()
    assert window.detail.toPlainText() == ""
    assert window.detail.article_index() == QModelIndex()
    assert library.bookmarks() == []
    window.hide()
    library.close()
