"""Tests for reader/store/database.py: opening, the schema version, migrations, transactions."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.document import Section
from reader.errors import ReaderError
from reader.store import database
from reader.store.database import (
    DATABASE_NAME,
    MIGRATIONS,
    SCHEMA_VERSION,
    DatabaseError,
    connect,
    migrate,
    transaction,
)
from reader.store.library import Library


def _schema(conn: sqlite3.Connection) -> set[tuple[str, str, str]]:
    """The schema as SQLite keeps it: (type, name, sql) of every table and index."""
    return {
        (kind, name, " ".join(sql.split()))
        for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        )
    }


def _current_schema(tmp_path: Path) -> set[tuple[str, str, str]]:
    conn = connect(tmp_path / "fresh.sqlite3")
    try:
        return _schema(conn)
    finally:
        conn.close()


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_a_new_database_is_current_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    conn = connect(tmp_path / DATABASE_NAME)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"articles", "bookmarks", "meta"} <= tables
    finally:
        conn.close()


def test_schema_version_is_the_number_of_migrations() -> None:
    assert SCHEMA_VERSION == len(MIGRATIONS) >= 2


# -- migrations from every earlier version ---------------------------------------------------
#
# For each version k below the current one: a function that puts data into a database at
# version k (written with that version's tables only), and one that checks, on the migrated
# database, that the data survived. A new migration needs a new entry here.

_BODY = json.dumps(
    {
        "sections": [[None, ["مقدمة المقال هنا."]], ["الخلفية", ["نص القسم الأول من المقال."]]],
        "dropped": ["مقالات ذات صلة"],
    },
    ensure_ascii=False,
)


def _seed_v0(conn: sqlite3.Connection) -> None:
    """Version 0 is the empty database of a first start: nothing to put in it but a table
    of someone else's, which a migration must leave alone."""
    conn.execute("CREATE TABLE notes_of_the_user (text TEXT)")
    conn.execute("INSERT INTO notes_of_the_user VALUES ('keep me')")


def _check_v0(conn: sqlite3.Connection, library: Library) -> None:
    assert conn.execute("SELECT text FROM notes_of_the_user").fetchall() == [("keep me",)]
    assert library.entries() == []


def _seed_v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO articles (id, source, content_hash, title, breadcrumb, language, direction, "
        "reading_minutes, section_count, body, imported_at, updated_at) VALUES "
        "(7, '/articles/old.txt', 'abc', 'مقال قديم', '[\"الرئيسية\"]', 'ar', 'rtl', 1, 2, ?, "
        "'2024-01-02T03:04:05+00:00', '2024-01-02T03:04:05+00:00')",
        (_BODY,),
    )
    conn.execute("INSERT INTO meta (key, value) VALUES ('bundled_imported', '2024-01-02')")


def _check_v1(conn: sqlite3.Connection, library: Library) -> None:
    [entry] = library.entries()
    assert (entry.id, entry.title, entry.source, entry.sections) == (
        7,
        "مقال قديم",
        "/articles/old.txt",
        2,
    )
    assert entry.imported_at == "2024-01-02T03:04:05+00:00"
    article = library.load(7)
    assert article.breadcrumb == ("الرئيسية",)
    assert article.sections[1] == Section("الخلفية", ("نص القسم الأول من المقال.",))
    assert article.dropped == ("مقالات ذات صلة",)
    assert library.get_meta("bundled_imported") == "2024-01-02"
    # The tables of the later versions work on the old data.
    mark = library.add_bookmark(7, 1, "ملاحظة")
    assert (mark.heading, mark.section, mark.note) == ("الخلفية", 1, "ملاحظة")


def _seed_v2(conn: sqlite3.Connection) -> None:
    _seed_v1(conn)
    conn.execute(
        "INSERT INTO bookmarks (id, article_id, heading, position, excerpt, note, created_at, "
        "section) VALUES (3, 7, 'الخلفية', 1, 'نص القسم الأول', 'ملاحظة قديمة', "
        "'2024-01-03T00:00:00+00:00', 1)"
    )


def _check_v2(conn: sqlite3.Connection, library: Library) -> None:
    _check_v1(conn, library)
    [old] = [b for b in library.bookmarks() if b.id == 3]
    assert (old.note, old.section) == ("ملاحظة قديمة", 1)
    # The search index is built from what the older database held.
    assert [(h.article_id, h.section) for h in library.search("القسم الاول")] == [(7, 1)]
    assert sorted(h.kind for h in library.search("قديم")) == ["note", "title"]


_SEEDS: dict[int, tuple[Callable[[sqlite3.Connection], None], Callable[..., None]]] = {
    0: (_seed_v0, _check_v0),
    1: (_seed_v1, _check_v1),
    2: (_seed_v2, _check_v2),
}


def test_every_earlier_version_has_seed_data() -> None:
    assert sorted(_SEEDS) == list(range(SCHEMA_VERSION)), "a new migration needs a seed here"


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_migrating_from_an_earlier_version_keeps_the_data(tmp_path: Path, version: int) -> None:
    seed, check = _SEEDS[version]
    path = tmp_path / "data" / DATABASE_NAME
    path.parent.mkdir()
    old = _raw(path)
    migrate(old, target=version)
    assert old.execute("PRAGMA user_version").fetchone()[0] == version
    with transaction(old):
        seed(old)
    old.close()

    library = Library.open(path.parent)
    try:
        conn = library.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        extra = {row for row in _schema(conn) if row[1] == "notes_of_the_user"}
        assert _schema(conn) - extra == _current_schema(tmp_path)
        check(conn, library)
    finally:
        library.close()


def test_opening_a_current_database_again_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    connect(path).close()
    before = path.read_bytes()
    connect(path).close()
    assert path.read_bytes() == before


def test_a_failing_migration_leaves_the_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / DATABASE_NAME
    connect(path).close()
    broken = (*MIGRATIONS, ("CREATE TABLE half_done (x INTEGER)", "NOT SQL AT ALL"))
    monkeypatch.setattr(database, "MIGRATIONS", broken)
    conn = _raw(path)
    try:
        with pytest.raises(sqlite3.OperationalError):
            migrate(conn, target=SCHEMA_VERSION + 1)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in names
    finally:
        conn.close()


# -- refusing what cannot be used ------------------------------------------------------------


def _newer_database(folder: Path, journal_mode: str = "wal") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    library = Library.open(folder)
    library.set_meta("written_by", "a future Reader")
    library.conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    library.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    library.close()
    return folder / DATABASE_NAME


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_a_database_from_a_newer_reader_is_refused_and_left_unchanged(
    tmp_path: Path, journal_mode: str
) -> None:
    path = _newer_database(tmp_path / "data", journal_mode)
    before = path.read_bytes()
    listing = sorted(p.name for p in path.parent.iterdir())

    with pytest.raises(DatabaseError) as info:
        connect(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert f"schema version {SCHEMA_VERSION + 1}" in message
    assert "newer Reader" in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == listing

    with pytest.raises(ReaderError):
        Library.open(path.parent)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    junk = b"these are not the bytes of a database, just some text\n" * 40
    path.write_bytes(junk)
    with pytest.raises(DatabaseError) as info:
        connect(path)
    assert str(info.value).startswith(f"{path}: the library database is damaged (it is not an")
    assert "\n" not in str(info.value)
    assert path.read_bytes() == junk


def test_a_data_folder_that_cannot_be_made_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(ReaderError, match="cannot create the data folder"):
        Library.open(blocker / "data")


# -- transactions ----------------------------------------------------------------------------


def test_a_transaction_that_raises_is_rolled_back(tmp_path: Path) -> None:
    conn = connect(tmp_path / DATABASE_NAME)
    try:
        with pytest.raises(RuntimeError), transaction(conn):
            conn.execute("INSERT INTO meta (key, value) VALUES ('a', '1')")
            conn.execute("INSERT INTO meta (key, value) VALUES ('b', '2')")
            raise RuntimeError("stop")
        assert conn.execute("SELECT COUNT(*) FROM meta").fetchone()[0] == 0
        assert not conn.in_transaction
    finally:
        conn.close()


def test_a_transaction_holds_the_write_lock_from_its_start(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    first = connect(path)
    second = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with transaction(first):
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                second.execute("BEGIN IMMEDIATE")
            first.execute("INSERT INTO meta (key, value) VALUES ('a', '1')")
        second.execute("BEGIN IMMEDIATE")
        second.execute("ROLLBACK")
    finally:
        second.close()
        first.close()


def test_foreign_keys_remove_bookmarks_with_their_article(tmp_path: Path) -> None:
    library = Library.open(tmp_path)
    try:
        conn = library.conn
        with transaction(conn):
            conn.execute(
                "INSERT INTO articles (id, source, content_hash, title, breadcrumb, language, "
                "direction, reading_minutes, section_count, body, imported_at, updated_at) "
                "VALUES (1, NULL, 'h', 't', '[]', 'en', 'ltr', 1, 2, ?, 'x', 'x')",
                (_BODY,),
            )
        library.add_bookmark(1, 0)
        with pytest.raises(sqlite3.IntegrityError), transaction(conn):
            conn.execute(
                "INSERT INTO bookmarks (article_id, position, excerpt, created_at) "
                "VALUES (99, 0, '', 'x')"
            )
        with transaction(conn):
            conn.execute("DELETE FROM articles WHERE id = 1")
        assert conn.execute("SELECT COUNT(*) FROM bookmarks").fetchone()[0] == 0
    finally:
        library.close()
