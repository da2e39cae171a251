"""The menu bar, the tool bar and the window's actions: every command, its shortcut and where
it shows (a menu, the tool bar, a pane's context menu), and the list of shortcuts that Help
shows.

`Commands(window)` makes them once for a MainWindow and keeps each action as an attribute of
the window (`window.bookmark_action`, `window.theme_actions` …), where the window's own code
and the tests reach them. An action calls a method of the window (or of its imports): what a
command does lives there, not here. The texts are translated in the "Commands" context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from reader.settings import LINE_SPACINGS
from reader.views import fonts

if TYPE_CHECKING:
    from reader.views.main_window import MainWindow

__all__ = ["Commands"]


class Commands(QObject):
    """The commands of one window, in its menu bar and tool bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("commands")
        self.main_window = window
        menu_bar = window.menuBar()
        self._create_file_menu(menu_bar.addMenu(self.tr("&File")))
        self._create_edit_menu(menu_bar.addMenu(self.tr("&Edit")))
        self._create_go_menu(menu_bar.addMenu(self.tr("&Go")))
        self._create_bookmarks_menu(menu_bar.addMenu(self.tr("&Bookmarks")))
        self._create_view_menu(menu_bar.addMenu(self.tr("&View")))
        self._create_help_menu(menu_bar.addMenu(self.tr("&Help")))
        toolbar = window.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([window.import_files_action, window.bookmark_action])
        toolbar.addSeparator()
        toolbar.addWidget(window.search_field)
        self._isolate_shortcut_labels()

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        """An action of the whole window: its keys work wherever the focus is."""
        action = QAction(text, self.main_window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.main_window.addAction(action)
        return action

    def _create_file_menu(self, menu: QMenu) -> None:
        window = self.main_window
        window.import_files_action = self._action(
            self.tr("&Import Files…"), QKeySequence.StandardKey.Open, window.imports.choose_files
        )
        window.import_folder_action = self._action(
            self.tr("Import &Folder…"), "Ctrl+Shift+O", window.imports.choose_folder
        )
        window.import_url_action = self._action(
            self.tr("Import from &Web Address…"), "Ctrl+L", window.imports.choose_address
        )
        # Delete removes the article only where the focus is in the article list.
        window.remove_article_action = QAction(self.tr("&Remove Article…"), window)
        window.remove_article_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        window.remove_article_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        window.remove_article_action.triggered.connect(window.remove_current_article)
        window.article_list.addAction(window.remove_article_action)
        window.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", window.close)
        window.export_section_action = self._action(
            self.tr("&Export Section as PDF…"), "Ctrl+E", window.export_section
        )
        window.export_article_action = self._action(
            self.tr("Export &Article as PDF…"), "Ctrl+Shift+E", window.export_article
        )
        window.export_notes_action = QAction(self.tr("Include Bookmark Notes in PDF"), window)
        window.export_notes_action.setCheckable(True)
        window.export_notes_action.setChecked(True)
        menu.addActions(
            [window.import_files_action, window.import_folder_action, window.import_url_action]
        )
        menu.addSeparator()
        menu.addActions(
            [
                window.export_section_action,
                window.export_article_action,
                window.export_notes_action,
            ]
        )
        menu.addSeparator()
        menu.addAction(window.remove_article_action)
        menu.addSeparator()
        menu.addAction(window.quit_action)

    def _create_edit_menu(self, menu: QMenu) -> None:
        window = self.main_window
        find_bar = window.find_bar
        window.find_action = self._action(
            self.tr("&Find in Article…"), QKeySequence.StandardKey.Find, find_bar.open_bar
        )
        window.find_next_action = self._action(
            self.tr("Find &Next"), "F3", lambda: find_bar.step(1)
        )
        window.find_previous_action = self._action(
            self.tr("Find &Previous"), "Shift+F3", lambda: find_bar.step(-1)
        )
        menu.addActions([window.find_action, window.find_next_action, window.find_previous_action])
        menu.addSeparator()
        window.search_action = self._action(
            self.tr("&Search the Library"), "Ctrl+K", window.focus_search
        )
        menu.addAction(window.search_action)
        options = menu.addMenu(self.tr("Search &Options"))
        window.folding_actions = {}
        for name, label in (
            ("diacritics", self.tr("Ignore Diacritics and Tatweel")),
            ("alef", self.tr("أ إ آ ٱ Match ا")),
            ("teh_marbuta", self.tr("ة Matches ه")),
            ("alef_maksura", self.tr("ى Matches ي")),
            ("persian", self.tr("Persian ک ی Match ك ي")),
            ("digits", self.tr("Arabic-Indic Digits Match 0-9")),
            ("case", self.tr("Ignore Latin Case")),
        ):
            action = QAction(label, window)
            action.setCheckable(True)
            action.setChecked(getattr(window.folding, name))
            action.toggled.connect(window.update_folding)
            options.addAction(action)
            window.folding_actions[name] = action

    def _create_go_menu(self, menu: QMenu) -> None:
        window = self.main_window
        window.next_article_action = self._action(
            self.tr("Next Article"), "Ctrl+PgDown", lambda: window.step_article(1)
        )
        window.previous_article_action = self._action(
            self.tr("Previous Article"), "Ctrl+PgUp", lambda: window.step_article(-1)
        )
        window.next_section_action = self._action(
            self.tr("Next Section"), "Alt+Down", lambda: window.step_section(1)
        )
        window.previous_section_action = self._action(
            self.tr("Previous Section"), "Alt+Up", lambda: window.step_section(-1)
        )
        menu.addActions([window.next_article_action, window.previous_article_action])
        menu.addSeparator()
        menu.addActions([window.next_section_action, window.previous_section_action])
        menu.addSeparator()
        window.next_pane_action = self._action(
            self.tr("Next Pane"), "F6", lambda: window.step_pane(1)
        )
        window.previous_pane_action = self._action(
            self.tr("Previous Pane"), "Shift+F6", lambda: window.step_pane(-1)
        )
        menu.addActions([window.next_pane_action, window.previous_pane_action])

    def _create_bookmarks_menu(self, menu: QMenu) -> None:
        window = self.main_window
        window.bookmark_action = self._action(
            self.tr("&Bookmark Section"), "Ctrl+D", window.toggle_bookmark
        )
        window.bookmark_action.setCheckable(True)
        menu.addAction(window.bookmark_action)
        menu.addAction(window.bookmarks_pane.toggleViewAction())
        # A section's commands on the navigator's and the bookmarks pane's context menus.
        window.navigator.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        window.navigator.addActions([window.bookmark_action, window.export_section_action])
        window.bookmarks_pane.add_section_action(window.export_section_action)

    def _create_view_menu(self, menu: QMenu) -> None:
        window = self.main_window
        language_menu = menu.addMenu(self.tr("&Language"))
        window.language_actions = QActionGroup(window)
        current = QLocale().name().split("_")[0]
        # Each language is named in itself, so whoever cannot read the other can find theirs.
        for code, name in (("ar", "العربية"), ("en", "English")):
            action = QAction(name, window.language_actions)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: window.language_requested.emit(c))
            language_menu.addAction(action)

        theme_menu = menu.addMenu(self.tr("&Theme"))
        window.theme_actions = QActionGroup(window)
        for code, name in (
            ("system", self.tr("Follow the &System")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
            ("sepia", self.tr("&Sepia")),
        ):
            action = QAction(name, window.theme_actions)
            action.setCheckable(True)
            action.setChecked(code == window.settings.theme)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: window.set_theme(c))
            theme_menu.addAction(action)
        menu.addSeparator()

        window.larger_text_action = self._action(
            self.tr("&Larger Text"), QKeySequence.StandardKey.ZoomIn, lambda: window.zoom(1)
        )
        # Ctrl+= as well: on most keyboards "+" needs Shift.
        window.larger_text_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        window.smaller_text_action = self._action(
            self.tr("&Smaller Text"), QKeySequence.StandardKey.ZoomOut, lambda: window.zoom(-1)
        )
        window.default_size_action = self._action(
            self.tr("&Default Text Size"), "Ctrl+0", lambda: window.zoom(0)
        )
        menu.addActions(
            [window.larger_text_action, window.smaller_text_action, window.default_size_action]
        )
        spacing_menu = menu.addMenu(self.tr("Line &Spacing"))
        window.spacing_actions = QActionGroup(window)
        for factor, name in zip(
            LINE_SPACINGS,
            (
                self.tr("Tight"),
                self.tr("Normal"),
                self.tr("Relaxed"),
                self.tr("Loose"),
                self.tr("Very Loose"),
            ),
            strict=True,
        ):
            action = QAction(name, window.spacing_actions)
            action.setCheckable(True)
            action.setChecked(factor == window.detail.style_.line_spacing)
            action.triggered.connect(lambda _=False, f=factor: window.change_style(line_spacing=f))
            spacing_menu.addAction(action)
        font_menu = menu.addMenu(self.tr("Reading &Font"))
        window.font_actions = QActionGroup(window)
        for family, name in (
            ("", self.tr("Default (Noto Naskh Arabic for Arabic Script)")),
            (fonts.READING_FAMILY, fonts.READING_FAMILY),
            (fonts.INTERFACE_FAMILY, fonts.INTERFACE_FAMILY),
        ):
            action = QAction(name, window.font_actions)
            action.setCheckable(True)
            action.setChecked(family == window.detail.style_.font)
            action.triggered.connect(lambda _=False, f=family: window.change_style(font=f))
            font_menu.addAction(action)
        menu.addSeparator()
        window.full_screen_action = self._action(
            self.tr("&Distraction-Free Reading"), "F11", window.toggle_distraction_free
        )
        window.full_screen_action.setCheckable(True)
        window.leave_full_screen_action = self._action(
            self.tr("Leave Distraction-Free Reading"), "Esc", window.leave_distraction_free
        )
        window.leave_full_screen_action.setEnabled(False)
        menu.addAction(window.full_screen_action)
        menu.addSeparator()
        menu.addAction(window.bookmarks_pane.toggleViewAction())
        menu.addAction(window.search_pane.toggleViewAction())

    def _create_help_menu(self, menu: QMenu) -> None:
        window = self.main_window
        window.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"), "F1", self.show_shortcuts
        )
        window.about_action = self._action(self.tr("&About Reader"), None, window.show_about)
        menu.addActions([window.shortcuts_action, window.about_action])

    # -- the shortcuts ---------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        from reader.views.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.shortcut_list(), self.main_window).exec()

    def shortcut_list(self) -> list[tuple[str, str]]:
        """Every action of the menus that has a shortcut: (name, keys), in menu order."""
        rows = []
        for menu in self.main_window.menuBar().findChildren(QMenu):
            for action in menu.actions():
                keys = action.shortcuts()
                if keys and not action.isSeparator():
                    name = action.text().split("\t")[0].replace("&", "").rstrip("…")
                    rows.append((name, _keys_text(keys)))
        # Keys that belong to a pane rather than to a menu command.
        rows += [
            (self.tr("Move to the pane on that side (in the lists)"), "Left, Right"),
            (self.tr("Next / previous match (in the find bar)"), "Enter, Shift+Enter"),
            (self.tr("Close the find bar, leave distraction-free reading"), "Esc"),
            (self.tr("Edit the bookmark's note (in the bookmarks pane)"), "F2"),
            (self.tr("Remove the article or the bookmark (in its list)"), "Delete"),
        ]
        return list(dict.fromkeys(rows))

    def _isolate_shortcut_labels(self) -> None:
        """Menus draw an action's keys after a tab in its text when there is one. Give them
        that text in a left-to-right isolate: in a right-to-left menu, Qt's own label would
        show "Ctrl++" as "++Ctrl"."""
        for menu in self.main_window.menuBar().findChildren(QMenu):
            for action in menu.actions():
                keys = action.shortcuts()
                if keys and "\t" not in action.text():
                    # Toolbar buttons and tooltips take their text from these otherwise.
                    plain = action.text().replace("&", "").rstrip("…")
                    action.setIconText(plain)
                    action.setToolTip(f"{plain} (\u2066{_keys_text(keys[:1])}\u2069)")
                    action.setText(f"{action.text()}\t\u2066{_keys_text(keys[:1])}\u2069")


def _keys_text(keys: Sequence[QKeySequence]) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
