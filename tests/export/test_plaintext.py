"""Plain-text export (reader/export/plaintext.py): the shape of the text, articles that read back
as they were, and `reader export --format txt`. The property over generated articles is in
tests/importers/test_properties.py."""

from __future__ import annotations

from pathlib import Path

import pytest

import reader
from reader.cli import main
from reader.document import Article, Section
from reader.export.plaintext import article_text
from reader.importers import load_article, read_articles
from reader.importers.text import parse_text
from tests.conftest import ARTICLES, DATA, SAMPLE

AR = "يقول الخبراء إن هذه الخطوة جاءت بعد سنوات من النقاش الطويل بين الأطراف المعنية في البلاد."
EN = "The officials said on Monday that the new plan would take effect next year after a debate."
EN2 = "Critics argue that the money would be better spent on the lines used by more people."
BUNDLED = Path(reader.__file__).parent / "resources" / "articles"


def outline(article: Article) -> tuple[object, ...]:
    return (
        article.breadcrumb,
        article.title,
        [(section.heading, section.paragraphs) for section in article.sections],
    )


def test_the_shape_of_the_text() -> None:
    article = Article(
        title="The story title here",
        breadcrumb=("Home", "World"),
        sections=(Section(None, (EN,)), Section("What comes next", (EN2, EN))),
        dropped=("Share this article",),
    )
    assert article_text(article) == (
        f"Home › World\n\nThe story title here\n\n{EN}\n\nWhat comes next:\n{EN2}\n\n{EN}\n"
    )


@pytest.mark.parametrize(
    "path",
    [*sorted(ARTICLES.glob("*.txt")), *sorted(BUNDLED.glob("*.txt"))],
    ids=lambda path: path.stem,
)
def test_hand_outlined_and_bundled_articles_read_back(path: Path) -> None:
    article = load_article(path)
    assert outline(parse_text(article_text(article))) == outline(article)


@pytest.mark.parametrize(
    "path",
    [*sorted((DATA / "pages").glob("*.html")), *sorted((DATA / "feeds").glob("*"))],
    ids=lambda path: path.name,
)
def test_web_pages_and_feed_entries_read_back(path: Path) -> None:
    for imported in read_articles(path):
        article = imported.article
        assert outline(parse_text(article_text(article))) == outline(article)


def test_a_heading_is_written_bare_where_a_colon_would_make_it_a_list_introduction() -> None:
    # Four words and a colon above two short lines read as a sentence introducing a list;
    # without the colon, the sentence under it, three times as long, makes it a heading.
    heading = "Where the money goes"
    first = "The council will spend most of the money on buses and trains."
    article = Article(
        "The story title here",
        (Section(None, (EN,)), Section(heading, (first, "Critics are not convinced."))),
    )
    text = article_text(article)
    assert f"\n{heading}\n{first}\n" in text
    assert outline(parse_text(text)) == outline(article)


def test_a_heading_with_nothing_under_it_reads_back_with_the_one_below() -> None:
    source = f"عنوان المقال هنا\n\n{AR}\n\nالخلفية:\nالحقبة العثمانية\n{AR} {AR}\n"
    article = parse_text(source)
    assert [s.heading for s in article.sections] == [None, "الخلفية", "الحقبة العثمانية"]
    assert outline(parse_text(article_text(article))) == outline(article)


def test_a_heading_ending_in_a_colon_gets_no_second_one() -> None:
    article = Article("The story title here", (Section(None, (EN,)), Section("Notes:", (EN2,))))
    text = article_text(article)
    assert "\nNotes:\n" in text
    assert [s.heading for s in parse_text(text).sections] == [None, "Notes"]


def test_crumbs_are_joined_by_a_separator_that_keeps_them_whole() -> None:
    # "»" alone splits crumbs ("الرئيسية»اقتصاد"); with "«" on the line too, guillemets are
    # quotation marks, and only spaced ones separate.
    article = Article("The story title here", (Section(None, (EN,)),), ("Q»A", "News"))
    text = article_text(article)
    assert text.startswith("Q»A « News\n")
    assert parse_text(text).breadcrumb == ("Q»A", "News")


def test_an_empty_article_is_empty_text() -> None:
    assert article_text(Article("", ())) == ""


# --- reader export --format txt -------------------------------------------------------------


def test_command_line_writes_text_that_imports_as_the_same_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "article.txt"
    assert main(["export", str(SAMPLE), "--format", "txt", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}\n"
    assert outline(load_article(out)) == outline(load_article(SAMPLE))


def test_command_line_writes_one_section_under_the_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(SAMPLE), "--section", "خلفية", "--format", "txt"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.suffix == ".txt" and written.parent == Path(".")
    original = load_article(SAMPLE)
    again = load_article(tmp_path / written)
    assert (again.breadcrumb, again.title) == (original.breadcrumb, original.title)
    assert again.sections == (original.sections[4],)


def test_command_line_adds_the_ending_and_refuses_a_missing_section(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(SAMPLE), "--format", "txt", "--out", str(tmp_path / "a")]) == 0
    assert capsys.readouterr().out == f"{tmp_path / 'a.txt'}\n"
    assert main(["export", str(SAMPLE), "--format", "txt", "--section", "9"]) == 1
    assert capsys.readouterr().err == "reader: no section 9: the article has 5\n"
