"""Icons Reader draws itself, so that they look the same on every desktop and theme."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap

BOOKMARK_COLOUR = QColor("#d9822b")


def bookmark_pixmap(size: int = 16) -> QPixmap:
    """A ribbon with a notch at the bottom: the bookmark marker."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = float(size), float(size)
    path = QPainterPath(QPointF(w * 0.25, h * 0.08))
    path.lineTo(w * 0.75, h * 0.08)
    path.lineTo(w * 0.75, h * 0.92)
    path.lineTo(w * 0.5, h * 0.7)
    path.lineTo(w * 0.25, h * 0.92)
    path.closeSubpath()
    painter.fillPath(path, BOOKMARK_COLOUR)
    painter.end()
    return pixmap


@cache
def bookmark_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32):
        icon.addPixmap(bookmark_pixmap(size))
    return icon
