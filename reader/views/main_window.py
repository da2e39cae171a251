"""The main window: article list, section navigator and detail pane in one splitter, and the
bookmarks pane docked below.

The window owns the library's two models and the two selections the panes share, the
article selection (which article is open) and the section selection (which section is being
read), and what the commands do to them; the commands themselves (menus, tool bar, shortcuts)
are made in commands.py. The panes react to the models and selections; none of them calls
another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTabBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.document import Article, Section
from reader.errors import ReaderError
from reader.models.bookmark_model import BookmarkModel
from reader.models.document_model import DocumentModel, Roles
from reader.models.search_model import SearchModel
from reader.settings import SIZE_STEPS, Place, Settings
from reader.store.anchors import excerpt, locate
from reader.store.library import ImportResult, Library
from reader.textdir import isolate
from reader.textnorm import Folding
from reader.views.bookmarks_pane import BookmarksPane
from reader.views.commands import Commands
from reader.views.detail_pane import DetailPane
from reader.views.find_bar import FindBar
from reader.views.imports import Imports, dropped_items
from reader.views.panes import ArticleList, SectionNavigator
from reader.views.search_pane import SearchPane
from reader.views.themes import apply_theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from reader.views.import_job import ImportJob

# Dialogs, and the import job with its thread, are imported when first used: each Qt class
# costs its enums' creation when first touched, and the window shows none of them at start.


class MainWindow(QMainWindow):
    """Signals: `import_done(results)` when a background import has ended and the panes show
    its articles."""

    import_done = Signal(list)
    #: The reader chose another interface language ("ar", "en") in the View menu.
    language_requested = Signal(str)

    # The commands, made by Commands (reader/views/commands.py) in the menus and tool bar.
    import_files_action: QAction
    import_folder_action: QAction
    import_url_action: QAction
    remove_article_action: QAction
    quit_action: QAction
    export_section_action: QAction
    export_article_action: QAction
    export_notes_action: QAction
    find_action: QAction
    find_next_action: QAction
    find_previous_action: QAction
    search_action: QAction
    folding_actions: dict[str, QAction]  # by Folding's field names
    next_article_action: QAction
    previous_article_action: QAction
    next_section_action: QAction
    previous_section_action: QAction
    next_pane_action: QAction
    previous_pane_action: QAction
    bookmark_action: QAction
    language_actions: QActionGroup
    theme_actions: QActionGroup
    larger_text_action: QAction
    smaller_text_action: QAction
    default_size_action: QAction
    spacing_actions: QActionGroup
    font_actions: QActionGroup
    full_screen_action: QAction
    leave_full_screen_action: QAction
    shortcuts_action: QAction
    about_action: QAction

    def __init__(
        self, library: Library, parent: QWidget | None = None, settings: Settings | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.library = library
        self.settings = settings if settings is not None else Settings.in_folder(library.folder)
        self.model = DocumentModel(library, self)
        self.bookmark_model = BookmarkModel(library, self)
        self.bookmark_model.changed.connect(self.model.bookmarks_changed)
        self.articles = QItemSelectionModel(self.model, self)
        self.sections = QItemSelectionModel(self.model, self)
        self._place: tuple[int, int, int] | None = None  # kept across a model reset
        self._pending_anchor: tuple[int, float] | None = None  # restored once shown
        #: Whether closing saves the window and the place (not for a screenshot run).
        self.remembers = True
        self._was_maximized = False

        self.article_list = ArticleList(self.model, self.articles)
        self.navigator = SectionNavigator(self.model, self.articles, self.sections)
        self.detail = DetailPane(self.model, self.articles, self.sections)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("paneSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.find_bar = FindBar(self.detail)
        reading = QWidget()
        reading.setObjectName("readingArea")
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.detail, 1)
        column.addWidget(self.find_bar)
        for pane in (self.article_list, self.navigator, reading):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([300, 220, 700])
        self.setCentralWidget(self.splitter)

        self.search_model = SearchModel(self)
        self.search_pane = SearchPane(self.search_model, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.search_pane)
        self.search_pane.open_requested.connect(self.open_search_hit)
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(self.tr("Search the library (Ctrl+K)"))
        self.search_field.setAccessibleName(self.tr("Search the library"))
        self.search_field.setAccessibleDescription(
            self.tr("Words to find in the titles, text and notes of every article.")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.returnPressed.connect(lambda: self.search(self.search_field.text()))
        self.folding = Folding()
        self.bookmarks_pane = BookmarksPane(self.bookmark_model, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.bookmarks_pane)
        self.tabifyDockWidget(self.bookmarks_pane, self.search_pane)
        self.bookmarks_pane.raise_()
        for tabs in self.findChildren(QTabBar):
            tabs.setAccessibleName(self.tr("Bookmarks and search results"))
        self.resizeDocks([self.bookmarks_pane], [200], Qt.Orientation.Vertical)
        self.bookmarks_pane.open_requested.connect(self.open_article_id)

        self._state_saved = False
        # A copy of changed bookmarks every minute, so that a crash loses no more than that.
        self._backup_timer = QTimer(self)
        self._backup_timer.timeout.connect(self.library.flush_backup)
        self._backup_timer.start(60_000)
        self.imports = Imports(self)
        self.imports.finished.connect(self._import_finished)
        self.import_progress = self.imports.progress
        self.cancel_import_button = self.imports.cancel_button
        self.statusBar().addPermanentWidget(self.import_progress)
        self.statusBar().addPermanentWidget(self.cancel_import_button)
        self.reading_progress = QLabel(self)
        self.reading_progress.setObjectName("readingProgress")
        self.reading_progress.setAccessibleName(self.tr("Reading progress"))
        self.statusBar().addPermanentWidget(self.reading_progress)
        self.detail.progress_changed.connect(self._show_reading_progress)
        self.detail.rendered.connect(lambda _row: self._show_reading_progress())
        self.detail.set_reading_style(self.settings.reading_style)
        self._chrome_hidden: list[QWidget] = []  # what distraction-free mode hid
        self.theme_choice = self.settings.theme  # the theme in use (see show_theme)
        for pane in (self.article_list, self.navigator):
            pane.installEventFilter(self)

        self.commands = Commands(self)
        self.articles.currentChanged.connect(self._update_title)
        self.sections.currentChanged.connect(self._update_bookmark_action)
        self.model.dataChanged.connect(self._update_bookmark_action)
        self.model.modelAboutToBeReset.connect(self._remember_place)
        self.model.modelReset.connect(self._restore_place)
        self.setAcceptDrops(True)
        self._update_title()
        self._update_bookmark_action()
        self.resize(1240, 820)
        if self.model.canFetchMore(QModelIndex()) or self.model.rowCount() > 0:
            self.open_article(0)

    def panes(self) -> list[QWidget]:
        """The panes in reading order (the first sits on the leading side)."""
        return [self.article_list, self.navigator, self.detail]

    def shortcut_list(self) -> list[tuple[str, str]]:
        """Every command that has keys, and the keys of the panes: (name, keys)."""
        return self.commands.shortcut_list()

    # -- reading comfort -------------------------------------------------------------------

    def set_theme(self, choice: str) -> None:
        """Light, dark, sepia, or "system" (follow the desktop); remembered."""
        self.settings.theme = choice
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, choice)
        self.show_theme(choice)

    def show_theme(self, choice: str) -> None:
        """Check the theme in use in the menu (one given for this run only, say)."""
        self.theme_choice = choice
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == choice)

    def show_language(self, language: str) -> None:
        """Check the interface language in use in the menu."""
        for action in self.language_actions.actions():
            action.setChecked(action.data() == language)

    def zoom(self, step: int) -> None:
        """Text one step larger (1), smaller (-1), or back to the default size (0)."""
        current = self.detail.style_.size_step
        wanted = 0 if step == 0 else current + step
        if wanted in SIZE_STEPS:
            self.change_style(size_step=wanted)

    def change_style(self, **change: Any) -> None:
        """Change the reading style (text size, line spacing, font) and remember it."""
        style = replace(self.detail.style_, **change)
        self.detail.set_reading_style(style)
        self.settings.reading_style = style

    def toggle_distraction_free(self) -> None:
        """Full screen with only the text: the list, the navigator, the bars and the docks
        go away until F11 or Esc."""
        if self._chrome_hidden:
            self.leave_distraction_free()
            return
        chrome: list[QWidget] = [
            self.article_list,
            self.navigator,
            self.menuBar(),
            self.statusBar(),
            *self.findChildren(QToolBar),
            *self.findChildren(QDockWidget),
        ]
        self._chrome_hidden = [widget for widget in chrome if widget.isVisible()]
        for widget in self._chrome_hidden:
            widget.hide()
        self._was_maximized = self.isMaximized()
        self.showFullScreen()
        self.full_screen_action.setChecked(True)
        self.leave_full_screen_action.setEnabled(True)
        self.detail.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def leave_distraction_free(self) -> None:
        if not self._chrome_hidden:
            return
        for widget in self._chrome_hidden:
            widget.show()
        self._chrome_hidden = []
        if self._was_maximized:
            self.showMaximized()
        else:
            self.showNormal()
        self.full_screen_action.setChecked(False)
        self.leave_full_screen_action.setEnabled(False)

    @property
    def distraction_free(self) -> bool:
        return bool(self._chrome_hidden)

    def _show_reading_progress(self, _progress: float | None = None) -> None:
        article = self.articles.currentIndex()
        if not article.isValid():
            self.reading_progress.clear()
            return
        locale = QLocale()
        percent = round(self.detail.progress() * 100)
        minutes = int(article.data(Roles.READING_MINUTES) or 1)
        self.reading_progress.setText(
            self.tr("%1 read · %n min", "", minutes).replace(
                "%1", locale.toString(percent) + locale.percent()
            )
        )

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Reader"),
            self.tr(
                "Reader %1: an Arabic-first reader for articles in right-to-left languages."
            ).replace("%1", __version__),
        )

    # -- remembering -----------------------------------------------------------------------

    def save_state(self) -> None:
        """Remember the window, the panes and the reading place (in the data folder)."""
        settings = self.settings
        if self._chrome_hidden:
            self.leave_distraction_free()
        settings.set_window_state("geometry", self.saveGeometry())
        settings.set_window_state("state", self.saveState())
        settings.set_window_state("splitter", self.splitter.saveState())
        article = self.articles.currentIndex()
        if article.isValid():
            section = self.sections.currentIndex()
            row = section.row() if section.parent() == article else 0
            block, offset = self.detail.reading_anchor()
            settings.place = Place(int(article.data(Roles.ARTICLE_ID)), row, block, offset)
        settings.sync()

    def restore_state(self, open_place: bool = True) -> None:
        """Put the window back as it was saved; with `open_place`, reopen the article and
        section the reader was at, scrolled as they were."""
        settings = self.settings
        geometry = settings.window_state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.window_state("state")
        if state is not None:
            self.restoreState(state)
        splitter = settings.window_state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        place = settings.place
        if open_place and place is not None and self.library.row_of(place.article_id) >= 0:
            self.open_article_id(place.article_id, place.section)
            self._pending_anchor = (place.block, place.offset)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending_anchor is not None:
            # The text is laid out for the window's real size only once it shows.
            anchor, self._pending_anchor = self._pending_anchor, None
            QTimer.singleShot(0, lambda: self.detail.scroll_to_anchor(*anchor))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Left and Right in the article list and the navigator move to the pane on that side
        of the screen: in a right-to-left layout, Left goes forward (towards the text)."""
        if event.type() == QEvent.Type.KeyPress and watched in (self.article_list, self.navigator):
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not event.modifiers():
                rightward = key == Qt.Key.Key_Right
                ltr = self.layoutDirection() == Qt.LayoutDirection.LeftToRight
                self.step_pane(1 if rightward == ltr else -1)
                return True
        return super().eventFilter(watched, event)

    # -- moving around ---------------------------------------------------------------------

    def open_article(self, row: int, section: int = 0) -> None:
        """Make article `row` current and scroll to its section `section`."""
        index = self.model.article_index(row)
        if not index.isValid():
            return
        self.articles.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        target = self.model.index(section, 0, index)
        if target.isValid() and target != self.sections.currentIndex():
            self.sections.setCurrentIndex(target, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def open_article_id(self, article_id: int, section: int = 0) -> bool:
        """Open an article by its library id; a section of -1 (a bookmark whose section is
        gone) opens the article at the top and says why."""
        row = self.library.row_of(article_id)
        if row < 0:
            self.statusBar().showMessage(self.tr("That article is no longer in the library."))
            return False
        self.open_article(row, max(section, 0))
        if section < 0:
            self.statusBar().showMessage(
                self.tr("The bookmarked section is no longer in this article."), 8000
            )
        return True

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
        target = self.model.index(row, 0, article)
        if target.isValid():
            self.sections.setCurrentIndex(target, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def step_pane(self, delta: int) -> None:
        panes = self.panes()
        focused = next((i for i, p in enumerate(panes) if p.hasFocus()), -1)
        target = panes[(focused + delta) % len(panes)] if focused >= 0 else panes[0]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _remember_place(self) -> None:
        section = self.sections.currentIndex()
        article = self.articles.currentIndex()
        if article.isValid():
            row = section.row() if section.parent() == article else 0
            scroll = self.detail.verticalScrollBar().value()
            self._place = (int(article.data(Roles.ARTICLE_ID)), row, scroll)

    def _restore_place(self) -> None:
        place, self._place = self._place, None
        row = self.library.row_of(place[0]) if place else -1
        if place is None or row < 0:
            self.open_article(0)
            return
        self.open_article(row, place[1])
        self.detail.verticalScrollBar().setValue(place[2])

    # -- bookmarks -------------------------------------------------------------------------

    def toggle_bookmark(self) -> None:
        """Bookmark the current section, or remove the bookmark it shows."""
        # An import in the background may have changed this very article since the panes
        # last read it: read it again, and find the section that was on screen in it.
        before = self.sections.currentIndex()
        shown = before.data(Roles.SECTION) if before.isValid() else None
        row = before.row()
        if self.reload_if_changed_elsewhere() and isinstance(shown, Section):
            article = self.articles.currentIndex().data(Roles.ARTICLE)
            found = None
            if isinstance(article, Article):
                found = locate(article.sections, shown.heading, row, excerpt(shown))
            if found is None:
                self.statusBar().showMessage(
                    self.tr("The article changed meanwhile; look again and bookmark."), 8000
                )
                return
            self.open_article(self.articles.currentIndex().row(), found)
        section = self.sections.currentIndex()
        if section.isValid() and section.parent().isValid():
            try:
                self.bookmark_model.toggle(
                    int(section.data(Roles.ARTICLE_ID)), section.row(), section.data(Roles.BOOKMARK)
                )
            except ReaderError as exc:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(self, self.tr("Bookmark"), str(exc))
        self._update_bookmark_action()

    def _update_bookmark_action(self) -> None:
        section = self.sections.currentIndex()
        valid = section.isValid() and section.parent().isValid()
        self.bookmark_action.setEnabled(valid)
        self.bookmark_action.setChecked(valid and section.data(Roles.BOOKMARK) is not None)

    # -- search ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def update_folding(self) -> None:
        """Search and find with the folding the Search Options menu has checked."""
        self.folding = Folding(**{n: a.isChecked() for n, a in self.folding_actions.items()})
        self.find_bar.folding = self.folding
        self.find_bar.search()
        if self.search_model.query:
            self.search(self.search_model.query)

    def search(self, query: str) -> None:
        """Search the library and show the results pane."""
        query = query.strip()
        hits = self.library.search(query, self.folding) if query else []
        self.search_model.set_results(query, hits)
        self.search_pane.show()
        self.search_pane.raise_()
        if hits:
            self.search_pane.view.setCurrentIndex(self.search_model.index(0, 0))
        self.statusBar().showMessage(self.tr("%n result(s)", "", len(hits)), 8000)

    def open_search_hit(self, article_id: int, section: int, query: str) -> None:
        """Open a result's article at its section, with the query's matches highlighted."""
        if not self.open_article_id(article_id, max(section, 0)):
            self.search(query)  # the results are out of date
            return
        first_block = self.detail.section_start_block(section) if section >= 0 else 0
        self.find_bar.open_bar()
        self.find_bar.field.setText(query)
        self.find_bar.go_to_first_after(first_block)

    # -- export ----------------------------------------------------------------------------

    def export_section(self) -> Path | None:
        section = self.sections.currentIndex()
        if not section.isValid() or not section.parent().isValid():
            return None
        return self._export(section.row())

    def export_article(self) -> Path | None:
        if not self.articles.currentIndex().isValid():
            return None
        return self._export(None)

    def _export(self, section: int | None) -> Path | None:
        """Ask where, then write the PDF; a failure is one line in a message box."""
        article_index = self.articles.currentIndex()
        article = article_index.data(Roles.ARTICLE)
        if article is None:
            return None
        note = ""
        if section is not None and self.export_notes_action.isChecked():
            mark = self.model.index(section, 0, article_index).data(Roles.BOOKMARK)
            note = mark.note if mark is not None else ""
        # PDF export (with fontTools) is loaded on first use: a sixth of the start-up.
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from reader.export.pdf import PdfRequest, export_pdf, proposed_file_name

        request = PdfRequest(article, section, note)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export as PDF"),
            str(Path(folder or Path.home()) / proposed_file_name(request)),
            self.tr("PDF documents (*.pdf)"),
        )
        if not name:
            return None
        out = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        try:
            written = export_pdf(request, out)
        except ReaderError as exc:
            QMessageBox.critical(self, self.tr("Export failed"), str(exc))
            return None
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", isolate(str(written))), 8000)
        return written

    # -- the library -----------------------------------------------------------------------

    @property
    def import_job(self) -> ImportJob | None:
        """The import running now, if any."""
        return self.imports.job

    @property
    def skipped_box(self) -> QMessageBox | None:
        """The last report of skipped files."""
        return self.imports.skipped_box

    def import_paths(self, items: Sequence[Path | str]) -> ImportJob | None:
        """Import files, folders and web addresses (str) in the background; when done, open
        the first article imported and report what was skipped. None if an import is already
        running: the items then wait and are imported right after it."""
        return self.imports.start(items)

    def _import_finished(self, results: list[ImportResult], cancelled: bool) -> None:
        self.model.reload()
        self.bookmark_model.reload()
        done = [r for r in results if r.article_id is not None]
        skipped = [r for r in results if r.article_id is None]
        if done:
            self.open_article_id(done[0].article_id or 0)
        message = self.tr("%n article(s) imported", "", len(done))
        if skipped:
            message += " · " + self.tr("%n skipped", "", len(skipped))
        if cancelled:
            message += " · " + self.tr("import cancelled")
        self.statusBar().showMessage(message, 8000)
        self.import_done.emit(results)

    def remove_current_article(self) -> None:
        """Remove the current article from the library, after the user confirms; its
        bookmarks go with it."""
        current = self.articles.currentIndex()
        if not current.isValid():
            return
        article_id = int(current.data(Roles.ARTICLE_ID))
        marks = len(self.library.bookmarks_for(article_id))
        question = self.tr("Remove “%1” from the library?").replace("%1", str(current.data()))
        if marks:
            question += "\n" + self.tr("Its %n bookmark(s) will be removed too.", "", marks)
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Remove Article"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = current.row()
        self.model.remove_article(row, lambda: self.library.remove(article_id))
        self.bookmark_model.reload()
        if self.model.rowCount() > 0 or self.model.canFetchMore(QModelIndex()):
            self.open_article(min(row, max(0, self.library.count() - 1)))

    def changeEvent(self, event: QEvent) -> None:
        """Coming back to the window: show what another Reader process changed meanwhile."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.reload_if_changed_elsewhere()

    def reload_if_changed_elsewhere(self) -> bool:
        if not self.library.changed_elsewhere():
            return False
        self.model.reload()
        self.bookmark_model.reload()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window and the place; closing mid-import stops after the current
        file, and what was imported stays."""
        if self.import_job is not None:
            # Stop after the file being read, and close when the job says it has stopped;
            # waiting here would freeze the window meanwhile.
            if self.remembers:
                self.save_state()
                self._state_saved = True
            self.imports.close_when_stopped()
            self.hide()
            event.ignore()
            return
        if self.remembers and not self._state_saved:
            self.save_state()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_items(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Files and folders dropped from a file manager, or a link dragged from a browser."""
        items = dropped_items(event.mimeData().urls())
        if items:
            event.acceptProposedAction()
            self.import_paths(items)

    def _update_title(self) -> None:
        current = self.articles.currentIndex()
        title = current.data() if current.isValid() else None
        if title and len(title) > 100:
            title = title[:99].rstrip() + "…"  # a title of thousands of characters
        app = self.tr("Reader")
        self.setWindowTitle(f"{title} — {app}" if title else app)
