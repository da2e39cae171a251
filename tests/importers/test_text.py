"""Tests for reader/importers/text.py: the plain-text article parser.

The fixtures in tests/data/articles/ were outlined by hand, independently of the code; the
bundled articles are checked against the outline their text shows; small inline texts pin one
rule each; hypothesis checks that nothing of the input is ever lost, invented or moved.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reader
from reader.document import Article
from reader.importers import load_article
from reader.importers.text import parse_text
from reader.importers.vocabulary import vocabulary
from tests.importers.strategies import AR, AR2, EN, EN2, mixed_texts, scraped_articles

DATA = Path(__file__).parent.parent / "data" / "articles"
BUNDLED = Path(reader.__file__).parent / "resources" / "articles"
FIXTURES = sorted(DATA.glob("*.txt"))
OUTLINE_KEYS = ["title", "breadcrumb", "language", "direction", "sections", "dropped"]


def outline(article: Article) -> list[tuple[str | None, list[str]]]:
    return [(s.heading, list(s.paragraphs)) for s in article.sections]


# --- Hand-outlined fixtures -------------------------------------------------------------------


def test_fixtures_are_present_and_listed() -> None:
    readme = (DATA / "README.md").read_text("utf-8")
    listed = set(re.findall(r"^\| `(\w+)` \|", readme, flags=re.MULTILINE))
    assert listed
    assert {p.stem for p in FIXTURES} == listed
    for path in FIXTURES:
        assert path.with_suffix(".expected.json").is_file(), path


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_parses_to_its_hand_written_outline(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    # The outline's keys (README.md); metadata other formats fill in may sit beside them.
    assert list(expected) == OUTLINE_KEYS
    data = load_article(path).to_json()
    assert {key: data[key] for key in OUTLINE_KEYS} == expected


# --- Bundled articles -------------------------------------------------------------------------


def test_bundled_news_article() -> None:
    article = load_article(BUNDLED / "000_4f7f098b55a2622d.txt")
    assert article.breadcrumb == ("رئيسي", "شؤون دولية")
    assert article.title == (
        "روسيا وأوكرانيا تستأنفان المحادثات في إسطنبول دون تقدم نحو وقف إطلاق النار"
    )
    assert article.lead is not None
    assert len(article.lead.paragraphs) == 3
    assert article.lead.paragraphs[0].startswith("عقد مسؤولون روس وأوكرانيون")
    assert [(s.heading, len(s.paragraphs)) for s in article.sections[1:]] == [
        ("الردود الدولية", 2),
        ("توتر خلف الكواليس", 1),
        ("الدور التركي", 1),
        ("خلفية", 2),
    ]
    assert article.dropped == ("مقالات ذات صلة", "زر الذهاب إلى الأعلى")
    assert article.language == "ar"
    assert article.direction == "rtl"


def test_bundled_arabic_guide() -> None:
    article = load_article(BUNDLED / "guide-ar.txt")
    assert article.breadcrumb == ("دليل ريدر", "البدء")
    assert article.title == "مرحبًا بك في ريدر"
    assert [(s.heading, len(s.paragraphs)) for s in article.sections] == [
        (None, 2),
        ("نافذة البرنامج", 2),
        ("فهرس الأقسام", 1),
        ("اتجاه النص", 1),
        ("اختصارات لوحة المفاتيح", 1),
        ("سطر الأوامر واستيراد المقالات", 2),
    ]
    assert article.dropped == ()
    assert (article.language, article.direction) == ("ar", "rtl")


def test_bundled_english_guide() -> None:
    article = load_article(BUNDLED / "guide-en.txt")
    assert article.breadcrumb == ("Reader guide", "Getting started")
    assert article.title == "Getting started with Reader"
    assert [(s.heading, len(s.paragraphs)) for s in article.sections] == [
        (None, 2),
        ("The window", 2),
        ("Finding your way in an article", 2),  # the one heading without a colon
        ("Keyboard shortcuts", 1),
        ("From the command line", 1),
        ("How articles are imported", 1),
    ]
    assert article.dropped == ()
    assert (article.language, article.direction) == ("en", "ltr")


# --- Headings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("القسم الأول:\u00a0", "القسم الأول"),
        ("القسم الأول\u00a0:", "القسم الأول"),
        ("Second part:\u00a0", "Second part"),
    ],
    ids=["nbsp-after-colon", "nbsp-before-colon", "en-nbsp-after-colon"],
)
def test_heading_with_non_breaking_space(line: str, heading: str) -> None:
    article = parse_text(f"عنوان المقال هنا\n\n{AR}\n\n{line}\n{AR2}\n")
    assert outline(article) == [(None, [AR]), (heading, [AR2])]


@pytest.mark.parametrize(
    ("title", "byline", "body"),
    [
        ("الحكومة تعلن خطة جديدة للنقل العام", "كتب - أحمد علي:", AR),
        ("Government unveils a new plan for public transport", "By Jane Doe:", EN),
    ],
    ids=["ar", "en"],
)
def test_byline_ending_in_colon_is_not_a_heading(title: str, byline: str, body: str) -> None:
    article = parse_text(f"{title}\n\n{byline}\n{body}\n\n{body}\n")
    assert article.title == title
    assert outline(article) == [(None, [byline, body, body])]


def test_byline_in_the_middle_is_not_a_heading() -> None:
    article = parse_text(f"الحكومة تعلن خطة جديدة للنقل العام\n\n{AR}\n\nكتب - أحمد علي:\n{AR2}\n")
    assert outline(article) == [(None, [AR, "كتب - أحمد علي:", AR2])]


def test_short_line_followed_by_a_short_line_is_not_a_heading() -> None:
    text = f"Title of the story here\n\n{EN}\n\nA short label\nAnother short line.\n\n{EN2}\n"
    assert outline(parse_text(text)) == [(None, [EN, "A short label", "Another short line.", EN2])]


def test_short_line_followed_by_a_long_sentence_is_a_heading() -> None:
    text = f"Title of the story here\n\n{EN}\n\nA Short Label\n{EN2}\n"
    assert outline(parse_text(text)) == [(None, [EN]), ("A Short Label", [EN2])]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (f"Title of the story here\n\n{EN}\n\nWhat comes next:\n", "What comes next:"),
        (f"عنوان المقال هنا\n\n{AR}\n\nما الخطوة التالية:", "ما الخطوة التالية:"),
    ],
    ids=["en", "ar-no-final-newline"],
)
def test_colon_line_at_the_very_end_stays_a_paragraph(text: str, last: str) -> None:
    article = parse_text(text)
    assert len(article.sections) == 1
    assert article.sections[0].heading is None
    assert article.sections[0].paragraphs[-1] == last


# --- Breadcrumbs ------------------------------------------------------------------------------


def test_run_together_breadcrumb_is_split() -> None:
    text = f"الرئيسيةأخباركرة القدم\n\nالمنتخب يفوز في المباراة النهائية\n\n{AR}\n"
    article = parse_text(text)
    assert article.breadcrumb == ("الرئيسية", "أخبار", "كرة القدم")
    assert article.title == "المنتخب يفوز في المباراة النهائية"
    assert outline(article) == [(None, [AR])]


@pytest.mark.parametrize(
    ("line", "crumbs", "title", "body"),
    [
        ("Home > World", ("Home", "World"), "The story title is here", EN),
        ("Home › World › Europe", ("Home", "World", "Europe"), "The story title is here", EN),
        ("News | Science", ("News", "Science"), "The story title is here", EN),
        ("News / World", ("News", "World"), "The story title is here", EN),
        ("الرئيسية » اقتصاد", ("الرئيسية", "اقتصاد"), "ارتفاع أسعار النفط في الأسواق", AR),
        ("الرئيسية « اقتصاد", ("الرئيسية", "اقتصاد"), "ارتفاع أسعار النفط في الأسواق", AR),
    ],
    ids=["gt", "rsaquo", "pipe", "spaced-slash", "raquo", "laquo"],
)
def test_breadcrumb_with_separators(
    line: str, crumbs: tuple[str, ...], title: str, body: str
) -> None:
    article = parse_text(f"{line}\n\n{title}\n\n{body}\n")
    assert article.breadcrumb == crumbs
    assert article.title == title
    assert outline(article) == [(None, [body])]


@pytest.mark.parametrize(
    "after",
    [f"{EN}\n\n{EN2}", f"Buyers are struggling to keep up.\n\n{EN}"],
    ids=["long-paragraph", "short-paragraph"],
)
def test_title_starting_with_a_home_word_is_not_a_breadcrumb(after: str) -> None:
    article = parse_text(f"Home prices rise again in the capital\n\n{after}\n")
    assert article.breadcrumb == ()
    assert article.title == "Home prices rise again in the capital"


@pytest.mark.parametrize(
    ("text", "crumbs"),
    [
        (f"Pharmacies open 24/7 across the capital\n\nA new rule for night shifts.\n\n{EN}", ()),
        (f"News\n\nPharmacies open 24/7 across the capital\n\n{EN}", ("News",)),
        (f"Home > Health\n\nPharmacies open 24/7 across the capital\n\n{EN}", ("Home", "Health")),
    ],
    ids=["no-crumbs", "label-above", "crumbs-above"],
)
def test_slash_inside_a_title_is_not_a_separator(text: str, crumbs: tuple[str, ...]) -> None:
    article = parse_text(text)
    assert article.breadcrumb == crumbs
    assert article.title == "Pharmacies open 24/7 across the capital"


@pytest.mark.parametrize(
    ("title", "dateline", "body"),
    [
        # "الرئيسيان" (the two presidents) starts with the home word "الرئيسي".
        ("الرئيسيان يلتقيان في جنيف", "الجمعة 16 مايو 2025", AR),
        # "HomePod" starts with "Home" and goes on with a capital.
        ("HomePod sales slow", "By Jane Doe, technology reporter", EN),
        # Guillemets around a name are quotation marks, not crumb separators.
        ("حركة «حماس» ترد على المقترح الأميركي", "الجمعة 16 مايو 2025", AR),
    ],
    ids=["ar-word-starting-with-home-word", "en-brand-starting-with-home", "ar-guillemets"],
)
def test_title_above_a_dateline_is_not_a_breadcrumb(title: str, dateline: str, body: str) -> None:
    article = parse_text(f"{title}\n\n{dateline}\n\n{body}\n")
    assert article.breadcrumb == ()
    assert article.title == title


#: Breadcrumb separator characters: a crumb never starts or ends with one.
SEPARATOR_CHARS = frozenset(">›»«‹<|→←/\\")


def assert_clean_crumbs(crumbs: tuple[str, ...]) -> None:
    for crumb in crumbs:
        assert crumb
        assert crumb == crumb.strip()
        assert crumb[0] not in SEPARATOR_CHARS, crumbs
        assert crumb[-1] not in SEPARATOR_CHARS, crumbs
        assert not unicodedata.category(crumb[0]).startswith("M"), crumbs


@pytest.mark.parametrize(
    "first",
    [
        "Home>World",  # text taken from HTML often loses the spaces around separators
        "Home›World",
        "الرئيسية»اقتصاد",
        "Home > World >",  # a separator left before the title that followed on the page
        "الرئيسية » اقتصاد »",
        "> Home > World",
    ],
    ids=["tight-gt", "tight-rsaquo", "tight-raquo", "trailing-gt", "trailing-raquo", "leading"],
)
def test_no_crumb_keeps_a_separator(first: str) -> None:
    article = parse_text(f"{first}\n\nThe story title is here\n\n{EN}\n")
    assert_clean_crumbs(article.breadcrumb)
    assert article.title == "The story title is here"


def test_no_crumb_starts_with_the_rest_of_a_word() -> None:
    # A shadda after the home word "الرئيسي": "ّة" is the end of the word, not a crumb.
    article = parse_text(f"الرئيسيّة تعلن نتائج المسابقة\n\nThe story title is here\n\n{EN}\n")
    assert_clean_crumbs(article.breadcrumb)


# --- Title ------------------------------------------------------------------------------------


def test_title_repeated_on_the_next_line_is_dropped() -> None:
    article = parse_text(f"The story title is here\nThe story title is here\n\n{EN}\n")
    assert article.title == "The story title is here"
    assert article.dropped == ("The story title is here",)
    assert outline(article) == [(None, [EN])]


def test_title_repeated_with_other_diacritics_is_dropped() -> None:
    article = parse_text(f"مؤتمرٌ دوليٌّ في إسطنبول\nمؤتمر دولي في اسطنبول\n\n{AR}\n")
    assert article.title == "مؤتمرٌ دوليٌّ في إسطنبول"
    assert article.dropped == ("مؤتمر دولي في اسطنبول",)


def test_long_first_line_gets_the_fallback_title_and_stays_a_paragraph() -> None:
    first = f"{EN} {EN2}"
    article = parse_text(f"{first}\n\n{EN}\n", fallback_title="x")
    assert article.title == "x"
    assert outline(article) == [(None, [first, EN])]
    assert article.dropped == ()


def test_fallback_title_is_not_used_when_there_is_a_title() -> None:
    article = parse_text(f"The story title is here\n\n{EN}\n", fallback_title="x")
    assert article.title == "The story title is here"


# --- Chrome -----------------------------------------------------------------------------------


def test_related_block_in_the_middle_drops_its_opener_and_its_link() -> None:
    text = (
        f"The story title is here\n\n{EN}\n\n"
        "Related articles\nAnother headline from the site\n\n"
        f"{EN2}\n\n{EN}\n"
    )
    article = parse_text(text)
    assert article.dropped == ("Related articles", "Another headline from the site")
    kept = [p for _, paragraphs in outline(article) for p in paragraphs]
    assert kept.count(EN) == 2
    assert EN2 in kept


def test_related_block_at_the_end_drops_the_listed_titles() -> None:
    text = (
        f"عنوان المقال هنا\n\n{AR}\n\n{AR2}\n\n"
        "مقالات ذات صلة\nعنوان مقال آخر من الموقع\nوعنوان ثالث هنا\n\nزر الذهاب إلى الأعلى\n"
    )
    article = parse_text(text)
    assert outline(article) == [(None, [AR, AR2])]
    assert article.dropped == (
        "مقالات ذات صلة",
        "عنوان مقال آخر من الموقع",
        "وعنوان ثالث هنا",
        "زر الذهاب إلى الأعلى",
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "نشر الموقع تحت عنوان «مقالات ذات صلة» قائمة طويلة من التقارير عن الموضوع نفسه.",
        "وفي أسفل الصفحة: مقالات ذات صلة",
        'The page ended with a box titled "Related articles" that nobody seemed to read.',
    ],
    ids=["ar-quoted", "ar-mentioned", "en-quoted"],
)
def test_chrome_words_quoted_inside_a_paragraph_are_kept(paragraph: str) -> None:
    article = parse_text(f"عنوان المقال هنا\n\n{AR}\n\n{paragraph}\n\n{AR2}\n")
    assert article.dropped == ()
    assert outline(article) == [(None, [AR, paragraph, AR2])]


def test_chrome_line_between_paragraphs_is_dropped() -> None:
    article = parse_text(f"عنوان المقال هنا\n\n{AR}\n\nشارك\n\n{AR2}\n")
    assert article.dropped == ("شارك",)
    assert outline(article) == [(None, [AR, AR2])]


@pytest.mark.parametrize("spelling", ["إقرأ أيضاً", "اقرأ ايضا", "اقـرأ أيضًا", "READ MORE"])
def test_chrome_is_recognised_whatever_its_spelling(spelling: str) -> None:
    article = parse_text(f"عنوان المقال هنا\n\n{AR}\n\n{spelling}\n\n{AR2}\n")
    assert spelling in article.dropped


# --- Line endings -----------------------------------------------------------------------------


SAMPLE_LF = f"Home > World\n\nThe story title is here\n\n{EN}\n\nA heading:\n{EN2}\n\nShare\n"


@pytest.mark.parametrize(
    "variant",
    [
        SAMPLE_LF.replace("\n", "\r\n"),
        SAMPLE_LF.rstrip("\n"),
        SAMPLE_LF.replace("\n", "\r\n").rstrip("\r\n"),
        SAMPLE_LF.replace("\n", "\r"),
    ],
    ids=["crlf", "no-final-newline", "crlf-no-final-newline", "cr"],
)
def test_line_endings_do_not_matter(variant: str) -> None:
    expected = parse_text(SAMPLE_LF).to_json()
    assert expected["breadcrumb"] == ["Home", "World"]
    assert [s["heading"] for s in expected["sections"]] == [None, "A heading"]
    assert parse_text(variant).to_json() == expected


# --- Found by the properties (tests/importers/test_properties.py), kept as examples ----------


def test_a_title_printed_three_times_is_dropped_twice() -> None:
    # One copy left in the text would read as the title's repetition the next time.
    article = parse_text(f"The story title\nThe story title.\nThe story title:\n\n{EN}\n")
    assert article.dropped == ("The story title.", "The story title:")
    assert outline(article) == [(None, [EN])]


@pytest.mark.parametrize(
    "below",
    [
        "Officials said on Monday that it would.",  # a sentence: the text's first
        "What the council decided:",  # a heading
        "By Jane Doe Smith",  # a byline
        "1. The first step of the plan",  # a list item
    ],
)
def test_a_short_title_is_no_label_above_a_line_that_is_not_a_title(below: str) -> None:
    article = parse_text(f"Kit Talks\n\n{below}\n\n{EN}\n")
    assert (article.breadcrumb, article.title) == ((), "Kit Talks")


@pytest.mark.parametrize(
    ("first", "crumbs"),
    [
        ("اقتصادالحكومة|", ("اقتصاد", "الحكومة")),  # run together, a separator at the end
        ("أخبار ; >", ()),  # punctuation before the separator: no crumb
    ],
)
def test_crumbs_leave_separators_and_punctuation_out(first: str, crumbs: tuple[str, ...]) -> None:
    article = parse_text(f"{first}\n\nالمنتخب يفوز في المباراة النهائية\n\n{AR}\n")
    assert article.breadcrumb == crumbs


@pytest.mark.parametrize("line", ["Share >>", "Read more ›", "« اقرأ المزيد", "> Back to top"])
def test_chrome_with_arrows_around_it_is_dropped(line: str) -> None:
    article = parse_text(f"عنوان المقال هنا\n\n{AR}\n\n{line}\n\n{AR2}\n")
    assert article.dropped == (line,)


def test_a_colon_standing_alone_is_no_word() -> None:
    # "… said :" has ten words, as "… said:" has: a line of chrome, either way.
    words = "© 2026 Example News and the officials who said so"
    for line in (f"{words} :", f"{words}:"):
        assert parse_text(f"Title of the story\n\n{EN}\n\n{line}\n\n{EN2}\n").dropped == (line,)
    # A heading of three words and a spaced colon is a heading, not a sentence introducing the
    # list below it; so the colon line above it is no heading.
    heading = "البرنامج الزمني الجديد :"
    text = f"عنوان\n\n{AR}\n\nالخطة :\n{heading}\n- بند أول\n- بند ثان\n\n{AR2}\n"
    article = parse_text(text)
    assert outline(article) == [
        (None, [AR, "الخطة :"]),
        ("البرنامج الزمني الجديد", ["- بند أول", "- بند ثان", AR2]),
    ]


def test_a_table_row_is_no_heading() -> None:
    # Markdown and web-page tables give rows with cells joined by " | ".
    article = parse_text(f"Title of the story\n\n{EN}\n\nTeam | Points\n{EN2} {EN}\n")
    assert [s.heading for s in article.sections] == [None]


# --- Properties -------------------------------------------------------------------------------

#: Characters a breadcrumb line may lose between its crumbs (none, when they ran together),
#: from the separators the importer documents, one or several in a row: `>>` `›` `»` `«` `‹`
#: `>` `<` `|` `→` `←`, and `/` `\` with spaces around them.
_CRUMB_GAP = (
    r"(?:\s*(?:>>|[›»«‹><|→←])\s*|\s+[/\\]\s+"
    r"|\s*[/\\](?=\s*[›»«‹><|→←])|(?<=[›»«‹><|→←])\s*[/\\]\s*)*"
)
#: On a line that starts with a home word and a slash ("Home/News"), slashes without spaces.
_SLASHED_CRUMB_GAP = r"(?:\s*(?:>>|[›»«‹><|→←/\\])\s*)*"
_HOME_SLASH = re.compile("(?:" + "|".join(re.escape(h) for h in vocabulary().home) + r")\s*[/\\]")
_COLONS = ":：﹕"

_TEXTS = st.one_of(st.text(), mixed_texts(), scraped_articles())


def _non_space(*texts: str) -> Counter[str]:
    return Counter(c for text in texts for c in text if not c.isspace())


def _removed_characters(text: str, article: Article) -> Counter[str]:
    """The characters of `text` the article leaves out: heading colons and crumb separators.

    Derived line by line: every non-blank input line must be used once, whole, as the title, a
    paragraph or a dropped line, or as a heading with its final colon taken off; the one line
    left over, if any, must be the breadcrumb line, made of the crumbs in order with only
    separators between them.
    """
    remaining = Counter(s for s in (raw.strip() for raw in text.splitlines()) if s)

    def take(line: str) -> None:
        assert remaining[line] > 0, f"{line!r} is not an unused line of the input"
        remaining[line] -= 1

    shown = [p for s in article.sections for p in s.paragraphs] + list(article.dropped)
    for line in [article.title, *shown] if article.title else shown:
        take(line)
    removed: Counter[str] = Counter()
    for section in article.sections:
        if section.heading is None:
            continue
        with_colon = [
            line
            for line, n in remaining.items()
            if n and line[-1] in _COLONS and line[:-1].rstrip() == section.heading
        ]
        take(with_colon[0] if with_colon else section.heading)
        if with_colon:
            removed[with_colon[0][-1]] += 1

    left = list(remaining.elements())
    if not article.breadcrumb:
        assert left == []
        return removed
    assert len(left) == 1, left
    crumb_line = left[0]
    assert _is_crumb_line(crumb_line, article.breadcrumb), (crumb_line, article.breadcrumb)
    removed.update(_non_space(crumb_line) - _non_space(*article.breadcrumb))
    return removed


def _is_crumb_line(line: str, crumbs: tuple[str, ...]) -> bool:
    """Whether `line` is the crumbs in order with only separators between them (and maybe at
    either end: "» Home › World ›")."""
    edge = r"(?:\s*(?:>>|[›»«‹><|→←/\\]))*\s*"
    gap = _SLASHED_CRUMB_GAP if _HOME_SLASH.match(line) else _CRUMB_GAP
    inner = gap.join(re.escape(crumb) for crumb in crumbs)
    return re.fullmatch(edge + inner + edge, line) is not None


def _heading_line(line: str, heading: str) -> bool:
    return line == heading or (line[-1] in _COLONS and line[:-1].rstrip() == heading)


@settings(max_examples=200)
@given(_TEXTS)
def test_parse_never_raises(text: str) -> None:
    article = parse_text(text, source="x.txt")
    assert isinstance(article, Article)
    assert article.direction in {"rtl", "ltr"}
    assert article.source == "x.txt"


@settings(max_examples=200)
@given(_TEXTS)
def test_no_character_is_lost_or_invented(text: str) -> None:
    article = parse_text(text)
    shown = [
        *article.breadcrumb,
        article.title,
        *(s.heading or "" for s in article.sections),
        *(p for s in article.sections for p in s.paragraphs),
        *article.dropped,
    ]
    assert _non_space(text) == _non_space(*shown) + _removed_characters(text, article)


@settings(max_examples=200)
@given(_TEXTS)
def test_every_line_is_kept_or_dropped_in_order(text: str) -> None:
    """The input's non-blank lines are the article's lines (breadcrumb line, title, then each
    heading and paragraph in reading order) and its dropped lines, each in the order of the
    input, shuffled together like two hands of cards."""
    article = parse_text(text)
    lines = [s for s in (raw.strip() for raw in text.splitlines()) if s]
    kept: list[Callable[[str], bool]] = []
    if article.breadcrumb:
        kept.append(lambda line: _is_crumb_line(line, article.breadcrumb))
    if article.title:
        kept.append(article.title.__eq__)
    for section in article.sections:
        if section.heading is not None:
            kept.append(partial(_heading_line, heading=section.heading))
        kept.extend(paragraph.__eq__ for paragraph in section.paragraphs)
    dropped = article.dropped
    # After each input line: how many of the kept lines the lines so far can have used.
    reachable = {0}
    for at, line in enumerate(lines):
        reachable = {k + 1 for k in reachable if k < len(kept) and kept[k](line)} | {
            k for k in reachable if at - k < len(dropped) and dropped[at - k] == line
        }
        assert reachable, f"line {at + 1} ({line!r}) is neither kept nor dropped in its place"
    assert len(kept) in reachable and len(lines) - len(kept) == len(dropped)


@settings(max_examples=200)
@given(mixed_texts() | scraped_articles())
def test_crumbs_are_clean(text: str) -> None:
    assert_clean_crumbs(parse_text(text).breadcrumb)


@settings(max_examples=200)
@given(_TEXTS)
def test_every_piece_comes_from_one_input_line(text: str) -> None:
    article = parse_text(text)
    lines = text.splitlines()
    pieces = [
        *(s.heading for s in article.sections if s.heading is not None),
        *(p for s in article.sections for p in s.paragraphs),
        *article.dropped,
        *([article.title] if article.title else []),
    ]
    for piece in pieces:
        assert piece
        assert piece == piece.strip()
        assert any(piece in line for line in lines), piece
    for section in article.sections:
        assert section.heading is not None or section.paragraphs


@settings(max_examples=100)
@given(mixed_texts() | scraped_articles())
def test_blank_lines_do_not_matter(text: str) -> None:
    squeezed = "\n".join(line for line in text.splitlines() if line.strip())
    assert parse_text(squeezed).to_json() == parse_text(text).to_json()
