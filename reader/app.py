"""Starting the window: the QApplication's set-up, and `reader [FILE...] [--screenshot]`."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSize,
    Qt,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from reader import paths
from reader.errors import ReaderError
from reader.importers import is_web_address
from reader.instance import (
    MAX_REQUEST,
    claim_folder,
    hand_over,
    instance_name,
    is_ours,
    release_folder,
    request_items,
)
from reader.settings import Settings
from reader.store.database import DamagedDatabaseError
from reader.store.library import Library
from reader.store.recovery import Recovery, start_afresh
from reader.views import fonts
from reader.views.main_window import MainWindow
from reader.views.themes import apply_theme

if TYPE_CHECKING:
    # Qt's network module is loaded when the socket is first used, not at start-up.
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

# Interface languages: Arabic (the default) and English, the language of the source strings.
LANGUAGES = ("ar", "en")
_translators: list[QTranslator] = []


def system_language() -> str:
    """The interface language a first start picks: Arabic where the system is Arabic,
    English (the language of the source strings) elsewhere."""
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def chosen_language(library: Library, given: str | None) -> str:
    """The interface language of this run: given on the command line, else the one chosen
    last in the menu, else the system's."""
    return given or Settings.in_folder(library.folder).language or system_language()


# Fusion draws every control from the palette, so the themes look the same everywhere
# (platform styles ignore some palette colours). It is given to QApplication as an argument
# when Reader makes the application: `setStyle` hands the style object back to Python, and
# PySide then makes every enum of QStyle, 8 ms of the start-up.
STYLE = "Fusion"
_STYLE_PROPERTY = "readerStyle"


def configure_application(
    app: QGuiApplication, language: str = "ar", theme: str = "system"
) -> None:
    """Fonts, names, translations, layout direction and (for widgets) the theme; for the
    program and tests alike."""
    app.setApplicationName("Reader")
    app.setOrganizationName("Reader")
    app.setDesktopFileName("reader")
    fonts.load_bundled_fonts()
    app.setFont(fonts.interface_font(QGuiApplication.font(), language))
    install_translations(app, language)
    app.setApplicationDisplayName(app.translate("Application", "Reader"))
    app.setWindowIcon(app_icon())
    if isinstance(app, QApplication):
        if app.property(_STYLE_PROPERTY) != STYLE:
            app.setStyle(STYLE)
            app.setProperty(_STYLE_PROPERTY, STYLE)
        apply_theme(app, theme)


def install_translations(app: QGuiApplication, language: str) -> None:
    """Qt's own translations first (standard dialogs), then Reader's; and the layout
    direction that goes with the language (Arabic: right to left)."""
    while _translators:
        app.removeTranslator(_translators.pop())
    QLocale.setDefault(QLocale(language))
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase", qt_dir), ("reader", str(paths.translations_dir()))):
            translator = QTranslator(app)
            if translator.load(QLocale(language), name, "_", folder):
                app.installTranslator(translator)
                _translators.append(translator)
    rtl = QLocale(language).textDirection() == Qt.LayoutDirection.RightToLeft
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )


def create_window(library: Library, article_id: int | None = None) -> MainWindow:
    """The main window on the library, opened at `article_id` (else the first article)."""
    window = MainWindow(library)
    if article_id is not None:
        window.open_article_id(article_id)
    return window


class Session(QObject):
    """The running program: one library, its settings, and its window, which is built again
    when the reader switches the interface language (every text and the mirroring change).

    It also makes Reader a single instance per data folder: it listens on a local socket,
    and a second `reader FILE` hands its files to this window (`hand_over`) instead of
    opening another.
    """

    window_replaced = Signal(object)  # the new MainWindow

    def __init__(
        self, app: QApplication, library: Library, settings: Settings, theme: str | None = None
    ) -> None:
        super().__init__(app)
        self.app = app
        self.library = library
        self.settings = settings
        #: The theme in use: one given for this run (--theme), else the remembered one.
        self.theme = theme or settings.theme
        self.window: MainWindow | None = None
        self.server: QLocalServer | None = None
        app.styleHints().colorSchemeChanged.connect(self._follow_system_scheme)

    @property
    def language(self) -> str:
        return QLocale().name().split("_")[0]

    def open_window(self, article_id: int | None = None, restore: bool = True) -> MainWindow:
        """Build the window, put it back as it was left, and show it."""
        window = MainWindow(self.library, settings=self.settings)
        window.show_theme(self.theme)
        window.language_requested.connect(self.switch_language)
        if restore:
            window.restore_state(open_place=article_id is None)
        if article_id is not None:
            window.open_article_id(article_id)
        self.window = window
        window.show()
        return window

    def switch_language(self, language: str) -> MainWindow | None:
        """Switch the interface to `language` now and remember the choice."""
        if language not in LANGUAGES:
            return None
        old = self.window
        if old is not None:
            if old.import_job is not None:
                old.show_language(self.language)
                old.statusBar().showMessage(
                    QCoreApplication.translate(
                        "MainWindow", "The language can change once the import has finished."
                    ),
                    6000,
                )
                return None
            self.theme = old.theme_choice
            old.save_state()
        self.settings.language = language
        configure_application(self.app, language, self.theme)
        window = self.open_window()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.window_replaced.emit(window)
        return window

    def _follow_system_scheme(self) -> None:
        current = self.window.theme_choice if self.window is not None else self.theme
        if current == "system":
            apply_theme(self.app, "system")

    # -- one instance per data folder ------------------------------------------------------

    def listen(self) -> bool:
        """Take calls from later `reader` runs on this data folder. False when another
        Reader has the folder (`claim_folder`: it is running or starting, and keeps the
        socket), answers on the socket already, or the socket cannot be made."""
        from PySide6.QtNetwork import QLocalServer

        name = instance_name(self.library.folder)
        if not claim_folder(self.library.folder):
            return False
        # Another Reader answers (it keeps the socket), or someone else's file is in our place
        # (leave it, and do without): give the folder up again.
        if hand_over(self.library.folder, []) or not is_ours(name):
            release_folder(self.library.folder)
            return False
        # Nobody answers: a socket left by a Reader that crashed, safe to take over.
        QLocalServer.removeServer(name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            release_folder(self.library.folder)
            return False
        server.newConnection.connect(lambda: self._answer(server))
        self.server = server
        return True

    def stop_listening(self) -> None:
        """Close the socket (its file goes with it) and give the folder up: the process may
        end without Qt's own clean-up (`reader.__main__`), which would otherwise do both."""
        if self.server is not None:
            self.server.close()
            self.server = None
        release_folder(self.library.folder)

    def _answer(self, server: QLocalServer) -> None:
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read_request(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read_request(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_REQUEST:
                socket.abort()  # no line in a megabyte: not a Reader talking
            return
        items = request_items(bytes(socket.readLine(MAX_REQUEST).data()))
        socket.write(b"error\n" if items is None else b"ok\n")
        socket.flush()
        window = self.window
        if items is None or window is None:
            return
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        paths: list[Path | str] = [item if is_web_address(item) else Path(item) for item in items]
        if paths:
            window.import_paths(paths)


def app_icon() -> QIcon:
    return QIcon(str(paths.app_icon()))


def offer_fresh_start(
    error: DamagedDatabaseError,
    data_dir: Path,
    ask: Callable[[str], bool] | None = None,
) -> Recovery | None:
    """The library database is damaged: say so, and on the reader's word set it aside and
    start afresh (see reader.store.recovery); None if they chose to quit, which leaves every
    file as it is. `ask(message)` puts the question (a dialog unless given)."""
    message = QCoreApplication.translate(
        "Application",
        "Reader cannot open your library: %1.\n\nReader can set the damaged file aside "
        "(it is renamed, nothing is deleted) and start a new library, bringing back your "
        "bookmarks from the newest backup. Or quit, and the file stays as it is.",
    ).replace("%1", error.reason)
    if not (ask or _ask_to_start_afresh)(message):
        return None
    recovery = start_afresh(data_dir, paths.bundled_articles())
    if ask is None:
        from PySide6.QtWidgets import QMessageBox

        lines = [recovery.summary(), *(f"not restored: {line}" for line in recovery.lost)]
        QMessageBox.information(None, application().applicationDisplayName(), "\n".join(lines))
    return recovery


def show_error(message: str) -> None:
    """A problem that stops the window from opening, in a message box (for a Reader started
    from the desktop, where stderr goes nowhere)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, application().applicationDisplayName() or "Reader", message)


def _ask_to_start_afresh(message: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, application().applicationDisplayName(), message)
    fresh = box.addButton(
        QCoreApplication.translate("Application", "Start Afresh"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box.clickedButton() is fresh


def application() -> QApplication:
    """The QApplication of the window, made once, in Reader's style."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([*sys.argv[:1], "-style", STYLE])
        app.setProperty(_STYLE_PROPERTY, STYLE)
    assert isinstance(app, QApplication)
    return app


#: Qt's PNG "quality" for screenshots: 80 is zlib's fastest level with filtering, which on a
#: window of text is both quicker to write and smaller than the default (26 ms and 150 KB
#: against 41 ms and 170 KB for a 1280x800 window, on the benchmark machine).
SCREENSHOT_QUALITY = 80


def run_window(
    library: Library,
    article_id: int | None = None,
    screenshot: Path | None = None,
    size: QSize | None = None,
    language: str | None = None,
    theme: str | None = None,
) -> int:
    """Open the window; with `screenshot`, save its image once the article is shown, and exit.

    `language` and `theme` given here (the command line) win over the remembered ones for
    this run; a screenshot starts from a fresh window, not the remembered place.
    """
    app = application()
    settings = Settings.in_folder(library.folder)
    configure_application(app, chosen_language(library, language), theme or settings.theme)
    session = Session(app, library, settings, theme)
    if screenshot is None:
        session.listen()
        try:
            window = session.open_window(article_id)
            gc.enable()  # off while Reader starts (reader.__main__)
            if size is not None:
                window.resize(size)
            return app.exec()
        finally:
            # Also when the window fails to open: the process may end without Qt's clean-up.
            session.stop_listening()

    window = session.open_window(article_id, restore=False)
    gc.enable()
    window.remembers = False
    if size is not None:
        window.resize(size)
    outcome: list[str] = []

    def save() -> None:
        if not window.grab().save(str(screenshot), "PNG", SCREENSHOT_QUALITY):
            outcome.append(f"{screenshot}: cannot write the screenshot")
        app.quit()

    if window.detail.article_index().isValid() or window.model.rowCount() == 0:
        QTimer.singleShot(0, save)
    else:
        window.detail.rendered.connect(lambda _row: QTimer.singleShot(0, save))
    app.exec()
    if outcome:
        raise ReaderError(outcome[0])
    return 0


def headless_application(language: str) -> QGuiApplication:
    """A QGuiApplication for work without a window (PDF export from the command line): the
    offscreen platform, so it runs with no display at all."""
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication([sys.argv[0] if sys.argv else "reader", "-platform", "offscreen"])
    assert isinstance(app, QGuiApplication)
    configure_application(app, language)
    return app
