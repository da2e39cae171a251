"""Tests for reader/store/library.py: importing, identity of articles, listing, removing."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from reader.document import Section
from reader.errors import ReaderError
from reader.importers import load_article, workers
from reader.importers.text import parse_text
from reader.store import library as library_module
from reader.store.database import DATABASE_NAME
from reader.store.library import ImportResult, Library, content_hash
from tests.processes import generate
from tests.store.conftest import SECTIONS, TITLE, article_text, write

EDITED = (
    SECTIONS[0],
    (
        "The campaign",
        (
            "Volunteers collected signatures in the market square every weekend for a year.",
            "By the summer more than ten thousand people had signed the petition to the council.",
        ),
    ),
    *SECTIONS[2:],
)


def _count(library: Library) -> int:
    return int(library.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


# -- importing one file ----------------------------------------------------------------------


def test_importing_a_file_adds_it_with_its_sections(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path / "library.txt", article_text())
    [result] = library.import_paths([path])
    assert result.status == "added"
    assert result.title == TITLE
    assert result.line() == f"added {path} (#{result.article_id} {TITLE})"
    [entry] = library.entries()
    assert entry.id == result.article_id
    assert (entry.title, entry.source, entry.sections) == (TITLE, str(path.resolve()), 4)
    assert entry.imported_at.endswith("+00:00")
    article = library.load(entry.id)
    parsed = load_article(path)
    assert article.sections == parsed.sections
    assert article.sections[1] == Section("The campaign", SECTIONS[1][1])
    assert (article.title, article.language, article.direction) == (TITLE, "en", "ltr")
    assert library.count() == 1
    assert library.summary(0).title == TITLE


def test_a_relative_path_is_stored_resolved(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "sub" / "a.txt", article_text())
    monkeypatch.chdir(tmp_path / "sub")
    [result] = library.import_paths(["a.txt"])
    assert library.entries()[0].source == str((tmp_path / "sub" / "a.txt").resolve())
    assert library.find("a.txt") == result.article_id


def test_importing_the_same_file_again_changes_nothing(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", article_text())
    [first] = library.import_paths([path])
    before = library.entries()
    [again] = library.import_paths([path])
    assert again.status == "unchanged"
    assert again.article_id == first.article_id
    assert library.entries() == before


def test_an_edited_file_updates_its_article_in_place(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", article_text())
    [first] = library.import_paths([path])
    assert first.article_id is not None
    imported_at = library.entries()[0].imported_at
    write(path, article_text("How the old city library was saved at last", EDITED))
    [again] = library.import_paths([path])
    assert (again.status, again.article_id) == ("updated", first.article_id)
    [entry] = library.entries()
    assert entry.title == "How the old city library was saved at last"
    assert entry.imported_at == imported_at
    assert library.load(first.article_id).sections[1].paragraphs[0].endswith("for a year.")


def test_a_moved_file_keeps_its_article_and_bookmarks(library: Library, tmp_path: Path) -> None:
    old = write(tmp_path / "inbox" / "a.txt", article_text())
    [first] = library.import_paths([old])
    assert first.article_id is not None
    mark = library.add_bookmark(first.article_id, 2, "roof")
    new = tmp_path / "archive" / "2024" / "library.txt"
    new.parent.mkdir(parents=True)
    shutil.move(old, new)

    [moved] = library.import_paths([new])
    assert (moved.status, moved.article_id) == ("moved", first.article_id)
    [entry] = library.entries()
    assert entry.source == str(new.resolve())
    assert library.find(str(new)) == first.article_id
    assert library.find(str(old)) is None
    [kept] = library.bookmarks()
    assert (kept.id, kept.section, kept.note) == (mark.id, 2, "roof")


def test_identical_content_with_other_line_endings_is_the_same_article(
    library: Library, tmp_path: Path
) -> None:
    text = article_text()
    path = write(tmp_path / "a.txt", text)
    [first] = library.import_paths([path])
    windows = tmp_path / "moved" / "a.txt"
    windows.parent.mkdir()
    windows.write_bytes(text.replace("\n", "  \r\n").encode("utf-8"))
    path.unlink()
    [moved] = library.import_paths([windows])
    assert (moved.status, moved.article_id) == ("moved", first.article_id)
    assert _count(library) == 1


def test_a_copy_of_an_article_never_makes_a_duplicate(library: Library, tmp_path: Path) -> None:
    original = write(tmp_path / "a.txt", article_text())
    copy = write(tmp_path / "copies" / "b.txt", article_text())
    results = library.import_paths([original, copy, original, copy])
    assert len({r.article_id for r in results}) == 1
    assert _count(library) == 1


def test_a_new_file_at_a_known_path_with_new_content_updates_that_article(
    library: Library, tmp_path: Path
) -> None:
    path = write(tmp_path / "a.txt", article_text())
    [first] = library.import_paths([path])
    write(path, article_text("A completely different story about the harbour", SECTIONS[1:]))
    [second] = library.import_paths([path])
    assert (second.status, second.article_id) == ("updated", first.article_id)
    assert _count(library) == 1


def test_storing_an_article_without_a_source_goes_by_its_content(library: Library) -> None:
    article = parse_text(article_text())
    digest = content_hash(article_text())
    first = library.store(article, source=None, digest=digest, label="pasted")
    again = library.store(article, source=None, digest=digest, label="pasted again")
    assert first.status == "added"
    assert (again.status, again.article_id) == ("unchanged", first.article_id)
    assert again.line() == f"unchanged pasted again (#{first.article_id} {TITLE})"
    [entry] = library.entries()
    assert entry.source is None


def test_content_hash_ignores_line_endings_and_trailing_space() -> None:
    assert content_hash("a\nb\n") == content_hash("a  \r\nb\r\n\r\n")
    assert content_hash("a\nb") != content_hash("a\nc")


# -- importing folders and bad files ---------------------------------------------------------


def test_a_folder_is_imported_recursively_in_name_order(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write(folder / "b.txt", article_text("The second article of the folder here"))
    write(folder / "a.text", article_text("The first article of the folder here"))
    write(folder / "deep" / "er" / "c.TXT", article_text("An article deep inside the folder"))
    write(folder / ".hidden.txt", article_text("A hidden article nobody asked for"))
    write(folder / ".git" / "d.txt", article_text("An article in a hidden folder here"))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (folder / "README").write_text("notes", encoding="utf-8")
    seen: list[ImportResult] = []
    results = library.import_paths([folder], progress=seen.append)
    assert seen == results
    assert [(Path(r.path).relative_to(folder).as_posix(), r.status) for r in results] == [
        ("README", "skipped"),
        ("a.text", "added"),
        ("b.txt", "added"),
        ("photo.jpg", "skipped"),
        ("deep/er/c.TXT", "added"),
    ]
    assert results[0].reason == "not an article file (no extension)"
    assert results[3].reason == "not an article file (.jpg)"
    assert results[3].line() == f"skipped {folder / 'photo.jpg'}: not an article file (.jpg)"
    assert sorted(e.title for e in library.entries()) == [
        "An article deep inside the folder",
        "The first article of the folder here",
        "The second article of the folder here",
    ]


BAD_FILES = {
    "binary.txt": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "not a text file (it is a PNG image)",
    ),
    "control.txt": (b"\x00\x01\x02\x03 binary", "not a text file (it contains binary data)"),
    "empty.txt": (b"", "the file is empty"),
    "blank.txt": (b" \n\n\t\n", "the file is empty"),
    "damaged.txt": (
        "عنوان المقال\n\nنص ".encode() + b"\xff" + " المقال.".encode(),
        "not UTF-8 text: damaged or mixed encodings",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_skipped_with_its_reason(library: Library, tmp_path: Path, name: str) -> None:
    data, reason = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    [result] = library.import_paths([path])
    assert result.status == "skipped"
    assert result.article_id is None
    assert result.reason.startswith(reason)
    assert result.line().startswith(f"skipped {path}: {reason}")
    assert _count(library) == 0


def test_a_missing_file_is_skipped(library: Library, tmp_path: Path) -> None:
    [result] = library.import_paths([tmp_path / "gone.txt"])
    assert (result.status, result.reason) == ("skipped", "no such file")


def test_a_folder_with_some_bad_files_imports_the_rest(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    for name, (data, _reason) in BAD_FILES.items():
        (folder / "bad").mkdir(parents=True, exist_ok=True)
        (folder / "bad" / name).write_bytes(data)
    write(folder / "good1.txt", article_text("The first good article in the folder"))
    write(folder / "bad" / "good2.txt", article_text("The second good article in the folder"))
    results = library.import_paths([folder])
    by_name = {Path(r.path).name: r for r in results}
    assert {n for n, r in by_name.items() if r.status == "added"} == {"good1.txt", "good2.txt"}
    for name, (_data, reason) in BAD_FILES.items():
        assert by_name[name].status == "skipped"
        assert by_name[name].reason.startswith(reason)
    assert _count(library) == 2


def test_a_file_turned_bad_leaves_its_article_and_bookmarks(
    library: Library, tmp_path: Path
) -> None:
    path = write(tmp_path / "a.txt", article_text())
    [first] = library.import_paths([path])
    assert first.article_id is not None
    library.add_bookmark(first.article_id, 1, "keep")
    before = (library.load(first.article_id), library.entries(), library.bookmarks())
    path.write_bytes(b"\x00\x01\x02 binary now")
    [result] = library.import_paths([path])
    assert result.status == "skipped"
    assert (library.load(first.article_id), library.entries(), library.bookmarks()) == before


def test_an_unreadable_file_is_skipped_and_the_rest_import(
    library: Library, tmp_path: Path
) -> None:
    """As root chmod cannot make a file unreadable; a link to /proc/self/mem can: reading it
    from offset 0 fails with an input/output error."""
    if not Path("/proc/self/mem").exists():
        pytest.skip("needs /proc/self/mem")
    folder = tmp_path / "folder"
    write(folder / "good.txt", article_text())
    (folder / "unreadable.txt").symlink_to("/proc/self/mem")
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    results = {Path(r.path).name: r for r in library.import_paths([folder])}
    assert results["good.txt"].status == "added"
    assert results["unreadable.txt"].status == "skipped"
    assert results["unreadable.txt"].reason == "cannot be read (Input/output error)"
    assert (results["dangling.txt"].status, results["dangling.txt"].reason) == (
        "skipped",
        "no such file",
    )
    assert _count(library) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_a_file_without_read_permission_is_skipped(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", article_text())
    path.chmod(0)
    try:
        [result] = library.import_paths([path])
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert (result.status, result.reason) == ("skipped", "permission denied")
    assert _count(library) == 0


def test_a_folder_named_like_an_article_is_walked_not_read(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "x.txt"
    write(folder / "inner.txt", article_text())
    [result] = library.import_file(folder)
    assert (result.status, result.reason) == ("skipped", "is a folder, not an article file")
    assert _count(library) == 0
    [walked] = library.import_paths([folder])
    assert (Path(walked.path).name, walked.status) == ("inner.txt", "added")


def test_a_fifo_in_a_folder_is_skipped_not_waited_on(tmp_path: Path) -> None:
    """Opening a FIFO for reading blocks until something writes to it: the import must not
    hang on one. Run in a child process so that a hang fails this test instead of the run."""
    folder = tmp_path / "folder"
    write(folder / "good.txt", article_text())
    os.mkfifo(folder / "pipe.txt")
    data = tmp_path / "data"
    command = [sys.executable, "-m", "reader", "import", str(folder), "--data-dir", str(data)]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=10, check=False)
    except subprocess.TimeoutExpired:
        result = None
    assert result is not None, "reader import hung reading a FIFO (named pipe) in a folder"
    assert f"skipped {folder / 'pipe.txt'}: " in result.stdout
    assert f"added {folder / 'good.txt'}" in result.stdout
    assert result.returncode == 0, result.stderr


# -- one transaction a file ------------------------------------------------------------------


def test_an_import_that_fails_half_way_changes_nothing(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The article's row and its bookmarks change in one transaction: if re-anchoring the
    bookmarks fails, the article keeps its old text too."""
    path = write(tmp_path / "a.txt", article_text())
    [first] = library.import_paths([path])
    assert first.article_id is not None
    library.add_bookmark(first.article_id, 1)
    before = (library.load(first.article_id), library.entries(), library.bookmarks())

    def broken(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(library_module.bookmark_store, "reanchor", broken)
    write(path, article_text(sections=EDITED))
    with pytest.raises(RuntimeError):
        library.import_paths([path])
    assert (library.load(first.article_id), library.entries(), library.bookmarks()) == before
    assert not library.conn.in_transaction


# -- files stored together, reported once committed ------------------------------------------


def _folder_of(tmp_path: Path, count: int) -> list[Path]:
    return [
        write(tmp_path / "many" / f"{n:04}.txt", article_text(f"Article number {n} of many"))
        for n in range(count)
    ]


def test_a_file_is_reported_only_once_committed(library: Library, tmp_path: Path) -> None:
    """Files are stored several to a transaction; each is reported after its commit, so a
    crash can lose only files not reported yet."""
    paths = _folder_of(tmp_path, 40)
    other = sqlite3.connect(library.database)  # what another process would see
    seen: list[bool] = []

    def report(result: ImportResult) -> None:
        row = other.execute("SELECT 1 FROM articles WHERE id = ?", (result.article_id,))
        seen.append(row.fetchone() is not None)

    try:
        results = library.import_paths([tmp_path / "many"], progress=report)
    finally:
        other.close()
    assert [r.status for r in results] == ["added"] * 40
    assert seen == [True] * 40
    assert [library.summary(row).title for row in range(3)] == [
        f"Article number {n} of many" for n in (39, 38, 37)
    ]
    assert sorted(e.source for e in library.entries()) == [str(p.resolve()) for p in paths]


def test_a_file_that_fails_to_store_changes_nothing_and_the_files_before_it_stay(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One transaction holds several files: when one fails, the files before it are stored
    again without it and reported, and the error goes on."""
    _folder_of(tmp_path, 10)
    store = Library._store_entry

    def failing(self: Library, entry: library_module.Entry) -> ImportResult:
        if entry.label.endswith("0006.txt"):
            raise RuntimeError("disk on fire")
        return store(self, entry)

    monkeypatch.setattr(Library, "_store_entry", failing)
    reported: list[ImportResult] = []
    with pytest.raises(RuntimeError, match="disk on fire"):
        library.import_paths([tmp_path / "many"], progress=reported.append)
    assert [Path(r.path).name for r in reported] == [f"{n:04}.txt" for n in range(6)]
    assert [e.title for e in library.entries()] == [
        f"Article number {n} of many" for n in range(5, -1, -1)
    ]
    assert library.count() == 6
    assert not library.conn.in_transaction
    assert library.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert {hit.article_id for hit in library.search("number many", limit=20)} == {
        r.article_id for r in reported
    }


def test_when_a_commit_fails_nothing_of_its_files_is_reported(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _folder_of(tmp_path, 5)

    @contextmanager
    def failing_commit(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        finally:
            conn.execute("ROLLBACK")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(library_module, "transaction", failing_commit)
    reported: list[ImportResult] = []
    with pytest.raises(sqlite3.OperationalError):
        library.import_paths([tmp_path / "many"], progress=reported.append)
    assert reported == []
    assert library.count() == 0 == _count(library)


def test_a_cancelled_import_stops_at_once_and_keeps_what_it_reported(
    library: Library, tmp_path: Path
) -> None:
    _folder_of(tmp_path, 300)
    reported: list[ImportResult] = []
    results = library.import_paths(
        [tmp_path / "many"], progress=reported.append, cancelled=lambda: len(reported) >= 1
    )
    assert results == reported
    assert 1 <= len(results) < 300
    assert [Path(r.path).name for r in results] == [f"{n:04}.txt" for n in range(len(results))]
    assert library.count() == len(results)
    assert library.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _contents(library: Library) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    articles = library.conn.execute(
        "SELECT id, source, content_hash, title, breadcrumb, language, direction, "
        "reading_minutes, section_count, body FROM articles ORDER BY id"
    ).fetchall()
    index = library.conn.execute("SELECT rowid, folded FROM search_index ORDER BY rowid")
    return articles, index.fetchall()


def test_a_large_import_read_by_worker_processes_stores_what_one_process_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "many"
    count = library_module.PARALLEL_FILES + 40
    generate(folder, range(count))
    write(folder / "bad.txt", "")
    write(folder / "notes.md", "# Notes\n\nA few words in Markdown.\n")
    # The library imports these from the workers module when an import starts.
    monkeypatch.setattr(workers, "available_cores", lambda: 2)
    pools: list[int] = []
    pool = workers.ordered_map

    def ordered_map(*args: Any) -> Any:
        pools.append(args[2])
        return pool(*args)

    monkeypatch.setattr(workers, "ordered_map", ordered_map)
    libraries = []
    for parallel in (True, False):
        if not parallel:
            monkeypatch.setattr(library_module, "PARALLEL_FILES", 10**9)
        library = Library.open(tmp_path / f"data-{parallel}")
        try:
            results = library.import_paths([folder])
            libraries.append((results, _contents(library)))
        finally:
            library.close()
    (results, contents), (serial_results, serial_contents) = libraries
    assert len(results) == count + 2
    assert [r.status for r in results].count("added") == count + 1
    assert pools == [2]
    assert results == serial_results
    assert contents == serial_contents


# -- listing, finding, removing --------------------------------------------------------------


def test_entries_are_newest_first_and_find_takes_an_id_or_a_path(
    library: Library, tmp_path: Path
) -> None:
    paths = [
        write(tmp_path / f"{n}.txt", article_text(f"Article number {n} of the library here"))
        for n in ("one", "two", "three")
    ]
    ids = [r.article_id for r in library.import_paths(paths)]
    assert [e.id for e in library.entries()] == ids[::-1]
    assert [library.article_id(row) for row in range(library.count())] == ids[::-1]
    assert library.row_of(ids[0]) == 2
    assert library.row_of(12345) == -1
    assert library.find(str(ids[1])) == ids[1]
    assert library.find(str(paths[2])) == ids[2]
    assert library.find("999") is None
    assert library.find(str(tmp_path / "nothing.txt")) is None


def test_removing_an_article_takes_its_bookmarks(library: Library, tmp_path: Path) -> None:
    keep = write(tmp_path / "keep.txt", article_text("An article that stays in the library"))
    gone = write(tmp_path / "gone.txt", article_text())
    keep_id, gone_id = (r.article_id for r in library.import_paths([keep, gone]))
    assert keep_id is not None and gone_id is not None
    library.add_bookmark(gone_id, 0)
    library.add_bookmark(gone_id, 3)
    kept = library.add_bookmark(keep_id, 1)
    assert library.remove(gone_id) == 2
    assert [e.id for e in library.entries()] == [keep_id]
    assert library.count() == 1
    assert [b.id for b in library.bookmarks()] == [kept.id]
    with pytest.raises(ReaderError, match=f"no article #{gone_id}"):
        library.load(gone_id)
    assert library.remove(gone_id) == 0


def test_bundled_articles_are_imported_on_the_first_start_only(tmp_path: Path) -> None:
    bundled = [
        write(tmp_path / "bundled" / f"{n}.txt", article_text(f"Bundled article number {n} here"))
        for n in (1, 2, 3)
    ]
    library = Library.open(tmp_path / "data")
    try:
        library.import_bundled(bundled)
        assert [e.title for e in library.entries()] == [
            f"Bundled article number {n} here" for n in (1, 2, 3)
        ]
        library.remove(library.entries()[0].id)
    finally:
        library.close()
    again = Library.open(tmp_path / "data")
    try:
        again.import_bundled(bundled)
        assert len(again.entries()) == 2
        assert again.get_meta("bundled_imported") is not None
    finally:
        again.close()


def test_the_library_is_kept_in_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "some" / "where"
    library = Library.open(data)
    library.close()
    assert (data / DATABASE_NAME).is_file()
