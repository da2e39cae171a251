"""Properties every importer keeps, held by hypothesis.

1. Nothing crashes: whatever the bytes or the text, an importer gives an article or refuses
   with `ArticleFileError`, one line that starts with the file's name.
2. Nothing is lost: every word a reader of the Markdown, the web page or the feed entry would
   see ends up in the article (title, breadcrumb, headings, paragraphs) or in its `dropped`
   lines. Words, not characters: white space and punctuation between words, list markers and
   the markup itself are not kept as they were; control characters are no text. What counts
   as seen is what a renderer shows: Markdown as markdown-it renders it, a page's body (or an
   entry's content) without its scripts, styles, templates, frames, SVG and `<noscript>`
   fallbacks. An image's description counts in Markdown, where the article keeps it, not in a
   page. (The plain-text importer keeps every character: test_text.py.)
3. Parsing is stable: an article written as plain text (`reader.export.plaintext`) reads back
   with the same outline: breadcrumb, title, and each section's heading and paragraphs.

What plain text cannot carry, deliberately (the exporter writes what it can; the importer reads
plain text as it finds it on the web, and is not bent to read these back):
- An article without a paragraph (a breadcrumb and a title only): a crumb line is told from a
  title only by the line below the title.
- A title of one or two words above a first line that could be a title (no final stop, no
  colon, no list mark): in the source a line between them, dropped since (the title printed a
  second time, a link under "Read more"), showed which was the title; without it, the title
  reads as a section label above a headline ("Sport" over "Fans return to the stadium").
- A first line that repeats the title (folded alike) reads as the title printed twice.
- A heading that ends in a colon of its own comes back without it: the colon marks a heading.
- A heading of more than three words directly above two or more short lines (a list's items,
  or short sentences) reads as a sentence introducing a list, unless the first of them is long
  enough for the heading to stand without a colon (twice its words and four more). A heading
  with nothing under it at the end of the article, or above a heading it cannot be told from,
  reads as a paragraph.
  A heading that reads as a byline, a date, a metadata label or site chrome ("By …",
  "24/7", "Source", "Share") is never a heading in plain text; nor is one of over ten words.
- A paragraph shaped like a heading (short, no final stop, above a much longer sentence; or
  short and ending in a colon) reads as one; a lone numbered item ("1. …") above a sentence
  reads as a numbered heading.
- A breadcrumb of one crumb comes back only when it reads as a section label (one or two words
  above a title three words longer); a crumb holding a lone guillemet ("‹", or "«" without "»")
  is split there.
- Lines are stripped: a code block's indentation is lost.
So the Markdown and web pages generated here are simple articles (`strategies.documents`):
paragraphs are sentences, headings short phrases, lists have two items or more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.html
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from reader.document import Article, Section
from reader.errors import ArticleFileError
from reader.export.plaintext import article_text
from reader.importers import Format, parse_bytes
from reader.importers.decoding import decode_text
from reader.importers.feed import parse_feed
from reader.importers.html import parse_html
from reader.importers.html_blocks import fragment_sections
from reader.importers.markdown import _front_matter, parse_markdown
from reader.importers.text import parse_text
from reader.textnorm import fold_words
from tests.importers.strategies import (
    Document,
    Entry,
    documents,
    feed_entries,
    feed_of,
    feeds,
    html_of,
    html_pages,
    markdown_of,
    markdown_texts,
    mixed_texts,
    scraped_articles,
)

Outline = tuple[tuple[str, ...], str, list[tuple[str | None, tuple[str, ...]]]]


def outline(article: Article) -> Outline:
    return (
        article.breadcrumb,
        article.title,
        [(section.heading, section.paragraphs) for section in article.sections],
    )


def refused_in_one_line(exc: ArticleFileError, source: str) -> bool:
    """Whether the refusal is one line: the file's name, then a reason."""
    message = str(exc)
    return (
        message.startswith(f"{source}: ") and "\n" not in message and len(message) > len(source) + 2
    )


# --- 1. Nothing crashes ---------------------------------------------------------------------


#: Bytes as files hold them: any bytes, and text in the encodings Reader reads or refuses.
_ENCODINGS = ("utf-8", "utf-16", "utf-16-le", "cp1256", "iso8859_6", "cp1252", "utf-32")


@st.composite
def _encoded(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> bytes:
    text = draw(texts)
    encoding = draw(st.sampled_from(_ENCODINGS))
    return text.encode(encoding, "replace") + draw(st.binary(max_size=draw(st.integers(0, 4))))


_ANY_BYTES = st.one_of(
    st.binary(max_size=300),
    _encoded(st.text(max_size=200)),
    _encoded(mixed_texts()),
    st.lists(st.binary(max_size=20) | _encoded(mixed_texts()), max_size=4).map(b"".join),
)
#: A name with the letters and marks file names have: Arabic, spaces, quotes.
_SOURCE = "مقالات/نص 'الخبر' (1).txt"


@settings(max_examples=150)
@given(_ANY_BYTES)
def test_decode_text_gives_text_or_refuses_in_one_line(data: bytes) -> None:
    try:
        text = decode_text(data, _SOURCE)
    except ArticleFileError as exc:
        assert refused_in_one_line(exc, _SOURCE), str(exc)
    else:
        assert isinstance(text, str)


@settings(max_examples=150)
@given(st.text() | markdown_texts())
def test_parse_markdown_never_raises(text: str) -> None:
    article = parse_markdown(text, source="x.md")
    assert article.direction in ("rtl", "ltr")


@settings(max_examples=80)
@given(html_pages() | _ANY_BYTES)
def test_parse_html_gives_an_article_or_refuses_in_one_line(data: bytes) -> None:
    try:
        article = parse_html(data, source=_SOURCE)
    except ArticleFileError as exc:
        assert refused_in_one_line(exc, _SOURCE), str(exc)
    else:
        assert article.sections


@settings(max_examples=150)
@given(st.text() | html_pages().map(lambda page: page.decode("utf-8", "surrogatepass")))
def test_fragment_sections_never_raise(fragment: str) -> None:
    for section in fragment_sections(fragment):
        assert section.heading is not None or section.paragraphs


@settings(max_examples=80)
@given(feeds() | _ANY_BYTES)
def test_parse_feed_gives_entries_or_refuses_in_one_line(data: bytes) -> None:
    try:
        entries = parse_feed(data, source=_SOURCE)
    except ArticleFileError as exc:
        assert refused_in_one_line(exc, _SOURCE), str(exc)
    else:
        assert entries


@pytest.mark.parametrize("kind", ["text", "markdown", "html", "feed"])
@settings(max_examples=40)
@given(data=st.one_of(_ANY_BYTES, html_pages(), feeds(), markdown_texts().map(str.encode)))
def test_parse_bytes_gives_articles_or_refuses_in_one_line(kind: Format, data: bytes) -> None:
    try:
        imported = parse_bytes(data, kind, source=_SOURCE, fallback_title="fallback")
    except ArticleFileError as exc:
        assert refused_in_one_line(exc, _SOURCE), str(exc)
    else:
        assert imported
        assert all(item.article.title for item in imported)


# --- 2. Nothing is lost ---------------------------------------------------------------------

#: Elements a browser lays out as blocks (or as a break): their text never runs on into the
#: text around them.
_BLOCK_TAGS = frozenset(
    {"p", "div", "li", "ul", "ol", "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}
    | {"td", "th", "table", "caption", "blockquote", "pre", "section", "article", "main"}
    | {"header", "footer", "nav", "aside", "form", "fieldset", "figure", "figcaption"}
    | {"address", "details", "summary", "hr", "br", "body"}
)
_UNSEEN_TAGS = frozenset(
    {"script", "style", "template", "noscript", "svg", "iframe", "object", "head"}
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _without_controls(text: str, instead: str = "") -> str:
    """`text` without the control characters a web page's text cannot hold (lxml refuses
    them): those that are white space become a space, the others `instead`."""
    return _CONTROLS.sub(lambda m: " " if m[0].isspace() else instead, text)


def _seen_text(element: lxml.html.HtmlElement, images: bool) -> Iterator[str]:
    """The text a reader sees in `element`, a space at each block's edges; with `images`, an
    image's description where it stands (as a text browser shows it)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag and tag not in _UNSEEN_TAGS:
        edge = " " if tag in _BLOCK_TAGS else ""
        yield edge + (element.text or "")
        if images and tag == "img":
            yield element.get("alt", "")
        for child in element:
            yield from _seen_text(child, images)
            yield child.tail or ""
        yield edge


def _words(*texts: str) -> set[str]:
    return set(fold_words(" ".join(texts)).split())


def _article_words(article: Article) -> set[str]:
    return _words(
        article.title,
        *article.breadcrumb,
        *(section.text() for section in article.sections),
        *article.dropped,
        article.author,
        article.published,
    )


_markdown = MarkdownIt("commonmark", {"html": False}).enable("table")


@settings(max_examples=150)
@given(markdown_texts())
def test_every_word_of_a_markdown_text_is_kept(text: str) -> None:
    """Every word markdown-it renders from the body (images by their description), and every
    front-matter line, is in the article or its dropped lines."""
    fields, front_lines, body = _front_matter(text)
    article = parse_markdown(text)
    rendered = _markdown.render(body)
    seen = ""
    if rendered.strip():
        # Control characters stay in the article, where they part words.
        tree = lxml.html.fragment_fromstring(_without_controls(rendered, " "), create_parent="div")
        seen = "".join(_seen_text(tree, images=True))
    missing = _words(seen) - _article_words(article)
    assert not missing
    for name, value in fields.items():
        if name in ("lang", "language"):
            continue  # a language code: the article's language, not its text
        assert _words(value) <= _article_words(article), name
    assert tuple(front_lines) == article.dropped


@settings(max_examples=60)
@given(html_pages())
def test_every_word_of_a_web_page_is_kept(page: bytes) -> None:
    """Every word of the page's body that a reader sees is in the article or its dropped
    lines (the `<title>`, in the page's head, is not counted)."""
    try:
        article = parse_html(page, source="page.html")
    except ArticleFileError:
        return  # no article text: tested above
    # Control characters are no text: the importer leaves them out.
    text = _without_controls(page.decode("utf-8", "surrogatepass"))
    body = lxml.html.document_fromstring(text).find("body")
    seen = "".join(_seen_text(body, images=False)) if body is not None else ""
    missing = _words(seen) - _article_words(article)
    assert not missing


@settings(max_examples=60)
@given(feed_entries(), st.booleans())
def test_every_word_of_a_feed_entry_is_kept(entries: list[Entry], atom: bool) -> None:
    """Every word of each entry's title and of its content (as a page's body is seen) is in
    the feed's articles."""
    try:
        articles = [entry.article for entry in parse_feed(feed_of(entries, atom), source="f.xml")]
    except ArticleFileError:
        return  # no entry with text: tested above
    kept = set().union(*(_article_words(article) for article in articles))
    for title, content in entries:
        # Control characters are no text: the importer leaves them out.
        fragment = lxml.html.fragment_fromstring(
            _without_controls(content) or " ", create_parent="div"
        )
        seen = "".join(_seen_text(fragment, images=False))
        assert not (_words(title, seen) - kept)


# Counterexamples the properties found, kept as examples.


@pytest.mark.parametrize(
    ("body", "paragraphs"),
    [
        ("<div><b>حكو</b>مة جديدة</div>", ("حكومة جديدة",)),  # one word across inline markup
        ("<div>one<br>two</div>", ("one two",)),  # a line break parts words
        ("<div><label>Name </label><button>Send</button></div>", ("Name Send",)),
        ("<div>before<form>inside</form>after</div>", ("before", "inside", "after")),
        ("<div>top<hr>bottom</div>", ("top", "bottom")),
    ],
)
def test_words_are_parted_as_a_reader_sees_them(body: str, paragraphs: tuple[str, ...]) -> None:
    sections = fragment_sections(body)
    assert [p for s in sections for p in s.paragraphs] == list(paragraphs)


@pytest.mark.parametrize("character", ["\x08", "\x0c", "\x1b", "\ufffe"])
def test_control_characters_in_markup_are_no_text(character: str) -> None:
    assert fragment_sections(f"<p>one{character}two</p>")
    page = (
        f"<html><body><article><p>One line{character}<br> and the next.</p></article></body></html>"
    )
    assert parse_html(page.encode(), source="page.html").sections


def test_a_feed_entry_keeps_the_heading_its_content_starts_with() -> None:
    assert fragment_sections("<h1>أعلنت</h1><p>نص الخبر.</p>") == [Section("أعلنت", ("نص الخبر.",))]
    assert fragment_sections("<h2>Only a heading</h2>") == [Section(None, ("Only a heading",))]
    # Above another heading it is the first line: the text starts with no empty section.
    assert fragment_sections("<h1>One</h1><h2>Two</h2><p>Text.</p>") == [
        Section(None, ("One",)),
        Section("Two", ("Text.",)),
    ]
    # Under a title it repeats, it is the title's repetition.
    assert fragment_sections("<h1>Title</h1><p>Text.</p>", "Title") == [Section(None, ("Text.",))]


# --- 3. Parsing is stable -------------------------------------------------------------------


def _first_line_taken_away(article: Article) -> tuple[str, list[Section]]:
    """The article's first line of text, and its sections without it and without the copies
    of it right below it, which read as the repetitions of the title it becomes (rule 5)."""
    first, *rest = article.sections
    if first.heading is not None:
        title, lead = first.heading, first.paragraphs
    else:
        title, lead = first.paragraphs[0], first.paragraphs[1:]
    copies = 0
    while copies < len(lead) and fold_words(lead[copies]) == fold_words(title):
        copies += 1
    lead = lead[copies:]
    # Past the lead, a heading repeating the title would go too, and its paragraphs join
    # the lead: not followed here.
    assume(lead or not rest or fold_words(rest[0].heading or "") != fold_words(title))
    return title, [Section(None, lead), *rest] if lead else rest


def _assert_reads_back(article: Article) -> None:
    """parse_text(article_text(article)) has the article's outline, but for the limits of
    plain text that the module docstring lists, each checked for what it does."""
    assume(any(section.paragraphs for section in article.sections))
    again = parse_text(article_text(article))
    if not article.breadcrumb and again.breadcrumb and again.title != article.title:
        # The title read as a section label above the first line, now the title: only when
        # the line that showed it was the title was dropped.
        title, sections = _first_line_taken_away(article)
        label = article.title.strip(" >›»«‹<|→←/\\")
        assert article.dropped
        assert len(label.split()) <= 2
        assert again.breadcrumb == (label,)
        assert outline(again) == (
            again.breadcrumb,
            title,
            [(s.heading, s.paragraphs) for s in sections],
        )
        return
    assert outline(again) == outline(article)


@settings(max_examples=250)
@given(scraped_articles())
def test_a_scraped_article_reads_back_from_its_plain_text(text: str) -> None:
    _assert_reads_back(parse_text(text))


def _government(n: int, end: str = "") -> str:
    return " ".join(["الحكومة"] * n) + end


# Found by the property above: a colon written after the first heading made the short lines
# below it a list, and the second heading one of its items; the colon is then left out. In
# the second text the colon stays: its list keeps a heading-shaped line as text.
@settings(max_examples=2)
@given(
    st.sampled_from(
        [
            [_government(n, end) for n, end in ((1, ""), (1, ""), (2, ""), (8, "."), (4, ""))]
            + [_government(12, "."), _government(8, ".")],
            [
                _government(2),
                _government(1) + ":",
                _government(8, "."),
                _government(1),
                _government(8, "."),
            ],
        ]
    )
)
def test_a_colon_is_written_only_where_its_list_takes_no_heading(lines: list[str]) -> None:
    _assert_reads_back(parse_text("\n".join(lines) + "\n"))


@settings(max_examples=150)
@given(mixed_texts())
def test_any_text_reads_back_from_its_plain_text(text: str) -> None:
    article = parse_text(text)
    assume(not any(c in crumb for crumb in article.breadcrumb for c in "«»‹"))
    _assert_reads_back(article)


def _without_final_colons(article: Article) -> Outline:
    return (
        article.breadcrumb,
        article.title,
        [
            (None if s.heading is None else s.heading.rstrip(":").rstrip(), s.paragraphs)
            for s in article.sections
        ],
    )


def _first_line(article: Article) -> str:
    first = article.sections[0]
    return first.heading if first.heading is not None else first.paragraphs[0]


@settings(max_examples=150)
@given(documents())
def test_a_markdown_article_reads_back_from_its_plain_text(doc: Document) -> None:
    article = parse_markdown(markdown_of(doc))
    assume(fold_words(_first_line(article)) != fold_words(article.title))
    assert outline(parse_text(article_text(article))) == _without_final_colons(article)


@settings(max_examples=60)
@given(documents())
def test_a_web_page_reads_back_from_its_plain_text(doc: Document) -> None:
    article = parse_html(html_of(doc), source="page.html")
    assume(fold_words(_first_line(article)) != fold_words(article.title))
    assert outline(parse_text(article_text(article))) == _without_final_colons(article)
