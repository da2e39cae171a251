"""The bad-input corpus (tests/data/bad, see its README) and generated hostile cases: each is
imported correctly or refused in one line naming the file and the reason, through the command
line and the window, and the library and bookmarks stay as they were."""

from __future__ import annotations

import json
import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.cli import main
from reader.store.library import Library
from tests.conftest import ARTICLES

BAD = Path(__file__).parent / "data" / "bad"

REFUSED = {
    "empty.txt": "the file is empty",
    "whitespace-only.txt": "the file is empty",
    "image-renamed.txt": "not a text file (it is a PNG image)",
    "nul-bytes.txt": "not a text file (it contains binary data)",
    "invalid-utf8.txt": "not UTF-8 text: damaged or mixed encodings (byte 0xd8 at offset 59)",
    "mixed-encodings.txt": "not UTF-8 text: damaged or mixed encodings",
}
IMPORTED = {
    "only-headings.txt": "أخبار الاقتصاد:",
    "markup-in-text.txt": "كيف تكتب صفحة ويب",
    "bidi-controls.txt": "عنوان \u202eبريء\u202c فيه رموز اتجاه",
    "hostile-page.html": "صفحة فيها ما لا يجوز تشغيله",
    "utf16-no-bom.txt": "الحكومة تعلن خطة جديدة للنقل العام",
    "windows-1256.txt": "الحكومة تعلن خطة جديدة للنقل العام",
}


def test_the_corpus_lists_every_file_it_holds() -> None:
    files = {p.name for p in BAD.iterdir() if p.name != "README.md"}
    assert files == set(REFUSED) | set(IMPORTED)
    readme = (BAD / "README.md").read_text(encoding="utf-8")
    assert all(f"| {name} |" in readme for name in files)


@pytest.fixture
def data(tmp_path: Path) -> Iterator[Path]:
    """A data folder whose library holds an article with a bookmark and a note."""
    folder = tmp_path / "data"
    library = Library.open(folder)
    [result] = library.import_paths([ARTICLES / "en_news.txt"])
    assert result.article_id is not None
    library.add_bookmark(result.article_id, 1, note="keep me")
    library.close()
    yield folder


def _state(capsys: pytest.CaptureFixture[str], data: Path) -> tuple[object, object]:
    assert main(["list", "--json", "--data-dir", str(data)]) == 0
    articles = json.loads(capsys.readouterr().out)
    assert main(["bookmarks", "--json", "--data-dir", str(data)]) == 0
    marks = json.loads(capsys.readouterr().out)
    return articles, marks


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_bad_file_is_refused_in_one_line_and_changes_nothing(
    name: str, data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _state(capsys, data)
    path = tmp_path / name
    shutil.copyfile(BAD / name, path)
    assert main(["import", str(path), "--data-dir", str(data)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0] == f"skipped {path}: {REFUSED[name]}" or (
        captured.out.splitlines()[0].startswith(f"skipped {path}: {REFUSED[name]}")
    )
    assert captured.err == "reader: nothing imported: 1 file skipped\n"
    assert _state(capsys, data) == before
    assert main(["parse", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"reader: {path}: {REFUSED[name]}") and err.count("\n") == 1


@pytest.mark.parametrize("name", sorted(IMPORTED))
def test_an_awkward_file_is_imported_whole(
    name: str, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, marks = _state(capsys, data)
    assert main(["import", str(BAD / name), "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("added ") and out.endswith("1 imported, 0 skipped\n")
    articles, after = _state(capsys, data)
    assert IMPORTED[name] in {a["title"] for a in articles}  # type: ignore[union-attr]
    assert after == marks


def test_nothing_is_fetched_and_no_script_text_survives_from_a_hostile_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.importers import load_article

    def refuse(*_args: object) -> None:
        raise AssertionError("the importer tried to connect to the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    article = load_article(BAD / "hostile-page.html")
    text = json.dumps(article.to_json(), ensure_ascii=False)
    for planted in ("SCRIPT RAN", "onload", "alert", "IFRAME TEXT", "FORM VALUE", "tracker"):
        assert planted not in text, planted
    assert [s.heading for s in article.sections] == [None, "ما يجب أن يبقى"]
    assert "أرسل" in article.dropped, "the form's button is left out, and listed as left out"


# -- generated cases ---------------------------------------------------------------------------

PARAGRAPH = "فقرة عربية فيها كلمات كثيرة عن موضوع مهم يقرؤه الناس كل يوم في الصحف. "


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    from reader.errors import ArticleFileError
    from reader.importers import load_article

    path = tmp_path / "dump.txt"
    with path.open("wb") as file:
        file.truncate(50 * 1024 * 1024)
    with pytest.raises(ArticleFileError) as caught:
        load_article(path)
    assert str(caught.value) == (
        f"{path}: too large for an article (50 MB; Reader reads articles up to 5 MB)"
    )


def test_long_files_import_and_keep_every_line(tmp_path: Path) -> None:
    from reader.importers import load_article

    lines = _write(
        tmp_path / "lines.txt",
        "مقال من مئة ألف سطر\n\n" + "\n".join(f"السطر رقم {n} من الملف." for n in range(100_000)),
    )
    article = load_article(lines)
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert len(paragraphs) + len(article.dropped) == 100_000
    assert paragraphs[-1] == "السطر رقم 99999 من الملف."

    line = _write(tmp_path / "line.txt", "سطر واحد طويل\n\n" + PARAGRAPH * 14_000 + "\n")
    assert line.stat().st_size > 1024 * 1024
    [paragraph] = [p for s in load_article(line).sections for p in s.paragraphs]
    assert paragraph == (PARAGRAPH * 14_000).strip()


def test_many_sections_and_a_huge_title_show_in_the_window(qtbot, app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from reader.export.pdf import PdfRequest, proposed_file_name
    from reader.views.main_window import MainWindow

    sections = _write(
        tmp_path / "sections.txt",
        "مقال من خمسة آلاف قسم\n\n"
        + "\n\n".join(f"القسم رقم {n}:\n{PARAGRAPH}" for n in range(5000)),
    )
    title = "ع" * 10_000
    huge = _write(tmp_path / "title.txt", f"{title}\n\n{PARAGRAPH}\n")
    library = Library.open(tmp_path / "data")
    library.import_paths([sections, huge])
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    window.open_article(1)
    assert window.navigator.model().rowCount(window.articles.currentIndex()) == 5000
    window.step_section(4000)
    assert window.sections.currentIndex().row() == 4000
    window.open_article(0)
    assert len(window.windowTitle()) < 200
    article = window.articles.currentIndex().data()
    assert article == title
    name = proposed_file_name(PdfRequest(library.load(library.article_id(0)), 0))
    assert len(name) <= 124 and name.endswith(".pdf")
    window.close()
    library.close()


def test_bidi_controls_cannot_disguise_titles_in_lists_or_file_names(
    qtbot, app, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from reader.export.pdf import PdfRequest, proposed_file_name
    from reader.views.main_window import MainWindow

    library = Library.open(tmp_path / "data")
    [result] = library.import_paths([BAD / "bidi-controls.txt"])
    assert result.article_id is not None
    library.add_bookmark(result.article_id, 1)
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    window.bookmark_model.reload()
    controls = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
    article = window.articles.currentIndex()
    shown = [
        article.data(),
        window.windowTitle(),
        *(window.model.index(r, 0, article).data() for r in range(2)),
        window.bookmark_model.index(0, 0).data(),
        proposed_file_name(PdfRequest(library.load(result.article_id), 1)),
    ]
    for text in shown:
        # Reader's own first-strong isolates (U+2068 … U+2069, in pairs) may frame parts of a
        # line; nothing from the article may remain.
        assert text.count("\u2068") == text.count("\u2069"), repr(text)
        assert not (controls - {"\u2068", "\u2069"}) & set(text), repr(text)
        assert not controls & set(text.replace("\u2068", "").replace("\u2069", "")), repr(text)
    assert article.data() == "عنوان بريء فيه رموز اتجاه"
    assert "gpj.exe" in proposed_file_name(PdfRequest(library.load(result.article_id), 1))
    # The stored text keeps them: nothing of the article is lost.
    assert "\u202e" in library.load(result.article_id).title
    window.close()
    library.close()


def test_markup_in_an_article_is_shown_as_the_characters_it_is(qtbot, app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from reader.views.main_window import MainWindow

    library = Library.open(tmp_path / "data")
    library.import_paths([BAD / "markup-in-text.txt"])
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    text = window.detail.toPlainText()
    assert "<b>نص عريض</b>" in text and "&amp;" in text
    assert "<script>alert('hi')</script>" in text
    window.close()
    library.close()


def test_awkward_file_names_import(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "data")
    names = ["مقال عربي.txt", "with spaces.txt", "quotes ' and \".txt", "new\nline.txt"]
    paths = [
        _write(tmp_path / name, f"عنوان المقال رقم {n}\n\n{PARAGRAPH}\n")
        for n, name in enumerate(names)
    ]
    results = library.import_paths(paths)
    assert [r.status for r in results] == ["added"] * 4
    assert "\n" not in results[3].line(), "one line, whatever the name"
    library.close()


def test_pipes_unreadable_files_and_link_loops_in_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    (folder / "inner").mkdir(parents=True)
    _write(folder / "good.txt", f"مقال جيد\n\n{PARAGRAPH}\n")
    (folder / "inner" / "loop").symlink_to(folder, target_is_directory=True)
    os.mkfifo(folder / "pipe.txt")
    locked = _write(folder / "locked.txt", f"مقال مقفل\n\n{PARAGRAPH}\n")
    locked.chmod(0)
    library = Library.open(tmp_path / "data")
    try:
        results = {Path(r.path).name: r for r in library.import_paths([folder])}
    finally:
        locked.chmod(0o644)
    assert results["good.txt"].status == "added"
    assert results["pipe.txt"].reason == "not a regular file"
    if os.geteuid() != 0:  # root reads a file whatever its mode
        assert results["locked.txt"].reason == "permission denied"
    assert len(results) == 3, "the link loop was not followed"
    library.close()
