"""The bookmarks pane: a dockable list of every bookmark, newest first, notes editable in place.

A view over the bookmark model. Activating a bookmark asks for its article to be opened at
its section (`open_requested`); the window does that through the shared selections.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTreeView, QWidget

from reader.models.bookmark_model import BookmarkModel
from reader.views.delegates import DirectionalDelegate


class BookmarksPane(QDockWidget):
    """Signals: open_requested(int, int): open article (library id) at section (0-based;
    -1 for an orphaned bookmark, whose section is gone)."""

    open_requested = Signal(int, int)

    def __init__(self, model: BookmarkModel, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bookmarks"), parent)
        self.setObjectName("bookmarksPane")
        self._model = model
        self.view = QTreeView(self)
        self.view.setObjectName("bookmarksView")
        self.view.setAccessibleName(self.tr("Bookmarks"))
        self.view.setModel(model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setItemDelegate(DirectionalDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.view.header()
        header.setSectionResizeMode(BookmarkModel.PLACE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BookmarkModel.NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BookmarkModel.CREATED, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(self._on_activated)
        self.setWidget(self.view)

        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.open_action = QAction(self.tr("Open"), self.view)
        self.open_action.triggered.connect(lambda: self._on_activated(self.view.currentIndex()))
        self.edit_note_action = QAction(self.tr("Edit Note"), self.view)
        self.edit_note_action.triggered.connect(self.edit_current_note)
        self.remove_action = QAction(self.tr("Remove Bookmark"), self.view)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_current)
        self.view.addActions([self.open_action, self.edit_note_action, self.remove_action])

    def add_section_action(self, action: QAction) -> None:
        """Offer an action on the bookmark's section (such as export) in the context menu:
        the bookmark is opened first, so the action finds its section current."""
        proxy = QAction(action.text(), self.view)
        proxy.triggered.connect(lambda: self._open_then(action))
        self.view.addAction(proxy)

    def _open_then(self, action: QAction) -> None:
        current = self.view.currentIndex()
        if not current.isValid() or self._model.bookmark(current.row()).orphaned:
            return  # an orphaned bookmark has no section to act on
        self._on_activated(current)
        action.trigger()

    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid() or (
            index.column() == BookmarkModel.NOTE
            and self.view.state() == (QAbstractItemView.State.EditingState)
        ):
            return
        mark = self._model.bookmark(index.row())
        self.open_requested.emit(mark.article_id, -1 if mark.section is None else mark.section)

    def edit_current_note(self) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            note = current.siblingAtColumn(BookmarkModel.NOTE)
            self.view.setCurrentIndex(note)
            self.view.edit(note)

    def remove_current(self) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            self._model.remove(self._model.bookmark(current.row()).id)
