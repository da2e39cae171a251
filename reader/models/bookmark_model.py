"""The bookmarks pane's model: every bookmark in the library, newest first, notes editable.

A table over the same store as the document model: column 0 is "article › section", 1 the
note (editable in place), 2 when it was made. Changes go through this model, which writes
them to the store and announces which article's bookmarks changed (`changed`), so that the
document model can refresh its markers.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication

from reader.icons import bookmark_icon
from reader.models.document_model import Roles, heading_label, layout_direction
from reader.store.bookmarks import Bookmark
from reader.textdir import display_safe, isolate

ModelIndex = QModelIndex | QPersistentModelIndex

BOOKMARK_ROLE = Qt.ItemDataRole.UserRole + 1  # Bookmark: the record itself


class BookmarkStore(Protocol):
    """What the model needs from the library."""

    def bookmarks(self) -> list[Bookmark]: ...

    def bookmark_at(self, article_id: int, section: int) -> Bookmark | None: ...

    def bookmark(self, bookmark_id: int) -> Bookmark | None: ...

    def add_bookmark(self, article_id: int, section: int, note: str = "") -> Bookmark: ...

    def remove_bookmark(self, bookmark_id: int) -> bool: ...

    def set_bookmark_note(self, bookmark_id: int, note: str) -> bool: ...


def _interface_direction() -> str:
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return "rtl" if rtl else "ltr"


class BookmarkModel(QAbstractTableModel):
    """Signals: changed(int): the bookmarks of that article (its library id) changed."""

    changed = Signal(int)

    PLACE, NOTE, CREATED = range(3)

    def __init__(self, store: BookmarkStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[Bookmark] = store.bookmarks()

    # -- changes ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the bookmarks again (after an import or a removal changed articles)."""
        self.beginResetModel()
        self._rows = self._store.bookmarks()
        self.endResetModel()

    def toggle(self, article_id: int, section: int, shown: Bookmark | None) -> Bookmark | None:
        """Remove the bookmark `shown` on the section, or, with none shown, bookmark it; the
        new bookmark, or None. Only what the reader saw is removed: a bookmark another
        process made meanwhile is shown, not deleted unseen."""
        if shown is not None:
            self.remove(shown.id)
            return None
        existing = self._store.bookmark_at(article_id, section)
        if existing is not None:
            self.reload()
            self.changed.emit(article_id)
            return existing
        made = self._store.add_bookmark(article_id, section)
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, made)
        self.endInsertRows()
        self.changed.emit(article_id)
        return made

    def remove(self, bookmark_id: int) -> bool:
        row = self.row_of(bookmark_id)
        stored = self._store.bookmark(bookmark_id)
        if stored is None or not self._store.remove_bookmark(bookmark_id):
            return False
        article_id = stored.article_id
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        self.changed.emit(article_id)
        return True

    def bookmark(self, row: int) -> Bookmark:
        return self._rows[row]

    def row_of(self, bookmark_id: int) -> int:
        return next((i for i, b in enumerate(self._rows) if b.id == bookmark_id), -1)

    # -- the table -------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("BookmarkModel", "Bookmark"),
            QCoreApplication.translate("BookmarkModel", "Note"),
            QCoreApplication.translate("BookmarkModel", "Created"),
        )[section]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == self.NOTE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        mark = self._rows[index.row()]
        column = index.column()
        if role == BOOKMARK_ROLE:
            return mark
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(mark, column, role)
        if role == Roles.DIRECTION and column != self.CREATED:
            text = self._text(mark, column, Qt.ItemDataRole.DisplayRole)
            return layout_direction(text, _interface_direction())
        if role == Qt.ItemDataRole.EditRole and column == self.NOTE:
            return mark.note
        if role == Qt.ItemDataRole.DecorationRole and column == self.PLACE:
            return bookmark_icon()
        if role == Qt.ItemDataRole.ForegroundRole and mark.orphaned and column == self.PLACE:
            return Qt.GlobalColor.gray
        return None

    def _text(self, mark: Bookmark, column: int, role: int) -> str:
        if column == self.PLACE:
            title = display_safe(mark.article_title)
            text = f"{isolate(title)} › {isolate(heading_label(mark.heading))}"
            if mark.orphaned:
                text += " " + QCoreApplication.translate(
                    "BookmarkModel", "(section no longer in the article)"
                )
            if role == Qt.ItemDataRole.ToolTipRole and mark.excerpt:
                text += "\n" + mark.excerpt
            return text
        if column == self.NOTE:
            return mark.note
        stamp = QDateTime.fromString(mark.created_at, Qt.DateFormat.ISODate).toLocalTime()
        return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.NOTE or role != Qt.ItemDataRole.EditRole:
            return False
        mark = self._rows[index.row()]
        note = str(value).strip()
        if note == mark.note:
            return False
        if not self._store.set_bookmark_note(mark.id, note):
            return False
        self._rows[index.row()] = replace(mark, note=note)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True
