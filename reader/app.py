"""Starting the window: the QApplication's set-up, and `reader [FILE...] [--screenshot]`."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSize, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from reader import paths
from reader.collection import FileCollection
from reader.errors import ReaderError
from reader.models.document_model import DocumentModel
from reader.views import fonts
from reader.views.main_window import MainWindow

# Interface languages: Arabic (the default) and English, the language of the source strings.
LANGUAGES = ("ar", "en")
_translators: list[QTranslator] = []


def configure_application(app: QApplication, language: str = "ar") -> None:
    """Fonts, names, translations and layout direction; for the program and tests alike."""
    app.setApplicationName("Reader")
    app.setOrganizationName("Reader")
    fonts.load_bundled_fonts()
    app.setFont(fonts.interface_font(QApplication.font(), language))
    install_translations(app, language)
    app.setApplicationDisplayName(app.translate("Application", "Reader"))


def install_translations(app: QApplication, language: str) -> None:
    """Qt's own translations first (standard dialogs), then Reader's; and the layout
    direction that goes with the language (Arabic: right to left)."""
    while _translators:
        app.removeTranslator(_translators.pop())
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


def create_window(files: Sequence[Path]) -> MainWindow:
    """The main window on `files`, or on the bundled articles if there are none."""
    collection = FileCollection(files or paths.bundled_articles())
    model = DocumentModel(collection)
    window = MainWindow(model, open_files=collection.add)
    model.setParent(window)
    return window


def run_window(
    files: Sequence[Path],
    screenshot: Path | None = None,
    size: QSize | None = None,
    language: str = "ar",
) -> int:
    """Open the window; with `screenshot`, save its image once the article is shown, and exit."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app, language)
    window = create_window(files)
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

    if window.detail.article_index().isValid() or window.article_list.model().rowCount() == 0:
        QTimer.singleShot(0, save)
    else:
        window.detail.rendered.connect(lambda _row: QTimer.singleShot(0, save))
    app.exec()
    if outcome:
        raise ReaderError(outcome[0])
    return 0
