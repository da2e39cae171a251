"""Tests for reader/importers/markdown.py: Markdown articles, their outline and front matter.

Markdown is read as text with structure: `#` is the title, deeper headings start sections, and
nothing in it is interpreted as HTML (a `<script>` is the characters it is).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.importers import load_article, read_articles
from reader.importers.markdown import parse_markdown

ARTICLE = """\
---
title: "دليل الطبخ السريع"
author: نور الهدى
date: 2024-02-10
categories: [مطبخ, وصفات سريعة]
layout: post
draft: true
---

# دليل الطبخ السريع

مقدمة قصيرة عن **الطبخ** في المنزل مع [رابط](http://example.com) و `كود`.

## المكونات

1. كوب من الأرز
2. ملعقتان من الزيت
3. ملح حسب الرغبة

- بند أول
- بند ثان

### طريقة التحضير

اغسل الأرز جيدا.
ثم اطبخه على نار هادئة.

## جدول الكميات

| المكون | الكمية |
|---|---|
| أرز | كوب |
| ماء | كوبان |

```python
print("مرحبا")
x = 1 < 2
```

> اقتباس من كتاب قديم.
"""


def test_outline_of_an_arabic_article() -> None:
    article = parse_markdown(ARTICLE, source="recipe.md")
    assert article.title == "دليل الطبخ السريع"
    assert [s.heading for s in article.sections] == [
        None,
        "المكونات",
        "طريقة التحضير",
        "جدول الكميات",
    ]
    assert article.sections[0].paragraphs == ("مقدمة قصيرة عن الطبخ في المنزل مع رابط و كود.",)
    assert article.sections[2].paragraphs == ("اغسل الأرز جيدا. ثم اطبخه على نار هادئة.",)
    assert (article.language, article.direction) == ("ar", "rtl")
    assert article.source == "recipe.md"


def test_front_matter_gives_the_metadata_and_the_rest_is_dropped() -> None:
    article = parse_markdown(ARTICLE)
    assert article.author == "نور الهدى"
    assert article.published == "2024-02-10"
    assert article.breadcrumb == ("مطبخ", "وصفات سريعة")
    assert article.dropped == ("layout: post", "draft: true")
    assert "layout" not in "\n".join(s.text() for s in article.sections)


def test_lists_keep_their_numbers_and_bullets() -> None:
    article = parse_markdown(ARTICLE)
    assert article.sections[1].paragraphs == (
        "1. كوب من الأرز",
        "2. ملعقتان من الزيت",
        "3. ملح حسب الرغبة",
        "• بند أول",
        "• بند ثان",
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("1. one\n1. two\n1. three\n", ("1. one", "2. two", "3. three")),
        ("3) three\n4) four\n", ("3) three", "4) four")),
        (
            "7. seven\n   1. inner\n   1. inner too\n8. eight\n",
            ("7. seven", "1. inner", "2. inner too", "8. eight"),
        ),
    ],
    ids=["all-ones", "parenthesis-from-three", "nested"],
)
def test_list_numbers_are_as_a_reader_sees_them(source: str, expected: tuple[str, ...]) -> None:
    article = parse_markdown("# Numbers\n\n" + source)
    assert article.sections[0].paragraphs == expected


def test_tables_and_code_are_paragraphs() -> None:
    paragraphs = parse_markdown(ARTICLE).sections[3].paragraphs
    assert paragraphs == (
        "المكون | الكمية",
        "أرز | كوب",
        "ماء | كوبان",
        'print("مرحبا")',
        "x = 1 < 2",
        "اقتباس من كتاب قديم.",
    )


def test_raw_html_is_kept_as_text_never_interpreted() -> None:
    source = (
        "# Raw HTML\n\n"
        "A <b>bold</b> claim and an <img src=x onerror=alert(1)> image.\n\n"
        '<script>alert("hi")</script>\n\n'
        "<div>\n<p>inside a div</p>\n</div>\n"
    )
    article = parse_markdown(source)
    assert article.sections[0].paragraphs == (
        "A <b>bold</b> claim and an <img src=x onerror=alert(1)> image.",
        '<script>alert("hi")</script>',
        "<div> <p>inside a div</p> </div>",
    )


def test_a_markdown_file_without_a_heading_takes_its_title_from_its_name(
    tmp_path: Path,
) -> None:
    path = tmp_path / "notes from the trip.md"
    path.write_text(
        "We left early in the morning and drove **north** along the coast.\n\n- bread\n- water\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.title == "notes from the trip"
    assert article.sections[0].paragraphs == (
        "We left early in the morning and drove north along the coast.",
        "• bread",
        "• water",
    )
    assert article.language == "en"


def test_a_setext_title_and_no_front_matter() -> None:
    article = parse_markdown("The title\n=========\n\nA part\n------\n\nIts text.\n")
    assert article.title == "The title"
    assert [(s.heading, s.paragraphs) for s in article.sections] == [("A part", ("Its text.",))]
    assert (article.author, article.published, article.breadcrumb) == ("", "", ())


def test_a_thematic_break_first_is_not_front_matter() -> None:
    article = parse_markdown("---\n\nJust text after a rule.\n\n---\n\nMore text.\n")
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert paragraphs == ["Just text after a rule.", "More text."]
    assert article.dropped == ()


def test_front_matter_title_wins_and_a_matching_heading_is_not_a_section() -> None:
    article = parse_markdown("---\ntitle: The real title\n---\n# The real title\n\nText.\n")
    assert article.title == "The real title"
    assert [(s.heading, s.paragraphs) for s in article.sections] == [(None, ("Text.",))]


def test_front_matter_with_windows_line_endings_and_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_bytes(
        "\ufeff---\r\ntitle: عنوان المقال\r\nlang: ar\r\n---\r\n\r\nنص المقال هنا.\r\n".encode()
    )
    [item] = read_articles(path)
    assert item.article.title == "عنوان المقال"
    assert item.article.sections[0].paragraphs == ("نص المقال هنا.",)
    assert item.article.dropped == ()
    assert item.key is None
