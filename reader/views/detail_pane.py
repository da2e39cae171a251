"""The detail pane: the current article laid out for reading, kept in step with the navigator.

It renders the article that the article selection makes current, from the model's
`Roles.ARTICLE`, building the QTextDocument with a cursor (article text is data, never markup).
Each paragraph takes its direction from its own first strong character. When the section
selection's current index changes it scrolls to that section; when the reader scrolls, it makes
the section being read current. It never talks to the other panes: only to the selections.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from reader.document import Article
from reader.icons import bookmark_pixmap
from reader.models.document_model import DocumentModel, Roles, layout_direction
from reader.views import fonts

ModelIndex = QModelIndex | QPersistentModelIndex

#: The bookmark marker's image, added to each document (never loaded from anywhere).
BOOKMARK_MARKER = QUrl("reader-internal:bookmark")

#: Share of the viewport height, from its top, in which a section heading counts as being read.
_READING_LINE = 0.25


class DetailPane(QTextBrowser):
    """Signals: rendered(int): an article (its row) has been laid out and shown."""

    rendered = Signal(int)

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
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
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
        document, blocks = build_document(article, self.font(), marked)
        self._scrolling = True
        try:
            self.setDocument(document)
            document.setParent(self)
        finally:
            self._scrolling = False
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
        if self._scrolling or not self._article.isValid():
            return
        row = self.section_at_reading_line()
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

    # -- safety ----------------------------------------------------------------------------

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Articles never load anything: no images, styles or files from anywhere."""
        return None


def build_document(
    article: Article, base: QFont, marked: set[int] | frozenset[int] = frozenset()
) -> tuple[QTextDocument, list[int]]:
    """The article as a QTextDocument, and the number of the block each section starts at;
    the sections numbered in `marked` (bookmarked) start with the bookmark marker."""
    document = QTextDocument()
    body_font = fonts.reading_font(base, article.language)
    document.setDefaultFont(body_font)
    document.setDocumentMargin(24)
    cursor = QTextCursor(document)
    size = body_font.pointSizeF()
    document.addResource(
        QTextDocument.ResourceType.ImageResource.value,
        BOOKMARK_MARKER,
        bookmark_pixmap(round(QFontMetrics(body_font).ascent() * 0.9)),
    )
    paragraph_height = fonts.line_height(article.language)
    first = True

    def block(
        text: str,
        marker: bool = False,
        *,
        scale: float = 1.0,
        bold: bool = False,
        muted: bool = False,
        space_before: float = 0.0,
        justify: bool = False,
    ) -> int:
        nonlocal first
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(layout_direction(text, article.direction))
        fmt.setAlignment(
            Qt.AlignmentFlag.AlignJustify if justify else Qt.AlignmentFlag.AlignLeading
        )
        fmt.setTopMargin(space_before)
        fmt.setBottomMargin(size * 0.6)
        fmt.setLineHeight(
            paragraph_height if justify else 110,
            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
        )
        char = QTextCharFormat()
        char.setFontFamilies(body_font.families())
        char.setFontPointSize(size * scale)
        if bold:
            char.setFontWeight(QFont.Weight.Bold)
        if muted:
            char.setForeground(Qt.GlobalColor.gray)
        if first:
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(char)
            first = False
        else:
            cursor.insertBlock(fmt, char)
        if marker:
            image = QTextImageFormat()
            image.setName(BOOKMARK_MARKER.toString())
            image.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
            image.setToolTip(QCoreApplication.translate("DetailPane", "Bookmarked section"))
            cursor.insertImage(image)
            cursor.insertText(" ", char)
        cursor.insertText(text, char)
        return cursor.blockNumber()

    if article.breadcrumb:
        block(" › ".join(article.breadcrumb), scale=0.85, muted=True)
    block(article.title, scale=1.6, bold=True, space_before=4)
    section_blocks: list[int] = []
    for number, section in enumerate(article.sections):
        start = None
        marker = number in marked
        if section.heading is not None:
            start = block(section.heading, marker, scale=1.2, bold=True, space_before=size)
        for paragraph in section.paragraphs:
            block_number = block(paragraph, marker and start is None, justify=True)
            if start is None:
                start = block_number
        section_blocks.append(start if start is not None else cursor.blockNumber())
    return document, section_blocks
