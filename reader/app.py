"""Starting the window: the QApplication's set-up, and `reader [FILE...] [--screenshot]`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSize, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from reader import paths
from reader.errors import ReaderError
from reader.store.library import Library
from reader.views import fonts
from reader.views.main_window import MainWindow

# Interface languages: Arabic (the default) and English, the language of the source strings.
LANGUAGES = ("ar", "en")
_translators: list[QTranslator] = []


def configure_application(app: QGuiApplication, language: str = "ar") -> None:
    """Fonts, names, translations and layout direction; for the program and tests alike."""
    app.setApplicationName("Reader")
    app.setOrganizationName("Reader")
    fonts.load_bundled_fonts()
    app.setFont(fonts.interface_font(QGuiApplication.font(), language))
    install_translations(app, language)
    app.setApplicationDisplayName(app.translate("Application", "Reader"))


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


def run_window(
    library: Library,
    article_id: int | None = None,
    screenshot: Path | None = None,
    size: QSize | None = None,
    language: str = "ar",
) -> int:
    """Open the window; with `screenshot`, save its image once the article is shown, and exit."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app, language)
    window = create_window(library, article_id)
    if size is not None:
        window.resize(size)
    window.show()
    if screenshot is None:
        return app.exec()

    outcome: list[str] = []

    def save() -> None:
        if not window.grab().save(str(screenshot)):
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
