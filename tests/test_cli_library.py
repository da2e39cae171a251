"""Tests for the library and bookmark commands of reader/cli.py: import, list, remove,
bookmark add/remove, bookmarks (list, export, import). Output contracts, exit codes, and the
one-line errors."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from reader import paths
from reader.cli import main
from reader.store.database import DATABASE_NAME, SCHEMA_VERSION
from reader.store.library import Library
from tests.conftest import DATA
from tests.store.conftest import SECTIONS, TITLE, article_text, write

BOOKMARK_KEYS = [
    "id",
    "article_id",
    "article_title",
    "section",
    "heading",
    "note",
    "created_at",
    "orphaned",
]
ENTRY_KEYS = ["id", "title", "source", "imported_at", "sections"]
LEGACY_TITLE = "مباراة حاسمة في نهائي الكأس"
LEGACY = (
    "الرئيسية » رياضة\n\n"
    f"{LEGACY_TITLE}\n\n"
    "يلتقي الفريقان مساء الخميس في المباراة النهائية على ملعب المدينة الرياضية، بعد موسم "
    "طويل شهد منافسة قوية بينهما على الصدارة حتى الجولة الأخيرة.\n"
)


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], *args: str | Path) -> Any:
    code, out, err = run(capsys, *args, "--json")
    assert (code, err) == (0, "")
    return json.loads(out)


def assert_one_line_error(err: str, text: str) -> None:
    assert err.startswith("reader: "), err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert text in err, err


def _env_data() -> Path:
    return Path(os.environ["READER_DATA_DIR"])


# -- import and list -------------------------------------------------------------------------


def test_the_first_start_imports_the_bundled_articles_once(
    capsys: pytest.CaptureFixture[str],
) -> None:
    entries = run_json(capsys, "list")
    bundled = paths.bundled_articles()
    assert len(entries) == len(bundled) >= 1
    assert all(list(e) == ENTRY_KEYS for e in entries)
    assert [e["source"] for e in entries] == [str(p.resolve()) for p in bundled]
    assert all(isinstance(e["id"], int) and e["sections"] >= 1 for e in entries)
    assert (_env_data() / DATABASE_NAME).is_file()
    assert run_json(capsys, "list") == entries


def test_import_prints_each_file_and_a_summary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "explicit-data"
    folder = tmp_path / "articles"
    good = write(folder / "a.txt", article_text())
    other = write(folder / "sub" / "b.txt", article_text("A second article for the command"))
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.json").write_text("{}", encoding="utf-8")

    code, out, err = run(capsys, "import", folder, "--data-dir", data)
    assert (code, err) == (0, "")
    entries = run_json(capsys, "list", "--data-dir", data)
    ids = {e["source"]: e["id"] for e in entries}
    assert out.splitlines() == [
        f"added {good} (#{ids[str(good.resolve())]} {TITLE})",
        f"skipped {folder / 'bad.txt'}: not a text file (it contains binary data)",
        f"skipped {folder / 'empty.txt'}: the file is empty",
        f"skipped {folder / 'notes.json'}: not an article file (.json)",
        f"added {other} (#{ids[str(other.resolve())]} A second article for the command)",
        "2 imported, 3 skipped",
    ]
    mine = [e for e in entries if e["source"] in {str(good.resolve()), str(other.resolve())}]
    assert [e["title"] for e in mine] == ["A second article for the command", TITLE]
    assert mine[1]["sections"] == len(SECTIONS)
    assert len(entries) == len(paths.bundled_articles()) + 2
    assert not _env_data().exists(), "--data-dir wins over $READER_DATA_DIR"


def test_import_again_reports_unchanged_updated_and_moved(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path / "a.txt", article_text())
    assert run(capsys, "import", path)[0] == 0
    code, out, _err = run(capsys, "import", path)
    assert code == 0
    assert out.splitlines()[0].startswith(f"unchanged {path} (#")
    write(path, article_text(sections=SECTIONS[:3]))
    assert run(capsys, "import", path)[1].startswith(f"updated {path} (#")
    moved = tmp_path / "moved.txt"
    path.rename(moved)
    assert run(capsys, "import", moved)[1].startswith(f"moved {moved} (#")
    entries = run_json(capsys, "list")
    assert [e["source"] for e in entries].count(str(moved.resolve())) == 1
    assert len(entries) == len(paths.bundled_articles()) + 1


def test_import_of_nothing_but_bad_files_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("عقد ".encode() + b"\xff" + " اجتماع".encode())
    missing = tmp_path / "missing.txt"
    code, out, _err = run(capsys, "import", bad, missing)
    assert code == 1
    assert out.splitlines() == [
        f"skipped {bad}: not UTF-8 text: damaged or mixed encodings (byte 0xff at offset 7)",
        f"skipped {missing}: no such file",
        "0 imported, 2 skipped",
    ]
    assert len(run_json(capsys, "list")) == len(paths.bundled_articles())


def test_list_without_json_prints_a_line_an_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path / "a.txt", article_text())
    run(capsys, "import", path)
    code, out, err = run(capsys, "list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == len(paths.bundled_articles()) + 1
    article_id = run_json(capsys, "list")[0]["id"]
    assert lines[0] == f"{article_id}\t{TITLE}\t{len(SECTIONS)} sections\t{path.resolve()}"


def test_data_dir_may_come_before_the_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "before"
    path = write(tmp_path / "a.txt", article_text())
    assert run(capsys, "--data-dir", data, "import", path)[0] == 0
    entries = run_json(capsys, "--data-dir", data, "list")
    assert str(path.resolve()) in {e["source"] for e in entries}
    assert not _env_data().exists()


# -- remove ----------------------------------------------------------------------------------


def test_remove_takes_the_article_and_its_bookmarks(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path / "a.txt", article_text())
    run(capsys, "import", path)
    article_id = run_json(capsys, "list")[0]["id"]
    run(capsys, "bookmark", "add", str(article_id), "--section", "2")
    run(capsys, "bookmark", "add", str(article_id), "--section", "3")
    code, out, err = run(capsys, "remove", str(article_id))
    assert (code, out, err) == (0, f"removed article #{article_id} and 2 bookmarks\n", "")
    assert article_id not in {e["id"] for e in run_json(capsys, "list")}
    assert run_json(capsys, "bookmarks") == []


def test_remove_of_an_unknown_article_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = run_json(capsys, "list")
    code, out, err = run(capsys, "remove", "999")
    assert (code, out) == (1, "")
    assert_one_line_error(err, "no article #999 in the library")
    assert run_json(capsys, "list") == before


# -- bookmarks -------------------------------------------------------------------------------


def test_bookmark_add_by_id_and_number_lists_as_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path / "a.txt", article_text())
    run(capsys, "import", path)
    article_id = run_json(capsys, "list")[0]["id"]
    code, out, err = run(
        capsys, "bookmark", "add", str(article_id), "--section", "3", "--note", "سقف المكتبة"
    )
    assert (code, err) == (0, "")
    assert out.startswith("bookmark #") and out.endswith(f": {TITLE} › section 3\n")
    [mark] = run_json(capsys, "bookmarks")
    assert list(mark) == BOOKMARK_KEYS
    assert mark == {
        "id": int(out.split("#")[1].split(":")[0]),
        "article_id": article_id,
        "article_title": TITLE,
        "section": 3,
        "heading": "The money",
        "note": "سقف المكتبة",
        "created_at": mark["created_at"],
        "orphaned": False,
    }
    assert mark["created_at"].endswith("+00:00")


def test_bookmark_add_by_path_and_heading(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A file not yet in the library is imported; a heading is matched loosely."""
    path = write(tmp_path / "new.txt", article_text())
    code, out, err = run(capsys, "bookmark", "add", path, "--section", "what comes next:")
    assert (code, err) == (0, "")
    assert out.endswith(f"{TITLE} › section 4\n")
    code, _out, err = run(capsys, "bookmark", "add", path, "--section", "1", "--note", "lead")
    assert (code, err) == (0, "")
    marks = run_json(capsys, "bookmarks")
    assert [(m["section"], m["heading"], m["note"]) for m in marks] == [
        (1, None, "lead"),
        (4, "What comes next", ""),
    ]
    entries = run_json(capsys, "list")
    assert [e["source"] for e in entries].count(str(path.resolve())) == 1
    assert {m["article_id"] for m in marks} == {entries[0]["id"]}


@pytest.mark.parametrize(
    ("source", "section", "message"),
    [
        ("ARTICLE", "9", "no section 9: the article has 4"),
        ("ARTICLE", "0", "no section 0: the article has 4"),
        ("ARTICLE", "Nothing like this", "no section headed 'Nothing like this' in the article"),
        ("ARTICLE", "2", "section 2 is already bookmarked (#"),
        ("999", "1", "no article #999 in the library"),
        ("MISSING", "1", "missing.txt: no such file"),
        ("BINARY", "1", "binary.txt: not a text file (it contains binary data)"),
        # SOURCE is an article id or a file: a folder is refused, not imported wholesale.
        ("FOLDER", "1", "folder"),
        ("EMPTY_FOLDER", "1", "folder"),
    ],
)
def test_bookmark_add_errors_are_one_line_and_change_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, source: str, section: str, message: str
) -> None:
    path = write(tmp_path / "a.txt", article_text())
    run(capsys, "import", path)
    article_id = run_json(capsys, "list")[0]["id"]
    run(capsys, "bookmark", "add", str(article_id), "--section", "2")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x00\x00")
    write(tmp_path / "folder" / "inside.txt", article_text("An article inside a folder here"))
    (tmp_path / "empty-folder").mkdir()
    before = (run_json(capsys, "bookmarks"), run_json(capsys, "list"))
    reference = {
        "ARTICLE": str(article_id),
        "MISSING": str(tmp_path / "missing.txt"),
        "BINARY": str(tmp_path / "binary.txt"),
        "FOLDER": str(tmp_path / "folder"),
        "EMPTY_FOLDER": str(tmp_path / "empty-folder"),
    }.get(source, source)
    code, out, err = run(capsys, "bookmark", "add", reference, "--section", section)
    assert (code, out) == (1, "")
    assert_one_line_error(err, message)
    assert (run_json(capsys, "bookmarks"), run_json(capsys, "list")) == before


def test_bookmark_remove(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", article_text())
    run(capsys, "bookmark", "add", path, "--section", "2")
    [mark] = run_json(capsys, "bookmarks")
    code, out, err = run(capsys, "bookmark", "remove", str(mark["id"]))
    assert (code, out, err) == (0, f"removed bookmark #{mark['id']}\n", "")
    assert run_json(capsys, "bookmarks") == []
    code, out, err = run(capsys, "bookmark", "remove", str(mark["id"]))
    assert (code, out) == (1, "")
    assert_one_line_error(err, f"no bookmark #{mark['id']}")


def test_a_bookmark_whose_section_went_away_is_listed_orphaned_and_comes_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path / "a.txt", article_text())
    run(capsys, "bookmark", "add", path, "--section", "The money", "--note", "roof")
    write(path, article_text(sections=(SECTIONS[0], SECTIONS[1], SECTIONS[3])))
    assert run(capsys, "import", path)[1].startswith("updated ")

    [mark] = run_json(capsys, "bookmarks")
    assert (mark["section"], mark["heading"], mark["orphaned"], mark["note"]) == (
        None,
        "The money",
        True,
        "roof",
    )
    code, out, _err = run(capsys, "bookmarks")
    assert code == 0
    assert out == f"{mark['id']}\t{TITLE} › The money\torphaned\t{mark['created_at']}\troof\n"

    write(path, article_text(sections=(SECTIONS[0], SECTIONS[2], SECTIONS[1], SECTIONS[3])))
    run(capsys, "import", path)
    [back] = run_json(capsys, "bookmarks")
    assert (back["id"], back["section"], back["orphaned"]) == (mark["id"], 2, False)
    code, out, _err = run(capsys, "bookmarks")
    assert out == f"{mark['id']}\t{TITLE} › The money\tsection 2\t{mark['created_at']}\troof\n"


def test_bookmarks_export_remove_reimport_and_import(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data-dir"
    path = write(tmp_path / "a.txt", article_text())
    run(capsys, "bookmark", "add", path, "--section", "2", "--note", "one", "--data-dir", data)
    run(capsys, "bookmark", "add", path, "--section", "4", "--data-dir", data)
    before = run_json(capsys, "bookmarks", "--data-dir", data)
    out_file = tmp_path / "backup.json"

    code, out, err = run(capsys, "bookmarks", "export", out_file, "--data-dir", data)
    assert (code, out, err) == (0, f"exported 2 bookmarks to {out_file}\n", "")
    assert json.loads(out_file.read_text(encoding="utf-8"))["format"] == "reader-bookmarks"

    article_id = before[0]["article_id"]
    code, out, _err = run(capsys, "remove", str(article_id), "--data-dir", data)
    assert out == f"removed article #{article_id} and 2 bookmarks\n"
    assert run(capsys, "import", path, "--data-dir", data)[0] == 0

    code, out, err = run(capsys, "bookmarks", "import", out_file, "--data-dir", data)
    assert (code, out, err) == (0, "2 imported, 0 skipped\n", "")
    after = run_json(capsys, "bookmarks", "--data-dir", data)

    def same(marks: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        keys = ("article_title", "section", "heading", "note", "created_at", "orphaned")
        return sorted(tuple(m[k] for k in keys) for m in marks)

    assert same(after) == same(before)
    [entry] = [e for e in run_json(capsys, "list", "--data-dir", data) if e["title"] == TITLE]
    assert {m["article_id"] for m in after} == {entry["id"]}

    code, out, _err = run(capsys, "bookmarks", "import", out_file, "--data-dir", data)
    assert code == 0
    assert out.splitlines()[-1] == "0 imported, 2 skipped"
    assert out.splitlines()[0] == f"skipped bookmark 1 ({TITLE}): already there"


def test_bookmarks_export_into_a_missing_folder_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_file = tmp_path / "nowhere" / "backup.json"
    code, out, err = run(capsys, "bookmarks", "export", out_file)
    assert (code, out) == (1, "")
    assert_one_line_error(err, f"{out_file}: the folder does not exist")
    assert not out_file.parent.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "reader-bookmarks", "version": 1, "bookm', "not a bookmarks file"),
        ('{"format": "something-else"}', "not a bookmarks file exported by Reader"),
        ('{"format": "reader-bookmarks", "version": 1, "bookmarks": [{}]}', "damaged"),
        ("NOTE_NULL", "damaged.json: "),
    ],
)
def test_bookmarks_import_of_a_damaged_file_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, message: str
) -> None:
    path = write(tmp_path / "a.txt", article_text())
    run(capsys, "bookmark", "add", path, "--section", "2")
    good = tmp_path / "good.json"
    run(capsys, "bookmarks", "export", good)
    if content == "NOTE_NULL":
        data = json.loads(good.read_text(encoding="utf-8"))
        data["bookmarks"][0].update(note=None, created_at="2001-01-01T00:00:00+00:00")
        content = json.dumps(data)
    before = run_json(capsys, "bookmarks")
    damaged = write(tmp_path / "damaged.json", content)
    code, out, err = run(capsys, "bookmarks", "import", damaged)
    assert (code, out) == (1, "")
    assert_one_line_error(err, message)
    assert run_json(capsys, "bookmarks") == before


def test_bookmark_add_honours_data_dir_before_the_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "chosen"
    path = write(tmp_path / "a.txt", article_text())
    code, _out, err = run(capsys, "--data-dir", data, "bookmark", "add", path, "--section", "2")
    assert (code, err) == (0, "")
    assert len(run_json(capsys, "bookmarks", "--data-dir", data)) == 1
    assert not _env_data().exists(), "the bookmark went to $READER_DATA_DIR, not --data-dir"
    [mark] = run_json(capsys, "bookmarks", "--data-dir", data)
    code, _out, err = run(capsys, "--data-dir", data, "bookmark", "remove", str(mark["id"]))
    assert (code, err) == (0, "")
    assert run_json(capsys, "bookmarks", "--data-dir", data) == []


# -- the database and usage ------------------------------------------------------------------


def test_a_database_from_a_newer_reader_is_a_one_line_error_and_untouched(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = _env_data()
    library = Library.open(data)
    library.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    library.close()
    database = data / DATABASE_NAME
    before = database.read_bytes()
    for command in (["list"], ["bookmarks", "--json"], ["import", str(database)]):
        code, out, err = run(capsys, *command)
        assert (code, out) == (1, "")
        assert_one_line_error(err, f"schema version {SCHEMA_VERSION + 5}")
    assert database.read_bytes() == before


@pytest.mark.parametrize(
    "argv",
    [
        ["import"],
        ["list", "--bogus"],
        ["remove"],
        ["remove", "first"],
        ["bookmark"],
        ["bookmark", "add", "1"],
        ["bookmark", "remove", "one"],
        ["bookmark", "rename", "1"],
        ["bookmarks", "export"],
        ["bookmarks", "import"],
        ["bookmarks", "delete", "x.json"],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "usage:" in captured.err
    assert not _env_data().exists(), "a usage error touches no library"


def test_input_that_is_not_valid_text_gets_one_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(
        "Title here\n\nSome text.\n", encoding="utf-8"
    )
    (folder / "z.txt").write_text("Zed title\n\nMore text here.\n", encoding="utf-8")
    assert main(["import", str(folder), *data]) == 0
    out = capsys.readouterr().out
    assert "caf\\xe9.txt: the file name is not valid UTF-8" in out
    assert "added" in out and "z.txt" in out, "the rest still import"

    assert main(["export", "²", *data]) == 1
    assert capsys.readouterr().err == "reader: ²: no such file\n"
    assert main(["bookmark", "add", "1", "--section", "2", "--note", "\udcff", *data]) == 1
    assert capsys.readouterr().err == (
        "reader: the note is not valid text in the terminal's encoding\n"
    )
    assert main(["--lang", "en", "list", *data]) == 0, "an option before the command"


# -- one import of every format ----------------------------------------------------------------


def test_one_command_imports_a_folder_of_every_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Text, a web page, Markdown, a feed (two entries), Windows-1256 text, and a page saved
    "complete" are imported; an empty file, a PNG named .txt, a PDF and the saved page's
    files are skipped, each with its reason; the broken files change nothing."""
    pages, feeds = DATA / "pages", DATA / "feeds"
    folder = tmp_path / "mixed"
    good = write(folder / "a-text.txt", article_text())
    shutil.copy(pages / "en_story.html", folder / "b-page.html")
    write(folder / "c-notes.md", "# Market notes\n\n1. Buy bread\n1. Sell fish\n")
    shutil.copy(feeds / "ar_news.rss", folder / "d-feed.xml")
    (folder / "e-legacy.txt").write_bytes(LEGACY.encode("cp1256"))
    (folder / "f-empty.txt").write_bytes(b"")
    (folder / "g-photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(32))
    (folder / "h-paper.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    shutil.copytree(pages / "saved_complete", folder / "saved")
    deep = write(folder / "sub" / "i-deep.txt", article_text("An article one folder down"))
    data = tmp_path / "data"

    # A first import of one good file, with a bookmark on it, to see the rest leave it be.
    assert run(capsys, "import", good, "--data-dir", data)[0] == 0
    first = run_json(capsys, "list", "--data-dir", data)
    article_id = next(e["id"] for e in first if e["source"] == str(good.resolve()))
    assert (
        run(capsys, "bookmark", "add", str(article_id), "--section", "2", "--data-dir", data)[0]
        == 0
    )
    marks = run_json(capsys, "bookmarks", "--data-dir", data)

    code, out, err = run(capsys, "import", folder, "--data-dir", data)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    saved_page = folder / "saved" / "أسعار النفط.html"
    assert [line.split(" ", 1)[0] for line in lines[:-1]] == [
        "unchanged",  # a-text.txt
        "added",  # b-page.html
        "added",  # c-notes.md
        "added",  # d-feed.xml, its first entry
        "added",  # and its second
        "added",  # e-legacy.txt
        "skipped",  # f-empty.txt
        "skipped",  # g-photo.txt
        "skipped",  # h-paper.pdf
        "added",  # saved/أسعار النفط.html
        "skipped",  # saved/أسعار النفط_files
        "added",  # sub/i-deep.txt
    ]
    assert lines[3].startswith(f"added {folder / 'd-feed.xml'} › ارتفاع أسعار النفط")
    assert lines[6] == f"skipped {folder / 'f-empty.txt'}: the file is empty"
    assert lines[7] == f"skipped {folder / 'g-photo.txt'}: not a text file (it is a PNG image)"
    assert lines[8] == f"skipped {folder / 'h-paper.pdf'}: not an article file (.pdf)"
    assert lines[9].startswith(f"added {saved_page} (#")
    assert lines[10] == (
        f"skipped {folder / 'saved' / 'أسعار النفط_files'}: the files of a saved web page "
        "(أسعار النفط.html), not articles"
    )
    assert lines[11].startswith(f"added {deep} (#")
    assert lines[-1] == "8 imported, 4 skipped"

    entries = run_json(capsys, "list", "--data-dir", data)
    by_source = {e["source"]: e for e in entries}
    assert by_source[str((folder / "b-page.html").resolve())]["title"] == (
        "How the old city library was saved"
    )
    assert by_source[str((folder / "c-notes.md").resolve())]["title"] == "Market notes"
    assert by_source["https://gulf-news.example.com/culture/museum"]["title"] == (
        "افتتاح متحف جديد للفنون الإسلامية"
    )
    assert by_source[str((folder / "e-legacy.txt").resolve())]["title"] == LEGACY_TITLE
    assert not any("_files" in (e["source"] or "") for e in entries)
    assert run_json(capsys, "bookmarks", "--data-dir", data) == marks

    # Again: nothing new, nothing lost.
    code, out, _err = run(capsys, "import", folder, "--data-dir", data)
    assert code == 0
    assert out.splitlines()[-1] == "8 imported, 4 skipped"
    assert sum(1 for line in out.splitlines() if line.startswith("unchanged ")) == 8
    assert run_json(capsys, "list", "--data-dir", data) == entries
    assert run_json(capsys, "bookmarks", "--data-dir", data) == marks
