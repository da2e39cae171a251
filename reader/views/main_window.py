"""The main window: article list, section navigator and detail pane in one splitter.

The window owns the two selections the panes share, the article selection (which article is
open) and the section selection (which section is being read), and the actions that move
them. The panes react to the selections; none of them calls another.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from reader.models.document_model import DocumentModel
from reader.views.detail_pane import DetailPane
from reader.views.panes import ArticleList, SectionNavigator

#: Adds files to the library the window shows; returns one error line per file that failed
#: and the row of the first article added (or -1).
OpenFiles = Callable[[Sequence[Path]], tuple[list[str], int]]


class MainWindow(QMainWindow):
    """Signals: only QMainWindow's."""

    def __init__(
        self,
        model: DocumentModel,
        open_files: OpenFiles | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._model = model
        self._open_files = open_files
        self.articles = QItemSelectionModel(model, self)
        self.sections = QItemSelectionModel(model, self)

        self.article_list = ArticleList(model, self.articles)
        self.navigator = SectionNavigator(model, self.articles, self.sections)
        self.detail = DetailPane(model, self.articles, self.sections)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("paneSplitter")
        self.splitter.setChildrenCollapsible(False)
        for pane in self.panes():
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([300, 220, 700])
        self.setCentralWidget(self.splitter)

        self._create_actions()
        self.articles.currentChanged.connect(self._update_title)
        self._update_title()
        self.resize(1240, 780)
        if model.rowCount() > 0 or model.canFetchMore(QModelIndex()):
            self.open_article(0)

    def panes(self) -> list[QWidget]:
        """The panes in reading order (the first sits on the leading side)."""
        return [self.article_list, self.navigator, self.detail]

    # -- actions ---------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        self.open_action = self._action(
            self.tr("&Open…"), QKeySequence.StandardKey.Open, self.choose_files
        )
        self.open_action.setEnabled(self._open_files is not None)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        file_menu.addAction(self.quit_action)

        go_menu = menu_bar.addMenu(self.tr("&Go"))
        self.next_article_action = self._action(
            self.tr("Next Article"), "Ctrl+PgDown", lambda: self.step_article(1)
        )
        self.previous_article_action = self._action(
            self.tr("Previous Article"), "Ctrl+PgUp", lambda: self.step_article(-1)
        )
        self.next_section_action = self._action(
            self.tr("Next Section"), "Alt+Down", lambda: self.step_section(1)
        )
        self.previous_section_action = self._action(
            self.tr("Previous Section"), "Alt+Up", lambda: self.step_section(-1)
        )
        go_menu.addActions([self.next_article_action, self.previous_article_action])
        go_menu.addSeparator()
        go_menu.addActions([self.next_section_action, self.previous_section_action])
        go_menu.addSeparator()
        self.next_pane_action = self._action(self.tr("Next Pane"), "F6", lambda: self.step_pane(1))
        self.previous_pane_action = self._action(
            self.tr("Previous Pane"), "Shift+F6", lambda: self.step_pane(-1)
        )
        go_menu.addActions([self.next_pane_action, self.previous_pane_action])

    # -- moving around ---------------------------------------------------------------------

    def open_article(self, row: int, section: int = 0) -> None:
        """Make article `row` current and scroll to its section `section`."""
        index = self._model.article_index(row)
        if not index.isValid():
            return
        self.articles.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        target = self._model.index(section, 0, index)
        if target.isValid() and target != self.sections.currentIndex():
            self.sections.setCurrentIndex(target, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def step_article(self, delta: int) -> None:
        current = self.articles.currentIndex()
        row = current.row() + delta if current.isValid() else 0
        if row >= 0:
            self.open_article(row)

    def step_section(self, delta: int) -> None:
        article = self.articles.currentIndex()
        if not article.isValid():
            return
        current = self.sections.currentIndex()
        row = current.row() + delta if current.parent() == article else 0
        target = self._model.index(row, 0, article)
        if target.isValid():
            self.sections.setCurrentIndex(target, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def step_pane(self, delta: int) -> None:
        panes = self.panes()
        focused = next((i for i, p in enumerate(panes) if p.hasFocus()), -1)
        target = panes[(focused + delta) % len(panes)] if focused >= 0 else panes[0]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def choose_files(self) -> None:
        if self._open_files is None:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open Articles"), "", self.tr("Articles (*.txt);;All files (*)")
        )
        if names:
            self.open_paths([Path(n) for n in names])

    def open_paths(self, paths: Sequence[Path]) -> None:
        """Add files to the library and open the first that could be read; report the rest."""
        if self._open_files is None:
            return
        errors, first = self._open_files(paths)
        if first >= 0:
            self.open_article(first)
        if errors:
            QMessageBox.warning(self, self.tr("Some files could not be opened"), "\n".join(errors))

    def _update_title(self) -> None:
        current = self.articles.currentIndex()
        title = current.data() if current.isValid() else None
        app = self.tr("Reader")
        self.setWindowTitle(f"{title} — {app}" if title else app)
