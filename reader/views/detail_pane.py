"""The detail pane: the current article laid out for reading, kept in step with the navigator.

It renders the article that the article selection makes current, from the model's
`Roles.ARTICLE`, building the QTextDocument with a cursor (article text is data, never markup).
Each paragraph takes its direction from its own first strong character. When the section
selection's current index changes it scrolls to that section; when the reader scrolls, it makes
the section being read current. It never talks to the other panes: only to the selections.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from reader.document import Article
from reader.models.document_model import DocumentModel, Roles
from reader.rendering import Layout, build_document
from reader.settings import ReadingStyle
from reader.textdir import isolate
from reader.textnorm import DEFAULT, Folding, find_each

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

_MATCH = QColor("#fde68a")
_CURRENT_MATCH = QColor("#f59e0b")
_MATCH_TEXT = QColor("#111111")

ModelIndex = QModelIndex | QPersistentModelIndex

#: Share of the viewport height, from its top, in which a section heading counts as being read.
_READING_LINE = 0.25


class DetailPane(QTextBrowser):
    """Signals: rendered(int): an article (its row) has been laid out and shown;
    progress_changed(float): how far through the article the reader is (0.0 to 1.0)."""

    rendered = Signal(int)
    progress_changed = Signal(float)

    def __init__(
        self,
        model: DocumentModel,
        articles: QItemSelectionModel,
        sections: QItemSelectionModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("Article text"))
        self.setAccessibleDescription(
            self.tr("The text of the current article; the section navigator follows it.")
        )
        self.style_ = ReadingStyle()
        self._document: QTextDocument | None = None  # the one render_article made last
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.open_link)
        self.setUndoRedoEnabled(False)
        self._model = model
        self._articles = articles
        self._sections = sections
        self._article = QPersistentModelIndex()
        self._section_blocks: list[int] = []
        self._following_scroll = False  # True while we move the section selection ourselves
        self._scrolling = False  # True while we move the scroll bar ourselves
        articles.currentChanged.connect(self._on_article_changed)
        sections.currentChanged.connect(self._on_section_changed)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        model.modelReset.connect(self._clear)
        model.dataChanged.connect(self._on_data_changed)

    # -- what is shown ---------------------------------------------------------------------

    def article_index(self) -> QModelIndex:
        """The article shown, or an invalid index."""
        if not self._article.isValid():
            return QModelIndex()
        return self._model.index(self._article.row(), 0)

    def section_at_reading_line(self) -> int:
        """The row of the section being read: the last one whose start is above the reading
        line, or, scrolled to the end, the last one whose start is on screen."""
        tops = self.section_tops()
        if not tops:
            return -1
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        at_end = bar.maximum() > 0 and bar.value() >= bar.maximum()
        line = bar.value() + height * (1.0 if at_end else _READING_LINE)
        row = 0
        for i, top in enumerate(tops):
            if top <= line:
                row = i
        return row

    def section_tops(self) -> list[float]:
        """Where each section starts, in document coordinates (the scroll bar's units)."""
        document = self.document()
        layout = document.documentLayout()
        tops = []
        for number in self._section_blocks:
            block = document.findBlockByNumber(number)
            tops.append(layout.blockBoundingRect(block).top())
        return tops

    def progress(self) -> float:
        """How far through the article the reader is: the share of it above the bottom of
        the window (1.0 once its end shows)."""
        bar = self.verticalScrollBar()
        if bar.maximum() <= 0:
            return 1.0 if self._article.isValid() else 0.0
        return bar.value() / bar.maximum()

    def reading_anchor(self) -> tuple[int, float]:
        """Where the reader is, in terms that survive another window size, text size or
        language: the block at the top of the view, and how far into it (0.0 to 1.0)."""
        document = self.document()
        layout = document.documentLayout()
        top = float(self.verticalScrollBar().value())
        position = layout.hitTest(QPointF(1.0, top), Qt.HitTestAccuracy.FuzzyHit)
        block = document.findBlock(max(0, position))
        rect = layout.blockBoundingRect(block)
        offset = (top - rect.top()) / rect.height() if rect.height() > 0 else 0.0
        return block.blockNumber(), min(1.0, max(0.0, offset))

    def scroll_to_anchor(self, block_number: int, offset: float) -> None:
        """Scroll so that the block is at the top of the view, `offset` of it above."""
        document = self.document()
        block = document.findBlockByNumber(block_number)
        if not block.isValid():
            return
        # blockBoundingRect lays the document out up to the block: the position is exact,
        # even before the rest of the text has been laid out.
        rect = document.documentLayout().blockBoundingRect(block)
        self.verticalScrollBar().setValue(round(rect.top() + offset * rect.height()))

    def set_reading_style(self, style: ReadingStyle) -> None:
        """Set the text size, line spacing and font, keeping the reader's place."""
        if style == self.style_:
            return
        self.style_ = style
        self._render_again()

    def _render_again(self) -> None:
        """Lay the article out again (another style or palette), at the same place."""
        if self._article.isValid():
            anchor = self.reading_anchor()
            self.render_article(self._article)
            self.scroll_to_anchor(*anchor)

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: links take their colour when laid out, so lay out again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render_again()

    def scroll_to_section(self, row: int) -> None:
        if not 0 <= row < len(self._section_blocks):
            return
        top = 0 if row == 0 else int(self.section_tops()[row])
        self._scrolling = True
        try:
            self.verticalScrollBar().setValue(top)
        finally:
            self._scrolling = False

    # -- rendering -------------------------------------------------------------------------

    def _clear(self) -> None:
        self._article = QPersistentModelIndex()
        self._section_blocks = []
        self.clear()

    def render_article(self, index: ModelIndex) -> None:
        article = index.data(Roles.ARTICLE) if index.isValid() else None
        if not isinstance(article, Article):
            self._clear()
            return
        marked = {
            row
            for row in range(self._model.rowCount(index))
            if self._model.index(row, 0, index).data(Roles.BOOKMARK) is not None
        }
        style = self.style_
        layout = Layout(
            marked=marked, scale=style.scale, line_spacing=style.line_spacing, font=style.font
        )
        document, blocks = build_document(article, self.font(), layout)
        previous, self._document = self._document, document
        self._scrolling = True
        try:
            self.setDocument(document)
            document.setParent(self)
        finally:
            self._scrolling = False
        if previous is not None:
            previous.deleteLater()  # one document alive per pane, not one per render
        self._article = QPersistentModelIndex(index)
        self._section_blocks = blocks
        self.rendered.emit(index.row())

    def _on_data_changed(
        self, top_left: QModelIndex, _bottom: QModelIndex, roles: list[int]
    ) -> None:
        """A bookmark of the shown article changed: render it again where the reader is."""
        if Roles.BOOKMARK not in roles or top_left.parent() != self.article_index():
            return
        value = self.verticalScrollBar().value()
        self.render_article(self.article_index())
        self._scrolling = True
        try:
            self.verticalScrollBar().setValue(value)
        finally:
            self._scrolling = False

    def _on_article_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.parent().isValid():
            current = current.parent()
        if current != self.article_index():
            self.render_article(current)

    def _on_section_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._following_scroll:
            return
        if current.parent() != self.article_index():
            self.render_article(current.parent())
        self.scroll_to_section(current.row())

    def _on_scrolled(self, _value: int) -> None:
        self.progress_changed.emit(self.progress())
        if self._scrolling or not self._article.isValid():
            return
        self._follow_section(self.section_at_reading_line())

    def section_start_block(self, row: int) -> int:
        """The number of the block section `row` starts at (0 if there is no such section)."""
        return self._section_blocks[row] if 0 <= row < len(self._section_blocks) else 0

    def section_of_block(self, number: int) -> int:
        """The row of the section that block `number` belongs to (-1 before the first)."""
        row = -1
        for i, start in enumerate(self._section_blocks):
            if start <= number:
                row = i
        return row

    def _follow_section(self, row: int) -> None:
        """Make section `row` current without scrolling to it (the reader is already there)."""
        if row < 0:
            return
        index = self._model.index(row, 0, self.article_index())
        if index != self._sections.currentIndex():
            self._following_scroll = True
            try:
                self._sections.setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            finally:
                self._following_scroll = False

    # -- find ------------------------------------------------------------------------------

    def find_all(self, query: str, folding: Folding = DEFAULT) -> list[QTextCursor]:
        """Every match of `query` in the article, as selections of the original text (its
        diacritics included), in reading order: the whole query if it is there, else each
        of its words (as library search matches them)."""
        matches = self._find(query.strip(), [query.strip()], folding)
        words = query.split()
        if not matches and len(words) > 1:
            matches = self._find(query, words, folding)
        return matches

    def _find(self, query: str, needles: list[str], folding: Folding) -> list[QTextCursor]:
        matches = []
        document = self.document()
        block = document.begin()
        while block.isValid():
            spans = sorted(s for found in find_each(needles, block.text(), folding) for s in found)
            for start, end in spans:
                cursor = QTextCursor(document)
                cursor.setPosition(block.position() + start)
                cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
                matches.append(cursor)
            block = block.next()
        return matches

    def show_matches(self, matches: list[QTextCursor], current: int) -> None:
        """Highlight `matches`, the current one more strongly; scroll to it and make its
        section current in the navigator."""
        selections = []
        for number, cursor in enumerate(matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            colour = _CURRENT_MATCH if number == current else _MATCH
            selection.format.setBackground(colour)
            selection.format.setForeground(_MATCH_TEXT)  # readable on the dark theme too
            selections.append(selection)
        self.setExtraSelections(selections)
        if 0 <= current < len(matches):
            self.setTextCursor(matches[current])
            self.ensureCursorVisible()
            self._follow_section(self.section_of_block(matches[current].block().blockNumber()))

    # -- safety ----------------------------------------------------------------------------

    def open_link(self, url: QUrl) -> bool:
        """A link in the text was clicked: show where it goes and open it in the system's
        browser only if the reader says yes. Only http and https addresses are ever opened
        (the text makes no other links, but the check does not rely on that)."""
        if url.scheme().lower() not in ("http", "https"):
            return False
        from PySide6.QtCore import QUrl
        from PySide6.QtWidgets import QMessageBox  # made when first needed, not at start

        # Shown as the browser will get it: percent-encoded beyond ASCII, so that no bidi
        # control or look-alike letter can make it read as another address.
        shown = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        answer = QMessageBox.question(
            self,
            self.tr("Open Link"),
            self.tr("Open this address in your web browser?") + "\n\n" + isolate(shown),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            return False
        return QDesktopServices.openUrl(url)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Articles never load anything: no images, styles or files from anywhere."""
        return None
