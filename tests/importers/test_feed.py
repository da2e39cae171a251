"""Tests for reader/importers/feed.py: RSS and Atom feeds (tests/data/feeds/), one article an
entry, and how the dispatch in reader/importers/__init__.py tells a feed."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from reader.errors import ArticleFileError
from reader.importers import format_of, load_article, read_articles
from reader.importers.feed import looks_like_feed, parse_feed
from tests.conftest import DATA

FEEDS = DATA / "feeds"
RSS = FEEDS / "ar_news.rss"
ATOM = FEEDS / "en_blog.atom"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the feed parser tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_rss_entries_are_articles(no_network: None) -> None:
    first, second = parse_feed(RSS.read_bytes(), source=str(RSS))
    assert first.key == "https://gulf-news.example.com/economy/oil-prices"
    article = first.article
    assert article.title == "ارتفاع أسعار النفط في الأسواق العالمية"
    assert [s.heading for s in article.sections] == [None, "الأسواق الآسيوية", "توقعات المحللين"]
    assert article.sections[1].paragraphs == (
        "سجلت بورصة طوكيو مكاسب محدودة، بينما تراجعت الأسهم في هونغ كونغ.",
    )
    assert article.breadcrumb == ("اقتصاد", "طاقة")
    assert (article.author, article.published, article.site) == (
        "سارة الحمدان",
        "2024-03-15",
        "أخبار الخليج",
    )
    assert (article.language, article.direction) == ("ar", "rtl")
    assert article.source == str(RSS)
    # The entry's summary is the description; the full content is what becomes the article.
    assert second.article.title == "افتتاح متحف جديد للفنون الإسلامية"
    assert second.article.sections[0].paragraphs == (
        "افتتح في العاصمة متحف جديد يضم أكثر من ثلاثة آلاف قطعة أثرية.",
        "والدخول مجاني للطلاب طوال الشهر الأول.",
    )
    assert second.article.breadcrumb == ("ثقافة",)
    assert second.article.author == ""


def test_feed_html_loses_its_scripts_and_handlers() -> None:
    [first, _] = parse_feed(RSS.read_bytes())
    text = "\n".join(s.text() for s in first.article.sections)
    assert "FEED-SCRIPT-MUST-NOT-APPEAR" not in text
    assert "steal" not in text


def test_atom_entries_are_articles() -> None:
    story, note = parse_feed(ATOM.read_bytes(), source=str(ATOM))
    assert story.key == "https://riverside.example.org/2023/library"
    assert story.article.title == "How the old city library was saved"
    assert [(s.heading, s.paragraphs) for s in story.article.sections] == [
        (None, ("In the spring of last year the old city library was close to closing for good.",)),
        (
            "The campaign",
            (
                "Volunteers collected signatures in the market square.",
                "1. Sign the petition",
                "2. Meet the council",
            ),
        ),
    ]
    assert story.article.breadcrumb == ("Local", "Culture")
    assert (story.article.author, story.article.published, story.article.site) == (
        "Tom Hargreaves",
        "2023-11-02",
        "The Riverside Chronicle",
    )
    assert (story.article.language, story.article.direction) == ("en", "ltr")
    # No link: the entry is known by its id; no published date: the updated one.
    assert note.key == "tag:riverside.example.org,2023:note-7"
    assert note.article.published == "2023-10-30"


def test_the_published_day_is_the_feeds_own() -> None:
    """01:30 on the 15th in UTC+3 is the 14th in UTC: the day is the one the feed wrote."""
    feed = (
        b'<rss version="2.0"><channel><title>T</title><item><title>Late news</title>'
        b"<pubDate>Fri, 15 Mar 2024 01:30:00 +0300</pubDate><description>Text.</description>"
        b"</item></channel></rss>"
    )
    [entry] = parse_feed(feed)
    assert entry.article.published == "2024-03-15"


def test_plain_text_entries_are_text_not_markup() -> None:
    feed = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        b"<entry><title>Bold</title><id>1</id><summary>Use &lt;b&gt; for bold, as 3 &lt; 5."
        b"\n\nA second paragraph.</summary></entry></feed>"
    )
    [entry] = parse_feed(feed)
    assert entry.article.sections[0].paragraphs == (
        "Use <b> for bold, as 3 < 5.",
        "A second paragraph.",
    )


def test_an_entry_without_a_title_is_titled_by_its_text() -> None:
    feed = (
        b'<rss version="2.0"><channel><title>T</title><item><guid>x-1</guid>'
        b"<description>&lt;p&gt;Only a body here.&lt;/p&gt;</description></item>"
        b"<item><guid>x-2</guid></item></channel></rss>"
    )
    [entry] = parse_feed(feed)
    assert entry.key == "x-1"
    assert entry.article.title == "Only a body here."


def test_a_heading_repeating_the_entrys_title_is_not_shown_twice() -> None:
    feed = (
        "<rss version='2.0'><channel><title>T</title><item><guid>x-1</guid>"
        "<title>عنوان الخبر</title><description>&lt;h2&gt;عنوان الخبر&lt;/h2&gt;"
        "&lt;p&gt;نص الخبر الأول.&lt;/p&gt;"
        "&lt;h2&gt;ردود الفعل&lt;/h2&gt;&lt;p&gt;نص ثان.&lt;/p&gt;"
        "</description></item></channel></rss>"
    ).encode()
    [entry] = parse_feed(feed)
    article = entry.article
    assert article.title == "عنوان الخبر"
    assert [(s.heading, s.paragraphs) for s in article.sections] == [
        (None, ("نص الخبر الأول.",)),
        ("ردود الفعل", ("نص ثان.",)),
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title>'
            b"</channel></rss>",
            "not an RSS or Atom feed with entries",
        ),
        (
            b'<feed xmlns="http://www.w3.org/2005/Atom"><title>No entries</title></feed>',
            "not an RSS or Atom feed with entries",
        ),
        (
            b'<rss version="2.0"><channel><title>T</title><item><guid>1</guid></item>'
            b"</channel></rss>",
            "the feed's entries have no text",
        ),
        (b"<?xml version='1.0'?><rss><channel><item><title>broken", "entries have no text"),
    ],
    ids=["rss-no-items", "atom-no-entries", "entries-without-text", "truncated"],
)
def test_a_feed_without_articles_is_one_line_error(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(data)
    with pytest.raises(ArticleFileError) as caught:
        read_articles(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert reason in message
    assert "\n" not in message


def test_a_binary_file_named_like_a_feed_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_bytes(b"PK\x03\x04" + bytes(100))
    with pytest.raises(ArticleFileError, match="it is a ZIP archive"):
        read_articles(path)


def test_looks_like_feed() -> None:
    assert looks_like_feed(RSS.read_bytes())
    assert looks_like_feed(ATOM.read_bytes())
    assert looks_like_feed(b"\xef\xbb\xbf\n  <rss version='2.0'><channel></channel></rss>")
    assert looks_like_feed(b'<rdf:RDF xmlns:rdf="x"><channel></channel></rdf:RDF>')
    assert not looks_like_feed(b"<?xml version='1.0'?><html><body>page</body></html>")
    assert not looks_like_feed(b"<!DOCTYPE html><html><body><p>A feed of news</p></body></html>")
    assert not looks_like_feed("عنوان\n\nنص المقال عن <rss> والخلاصات.".encode())


def test_a_feed_is_told_by_its_start_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_bytes(RSS.read_bytes())
    assert format_of(path, path.read_bytes()) == "feed"
    assert load_article(path).title == "ارتفاع أسعار النفط في الأسواق العالمية"
    items = read_articles(path)
    assert [item.key for item in items] == [
        "https://gulf-news.example.com/economy/oil-prices",
        "https://gulf-news.example.com/culture/museum",
    ]


def test_a_feed_given_as_text_is_never_fetched(no_network: None) -> None:
    """feedparser takes a string for an address (or a file name) and reads it; the importer
    gives it bytes only, so an address in a file is a one-line error, never a fetch."""
    with pytest.raises(TypeError, match="bytes"):
        parse_feed("http://127.0.0.1:9/feed.xml")  # type: ignore[arg-type]
    with pytest.raises(ArticleFileError, match="not an RSS or Atom feed"):
        parse_feed(b"http://127.0.0.1:9/feed.xml")
    with pytest.raises(ArticleFileError, match="not an RSS or Atom feed"):
        parse_feed(b"/etc/hostname")


def test_external_entities_are_not_read(no_network: None) -> None:
    feed = (
        b'<?xml version="1.0"?>\n'
        b'<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">'
        b'<!ENTITY remote SYSTEM "http://127.0.0.1:9/x">]>\n'
        b'<rss version="2.0"><channel><title>T</title><item><title>Entry &secret;&remote;'
        b"</title><description>Body text.</description></item></channel></rss>"
    )
    [entry] = parse_feed(feed)
    hostname = Path("/etc/hostname")
    if hostname.is_file() and hostname.read_text().strip():
        assert hostname.read_text().strip() not in entry.article.title
    assert entry.article.sections[0].paragraphs == ("Body text.",)


def test_a_windows_1256_feed_that_names_no_encoding() -> None:
    """feedparser reads undeclared bytes that are not UTF-8 as Windows-1252: "ÇáäÝØ" for
    "النفط". They are decoded as any text file's are."""
    text = RSS.read_text(encoding="utf-8").replace(' encoding="UTF-8"', "", 1)
    first, second = parse_feed(text.encode("cp1256"))
    assert first.article.title == "ارتفاع أسعار النفط في الأسواق العالمية"
    assert first.article.site == "أخبار الخليج"
    assert second.article.sections[0].paragraphs[1] == "والدخول مجاني للطلاب طوال الشهر الأول."


def test_a_windows_1256_feed_that_says_so() -> None:
    text = RSS.read_text(encoding="utf-8").replace('"UTF-8"', '"windows-1256"', 1)
    first, _second = parse_feed(text.encode("cp1256"))
    assert first.article.author == "سارة الحمدان"


def test_a_feed_mixing_utf8_and_windows_1256_is_refused(tmp_path: Path) -> None:
    text = RSS.read_text(encoding="utf-8").replace(' encoding="UTF-8"', "", 1)
    half = len(text) // 2
    path = tmp_path / "mixed.rss"
    path.write_bytes(text[:half].encode("utf-8") + text[half:].encode("cp1256"))
    with pytest.raises(ArticleFileError, match="damaged or mixed encodings"):
        read_articles(path)
