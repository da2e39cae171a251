"""Item delegates that lay out each row in the direction of its own text.

A view in a right-to-left window would otherwise lay out every row right to left, and a Latin
heading such as "Step 2: Install (optional)" would show with its punctuation moved to the
wrong end. The model tells each row's direction (`Roles.DIRECTION`, from its first strong
character); these delegates use it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from reader.models.document_model import Roles
from reader.textdir import isolate
from reader.views import fonts

ModelIndex = QModelIndex | QPersistentModelIndex


class DirectionalDelegate(QStyledItemDelegate):
    """QStyledItemDelegate with the row's own text direction, and rows tall enough for
    Arabic script whatever the interface font (the views use uniform row heights, taken from
    the first row, which may be Latin)."""

    PADDING = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        arabic = QFont(option.font)
        arabic.setFamilies([fonts.INTERFACE_FAMILY, *option.font.families()])
        return QSize(size.width(), max(size.height(), QFontMetrics(arabic).height()) + self.PADDING)

    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().initStyleOption(option, index)
        direction = index.data(Roles.DIRECTION)
        if direction is not None:
            option.direction = direction


class DrawnDelegate(DirectionalDelegate):
    """A row whose text the delegate draws itself (`paint_text`), over the item the style
    draws: background, selection, focus frame.

    QStyle is never touched from Python here: PySide makes the Python enums of a Qt class the
    first time the class is used, and QStyle's (every control, metric and hint of the style)
    took 8 ms of Reader's start, for the first row drawn. The style draws the item through
    QStyledItemDelegate.paint, with the text left out by `initStyleOption`.
    """

    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        self.paint_text(painter, opt, index, opt.palette.color(role), selected)
        painter.restore()

    def paint_text(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: ModelIndex,
        colour: QColor,
        selected: bool,
    ) -> None:
        """Draw the row's text in `option.rect`, in `colour` (the text colour of the row's
        state); `option` carries the row's direction, font and palette."""
        raise NotImplementedError


class ArticleDelegate(DrawnDelegate):
    """Two lines a row: the title, and under it the breadcrumb or source and reading time."""

    PADDING = 6

    def _subtitle_font(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        return small

    def _title_font(self, font: QFont) -> QFont:
        bold = QFont(font)
        bold.setBold(True)
        return bold

    def subtitle_text(self, index: ModelIndex) -> str:
        minutes = int(index.data(Roles.READING_MINUTES) or 0)
        reading = self.tr("%n min read", "", minutes)
        subtitle = index.data(Roles.SUBTITLE) or ""
        # First-strong isolates (U+2068 … U+2069) keep each part in its own direction, so a
        # Latin "3 min read" in a right-to-left row is not reordered to "min read 3".
        parts = [subtitle, reading] if subtitle else [reading]
        return " · ".join(isolate(part) for part in parts)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        font = option.font
        title = QFontMetrics(self._title_font(font))
        subtitle = QFontMetrics(self._subtitle_font(font))
        height = title.height() + subtitle.height() + 3 * self.PADDING
        return QSize(200, height)

    def paint_text(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: ModelIndex,
        colour: QColor,
        selected: bool,
    ) -> None:
        direction: Qt.LayoutDirection = option.direction
        rect = QRectF(option.rect).adjusted(
            2 * self.PADDING, self.PADDING, -2 * self.PADDING, -self.PADDING
        )
        # The row's leading side, as an absolute side: text laid out right to left would
        # mirror a relative one.
        leading = (
            Qt.AlignmentFlag.AlignRight
            if direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        text_option = QTextOption(
            leading | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
        )
        text_option.setTextDirection(direction)
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)

        title_font = self._title_font(option.font)
        painter.setFont(title_font)
        painter.setPen(colour)
        metrics = QFontMetrics(title_font)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(rect.width()))
        painter.drawText(rect, elided, text_option)

        sub_font = self._subtitle_font(option.font)
        painter.setFont(sub_font)
        if not selected:
            painter.setPen(
                option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
            )
        sub_rect = rect.adjusted(0, metrics.height() + self.PADDING, 0, 0)
        sub_metrics = QFontMetrics(sub_font)
        sub_text = sub_metrics.elidedText(
            self.subtitle_text(index), Qt.TextElideMode.ElideRight, int(sub_rect.width())
        )
        painter.drawText(sub_rect, sub_text, text_option)
