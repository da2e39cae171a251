"""Tests for reader/importers/html.py: saved web pages (tests/data/pages/) read as articles.

Each page is checked for what the reader sees (title, author, date, site, breadcrumb, sections,
language, direction) and for what must never reach the article: script and style text, event
handlers, and the network (a page is parsed from its bytes; nothing it refers to is fetched).
"""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from pathlib import Path

import pytest

from reader.document import Article
from reader.errors import ArticleFileError
from reader.importers import format_of, load_article, read_articles
from reader.importers.html import declared_charset, parse_html
from reader.importers.html_blocks import fragment_sections
from tests.conftest import DATA

PAGES = DATA / "pages"
#: Text that sits in scripts, styles, handlers, frames and forms of the fixture pages.
HIDDEN = (
    "MUST-NOT-APPEAR",
    "trackerQueue",
    "startTracking",
    "console.log",
    "display: none",
    "alert(",
    "document.write",
)


@dataclass(frozen=True)
class Expected:
    title: str
    headings: list[str | None]
    language: str
    direction: str
    breadcrumb: tuple[str, ...] = ()
    author: str = ""
    published: str = ""
    site: str = ""


EXPECTED = {
    "ar_news.html": Expected(
        title="ارتفاع أسعار النفط في الأسواق العالمية",
        headings=[None, "الأسواق الآسيوية", "توقعات المحللين", "الأسواق الأوروبية"],
        language="ar",
        direction="rtl",
        breadcrumb=("الرئيسية", "اقتصاد", "طاقة"),
        author="سارة الحمدان",
        published="2024-03-15",
        site="أخبار الخليج",
    ),
    "en_story.html": Expected(
        title="How the old city library was saved",
        headings=[None, "The campaign", "The money", "What comes next"],
        language="en",
        direction="ltr",
        breadcrumb=("Home", "Local", "Culture"),
        author="Tom Hargreaves",
        published="2023-11-02",
        site="The Riverside Chronicle",
    ),
    "fa_article.html": Expected(
        title="می\u200cخواهیم کتابخانه\u200cها را دوباره زنده کنیم",
        headings=[None, "برنامه\u200cهای تازه"],
        language="fa",
        direction="rtl",
        breadcrumb=("خانه", "فرهنگ"),
        author="مریم رضایی",
        published="2024-01-20",
        site="روزنامه شهر",
    ),
    "ar_windows_1256.html": Expected(
        title="مباراة حاسمة في نهائي كأس البطولة",
        headings=[None, "استعدادات الفريقين"],
        language="ar",
        direction="rtl",
        breadcrumb=("الرئيسية", "رياضة"),
    ),
    "xhtml_article.xhtml": Expected(
        title="دليل القارئ: كيف تحفظ مقالاتك",
        headings=[None, "الإشارات المرجعية", "البحث في المكتبة"],
        language="ar",
        direction="rtl",
        author="فريق التحرير",
    ),
    "ar_lang_en.html": Expected(
        title="وزارة الصحة تطلق حملة للتطعيم في المدارس",
        headings=[None, "مراكز التطعيم"],
        language="ar",
        direction="rtl",
    ),
    "ar_json_ld.html": Expected(
        title="افتتاح متحف جديد للفنون الإسلامية",
        headings=[None, "مجموعة المخطوطات", "مواعيد الزيارة"],
        language="ar",
        direction="rtl",
        breadcrumb=("الرئيسية", "ثقافة", "متاحف"),
        author="ليلى منصور",
        published="2024-05-02",
        site="مجلة الفنون",
    ),
}


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection or look up a host fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the parser tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def _all_text(article: Article) -> str:
    return json.dumps(article.to_json(), ensure_ascii=False)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_reads_as_its_article(no_network: None, name: str) -> None:
    expected = EXPECTED[name]
    path = PAGES / name
    [item] = read_articles(path)
    article = item.article
    assert format_of(path, path.read_bytes()) == "html"
    assert article.title == expected.title
    assert [s.heading for s in article.sections] == expected.headings
    assert all(s.paragraphs for s in article.sections)
    assert (article.language, article.direction) == (expected.language, expected.direction)
    assert article.breadcrumb == expected.breadcrumb
    assert (article.author, article.published, article.site) == (
        expected.author,
        expected.published,
        expected.site,
    )
    assert article.source == str(path)
    # The identity text is the article's own words, not the page's markup.
    assert item.text.splitlines()[0] == expected.title
    assert "<" not in item.text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_script_style_or_handler_text_reaches_the_article(name: str) -> None:
    article = load_article(PAGES / name)
    text = _all_text(article)
    for hidden in HIDDEN:
        assert hidden not in text, hidden


def test_the_news_page_keeps_its_paragraphs_and_drops_the_chrome() -> None:
    article = load_article(PAGES / "ar_news.html")
    assert [len(s.paragraphs) for s in article.sections] == [2, 2, 1, 2]
    assert article.sections[0].paragraphs[0].startswith("ارتفعت أسعار النفط للأسبوع الثالث")
    body = "\n".join(s.text() for s in article.sections)
    for chrome in ("مقالات ذات صلة", "جميع الحقوق محفوظة", "اشترك في النشرة", "ابحث في الموقع"):
        assert chrome not in body
    assert "مقالات ذات صلة" in article.dropped
    assert "جميع الحقوق محفوظة © 2024 أخبار الخليج" in article.dropped
    assert "من نحن | اتصل بنا | سياسة الخصوصية" in article.dropped
    # What was kept is not listed as dropped.
    kept = {p for s in article.sections for p in s.paragraphs}
    assert not kept & set(article.dropped)


def test_persian_keeps_its_zero_width_non_joiners() -> None:
    """trafilatura drops every unprintable character; the non-joiner is part of Persian
    spelling ("می‌خواهیم", not "میخواهیم") and must come through."""
    article = load_article(PAGES / "fa_article.html")
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert "کتابخانه\u200cهای عمومی" in paragraphs[0]
    assert "شرکت\u200cکنندگان" in paragraphs[-1]
    # Nothing of the article counted as left out for want of its non-joiners.
    assert article.dropped == ("خانه » فرهنگ",)


def test_direction_marks_survive_the_extraction() -> None:
    page = (
        "<html lang='ar'><head><title>إصدار جديد</title></head><body><article>"
        "<h1>إصدار جديد</h1><p>صدر اليوم الإصدار Reader 2.0\u200f من البرنامج، ويضم ميزات "
        "كثيرة طلبها المستخدمون خلال العام الماضي، أبرزها البحث في المكتبة.</p>"
        "<p>ويمكن تنزيله مجانا من الموقع الرسمي للمشروع بدءا من صباح الغد لجميع الأنظمة.</p>"
        "</article></body></html>"
    )
    article = parse_html(page.encode())
    assert "Reader 2.0\u200f من" in article.sections[0].paragraphs[0]


def test_windows_1256_page_named_in_its_meta_charset() -> None:
    data = (PAGES / "ar_windows_1256.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert declared_charset(data) == "windows-1256"
    article = parse_html(data)
    assert article.sections[1].paragraphs[1] == (
        "ومن المتوقع أن يحضر المباراة أكثر من أربعين ألف مشجع، وقد نفدت التذاكر في الساعات "
        "الأولى من طرحها للبيع."
    )


def test_the_charset_a_server_names_wins_over_guessing() -> None:
    # Short ISO-8859-6 text reads as other Arabic letters in Windows-1256; the server knows.
    page = "<html><head><title>من نحن</title></head><body><h1>من نحن</h1><p>نحن فريق.</p></body>"
    data = page.encode("iso8859_6")
    assert parse_html(data, charset="iso-8859-6").title == "من نحن"


def test_xhtml_encoding_named_in_its_xml_declaration() -> None:
    page = (
        '<?xml version="1.0" encoding="ISO-8859-6"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="ar"><head><title>من نحن</title>'
        "</head><body><h1>من نحن</h1><p>نحن فريق صغير من المحررين.</p></body></html>"
    )
    data = page.encode("iso8859_6")
    assert declared_charset(data) == "ISO-8859-6"
    article = parse_html(data)
    assert article.title == "من نحن"
    assert article.sections[0].paragraphs == ("نحن فريق صغير من المحررين.",)


def test_xhtml_headings_directly_in_the_body_are_kept() -> None:
    """trafilatura's fallback keeps only the paragraphs of a page whose headings sit directly
    in <body>; the page's headings are put back before the paragraphs they head."""
    article = load_article(PAGES / "xhtml_article.xhtml")
    assert [len(s.paragraphs) for s in article.sections] == [1, 1, 1]
    assert article.sections[1].paragraphs[0].startswith("ضع إشارة مرجعية")
    assert article.dropped == ()


def test_text_wins_over_a_template_lang() -> None:
    article = load_article(PAGES / "ar_lang_en.html")
    assert (article.language, article.direction) == ("ar", "rtl")
    assert article.dropped == ("Home News Contact", "Powered by SiteBuilder")


def test_a_json_ld_breadcrumb_wins_over_links_marked_as_one() -> None:
    page = (PAGES / "ar_json_ld.html").read_text(encoding="utf-8")
    page = page.replace(
        "<article>",
        '<div class="breadcrumb"><a href="/">Home</a> / <a href="/x">Elsewhere</a></div><article>',
    )
    assert parse_html(page.encode()).breadcrumb == ("الرئيسية", "ثقافة", "متاحف")


def test_a_breadcrumb_ending_in_the_title_loses_the_title() -> None:
    page = (
        "<html><head><title>Rain returns to the valley</title></head><body>"
        "<nav class='breadcrumb'><a href='/'>Home</a> › <a href='/weather'>Weather</a> › "
        "<a href='/weather/rain'>Rain returns to the valley</a></nav><article>"
        "<h1>Rain returns to the valley</h1><p>After four dry months the first rain of the "
        "season fell on the valley on Tuesday night, filling the old reservoirs.</p>"
        "<p>Farmers said the rain came just in time for the spring planting of wheat.</p>"
        "</article></body></html>"
    )
    assert parse_html(page.encode()).breadcrumb == ("Home", "Weather")


RICH = """<!DOCTYPE html><html lang="en"><head><title>Recipes of the valley</title></head>
<body><article><h1>Recipes of the valley</h1>
<p>The first paragraph has a <b>bold</b> word and a <a href="/x">link</a> in it, and goes on long
enough to count as the text of an article about the food of the valley.</p>
<p>A poem in one paragraph:<br>the first line of it<br/>the second line of it.</p>
<h2>Steps</h2>
<ol><li>Wash the rice.</li><li>Boil the water.</li><li>Cook for twenty minutes.</li></ol>
<ul><li>Salt to taste</li><li>Pepper to taste</li></ul>
<h2>Quantities</h2>
<table><tr><th>Item</th><th>Amount</th></tr><tr><td>Rice</td><td>2 cups</td></tr></table>
<p>The last paragraph closes the article after the table, with a few more words in it.</p>
</article></body></html>"""


def test_lists_tables_and_line_breaks() -> None:
    article = parse_html(RICH.encode())
    assert [s.heading for s in article.sections] == [None, "Steps", "Quantities"]
    assert article.sections[0].paragraphs[1] == (
        "A poem in one paragraph: the first line of it the second line of it."
    )
    assert article.sections[1].paragraphs == (
        "1. Wash the rice.",
        "2. Boil the water.",
        "3. Cook for twenty minutes.",
        "• Salt to taste",
        "• Pepper to taste",
    )
    assert article.sections[2].paragraphs[:2] == ("Item | Amount", "Rice | 2 cups")
    assert article.dropped == ()


def test_inline_elements_followed_by_text_in_a_block() -> None:
    """An inline element with text after it, inside a <div>: the text after it is the div's,
    and reading it must not trip over it (it once raised lxml's ParserError)."""
    page = (
        "<html><body><div><p>Some paragraph of text long enough here.</p>"
        "Text <b>bold</b> more text <a href='/'>a link</a> and the end.</div></body></html>"
    )
    article = parse_html(page.encode())
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert paragraphs == [
        "Some paragraph of text long enough here.",
        "Text bold more text a link and the end.",
    ]


def test_a_short_page_keeps_its_heading_apart_from_its_text() -> None:
    page = "<html><body><h1>A short note</h1><h2>Why</h2><p>Because.</p></body></html>"
    article = parse_html(page.encode())
    assert article.title == "A short note"
    assert [(s.heading, s.paragraphs) for s in article.sections] == [("Why", ("Because.",))]


def test_headings_never_carry_script_text() -> None:
    page = (
        "<html><body><article><h1>Title<script>var x = 'MUST-NOT-APPEAR';</script></h1>"
        "<h2>Part one<style>h2{color:red}</style></h2><p>Text of part one.</p></article>"
        "</body></html>"
    )
    article = parse_html(page.encode())
    assert article.title == "Title"
    assert article.sections[0].heading == "Part one"
    assert "MUST-NOT-APPEAR" not in _all_text(article)


def test_a_page_without_a_title_takes_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "ملاحظة قصيرة.html"
    path.write_text("<html><body><p>نص قصير بلا عنوان.</p></body></html>", encoding="utf-8")
    article = load_article(path)
    assert article.title == "ملاحظة قصيرة"
    assert article.sections[0].paragraphs == ("نص قصير بلا عنوان.",)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<html><head><title></title></head><body></body></html>", "no article text found"),
        (b"<html><body><script>var only = 'code';</script></body></html>", "no article text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file (it is a PNG image)"),
        (b"", "the file is empty"),
    ],
    ids=["no-text", "only-script", "png", "empty"],
)
def test_a_page_without_an_article_is_one_line_error(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(data)
    with pytest.raises(ArticleFileError) as caught:
        load_article(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert reason in caught.value.reason
    assert "\n" not in str(caught.value)


def test_a_page_is_told_by_its_start_when_its_name_says_nothing(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_bytes((PAGES / "en_story.html").read_bytes())
    assert format_of(path, path.read_bytes()) == "html"
    assert load_article(path).title == "How the old city library was saved"


def test_a_page_saved_complete_is_read_without_its_files(no_network: None) -> None:
    folder = PAGES / "saved_complete"
    [page] = folder.glob("*.html")
    article = load_article(page)
    assert article.title == EXPECTED["ar_news.html"].title
    assert "تقرير الفيديو" not in _all_text(article)  # the saved frame is not read into it


def test_feed_entry_html_becomes_sections() -> None:
    sections = fragment_sections(
        "<p>Intro.</p><script>alert('x')</script><h3>Part</h3><p onclick='x()'>Body.</p>"
        "<ol start='3'><li>three</li><li>four</li></ol>"
    )
    assert [(s.heading, s.paragraphs) for s in sections] == [
        (None, ("Intro.",)),
        ("Part", ("Body.", "3. three", "4. four")),
    ]
    assert fragment_sections("  ") == []
    assert fragment_sections("<!-- only a comment -->") == []


def test_a_page_whose_text_a_script_was_to_write_is_no_article(tmp_path: Path) -> None:
    path = tmp_path / "app.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>News App</title></head><body><div id='root'></div>"
        "<script src='/bundle.js'></script><script>render(document.getElementById('root'))"
        "</script></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(ArticleFileError) as caught:
        load_article(path)
    assert caught.value.reason == "no article text found in the page"


@pytest.mark.parametrize(
    "name", ["xhtml_article.xhtml", "saved_complete/أسعار النفط.html", "ar_windows_1256.html"]
)
def test_a_page_without_its_ending_is_still_a_page(tmp_path: Path, name: str) -> None:
    """An XML declaration (XHTML), a browser's "saved from" comment, a legacy encoding: the
    start of the file still says it is a web page."""
    path = tmp_path / "page"
    path.write_bytes((PAGES / name).read_bytes())
    assert format_of(path, path.read_bytes()) == "html"
