"""The results of a library search, as a list model for the search results pane."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reader.models.document_model import Roles, heading_label, layout_direction
from reader.store.search import SearchHit
from reader.textdir import isolate

ModelIndex = QModelIndex | QPersistentModelIndex

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # SearchHit: the record itself


class SearchModel(QAbstractListModel):
    """Signals: only QAbstractListModel's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self.query = ""

    def set_results(self, query: str, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.query = query
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return place(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        if role == Roles.DIRECTION:
            return layout_direction(hit.title, "rtl")
        return None


def place(hit: SearchHit) -> str:
    """Where a hit is: "article title › section heading" (the title alone for a title)."""
    if hit.section is None:
        return hit.title
    return f"{isolate(hit.title)} › {isolate(heading_label(hit.heading))}"
