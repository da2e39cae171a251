"""A damaged database is found at start and set aside, never deleted; the bookmarks are
copied automatically and come back from a copy."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reader import paths
from reader.cli import main
from reader.store.backups import KEEP, backup_bookmarks, backups
from reader.store.database import DATABASE_NAME, DamagedDatabaseError, move_aside
from reader.store.library import Library
from reader.store.recovery import start_afresh
from tests.conftest import ARTICLES


def _library_with_marks(folder: Path, article: Path) -> Library:
    library = Library.open(folder)
    library.import_bundled(paths.bundled_articles())
    [result] = library.import_paths([article])
    assert result.article_id is not None
    library.add_bookmark(result.article_id, 1, note="ملاحظة مهمة")
    library.add_bookmark(result.article_id, 0)
    return library


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda data: data[: len(data) // 2],
    "garbage": lambda data: bytes((i * 7919) % 251 for i in range(len(data))),
    "zeroed pages": lambda data: data[:4096] + bytes(8192) + data[12288:],
    "text file": lambda _data: "مقال وليس قاعدة بيانات\n".encode() * 50,
}


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_a_damaged_database_is_refused_in_one_line_and_left_as_it_is(
    tmp_path: Path, damage: str
) -> None:
    library = _library_with_marks(tmp_path / "data", ARTICLES / "en_news.txt")
    library.close()
    database = tmp_path / "data" / DATABASE_NAME
    for suffix in ("-wal", "-shm"):
        database.with_name(DATABASE_NAME + suffix).unlink(missing_ok=True)
    damaged = DAMAGE[damage](database.read_bytes())
    database.write_bytes(damaged)
    with pytest.raises(DamagedDatabaseError) as caught:
        Library.open(tmp_path / "data")
    message = str(caught.value)
    assert message.startswith(f"{database}: the library database is damaged (")
    assert "\n" not in message
    assert database.read_bytes() == damaged, "refusing it changes nothing"


def test_the_command_line_says_so_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    database = data / DATABASE_NAME
    database.write_bytes(b"SQLite format 3\x00" + bytes(4000))
    before = database.read_bytes()
    assert main(["list", "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"reader: {database}: the library database is damaged")
    assert "reader reset" in err and err.count("\n") == 1
    assert database.read_bytes() == before


def test_moving_aside_renames_the_database_and_its_journal_and_deletes_nothing(
    tmp_path: Path,
) -> None:
    database = tmp_path / DATABASE_NAME
    database.write_bytes(b"damaged")
    (tmp_path / f"{DATABASE_NAME}-wal").write_bytes(b"wal")
    first = move_aside(database)
    database.write_bytes(b"damaged again")
    second = move_aside(database)
    assert first != second
    assert first.read_bytes() == b"damaged" and second.read_bytes() == b"damaged again"
    assert first.with_name(first.name + "-wal").read_bytes() == b"wal"
    assert not database.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if ".damaged-" in p.name) == sorted(
        [first.name, first.name + "-wal", second.name]
    )


def test_starting_afresh_brings_back_the_articles_and_bookmarks_of_the_newest_copy(
    tmp_path: Path, write_article: Callable[[str, str], Path]
) -> None:
    article = write_article(
        "trip.txt",
        "رحلة إلى الجنوب\n\nبدأت الرحلة مع شروق الشمس وامتدت حتى المساء.\n\n"
        "الطريق:\nكان الطريق طويلًا لكنه جميل بين الجبال والوديان.\n",
    )
    data = tmp_path / "data"
    library = _library_with_marks(data, article)
    library.close()  # closing makes a copy of the bookmarks
    [copy] = backups(data)
    database = data / DATABASE_NAME
    database.write_bytes(database.read_bytes()[:5000])

    with pytest.raises(DamagedDatabaseError):
        Library.open(data)
    recovery = start_afresh(data, paths.bundled_articles())
    fresh = recovery.library
    try:
        assert recovery.moved_to.exists() and ".damaged-" in recovery.moved_to.name
        assert recovery.bookmarks_restored == 2 and recovery.lost == []
        notes = sorted(mark.note for mark in fresh.bookmarks())
        assert notes == ["", "ملاحظة مهمة"]
        assert fresh.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.exists()
    finally:
        fresh.close()


def test_copies_are_made_only_when_the_bookmarks_changed_and_rotate(tmp_path: Path) -> None:
    data = tmp_path / "data"
    library = _library_with_marks(data, ARTICLES / "en_news.txt")
    try:
        first = backup_bookmarks(library.conn, data)
        assert first is not None
        assert backup_bookmarks(library.conn, data) is None, "nothing changed"
        article_id = library.bookmarks()[0].article_id
        for number in range(KEEP + 3):
            library.set_bookmark_note(library.bookmarks()[0].id, f"note {number}")
            assert backup_bookmarks(library.conn, data) is not None
        copies = backups(data)
        assert len(copies) == KEEP
        newest = json.loads(copies[0].read_text(encoding="utf-8"))
        assert f"note {KEEP + 2}" in {record["note"] for record in newest["bookmarks"]}
        assert library.bookmarks()[0].article_id == article_id
    finally:
        library.close()


def test_a_copy_that_cannot_be_written_does_not_stop_reader(tmp_path: Path) -> None:
    data = tmp_path / "data"
    library = _library_with_marks(data, ARTICLES / "en_news.txt")
    try:
        (data / "backups").write_text("a file where the folder should be", encoding="utf-8")
        assert backup_bookmarks(library.conn, data) is None
    finally:
        library.close()


def test_restore_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    library = _library_with_marks(data, ARTICLES / "en_news.txt")
    library.close()
    assert main(["bookmarks", "backups", "--data-dir", str(data)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 1 and listed[0].endswith(".json")
    library = Library.open(data)
    for mark in library.bookmarks():
        library.remove_bookmark(mark.id)
    library.close()
    assert main(["bookmarks", "restore", "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2 restored, 0 skipped"
    library = Library.open(data)
    try:
        assert sorted(m.note for m in library.bookmarks()) == ["", "ملاحظة مهمة"]
    finally:
        library.close()


def test_reset_sets_a_damaged_database_aside_and_refuses_a_healthy_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    Library.open(data).close()
    assert main(["reset", "--data-dir", str(data)]) == 1
    assert "is not damaged" in capsys.readouterr().err
    database = data / DATABASE_NAME
    database.write_bytes(os.urandom(8192))
    assert main(["reset", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "moved to" in out
    assert [p for p in data.iterdir() if ".damaged-" in p.name]
    assert main(["list", "--data-dir", str(data)]) == 0


def test_the_window_offers_to_start_afresh_and_quitting_leaves_everything(
    tmp_path: Path, app
) -> None:  # type: ignore[no-untyped-def]
    from reader.app import offer_fresh_start

    data = tmp_path / "data"
    library = _library_with_marks(data, ARTICLES / "en_news.txt")
    library.close()
    database = data / DATABASE_NAME
    database.write_bytes(database.read_bytes()[:6000])
    damaged = database.read_bytes()
    with pytest.raises(DamagedDatabaseError) as caught:
        Library.open(data)

    asked: list[str] = []
    assert offer_fresh_start(caught.value, data, ask=lambda m: asked.append(m) is not None) is None
    [question] = asked
    assert "cut short" in question and "لا يُحذف منه شيء" in question  # in Arabic
    assert database.read_bytes() == damaged and not list(data.glob("*.damaged-*"))

    recovery = offer_fresh_start(caught.value, data, ask=lambda _m: True)
    assert recovery is not None
    try:
        assert recovery.moved_to.read_bytes() == damaged
        assert recovery.bookmarks_restored == 2
    finally:
        recovery.library.close()


def test_every_command_that_changes_bookmarks_leaves_a_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["import", str(ARTICLES / "en_news.txt"), "--data-dir", str(data)]) == 0
    assert backups(data) == []
    article = Library.open(data)
    article_id = article.find(str(ARTICLES / "en_news.txt"))
    article.close()
    command = ["bookmark", "add", str(article_id), "--section", "2", "--data-dir", str(data)]
    assert main(command) == 0
    capsys.readouterr()
    [copy] = backups(data)
    assert '"heading"' in copy.read_text(encoding="utf-8")


def test_the_library_copies_changed_bookmarks_while_it_stays_open(tmp_path: Path) -> None:
    data = tmp_path / "data"
    library = _library_with_marks(data, ARTICLES / "en_news.txt")
    try:
        before = len(backups(data))
        library.set_bookmark_note(library.bookmarks()[0].id, "changed while open")
        library.flush_backup()
        assert len(backups(data)) == before + 1
        library.flush_backup()
        assert len(backups(data)) == before + 1, "nothing changed since"
    finally:
        library.close()


def test_a_database_with_a_log_waiting_is_not_called_cut_short(tmp_path: Path) -> None:
    from reader.store.database import check_header

    database = tmp_path / DATABASE_NAME
    header = bytearray(b"SQLite format 3\x00" + bytes(84))
    header[16:18] = (4096).to_bytes(2, "big")
    header[24:28] = header[92:96] = (7).to_bytes(4, "big")
    header[28:32] = (50).to_bytes(4, "big")  # 50 pages recorded, 1 on disk
    database.write_bytes(bytes(header) + bytes(4096 - 100))
    with pytest.raises(DamagedDatabaseError, match="cut short"):
        check_header(database)
    # A checkpoint killed half-way: the log still holds the pages; SQLite completes them.
    (tmp_path / f"{DATABASE_NAME}-wal").write_bytes(b"log frames")
    check_header(database)


def test_damage_found_only_when_the_tables_are_read_is_reported_as_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import reader.store.database as database_module

    data = tmp_path / "data"
    library = Library.open(data)
    library.import_paths(sorted(ARTICLES.glob("*.txt")))
    library.close()
    database = data / DATABASE_NAME
    for suffix in ("-wal", "-shm"):
        database.with_name(DATABASE_NAME + suffix).unlink(missing_ok=True)
    raw = bytearray(database.read_bytes())
    page = 4096
    for number in range(2, len(raw) // page):
        raw[number * page : number * page + 64] = bytes(range(64))  # wreck every page header
    database.write_bytes(bytes(raw))
    monkeypatch.setattr(database_module, "_QUICK_CHECK_LIMIT", 0)  # as for a large library
    with pytest.raises(DamagedDatabaseError):
        Library.open(data)
    assert main(["list", "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and err.count("\n") == 1 and "Traceback" not in err


def test_recovery_finds_files_whose_names_hold_a_hash(tmp_path: Path) -> None:
    article = tmp_path / "notes#1.txt"
    shutil_source = (ARTICLES / "en_news.txt").read_text(encoding="utf-8")
    article.write_text(shutil_source, encoding="utf-8")
    data = tmp_path / "data"
    library = _library_with_marks(data, article)
    library.close()
    (data / DATABASE_NAME).write_bytes(b"garbage" * 1000)
    for suffix in ("-wal", "-shm"):
        (data / f"{DATABASE_NAME}{suffix}").unlink(missing_ok=True)
    recovery = start_afresh(data, paths.bundled_articles())
    try:
        assert recovery.bookmarks_restored == 2 and recovery.lost == []
    finally:
        recovery.library.close()
