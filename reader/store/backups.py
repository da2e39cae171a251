"""Automatic copies of the bookmarks, kept in the data folder, and bringing them back.

Bookmarks and their notes are what a reader cannot get again by importing articles, so
besides the database (which survives crashes on its own) Reader keeps rotating copies of
them in the export format (`reader bookmarks export`) under `backups/`: one each time the
library is opened or closed with bookmarks different from the newest copy (and not none at
all), the newest `KEEP` kept. A copy restores into any library holding the same articles,
including a fresh one after a damaged database was set aside.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from reader.atomic import remove_stale_temporaries, write_text_atomically
from reader.errors import ReaderError
from reader.store.bookmarks import export_text

__all__ = ["BACKUP_FOLDER", "KEEP", "backup_bookmarks", "backups"]

BACKUP_FOLDER = "backups"
KEEP = 10
_PREFIX = "bookmarks-"


def backups(data_dir: Path) -> list[Path]:
    """The bookmark copies in `data_dir`, newest first."""
    folder = data_dir / BACKUP_FOLDER
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{_PREFIX}*.json"), reverse=True)


def backup_bookmarks(conn: sqlite3.Connection, data_dir: Path) -> Path | None:
    """Write a copy of the bookmarks if they differ from the newest copy; the copy written,
    or None. Never raises for a full disk or a read-only folder: a backup that cannot be
    made must not stop Reader (the database still holds everything)."""
    text, count = export_text(conn)
    if count == 0:
        # Nothing to protect; and an empty copy must never become the newest, which a fresh
        # library after a damaged one would otherwise make before anything is restored.
        return None
    existing = backups(data_dir)
    if existing and _read(existing[0]) == text:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = data_dir / BACKUP_FOLDER / f"{_PREFIX}{stamp}.json"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # A start killed while writing a copy leaves its temporary: each copy has a new name,
        # so the writer's own clean-up of its target's leftovers never meets it.
        remove_stale_temporaries(target.parent)
        write_text_atomically(target, text)
        for old in backups(data_dir)[KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, ReaderError):
        return None
    return target


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
