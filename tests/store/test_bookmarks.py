"""Tests for reader/store/bookmarks.py through the library: adding, notes, re-anchoring after
a re-import, orphans, and export and import of the JSON file."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from reader import atomic
from reader.document import Section
from reader.errors import ReaderError
from reader.store import bookmarks as bookmark_store
from reader.store.anchors import EXCERPT_CHARS
from reader.store.bookmarks import EXPORT_FORMAT, EXPORT_VERSION, Bookmark
from reader.store.library import Library
from tests.store.conftest import SECTIONS, TITLE, Sections, article_text, write

LEAD, CAMPAIGN, MONEY, NEXT = SECTIONS


def _import(library: Library, path: Path, sections: Sections = SECTIONS, title: str = TITLE) -> int:
    write(path, article_text(title, sections))
    [result] = library.import_paths([path])
    assert result.status != "skipped", result.reason
    assert result.article_id is not None
    return result.article_id


@pytest.fixture
def article(library: Library, tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "articles" / "library.txt"
    return path, _import(library, path)


def _where(library: Library) -> dict[str | None, int | None]:
    """Each bookmark's heading and the section it points at now."""
    return {b.heading: b.section for b in library.bookmarks()}


# -- adding, listing, notes, removing --------------------------------------------------------


def test_a_bookmark_remembers_its_section(library: Library, article: tuple[Path, int]) -> None:
    _path, article_id = article
    mark = library.add_bookmark(article_id, 1, "ملاحظة: التوقيعات")
    assert mark.article_id == article_id
    assert mark.article_title == "How the old city library was saved"
    assert (mark.heading, mark.position, mark.section) == ("The campaign", 1, 1)
    assert mark.excerpt == " ".join(CAMPAIGN[1])[:EXCERPT_CHARS]
    assert mark.note == "ملاحظة: التوقيعات"
    assert not mark.orphaned
    assert mark.created_at.endswith("+00:00")
    assert mark.to_json() == {
        "id": mark.id,
        "article_id": article_id,
        "article_title": "How the old city library was saved",
        "section": 2,
        "heading": "The campaign",
        "note": "ملاحظة: التوقيعات",
        "created_at": mark.created_at,
        "orphaned": False,
    }
    assert library.bookmarks() == [mark]
    assert library.bookmarks_for(article_id) == [mark]
    assert library.bookmark_at(article_id, 1) == mark
    assert library.bookmark_at(article_id, 2) is None


def test_the_lead_can_be_bookmarked(library: Library, article: tuple[Path, int]) -> None:
    mark = library.add_bookmark(article[1], 0)
    assert (mark.heading, mark.section, mark.note) == (None, 0, "")
    assert mark.to_json()["heading"] is None
    assert mark.to_json()["section"] == 1


@pytest.mark.parametrize("section", [-1, 4, 99])
def test_a_section_that_is_not_there_cannot_be_bookmarked(
    library: Library, article: tuple[Path, int], section: int
) -> None:
    with pytest.raises(ReaderError, match="has no section"):
        library.add_bookmark(article[1], section)
    assert library.bookmarks() == []


def test_bookmarks_are_listed_newest_first(library: Library, article: tuple[Path, int]) -> None:
    first = library.add_bookmark(article[1], 3)
    second = library.add_bookmark(article[1], 0)
    third = library.add_bookmark(article[1], 2)
    assert [b.id for b in library.bookmarks()] == [third.id, second.id, first.id]


def test_notes_can_be_changed_and_bookmarks_removed(
    library: Library, article: tuple[Path, int]
) -> None:
    mark = library.add_bookmark(article[1], 2, "old note")
    assert library.set_bookmark_note(mark.id, "new note")
    assert library.bookmarks()[0].note == "new note"
    assert not library.set_bookmark_note(mark.id + 100, "nobody")
    assert library.remove_bookmark(mark.id)
    assert library.bookmarks() == []
    assert not library.remove_bookmark(mark.id)


# -- finding the section again after a re-import ---------------------------------------------


def test_an_edited_paragraph_keeps_the_bookmark_on_its_section(
    library: Library, article: tuple[Path, int]
) -> None:
    path, article_id = article
    library.add_bookmark(article_id, 1)
    library.add_bookmark(article_id, 2)
    edited = (
        LEAD,
        ("The campaign", ("A rewritten paragraph about the long campaign.", *CAMPAIGN[1][1:])),
        MONEY,
        NEXT,
    )
    assert _import(library, path, edited) == article_id
    assert _where(library) == {"The campaign": 1, "The money": 2}


def test_a_moved_section_takes_its_bookmark_along(
    library: Library, article: tuple[Path, int]
) -> None:
    path, article_id = article
    library.add_bookmark(article_id, 1)
    library.add_bookmark(article_id, 3)
    library.add_bookmark(article_id, 0)
    assert _import(library, path, (LEAD, NEXT, MONEY, CAMPAIGN)) == article_id
    assert _where(library) == {"The campaign": 3, "What comes next": 1, None: 0}


def test_a_section_pushed_down_by_a_new_one_keeps_its_bookmark(
    library: Library, article: tuple[Path, int]
) -> None:
    path, article_id = article
    library.add_bookmark(article_id, 2)
    new = ("A new beginning", ("A section added in front of all the others today.",))
    assert _import(library, path, (LEAD, new, CAMPAIGN, MONEY, NEXT)) == article_id
    assert _where(library) == {"The money": 3}


def test_a_slightly_reworded_heading_over_the_same_text_keeps_its_bookmark(
    library: Library, article: tuple[Path, int]
) -> None:
    path, article_id = article
    library.add_bookmark(article_id, 2)
    library.add_bookmark(article_id, 1)
    reworded = (LEAD, ("The campaign itself", CAMPAIGN[1]), NEXT, ("Raising money", MONEY[1]))
    assert _import(library, path, reworded) == article_id
    assert _where(library) == {"The money": 3, "The campaign": 1}


def test_a_bookmark_whose_section_is_gone_is_kept_orphaned_and_comes_back(
    library: Library, article: tuple[Path, int]
) -> None:
    path, article_id = article
    mark = library.add_bookmark(article_id, 2, "the roof")
    library.add_bookmark(article_id, 3)

    assert _import(library, path, (LEAD, CAMPAIGN, NEXT)) == article_id
    orphan = next(b for b in library.bookmarks() if b.id == mark.id)
    assert orphan.orphaned
    assert orphan.section is None
    assert (orphan.heading, orphan.note, orphan.excerpt) == ("The money", "the roof", mark.excerpt)
    assert orphan.to_json()["orphaned"] is True
    assert orphan.to_json()["section"] is None
    assert orphan.to_json()["heading"] == "The money"
    assert _where(library) == {"The money": None, "What comes next": 2}
    assert library.bookmark_at(article_id, 2) is not None  # the other one, not the orphan

    assert _import(library, path, SECTIONS) == article_id
    back = next(b for b in library.bookmarks() if b.id == mark.id)
    assert (back.section, back.orphaned, back.note) == (2, False, "the roof")
    assert _where(library) == {"The money": 2, "What comes next": 3}


def test_a_moved_and_edited_file_keeps_its_bookmarks(
    library: Library, article: tuple[Path, int], tmp_path: Path
) -> None:
    path, article_id = article
    mark = library.add_bookmark(article_id, 1, "note")
    new = tmp_path / "elsewhere" / "renamed.txt"
    new.parent.mkdir()
    path.rename(new)
    [moved] = library.import_paths([new])
    assert (moved.status, moved.article_id) == ("moved", article_id)
    assert _import(library, new, (LEAD, MONEY, CAMPAIGN, NEXT)) == article_id
    [kept] = library.bookmarks()
    assert (kept.id, kept.section, kept.note) == (mark.id, 2, "note")


def test_reanchor_points_bookmarks_at_the_given_sections(
    library: Library, article: tuple[Path, int]
) -> None:
    _path, article_id = article
    library.add_bookmark(article_id, 1)
    sections = tuple(Section(h, tuple(p)) for h, p in (NEXT, CAMPAIGN))
    bookmark_store.reanchor(library.conn, article_id, sections)
    assert _where(library) == {"The campaign": 1}
    bookmark_store.reanchor(library.conn, article_id, sections[:1])
    assert _where(library) == {"The campaign": None}


# -- export and import -----------------------------------------------------------------------


def test_export_writes_every_bookmark_as_json(
    library: Library, article: tuple[Path, int], tmp_path: Path
) -> None:
    path, article_id = article
    library.add_bookmark(article_id, 0)
    library.add_bookmark(article_id, 2, "سقف المكتبة")
    out = tmp_path / "backup.json"
    assert library.export_bookmarks(out) == 2
    text = out.read_text(encoding="utf-8")
    assert "سقف المكتبة" in text
    data = json.loads(text)
    assert (data["format"], data["version"]) == (EXPORT_FORMAT, EXPORT_VERSION)
    assert [set(r) for r in data["bookmarks"]] == [
        {"article", "heading", "position", "excerpt", "note", "created_at"}
    ] * 2
    record = data["bookmarks"][1]
    assert record["article"]["source"] == str(path.resolve())
    assert record["article"]["title"] == "How the old city library was saved"
    assert (record["heading"], record["position"], record["note"]) == (
        "The money",
        2,
        "سقف المكتبة",
    )
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".backup")] == []


def test_export_remove_reimport_and_import_brings_the_bookmarks_back(
    library: Library, article: tuple[Path, int], tmp_path: Path
) -> None:
    path, article_id = article
    library.add_bookmark(article_id, 1, "first")
    library.add_bookmark(article_id, 3, "")
    other = _import(
        library, tmp_path / "other.txt", (LEAD, NEXT), "Another article on the same library"
    )
    library.add_bookmark(other, 1, "other article")
    before = library.bookmarks()
    out = tmp_path / "backup.json"
    assert library.export_bookmarks(out) == 3

    assert library.remove(article_id) == 2
    assert [b.note for b in library.bookmarks()] == ["other article"]
    new_id = _import(library, path)
    assert library.import_bookmarks(out) == (
        2,
        ["bookmark 3 (Another article on the same library): already there"],
    )

    def key(b: Bookmark) -> tuple[object, ...]:
        return (b.heading, b.position, b.excerpt, b.note, b.created_at, b.section, b.orphaned)

    assert sorted(map(key, library.bookmarks())) == sorted(map(key, before))
    assert {b.article_id for b in library.bookmarks_for(new_id)} == {new_id}
    assert len(library.bookmarks_for(new_id)) == 2

    # Importing the same file again adds nothing.
    added, skipped = library.import_bookmarks(out)
    assert added == 0
    assert len(skipped) == 3
    assert all(line.endswith(": already there") for line in skipped)


def test_imported_bookmarks_find_their_sections_in_an_edited_article(
    library: Library, article: tuple[Path, int], tmp_path: Path
) -> None:
    path, article_id = article
    library.add_bookmark(article_id, 1)
    library.add_bookmark(article_id, 2)
    out = tmp_path / "backup.json"
    library.export_bookmarks(out)
    library.remove(article_id)
    _import(library, path, (LEAD, MONEY, NEXT))
    assert library.import_bookmarks(out) == (2, [])
    assert _where(library) == {"The money": 1, "The campaign": None}


def test_bookmarks_of_articles_not_in_the_library_are_skipped(
    library: Library, article: tuple[Path, int], tmp_path: Path
) -> None:
    _path, article_id = article
    library.add_bookmark(article_id, 1)
    out = tmp_path / "backup.json"
    library.export_bookmarks(out)
    library.remove(article_id)
    added, skipped = library.import_bookmarks(out)
    assert added == 0
    assert skipped == [
        "bookmark 1 (How the old city library was saved): its article is not in the library"
    ]
    assert library.bookmarks() == []


def test_export_into_a_missing_folder_fails_and_writes_nothing(
    library: Library, article: tuple[Path, int], tmp_path: Path
) -> None:
    library.add_bookmark(article[1], 1)
    out = tmp_path / "no" / "such" / "folder" / "backup.json"
    with pytest.raises(ReaderError) as info:
        library.export_bookmarks(out)
    assert str(info.value) == f"{out}: the folder does not exist"
    assert "\n" not in str(info.value)
    assert not (tmp_path / "no").exists()


def test_export_over_a_folder_fails_and_leaves_no_partial_file(
    library: Library, article: tuple[Path, int], tmp_path: Path
) -> None:
    library.add_bookmark(article[1], 1)
    out = tmp_path / "exports" / "backup.json"
    (out / "inside").mkdir(parents=True)
    with pytest.raises(ReaderError, match="cannot write"):
        library.export_bookmarks(out)
    assert sorted(p.name for p in out.parent.iterdir()) == ["backup.json"]
    assert out.is_dir()


def test_a_failed_export_leaves_the_previous_file_whole(
    library: Library, article: tuple[Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library.add_bookmark(article[1], 1)
    out = tmp_path / "exports" / "backup.json"
    out.parent.mkdir()
    library.export_bookmarks(out)
    previous = out.read_bytes()
    library.add_bookmark(article[1], 2)

    def full_disk(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full_disk)
    with pytest.raises(ReaderError, match="No space left on device"):
        library.export_bookmarks(out)
    monkeypatch.undo()
    assert out.read_bytes() == previous
    assert os.listdir(out.parent) == ["backup.json"]


def _exported(library: Library, article_id: int, tmp_path: Path) -> dict[str, Any]:
    library.add_bookmark(article_id, 1, "one")
    library.add_bookmark(article_id, 2, "two")
    out = tmp_path / "good.json"
    library.export_bookmarks(out)
    for mark in library.bookmarks():
        library.remove_bookmark(mark.id)
    library.add_bookmark(article_id, 3, "the one already there")
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


DAMAGED = {
    "truncated": lambda d: json.dumps(d)[:-20],
    "not json": lambda d: "bookmarks: one, two\n",
    "a list": lambda d: json.dumps(d["bookmarks"]),
    "other format": lambda d: json.dumps({**d, "format": "firefox-bookmarks"}),
    "newer version": lambda d: json.dumps({**d, "version": 2}),
    "records not a list": lambda d: json.dumps({**d, "bookmarks": {"a": 1}}),
    "a record lacks a field": lambda d: json.dumps(
        {
            **d,
            "bookmarks": [
                d["bookmarks"][0],
                {k: v for k, v in d["bookmarks"][1].items() if k != "note"},
            ],
        }
    ),
    "a record is not an object": lambda d: json.dumps({**d, "bookmarks": [d["bookmarks"][0], 5]}),
    "position is text": lambda d: _second(d, position="third"),
    "note is null": lambda d: _second(d, note=None),
    "heading is a number": lambda d: _second(d, heading=7),
    "excerpt is null": lambda d: _second(d, heading="Not a heading here", excerpt=None),
    "created_at is null": lambda d: _second(d, created_at=None),
    "source is a list": lambda d: _second(d, article={"source": ["a"], "content_hash": "x"}),
    "not UTF-8": lambda d: b"\xff\xfe\x00garbage",
}


def _second(data: dict[str, Any], **changes: object) -> str:
    """The file with its second record damaged: the first, good one must not be added."""
    first, second = data["bookmarks"]
    return json.dumps({**data, "bookmarks": [first, {**second, **changes}]})


@pytest.mark.parametrize("damage", sorted(DAMAGED))
def test_a_damaged_bookmarks_file_is_one_line_error_and_changes_nothing(
    library: Library, article: tuple[Path, int], tmp_path: Path, damage: str
) -> None:
    data = _exported(library, article[1], tmp_path)
    before = library.bookmarks()
    path = tmp_path / "damaged.json"
    content = DAMAGED[damage](data)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    try:
        library.import_bookmarks(path)
    except Exception as exc:  # checked below: it must be a ReaderError
        error = exc
    else:
        pytest.fail("a damaged file was imported")
    assert library.bookmarks() == before
    assert not library.conn.in_transaction
    assert isinstance(error, ReaderError), f"{type(error).__name__}: {error}"
    message = str(error)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message


def test_importing_a_missing_file_says_so(library: Library, tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="no such file"):
        library.import_bookmarks(tmp_path / "nothing.json")
