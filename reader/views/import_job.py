"""Importing off the interface thread: files, folders and web addresses, with progress and a
way to cancel.

The job runs in a `QThread` on a connection of its own to the library (SQLite connections
belong to their thread). `Library.import_paths` stores files many to a transaction and
reports each file only once its transaction is committed, so progress comes in steps of up to
128 files (or 0.2 s of reading). Cancelling, or closing the window, stops the import at once
and leaves the library consistent: every file reported is stored, nothing is half done. The
window's model is told once, when the job ends.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from reader import reasons
from reader.reasons import reason
from reader.store.library import ImportResult, Library, expand

__all__ = ["ImportJob"]

#: What one import is given: files and folders, or web addresses (str starting with a scheme).
Item = Path | str


class _Worker(QObject):
    counted = Signal(int)
    imported = Signal(object)  # ImportResult
    done = Signal(list)  # every ImportResult

    def __init__(self, library: Library, items: Sequence[Item], stop: threading.Event) -> None:
        super().__init__()
        self._library = library
        self._items = list(items)
        self._stop = stop

    @Slot()
    def run(self) -> None:
        results: list[ImportResult] = []
        library: Library | None = None
        try:
            library = self._library.another_connection()
            files = 0
            addresses: list[str] = []
            for item in self._items:
                if isinstance(item, str):
                    addresses.append(item)
                    continue
                for _ in expand([item]):
                    files += 1
                    if self._stop.is_set():
                        break
            self.counted.emit(files + len(addresses))
            for address in addresses:
                if self._stop.is_set():
                    break
                results.extend(library.import_url(address, progress=self.imported.emit))
            # The walk is done again by import_paths; named files stay "named" (tried
            # whatever their ending) and found ones are filtered by their ending.
            results.extend(
                library.import_paths(
                    [item for item in self._items if isinstance(item, Path)],
                    progress=self.imported.emit,
                    cancelled=self._stop.is_set,
                )
            )
        except Exception as exc:
            # The database could not be opened (locked by a long write elsewhere, damaged):
            # the import ends with that reason instead of hanging.
            why = reason(reasons.LIBRARY_UNAVAILABLE, error=exc)
            results.append(ImportResult(str(self._items[0]), "skipped", why=why))
        finally:
            if library is not None:
                library.close()
            self.done.emit(results)


class ImportJob(QObject):
    """One import running in the background. `progress(done, total)` as each file finishes,
    `finished(results)` once at the end, cancelled or not."""

    progress = Signal(int, int)
    finished = Signal(list)

    def __init__(self, library: Library, items: Sequence[Item], parent: QObject | None = None):
        super().__init__(parent)
        self._stop = threading.Event()
        self._total = 0
        self._done = 0
        self.results: list[ImportResult] = []
        self._thread = QThread()
        self._worker = _Worker(library, items, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.counted.connect(self._counted)
        self._worker.imported.connect(self._imported)
        self._worker.done.connect(self._finish)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Stop after the file being imported now."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def wait(self) -> None:
        """Block until the worker thread has ended (closing the window mid-import)."""
        self._thread.quit()
        self._thread.wait()

    @Slot(int)
    def _counted(self, total: int) -> None:
        self._total = total
        self.progress.emit(0, total)

    @Slot(object)
    def _imported(self, result: ImportResult) -> None:
        self._done += 1
        self.progress.emit(self._done, max(self._total, self._done))

    @Slot(list)
    def _finish(self, results: list[ImportResult]) -> None:
        self.results = results
        self._thread.quit()
        self._thread.wait()
        self.finished.emit(results)
        self._worker.deleteLater()
        self.deleteLater()
