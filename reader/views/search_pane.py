"""The search results pane: one row a result, its place and a snippet with the match in bold.

A dock below the reading panes; activating a result asks for its article to be opened at its
section with the match highlighted (`open_requested`); the window does that.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QListView,
    QStyleOptionViewItem,
    QWidget,
)

from reader.models.search_model import HIT_ROLE, SearchModel
from reader.textdir import first_strong_direction
from reader.views.delegates import DrawnDelegate

ModelIndex = QModelIndex | QPersistentModelIndex


class HitDelegate(DrawnDelegate):
    """Two lines: where the match is, and the snippet with the match in bold."""

    PADDING = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, 2 * line + 3 * self.PADDING)

    def paint_text(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: ModelIndex,
        colour: QColor,
        selected: bool,
    ) -> None:
        hit = index.data(HIT_ROLE)
        place = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = QRectF(option.rect).adjusted(
            2 * self.PADDING, self.PADDING, -2 * self.PADDING, -self.PADDING
        )
        font: QFont = option.font
        line = QFontMetrics(font).height()
        painter.setPen(colour)
        self._draw(painter, place, font, rect.topLeft(), rect.width(), None)
        second = QPointF(rect.left(), rect.top() + line + self.PADDING)
        self._draw(painter, hit.snippet, font, second, rect.width(), hit.match)

    @staticmethod
    def _draw(
        painter: QPainter,
        text: str,
        font: QFont,
        at: QPointF,
        width: float,
        bold: tuple[int, int] | None,
    ) -> None:
        """One line of `text` in its own direction, aligned to its leading side, with the
        span `bold` in bold (no markup: article text is data)."""
        layout = QTextLayout(text, font)
        option = QTextOption()
        rtl = first_strong_direction(text) == "rtl"
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(option)
        if bold is not None:
            emphasis = QTextLayout.FormatRange()
            emphasis.start, emphasis.length = bold[0], bold[1] - bold[0]
            strong = QTextCharFormat()
            strong.setFontWeight(QFont.Weight.Bold)
            strong.setBackground(Qt.GlobalColor.yellow)
            strong.setForeground(Qt.GlobalColor.black)
            emphasis.format = strong
            layout.setFormats([emphasis])
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(width)
        layout.endLayout()
        painter.save()
        painter.setClipRect(QRectF(at.x(), at.y(), width, line.height()))
        layout.draw(painter, at)
        painter.restore()


class SearchPane(QDockWidget):
    """Signals: open_requested(int, int, str): article id, section (-1 for the title) and the
    query, for the window to open and highlight."""

    open_requested = Signal(int, int, str)

    def __init__(self, model: SearchModel, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Search Results"), parent)
        self.setObjectName("searchResults")
        self._model = model
        self.view = QListView(self)
        self.view.setObjectName("searchResultsView")
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setModel(model)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._on_activated)
        self.setWidget(self.view)

    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = self._model.hit(index.row())
        section = -1 if hit.section is None else hit.section
        self.open_requested.emit(hit.article_id, section, self._model.query)
