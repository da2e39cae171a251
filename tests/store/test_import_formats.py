"""Tests for the import code of reader/store/library.py with the structured formats: web pages
(and pages saved "complete"), Markdown and feeds, whose entries are articles of their own."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.store.library import Library, expand, saved_page
from tests.conftest import DATA
from tests.store.conftest import article_text, write

FEED = DATA / "feeds" / "ar_news.rss"
ATOM = DATA / "feeds" / "en_blog.atom"
OIL = "https://gulf-news.example.com/economy/oil-prices"
MUSEUM = "https://gulf-news.example.com/culture/museum"


def _count(library: Library) -> int:
    return int(library.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


def test_each_feed_entry_is_an_article_known_by_its_link(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "news.xml"
    shutil.copy(FEED, path)
    results = library.import_file(path)
    assert [(r.status, r.title) for r in results] == [
        ("added", "ارتفاع أسعار النفط في الأسواق العالمية"),
        ("added", "افتتاح متحف جديد للفنون الإسلامية"),
    ]
    assert results[0].line().startswith(f"added {path} › ارتفاع أسعار النفط")
    assert library.find(OIL) == results[0].article_id
    assert library.find(MUSEUM) == results[1].article_id
    assert {e.source for e in library.entries()} == {OIL, MUSEUM}
    again = library.import_file(path)
    assert [(r.status, r.article_id) for r in again] == [
        ("unchanged", results[0].article_id),
        ("unchanged", results[1].article_id),
    ]


def test_an_entry_without_a_link_is_known_by_the_file_and_its_id(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "blog.atom"
    shutil.copy(ATOM, path)
    story, note = library.import_file(path)
    assert library.find("https://riverside.example.org/2023/library") == story.article_id
    sources = {e.id: e.source for e in library.entries()}
    assert sources[note.article_id] == f"{path.resolve()}#tag:riverside.example.org,2023:note-7"


def test_an_edited_feed_entry_updates_its_article_and_keeps_its_bookmarks(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "news.rss"
    shutil.copy(FEED, path)
    first, _second = library.import_file(path)
    assert first.article_id is not None
    mark = library.add_bookmark(first.article_id, 2, "المحللون")
    edited = FEED.read_text(encoding="utf-8").replace(
        "يرى محللون أن الأسعار", "يرى كثير من المحللين أن الأسعار"
    )
    path.write_text(edited, encoding="utf-8")
    updated, unchanged = library.import_file(path)
    assert (updated.status, updated.article_id) == ("updated", first.article_id)
    assert unchanged.status == "unchanged"
    assert library.load(first.article_id).sections[2].paragraphs[0].startswith("يرى كثير")
    [kept] = library.bookmarks()
    assert (kept.id, kept.section, kept.note) == (mark.id, 2, "المحللون")


def test_what_a_page_says_of_itself_is_stored(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    shutil.copy(DATA / "pages" / "en_story.html", path)
    [result] = library.import_paths([path])
    assert result.article_id is not None
    stored = library.load(result.article_id)
    assert (stored.author, stored.published, stored.site) == (
        "Tom Hargreaves",
        "2023-11-02",
        "The Riverside Chronicle",
    )
    assert stored.breadcrumb == ("Home", "Local", "Culture")
    assert stored.dropped[-1] == "© 2023 The Riverside Chronicle. All rights reserved."


def test_a_page_saved_complete_imports_as_one_article(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    shutil.copytree(DATA / "pages" / "saved_complete", folder)
    page = folder / "أسعار النفط.html"
    files = folder / "أسعار النفط_files"
    assert saved_page(files) == page
    assert saved_page(folder) is None
    assert list(expand([folder])) == [(page, False), (files, False)]
    added, skipped = library.import_paths([folder])
    assert (added.status, added.title) == ("added", "ارتفاع أسعار النفط في الأسواق العالمية")
    assert (skipped.path, skipped.status) == (str(files), "skipped")
    assert skipped.reason == "the files of a saved web page (أسعار النفط.html), not articles"
    assert _count(library) == 1


def test_a_folder_ending_in_files_without_its_page_is_walked(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "docs" / "tax_files"
    write(folder / "return.txt", article_text("How to file the tax return this year"))
    write(tmp_path / "docs" / "tax.txt", article_text("A text file, not a page, named like one"))
    assert saved_page(folder) is None
    results = library.import_paths([tmp_path / "docs"])
    assert [(Path(r.path).name, r.status) for r in results] == [
        ("tax.txt", "added"),
        ("return.txt", "added"),
    ]


def test_a_page_turned_broken_leaves_its_article_and_bookmarks(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "story.html"
    shutil.copy(DATA / "pages" / "en_story.html", path)
    [first] = library.import_paths([path])
    assert first.article_id is not None
    library.add_bookmark(first.article_id, 1, "the campaign")
    before = (library.load(first.article_id), library.entries(), library.bookmarks())
    for broken in (b"\x89PNG\r\n\x1a\n\x00\x00", b"", b"<html><body></body></html>"):
        path.write_bytes(broken)
        [result] = library.import_paths([path])
        assert result.status == "skipped"
        assert (library.load(first.article_id), library.entries(), library.bookmarks()) == before


def test_a_markdown_article_and_its_front_matter(library: Library, tmp_path: Path) -> None:
    path = write(
        tmp_path / "post.md",
        "---\ntitle: A post about bread\nauthor: Sam\ndate: 2024-06-01\n---\n\n"
        "Bread is made of flour, water and salt.\n\n## Baking\n\nBake it for forty minutes.\n",
    )
    [result] = library.import_paths([path])
    assert result.article_id is not None
    stored = library.load(result.article_id)
    assert stored.title == "A post about bread"
    assert (stored.author, stored.published) == ("Sam", "2024-06-01")
    assert [s.heading for s in stored.sections] == [None, "Baking"]
