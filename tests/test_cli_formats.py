"""Tests for `reader parse` (reader/cli.py) on every format: the JSON contract is the same for
plain text, web pages, Markdown and feeds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main
from tests.conftest import ARTICLES, DATA

KEYS = [
    "title",
    "breadcrumb",
    "language",
    "direction",
    "sections",
    "dropped",
    "author",
    "published",
    "site",
]
FILES = {
    "text": ARTICLES / "en_news.txt",
    "html": DATA / "pages" / "ar_news.html",
    "xhtml": DATA / "pages" / "xhtml_article.xhtml",
    "markdown": None,  # written by the test
    "rss": DATA / "feeds" / "ar_news.rss",
    "atom": DATA / "feeds" / "en_blog.atom",
}


def _parse_json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    assert main(["parse", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("kind", sorted(FILES))
def test_parse_json_has_one_shape_for_every_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str
) -> None:
    path = FILES[kind]
    if path is None:
        path = tmp_path / "post.md"
        path.write_text("---\nauthor: Sam\n---\n# A post\n\nIts only paragraph.\n", "utf-8")
    data = _parse_json(capsys, str(path))
    assert list(data) == KEYS
    assert isinstance(data["title"], str) and data["title"]
    assert all(isinstance(crumb, str) for crumb in data["breadcrumb"])
    assert data["direction"] in ("ltr", "rtl")
    assert data["sections"]
    for section in data["sections"]:
        assert list(section) == ["heading", "paragraphs"]
        assert section["heading"] is None or isinstance(section["heading"], str)
        assert section["paragraphs"] and all(isinstance(p, str) for p in section["paragraphs"])
    assert all(isinstance(line, str) for line in data["dropped"])
    assert all(isinstance(data[key], str) for key in ("author", "published", "site"))


def test_parse_prints_what_the_page_says_of_itself(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(DATA / "pages" / "ar_news.html")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:6] == [
        "ارتفاع أسعار النفط في الأسواق العالمية",
        "breadcrumb: الرئيسية › اقتصاد › طاقة",
        "author: سارة الحمدان",
        "published: 2024-03-15",
        "site: أخبار الخليج",
        "language: ar (rtl)",
    ]
    assert lines[6] == "  1. (lead) [2 paragraphs]"


def test_parse_a_feed_entry_by_number(capsys: pytest.CaptureFixture[str]) -> None:
    feed = str(DATA / "feeds" / "en_blog.atom")
    assert main(["parse", feed, "--json", "--entry", "2"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["title"] == "A note without a link"
    assert captured.err == "entry 2 of 2\n"
    assert main(["parse", feed, "--entry", "0"]) == 1
    assert capsys.readouterr().err == f"reader: {feed}: no entry 0 (it has 2)\n"


def test_parse_tells_the_format_of_a_file_without_an_ending(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "saved-page"
    shutil.copy(DATA / "pages" / "en_story.html", page)
    assert _parse_json(capsys, str(page))["site"] == "The Riverside Chronicle"
    feed = tmp_path / "feed"
    shutil.copy(DATA / "feeds" / "ar_news.rss", feed)
    assert _parse_json(capsys, str(feed))["site"] == "أخبار الخليج"
    capsys.readouterr()


def test_parse_a_file_named_like_an_address(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that exists is read as a file, even when its name starts like an address."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes:draft.txt").write_text("A title\n\nA first paragraph.\n", "utf-8")
    assert _parse_json(capsys, "notes:draft.txt")["title"] == "A title"
