"""Starting afresh after the library database was found damaged.

The damaged file is renamed out of the way (never deleted: someone may still rescue it), a
new library is made, and the newest bookmark copy (`reader.store.backups`) is brought back:
the articles it names are imported again from their files where those still exist, then the
bookmarks are restored onto them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from reader.errors import ReaderError
from reader.store.backups import backups
from reader.store.database import DATABASE_NAME, move_aside
from reader.store.library import Library

__all__ = ["Recovery", "start_afresh"]


@dataclass
class Recovery:
    """What starting afresh did."""

    library: Library
    moved_to: Path
    articles_restored: int = 0
    bookmarks_restored: int = 0
    lost: list[str] = field(default_factory=list)  # one line per bookmark not brought back

    def summary(self) -> str:
        return (
            f"the damaged database was moved to {self.moved_to}; "
            f"{self.articles_restored} article(s) and {self.bookmarks_restored} bookmark(s) "
            "were restored from the newest backup"
        )


def start_afresh(data_dir: Path, bundled: list[Path]) -> Recovery:
    """Set the damaged database aside and open a new library in its place."""
    moved = move_aside(data_dir / DATABASE_NAME)
    library = Library.open(data_dir)
    library.import_bundled(bundled)
    recovery = Recovery(library, moved)
    copies = backups(data_dir)
    if not copies:
        return recovery
    newest = copies[0]
    sources = _article_files(newest)
    for result in library.import_paths(sources):
        if result.status in ("added", "updated", "moved", "unchanged"):
            recovery.articles_restored += 1
    try:
        added, skipped = library.import_bookmarks(newest)
    except ReaderError as exc:
        recovery.lost.append(str(exc))
        return recovery
    recovery.bookmarks_restored = added
    recovery.lost.extend(line for line in skipped if "already there" not in line)
    return recovery


def _article_files(backup: Path) -> list[Path]:
    """The local files the bookmarked articles of a backup came from, those that exist."""
    try:
        data = json.loads(backup.read_text(encoding="utf-8"))
        records = data["bookmarks"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    files: dict[str, Path] = {}
    for record in records if isinstance(records, list) else ():
        source = record.get("article", {}).get("source") if isinstance(record, dict) else None
        if isinstance(source, str) and source and "://" not in source:
            # A feed entry's source is "FEED#entry"; a file's own name may hold a "#" too.
            for candidate in (Path(source), Path(source.rsplit("#", 1)[0])):
                if candidate.is_file():
                    files[str(candidate)] = candidate
                    break
    return list(files.values())
