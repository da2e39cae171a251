"""Tests for reader/document.py: the article data every importer produces and every view reads."""

from __future__ import annotations

import dataclasses
import json

import pytest

from reader.document import Article, ArticleSummary, Section


def words(n: int, word: str = "كلمة") -> str:
    return " ".join([word] * n)


ARTICLE = Article(
    title="الأطباء ينصحون بالتطعيم",
    sections=(
        Section(None, ("الفقرة الأولى.", "الفقرة الثانية.")),
        Section("مفاهيم خاطئة", ("فقرة تحت العنوان.",)),
    ),
    breadcrumb=("الرئيسية", "صحة"),
    dropped=("شارك",),
    language="ar",
    direction="rtl",
    source="/tmp/health.txt",
)


def test_to_json_is_the_parse_contract() -> None:
    assert ARTICLE.to_json() == {
        "title": "الأطباء ينصحون بالتطعيم",
        "breadcrumb": ["الرئيسية", "صحة"],
        "language": "ar",
        "direction": "rtl",
        "sections": [
            {"heading": None, "paragraphs": ["الفقرة الأولى.", "الفقرة الثانية."]},
            {"heading": "مفاهيم خاطئة", "paragraphs": ["فقرة تحت العنوان."]},
        ],
        "dropped": ["شارك"],
        "author": "",
        "published": "",
        "site": "",
    }


def test_to_json_round_trips_through_json() -> None:
    data = ARTICLE.to_json()
    assert list(data) == [
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
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_to_json_of_an_empty_article() -> None:
    assert Article(title="x", sections=()).to_json() == {
        "title": "x",
        "breadcrumb": [],
        "language": "und",
        "direction": "ltr",
        "sections": [],
        "dropped": [],
        "author": "",
        "published": "",
        "site": "",
    }


def test_lead_is_the_first_section_without_heading() -> None:
    assert ARTICLE.lead == ARTICLE.sections[0]
    assert ARTICLE.lead is not None
    assert ARTICLE.lead.is_lead
    assert not ARTICLE.sections[1].is_lead


@pytest.mark.parametrize(
    "sections",
    [(), (Section("عنوان", ("فقرة.",)),)],
    ids=["no-sections", "starts-with-heading"],
)
def test_no_lead(sections: tuple[Section, ...]) -> None:
    assert Article(title="x", sections=sections).lead is None


def test_section_text() -> None:
    assert ARTICLE.sections[0].text() == "الفقرة الأولى.\nالفقرة الثانية."
    assert ARTICLE.sections[1].text() == "مفاهيم خاطئة\nفقرة تحت العنوان."


def test_word_count_counts_title_headings_and_paragraphs() -> None:
    # title 3 + paragraphs 2 + 2 + heading 2 + paragraph 3
    assert ARTICLE.word_count() == 12


@pytest.mark.parametrize(
    ("language", "words_in_body", "minutes"),
    [
        ("ar", 359, 2),  # with the one-word title: 360 words at 180 a minute
        ("ar", 360, 3),  # 361 words
        ("ar", 179, 1),
        ("en", 229, 1),  # 230 words at 230 a minute
        ("en", 230, 2),
        ("fa", 379, 2),  # 380 words at 190 a minute
        ("und", 399, 2),  # 400 words at the default 200 a minute
        ("und", 400, 3),
    ],
)
def test_reading_minutes(language: str, words_in_body: int, minutes: int) -> None:
    article = Article(
        title="عنوان", sections=(Section(None, (words(words_in_body),)),), language=language
    )
    assert article.word_count() == words_in_body + 1
    assert article.reading_minutes() == minutes


@pytest.mark.parametrize(
    "article",
    [
        Article(title="", sections=()),
        Article(title="قصير", sections=(Section(None, ("جملة واحدة.",)),), language="ar"),
    ],
    ids=["empty", "short"],
)
def test_reading_minutes_is_at_least_one(article: Article) -> None:
    assert article.reading_minutes() == 1


def test_arabic_paragraphs_of_360_words_take_two_minutes() -> None:
    article = Article(
        title="مقال طويل عن الاقتصاد",  # 4 words
        sections=(
            Section(None, (words(100), words(100))),
            Section("الأسواق", (words(155),)),  # 1 + 155
        ),
        language="ar",
    )
    assert article.word_count() == 360
    assert article.reading_minutes() == 2


def test_summary() -> None:
    assert ARTICLE.summary() == ArticleSummary(
        title="الأطباء ينصحون بالتطعيم",
        breadcrumb=("الرئيسية", "صحة"),
        source="/tmp/health.txt",
        language="ar",
        direction="rtl",
        reading_minutes=1,
        section_count=2,
    )


def test_articles_are_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        ARTICLE.title = "other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        ARTICLE.sections[0].heading = "other"  # type: ignore[misc]
