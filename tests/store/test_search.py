"""Library search: real Arabic queries, prefixes, notes, strict rules, and an index that stays
in step with the library in the same transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader import paths
from reader.cli import main
from reader.store.database import DATABASE_NAME, migrate
from reader.store.library import Library
from reader.textnorm import Folding
from tests.conftest import ARTICLES


@pytest.fixture
def lib(tmp_path: Path):  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "data")
    library.import_bundled(paths.bundled_articles())
    library.import_paths([ARTICLES])
    yield library
    library.close()


def _sample_id(library: Library) -> int:
    return next(e.id for e in library.entries() if e.title.startswith("روسيا"))


@pytest.mark.parametrize(
    ("query", "matched"),
    [
        ("مؤتمرا", "مؤتمرًا"),
        ("اسطنبول", "إسطنبول"),
        ("الدوليه", "الدولية"),
        ("٢٠٢٢", "2022"),
        ("مفاوض", "مفاوض"),  # a prefix: the snippet marks the part that matched
        ("IPHONE", "iPhone"),
    ],
)
def test_real_queries_find_and_mark_the_original_word(
    lib: Library, query: str, matched: str
) -> None:
    hits = lib.search(query)
    assert hits, query
    start, end = hits[0].match
    assert hits[0].snippet[start:end] == matched


def test_prefix_search_finds_longer_words(lib: Library) -> None:
    [hit] = lib.search("مفاوض")
    assert "[مفاوض]ات" in hit.marked_snippet()
    assert hit.section == 4 and hit.heading == "خلفية"


def test_all_words_must_match_and_titles_rank(lib: Library) -> None:
    hits = lib.search("زيلينسكي مؤتمرا")
    assert [(h.article_id, h.section) for h in hits] == [(_sample_id(lib), 1)]
    titles = lib.search("اسطنبول")
    assert titles[0].kind == "title" and titles[0].section is None


def test_strict_rules_filter_what_the_folded_index_finds(lib: Library) -> None:
    assert lib.search("مؤتمرا", Folding(diacritics=False)) == []
    assert lib.search("مؤتمرًا", Folding(diacritics=False))


def test_index_follows_import_reimport_notes_and_removal(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "new.txt"
    path.write_text("عنوان التجربة\n\nنص فيه كلمة فريدةجدا للبحث.\n", encoding="utf-8")
    lib.import_paths([path])
    assert len(lib.search("فريدهجدا")) == 1
    path.write_text("عنوان التجربة\n\nنص فيه الآن زبرجدية بدلها.\n", encoding="utf-8")
    lib.import_paths([path])
    assert lib.search("فريدهجدا") == []
    assert len(lib.search("زبرجديه")) == 1
    article = lib.find(str(path))
    assert article is not None
    mark = lib.add_bookmark(article, 0, "ملاحظة سرية")
    [note] = lib.search("سريه")
    assert note.kind == "note" and note.article_id == article
    lib.set_bookmark_note(mark.id, "ملاحظة أخرى")
    assert lib.search("سريه") == []
    lib.remove(article)
    assert lib.search("زبرجديه") == []
    assert [h for h in lib.search("اخري") if h.kind == "note"] == []


def test_a_database_from_before_search_is_indexed_when_opened(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    conn = sqlite3.connect(folder / DATABASE_NAME, isolation_level=None)
    migrate(conn, target=2)  # the schema before the search index
    conn.execute(
        "INSERT INTO articles (source, content_hash, title, breadcrumb, language, direction, "
        "reading_minutes, section_count, body, imported_at, updated_at) VALUES "
        "(NULL, 'h', 'مقالة قديمة', '[]', 'ar', 'rtl', 1, 1, ?, 't', 't')",
        ('{"sections": [[null, ["نص محفوظ قبل البحث."]]], "dropped": []}',),
    )
    conn.close()
    library = Library.open(folder)
    try:
        [hit] = library.search("محفوظ")
        assert hit.title == "مقالة قديمة" and hit.section == 0
    finally:
        library.close()


def test_reindex_rebuilds_from_the_library(lib: Library) -> None:
    lib.conn.execute("DELETE FROM search_index")
    assert lib.search("زيلينسكي") == []
    assert lib.rebuild_search_index() == lib.count()
    assert lib.search("زيلينسكي")


def test_search_command_prints_json_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    data = ["--data-dir", str(tmp_path / "d")]
    assert main(["search", "مؤتمرا", "--json", *data]) == 0
    [record] = json.loads(capsys.readouterr().out)
    assert list(record) == ["article_id", "title", "section", "snippet"]
    assert record["section"] == 2
    assert "[مؤتمرًا]" in record["snippet"]
    assert main(["search", "لاشيءيطابقهذا", *data]) == 0
    assert capsys.readouterr().out == "no matches\n"
    assert main(["reindex", *data]) == 0
    assert capsys.readouterr().out.startswith("indexed ")


def test_reimporting_an_article_keeps_its_bookmark_notes_searchable(
    lib: Library, tmp_path: Path
) -> None:
    path = tmp_path / "note.txt"
    path.write_text("عنوان الملاحظة\n\nنص أول.\n", encoding="utf-8")
    article = lib.import_paths([path])[0].article_id
    assert article is not None
    lib.add_bookmark(article, 0, "ملاحظة لؤلؤية")
    path.write_text("عنوان الملاحظة\n\nنص أول معدل.\n", encoding="utf-8")
    assert lib.import_paths([path])[0].status == "updated"
    assert [h.kind for h in lib.search("لؤلؤيه")] == ["note"]


def test_presentation_forms_are_found_as_the_letters_they_show(
    lib: Library, tmp_path: Path
) -> None:
    path = tmp_path / "forms.txt"
    path.write_text("عنوان قديم\n\nنص مطبوع بأشكال قديمة: ﻻ ﺗﻨﺲَ.\n", encoding="utf-8")
    article = lib.import_paths([path])[0].article_id
    [hit] = [h for h in lib.search("تنس") if h.article_id == article]
    assert hit.snippet[hit.match[0] : hit.match[1]] == "ﺗﻨﺲَ"
    assert article in [h.article_id for h in lib.search("لا تنس")]
