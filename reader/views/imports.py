"""Importing from the window: what the Import commands ask for (files, a folder, a web address)
and what is dropped on the window, imported one job at a time in the background, with a
progress bar and a Cancel button in the status bar, a queue for what comes meanwhile, and the
report of what was skipped.

The job itself, and its thread, are in import_job.py, imported when the first import starts.
What the window shows once an import has ended (the articles, the first of them opened, a
line in the status bar) is the window's, on `finished`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QMessageBox

    from reader.store.library import ImportResult
    from reader.views.import_job import ImportJob
    from reader.views.main_window import MainWindow

__all__ = ["Imports", "dropped_items"]


class Imports(QObject):
    """The imports of one window. Signals: `finished(results, cancelled)` when a job has
    ended, unless the window was closed meanwhile; the queue and the report come after."""

    finished = Signal(list, bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("imports")
        self.main_window = window
        self.job: ImportJob | None = None
        self.queued: list[Path | str] = []  # to import once the running job ends
        self.skipped_box: QMessageBox | None = None  # the last report of skipped files
        self.closing = False  # the window closed during an import: close once it has stopped
        self.progress = QProgressBar(window)
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setMaximumWidth(260)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel Import"), window)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()

    # -- what to import --------------------------------------------------------------------

    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(
            self.main_window,
            self.tr("Import Articles"),
            "",
            self.tr(
                "Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.rss *.atom *.xml)"
                ";;All files (*)"
            ),
        )
        if names:
            self.start([Path(n) for n in names])

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self.main_window, self.tr("Import a Folder of Articles")
        )
        if folder:
            self.start([Path(folder)])

    def choose_address(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        address, ok = QInputDialog.getText(
            self.main_window,
            self.tr("Import from Web Address"),
            self.tr("Address of an article or a feed (http or https):"),
        )
        address = address.strip()
        if ok and address:
            self.start([address])

    # -- the job ---------------------------------------------------------------------------

    def start(self, items: Sequence[Path | str]) -> ImportJob | None:
        """Import files, folders and web addresses (str) in the background. None if an import
        is already running: the items then wait and are imported right after it (one at a
        time keeps the progress honest)."""
        if self.job is not None:
            self.queued.extend(items)
            self.main_window.statusBar().showMessage(
                self.tr("Queued: they will be imported after the import running now."), 5000
            )
            return None
        from reader.views.import_job import ImportJob

        job = ImportJob(self.main_window.library, items, self.main_window)
        self.job = job
        job.progress.connect(self._show_progress)
        job.finished.connect(self._job_finished)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        job.start()
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.main_window.statusBar().showMessage(self.tr("Cancelling the import…"))

    def close_when_stopped(self) -> None:
        """The window is closing mid-import: stop after the file being read, forget the queue,
        and close the window once the job has stopped (waiting would freeze it meanwhile)."""
        self.closing = True
        self.queued = []
        if self.job is not None:
            self.job.cancel()

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Importing %v of %m"))

    def _job_finished(self, results: list[ImportResult]) -> None:
        job, self.job = self.job, None
        self.progress.hide()
        self.cancel_button.hide()
        if self.closing:
            self.main_window.close()  # the window was closed mid-import: now it can go, quietly
            return
        skipped = [r for r in results if r.article_id is None]
        cancelled = job is not None and job.cancelled
        self.finished.emit(results, cancelled)
        if self.queued and not cancelled:
            queued, self.queued = self.queued, []
            self.start(queued)
        if skipped:
            self._report_skipped(skipped)

    def _report_skipped(self, skipped: list[ImportResult]) -> None:
        from reader.views.skipped import SkippedReport  # a message box: only when needed

        self.skipped_box = SkippedReport(skipped, self.main_window)
        self.skipped_box.open()  # modal to the window, but the import's end goes on


def dropped_items(urls: Sequence[QUrl]) -> list[Path | str]:
    """What a drop brings to import: local files and folders, and http(s) links."""
    items: list[Path | str] = []
    for url in urls:
        if url.isLocalFile():
            items.append(Path(url.toLocalFile()))
        elif url.scheme() in ("http", "https"):
            items.append(url.toString())
    return items
