"""The SQLite database: opening it safely, the schema, and its forward migrations.

The schema version lives in `PRAGMA user_version`. `MIGRATIONS[v]` takes a database from
version v to v + 1; opening applies the missing steps in one transaction. A database written
by a newer Reader (a higher version than `SCHEMA_VERSION`) is refused and left untouched. A
damaged one (garbage, a truncated copy) is refused with `DamagedDatabaseError`, so that the program
can set it aside (`move_aside`, which renames and never deletes) and start afresh.

Connections run in autocommit mode: every change goes through `transaction()`, which holds the
write lock from its start (BEGIN IMMEDIATE) so that two processes never interleave a change.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from reader.errors import ReaderError

DATABASE_NAME = "library.sqlite3"

#: Each entry: the statements that take the schema from version i to i + 1. Ids are
#: AUTOINCREMENT so that a removed article's or bookmark's id is never given to another.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 0 → 1: the library of articles.
    (
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT,
            content_hash TEXT NOT NULL,
            title TEXT NOT NULL,
            breadcrumb TEXT NOT NULL,
            language TEXT NOT NULL,
            direction TEXT NOT NULL,
            reading_minutes INTEGER NOT NULL,
            section_count INTEGER NOT NULL,
            body TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE UNIQUE INDEX articles_source ON articles (source) WHERE source IS NOT NULL",
        "CREATE INDEX articles_content_hash ON articles (content_hash)",
        "CREATE INDEX articles_order ON articles (imported_at DESC, id DESC)",
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ),
    # 1 → 2: section bookmarks. A bookmark holds what it pointed at (heading, position and
    # the start of the text) so that it can find its section again after a re-import;
    # `section` is where it is now, NULL while orphaned.
    (
        """CREATE TABLE bookmarks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            heading TEXT,
            position INTEGER NOT NULL,
            excerpt TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            section INTEGER
        )""",
        "CREATE INDEX bookmarks_article ON bookmarks (article_id)",
        "CREATE INDEX bookmarks_created ON bookmarks (created_at DESC, id DESC)",
    ),
    # 2 → 3: the search index (reader/store/search.py), over folded text. The library fills
    # it when it opens a database whose index is not built yet.
    (
        # Prefix indexes for 2 to 4 characters: every word of a query is a prefix, and
        # without them a short one ("الم") merges the lists of thousands of words.
        "CREATE VIRTUAL TABLE search_index USING fts5"
        "(folded, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4')",
        "CREATE VIRTUAL TABLE note_index USING fts5"
        "(folded, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4')",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


class DatabaseError(ReaderError):
    """The database cannot be used; `str()` names the file and the reason."""


class DamagedDatabaseError(DatabaseError):
    """The database file is not a readable SQLite database, or is cut short."""

    def __init__(self, path: Path, reason: str) -> None:
        reason = " ".join(reason.replace("*", " ").split())  # SQLite's reports run over lines
        super().__init__(f"{path}: the library database is damaged ({reason})")
        self.path = path
        self.reason = reason


_MAGIC = b"SQLite format 3\x00"
#: Below this size, opening also runs SQLite's quick check of every page (a few ms a MiB);
#: above it the header's own checks must do, to keep starting fast.
_QUICK_CHECK_LIMIT = 64 * 1024 * 1024


def check_header(path: Path) -> None:
    """Refuse a file that cannot be an intact SQLite database, from its first 100 bytes: not
    SQLite at all, or shorter than the page count its header records (a truncated copy)."""
    try:
        size = path.stat().st_size
        if size == 0:
            return  # a new database, or one SQLite has not written yet
        with path.open("rb") as file:
            header = file.read(100)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot read the database ({exc.strerror})") from exc
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise DamagedDatabaseError(path, "it is not an SQLite database")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter, valid_for = header[24:28], header[92:96]
    # The page count is trustworthy when written by the same change as the counter, and when
    # no write-ahead log is waiting: a checkpoint cut short by a crash writes the first page
    # (with the new count) before the pages that grow the file, and SQLite completes it from
    # the log. With a log, SQLite's own checks decide.
    log = path.with_name(path.name + "-wal")
    if log.exists() and log.stat().st_size > 0:
        return
    if counter == valid_for and pages and size < pages * page_size:
        raise DamagedDatabaseError(
            path, f"it is cut short: {size} bytes of the {pages * page_size} its header records"
        )


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its -wal and -shm files) out of the way, with the time
    in the name; the new name of the database. Nothing is deleted."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    path.rename(target)
    return target


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at `path`."""
    check_header(path)
    try:
        conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path}: cannot open the database ({exc})") from exc
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise DatabaseError(
                f"{path}: written by a newer Reader (schema version {version}; this Reader "
                f"knows up to {SCHEMA_VERSION}); it was left unchanged"
            )
        _use_wal(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
        if _file_size(path) <= _QUICK_CHECK_LIMIT:
            result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if result != "ok":
                raise DamagedDatabaseError(path, str(result))
    except sqlite3.DatabaseError as exc:
        conn.close()
        if is_damage(exc):
            raise DamagedDatabaseError(path, str(exc)) from exc
        raise DatabaseError(f"{path}: not a usable Reader database ({exc})") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def is_damage(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite's error says the file itself is bad, rather than busy or unwritable."""
    text = str(exc).lower()
    return any(sign in text for sign in ("malformed", "not a database", "corrupt", "disk image"))


def _use_wal(conn: sqlite3.Connection, attempts: int = 200) -> None:
    """Switch to WAL mode. The switch takes a lock without waiting for the busy timeout, so
    when another Reader opens the same new database at the same moment, try again."""
    for _ in range(attempts):
        try:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() == "wal":
                return
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            time.sleep(0.05)
    raise sqlite3.OperationalError("database is locked (could not switch to WAL mode)")


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> None:
    """Apply the missing migrations up to `target`, all in one transaction. An up-to-date
    database is left alone, without taking the write lock (another Reader may hold it)."""
    if conn.execute("PRAGMA user_version").fetchone()[0] >= target:
        return
    with transaction(conn):
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for step in range(version, target):
            for statement in MIGRATIONS[step]:
                conn.execute(statement)
        if version < target:
            conn.execute(f"PRAGMA user_version = {int(target)}")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One atomic change: committed when the block ends, rolled back if it raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def now() -> str:
    """The current time as stored: ISO 8601 in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()
