"""Tests for reading article files: decoding in reader/importers/__init__.py and its failures.

Every failure is an `ArticleFileError` whose message is one line that starts with the file's path,
so the command line and the window can show it as it is.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.errors import ArticleFileError
from reader.importers import decode_text, load_article, parse_text

TEXT = (
    "الرئيسية » اقتصاد\n\n"
    "ارتفاع أسعار النفط في الأسواق العالمية\n\n"
    "ارتفعت أسعار النفط للأسبوع الثالث على التوالي، مدفوعة بتوقعات زيادة الطلب في الصين "
    "وتراجع المخزونات الأميركية، بحسب بيانات نشرت يوم الجمعة.\n\n"
    "الأسواق الآسيوية:\n"
    "سجلت بورصة طوكيو مكاسب محدودة، بينما تراجعت الأسهم في هونغ كونغ للجلسة الثانية مع "
    "استمرار المخاوف من تباطؤ النمو.\n"
)
TITLE = "ارتفاع أسعار النفط في الأسواق العالمية"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16"),  # what Windows Notepad calls "Unicode": BOM then native order
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"),
    ],
    ids=[
        "utf-8",
        "utf-8-bom",
        "utf-16-le-bom",
        "utf-16-be-bom",
        "utf-16",
        "utf-32-le",
        "utf-32-be",
    ],
)
def test_encodings_read_the_same(tmp_path: Path, data: bytes) -> None:
    assert decode_text(data, "article.txt") == TEXT
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    article = load_article(path)
    assert article.title == TITLE
    assert article.breadcrumb == ("الرئيسية", "اقتصاد")
    assert article.to_json() == parse_text(TEXT).to_json()
    assert article.source == str(path)


def test_byte_order_mark_is_not_part_of_the_first_line(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Home > World\n\nThe story title\n\nA first paragraph.\n")
    article = load_article(path)
    assert article.breadcrumb == ("Home", "World")


def test_load_accepts_a_string_path(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert load_article(str(path)).title == TITLE


def test_untitled_text_takes_its_title_from_the_file_name(tmp_path: Path) -> None:
    paragraph = (
        "This file has no title line at all, only one long paragraph that goes on and on for "
        "well over thirty words, so that no careful reader would ever take it for the title "
        "of the article it begins."
    )
    path = tmp_path / "notes from the trip.txt"
    path.write_text(paragraph + "\n", encoding="utf-8")
    article = load_article(path)
    assert article.title == "notes from the trip"
    assert [list(s.paragraphs) for s in article.sections] == [[paragraph]]


# --- Failures ---------------------------------------------------------------------------------


def _write(data: bytes) -> Callable[[Path], Path]:
    def make(tmp_path: Path) -> Path:
        path = tmp_path / "article.txt"
        path.write_bytes(data)
        return path

    return make


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "nowhere" / "article.txt"


def _folder(tmp_path: Path) -> Path:
    path = tmp_path / "articles"
    path.mkdir()
    return path


FAILURES = [
    ("windows-1256", _write(TEXT.encode("cp1256")), "not UTF-8"),
    ("latin-1", _write("Café au lait\n\nUn très bon café.\n".encode("latin-1")), "not UTF-8"),
    ("truncated-utf-8", _write(TEXT.encode("utf-8")[:-2] + b"\xd8"), "not UTF-8"),
    ("png", _write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"), "not a text file"),
    ("utf-16-without-bom", _write(TEXT.encode("utf-16-le")), "not a text file"),
    ("broken-utf-16", _write(codecs.BOM_UTF16_LE + b"A\x00\x00\xd8B\x00"), "UTF-16"),
    ("empty", _write(b""), "empty"),
    ("whitespace", _write(b" \n\t\r\n  \n"), "empty"),
    ("bom-only", _write(codecs.BOM_UTF8 + b"\n"), "empty"),
    ("missing", _missing, "no such file"),
    ("folder", _folder, "folder"),
    (
        "only-chrome",
        _write("Share\nمقالات ذات صلة\n\nزر الذهاب إلى الأعلى\nBack to top\n".encode()),
        "chrome",
    ),
]


@pytest.mark.parametrize(
    ("make", "reason"),
    [(make, reason) for _, make, reason in FAILURES],
    ids=[name for name, _, _ in FAILURES],
)
def test_failure_is_one_line_naming_the_file(
    tmp_path: Path, make: Callable[[Path], Path], reason: str
) -> None:
    path = make(tmp_path)
    with pytest.raises(ArticleFileError) as caught:
        load_article(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    assert reason in message
    assert caught.value.path == str(path)
    assert reason in caught.value.reason


def test_invalid_utf8_says_where(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(b"Title\n\nGood text, then \xff.\n")  # 0xff is byte 23, counting from 0
    with pytest.raises(ArticleFileError, match=r"not UTF-8.*0xff.*offset 23\b"):
        load_article(path)


def test_decode_text_names_the_path_it_is_given() -> None:
    with pytest.raises(ArticleFileError) as caught:
        decode_text(b"caf\xe9", "notes/caf.txt")
    assert str(caught.value).startswith("notes/caf.txt: not UTF-8")
    assert "\n" not in str(caught.value)
