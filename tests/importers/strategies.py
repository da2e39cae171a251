"""Hypothesis strategies for the importers' property tests (test_properties.py, test_text.py).

- `mixed_texts`: lines of words, marks and chrome phrases thrown together, for what must hold
  of any text;
- `scraped_articles`: articles as a web page saved as text has them (breadcrumb, title printed
  once or twice, bylines, lead, headings with and without colons, lists, quotations, site
  chrome), in Arabic, English and Persian;
- `documents`: simple structured articles, written out as Markdown (`markdown_of`) or a web
  page (`html_of`);
- `markup`: Markdown and HTML pieces thrown together with any text, and `feeds`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from hypothesis import assume
from hypothesis import strategies as st

from reader.importers.vocabulary import vocabulary
from reader.textnorm import fold_words

#: Sentences long enough never to pass for a title or a heading.
AR = "يقول الخبراء إن هذه الخطوة جاءت بعد سنوات من النقاش الطويل بين الأطراف المعنية في البلاد."
AR2 = (
    "وأضاف المتحدث أن الحكومة ستعلن تفاصيل الخطة الجديدة خلال الأسابيع المقبلة "
    "بعد التشاور مع النقابات."
)
EN = (
    "The officials said on Monday that the new plan would take effect next year "
    "after a long debate."
)
EN2 = "Critics argue that the money would be better spent on the lines used by more people."

# --- Any text -----------------------------------------------------------------------------------

_MIXED_WORDS = (
    *("الحكومة", "أعلنت", "مؤتمرًا", "في", "إسطنبول", "الدولية", "كرة", "القدم", "خلفية"),
    *("كتب", "أحمد", "علي", "رئيسي", "الرئيسية", "أخبار", "اقتصاد", "مقالات", "ذات", "صلة"),
    *("زر", "الذهاب", "إلى", "الأعلى", "شارك", "اقرأ", "أيضا", "٢٠٢٢"),
    *("Home", "News", "World", "the", "officials", "said", "on", "Monday", "Related"),
    *("articles", "Share", "Back", "to", "top", "By", "Jane", "Doe", "Follow", "us", "Read"),
    *("more", "24/7", "prices", "©", "2026", "Kit"),
)
_MARKS = (*".,،؛;:：؟?!…»«›‹><|→←/\\-“”()", ">>")
_GAPS = (" ", " ", " ", "", "  ", "\u00a0", "\t")
_MIXED_PHRASES = (
    "مقالات ذات صلة",
    "زر الذهاب إلى الأعلى",
    "اقرأ أيضا",
    "Related articles",
    "Share this article",
    "Back to top",
    "Home > World",
    "Home / World",
    "الرئيسيةأخباركرة القدم",
    "رئيسيشؤون دولية",
    "الرئيسية » اقتصاد",
    "الدور التركي:",
    "خلفية :",
    "By Jane Doe:",
    "كتب - أحمد علي:",
    "© 2026 Example News. All rights reserved.",
    # Stamps, metadata, numbered and list lines, widgets (tests/importers/test_text_varieties.py).
    "منذ 3 ساعات",
    "1,234 views · 2 hours ago",
    "۳ ساعت پیش",
    "نشر بتاريخ:",
    "الأحد ١٦ يونيو ٢٠٢٤",
    "صورة: أرشيفية",
    "(Photo: AFP)",
    "أولاً: الأسباب",
    "١- حصر الأسر.",
    "2. The cost",
    "• بند أول",
    "- an item",
    "حراسة المرمى: بيكفورد.",
    "وتشمل الخطة ثلاث مراحل متتالية:",
    "إقرأ أيضاً:",
    "Related stories:",
    "أخباركرة القدم",
    "Home/News/Science",
    AR,
    AR2,
    EN,
    EN2,
)
_MIXED_CRUMBS = (
    *("Home", "News", "World", "Europe", "Sport", "Health", "Kit", "24/7", "Jane Doe"),
    *("الرئيسية", "رئيسي", "أخبار", "اقتصاد", "صحة", "خانه", "شؤون دولية", "كرة القدم"),
)
_MIXED_SEPARATORS = (
    *(" > ", ">", " >> ", " › ", "›", " » ", "«", " ‹ ", " | ", " / ", " \\ "),
    *("→", " ← ", " < ", "/", ""),  # "/": after a home word only; "": run together
)


@st.composite
def _mixed_breadcrumbs(draw: st.DrawFn) -> str:
    """A first line of crumbs, with separators or run together after a home word."""
    home = draw(st.sampled_from(["Home", "الرئيسية", "رئيسي", "خانه"]))
    crumbs = draw(st.lists(st.sampled_from(_MIXED_CRUMBS), min_size=1, max_size=4))
    if draw(st.booleans()):
        return home + "".join(crumbs)
    line = home if draw(st.booleans()) else crumbs.pop(0)
    for crumb in crumbs:
        line += draw(st.sampled_from(_MIXED_SEPARATORS)) + crumb
    return line


@st.composite
def mixed_texts(draw: st.DrawFn) -> str:
    """Text shaped like a scraped article, loosely: lines of words, marks and chrome thrown
    together, blank lines; half the time under a breadcrumb line and a short title."""
    word_line = st.lists(
        st.tuples(st.sampled_from(_MIXED_WORDS + _MARKS), st.sampled_from(_GAPS)), max_size=40
    ).map(lambda parts: "".join(w + g for w, g in parts))
    line = st.one_of(word_line, st.sampled_from(_MIXED_PHRASES), st.just(""))
    head = draw(st.one_of(st.just([]), st.lists(_mixed_breadcrumbs(), min_size=1, max_size=1)))
    if head:
        short = st.lists(st.sampled_from(_MIXED_WORDS), min_size=1, max_size=8).map(" ".join)
        head.append(draw(short))
    lines = head + draw(st.lists(line, max_size=14))
    breaks = draw(st.lists(st.sampled_from(["\n", "\n", "\n\n", "\r\n", "\n \n"]), min_size=16))
    return "".join(text + brk for text, brk in zip(lines, breaks, strict=False))


# --- Scraped articles ---------------------------------------------------------------------------

WORDS = {
    "ar": (
        *("الحكومة", "أعلنت", "مؤتمرًا", "في", "إسطنبول", "الدولية", "كرة", "القدم", "خلفية"),
        *("المفاوضات", "الوزير", "الاقتصاد", "النفط", "أسعار", "ارتفعت", "المدينة", "الجديد"),
        *("الشركة", "مشروع", "خطة", "العام", "المقبل", "بين", "على", "من", "إلى", "أن", "هذه"),
        *("الطلاب", "المدارس", "الصحة", "المستشفى", "٢٠٢٤", "3", "قال", "وأضاف", "الرئيس"),
    ),
    "en": (
        *("the", "officials", "said", "on", "Monday", "plan", "new", "city", "council", "will"),
        *("prices", "rose", "oil", "market", "of", "and", "to", "in", "a", "after", "debate"),
        *("School", "hospital", "workers", "Kit", "2024", "24/7", "talks", "Istanbul", "year"),
    ),
    "fa": (
        *("دولت", "اعلام", "کرد", "که", "برنامه", "جدید", "در", "شهر", "تهران", "از", "به"),
        *("می‌خواهد", "اقتصاد", "قیمت", "نفت", "افزایش", "یافت", "سال", "آینده", "گفت", "این"),
    ),
}
LANGUAGES = sorted(WORDS)
_SENTENCE_ENDS = {"ar": ".؟!", "en": ".?!", "fa": ".؟!"}
_COMMAS = {"ar": "،", "en": ",", "fa": "،"}

#: Lines of site chrome, as sites print them: the importer drops each.
CHROME = (
    *("شارك", "زر الذهاب إلى الأعلى", "منذ 3 ساعات", "1,234 views · 2 hours ago"),
    *("۳ ساعت پیش", "Share this article", "Back to top", "Advertisement", "تابعنا على فيسبوك"),
    *("© 2026 Example News. All rights reserved.", "اشتراک‌گذاری", "Follow us on X"),
    *("Read more ›", "Share >>"),
)
#: Openers of a block of links to other articles.
_OPENERS = ("مقالات ذات صلة", "Related articles", "اقرأ أيضاً:", "مطالب مرتبط", "Read more")
#: The article's own metadata: kept as text, never headings.
_METADATA = (
    *("كتب - أحمد علي:", "By Jane Doe", "نشر بتاريخ: 16 يونيو 2024", "الأحد ١٦ يونيو ٢٠٢٤"),
    *("Photo: AFP", "صورة: أرشيفية", "(Photo: AFP)", "Updated: 16 June 2024"),
)
CRUMBS = (
    *("News", "World", "Europe", "Sport", "Health", "Technology", "Science", "Jane Doe"),
    *("أخبار", "اقتصاد", "صحة", "شؤون دولية", "كرة القدم", "اخبار", "سیاسی", "فرهنگی"),
)
_HOMES = ("Home", "الرئيسية", "رئيسي", "خانه", "صفحه اصلی")
_SEPARATORS = (" > ", ">", " >> ", " › ", "›", " » ", " | ", " / ", " \\ ", "→", " ← ")


def words(language: str, low: int, high: int) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(WORDS[language]), min_size=low, max_size=high)


@st.composite
def sentence(draw: st.DrawFn, language: str, low: int = 8, high: int = 30) -> str:
    """A sentence: words, maybe a comma, a final stop."""
    chosen = draw(words(language, low, high))
    if len(chosen) > 4 and draw(st.booleans()):
        at = draw(st.integers(1, len(chosen) - 2))
        chosen[at] += _COMMAS[language]
    return " ".join(chosen) + draw(st.sampled_from(_SENTENCE_ENDS[language]))


@st.composite
def phrase(draw: st.DrawFn, language: str, low: int = 1, high: int = 6) -> str:
    """A run of words without final punctuation: a title, a heading, a list item; never a
    date (numbers alone, or numbers with day and month names: "Monday 2024"), which is the
    article's metadata, never a heading."""
    chosen = draw(words(language, low, high))
    if not any(c.isalpha() for word in chosen for c in word):
        chosen.append(WORDS[language][0])
    text = " ".join(chosen)
    assume(not vocabulary().is_date(fold_words(text)))
    return text


@st.composite
def breadcrumb_lines(draw: st.DrawFn) -> str:
    """A first line of crumbs: with separators, run together after a home word, or a label."""
    crumbs = draw(st.lists(st.sampled_from(CRUMBS), min_size=1, max_size=3))
    kind = draw(st.sampled_from(["separated", "run-together", "label"]))
    if kind == "label":
        return crumbs[0]
    home = draw(st.sampled_from(_HOMES))
    if kind == "run-together":
        return home + "".join(crumbs)
    return draw(st.sampled_from(_SEPARATORS)).join([home, *crumbs])


@st.composite
def heading_lines(draw: st.DrawFn, language: str) -> str:
    """A heading as scraped: with a final colon (with a space before it or not), numbered, or
    bare."""
    text = draw(phrase(language, 1, 6))
    style = draw(st.sampled_from(["colon", "spaced-colon", "numbered", "ordinal", "bare"]))
    if style == "colon":
        return text + ":"
    if style == "spaced-colon":
        return text + " :"
    if style == "numbered":
        return draw(st.sampled_from(["1- ", "٢. ", "3) ", "(4) "])) + text
    if style == "ordinal":
        return draw(st.sampled_from(["أولاً: ", "ثانياً: ", "First: "])) + text
    return text


@st.composite
def scraped_articles(draw: st.DrawFn) -> str:
    """Text shaped like an article saved from a web page: breadcrumb, title (printed once or
    twice), a byline or date, lead, headed sections (with lists, quotations, lines in another
    language) and site chrome among them and after them, with blank lines or without."""
    language = draw(st.sampled_from(LANGUAGES))
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append(draw(breadcrumb_lines()))
    title = draw(phrase(language, 1, 12))
    lines.append(title)
    if draw(st.integers(0, 3)) == 0:
        lines.append(title + draw(st.sampled_from(["", ".", ":"])))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(_METADATA)))
    sections = draw(st.integers(0, 4))
    lines.extend(draw(st.lists(sentence(language), min_size=0 if sections else 1, max_size=3)))
    for _ in range(sections):
        lines.append(draw(heading_lines(language)))
        for _ in range(draw(st.integers(1, 3))):
            lines.extend(draw(_body_lines(language)))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(_OPENERS)))
        other = draw(st.sampled_from(LANGUAGES))
        lines.extend(draw(st.lists(phrase(other, 3, 10), min_size=1, max_size=3)))
    lines.extend(draw(st.lists(st.sampled_from(CHROME), max_size=2)))
    breaks = draw(st.lists(st.sampled_from(["\n", "\n\n", "\n\n", "\r\n"]), min_size=len(lines)))
    return "".join(line + brk for line, brk in zip(lines, breaks, strict=False))


@st.composite
def _body_lines(draw: st.DrawFn, language: str) -> list[str]:
    """A paragraph (mostly), a sentence in another language, a list under a sentence that
    introduces it, a quotation under the line that introduces it, or a line of chrome."""
    kind = draw(st.sampled_from(["sentence"] * 5 + ["other", "list", "quote", "chrome"]))
    if kind == "sentence":
        return [draw(sentence(language))]
    if kind == "other":
        return [draw(sentence(draw(st.sampled_from(LANGUAGES))))]
    if kind == "list":
        intro = draw(sentence(language, 4, 10)).rstrip(".؟!?") + ":"
        bullet = draw(st.sampled_from(["• ", "- ", "", "1. "]))
        items = draw(st.lists(phrase(language, 1, 6), min_size=2, max_size=4))
        return [intro, *(bullet + item for item in items)]
    if kind == "quote":
        return [draw(phrase(language, 2, 5)) + ":", "«" + draw(sentence(language)) + "»"]
    return [draw(st.sampled_from(CHROME))]


# --- Markdown and web pages ---------------------------------------------------------------------

#: One block of a document: ("p", (text,)), ("ul", items), ("ol", items) or ("table", rows).
DocBlock = tuple[str, tuple[str, ...]]


@dataclass(frozen=True)
class Document:
    """A simple structured article: title, breadcrumb, and sections of a heading ("" for the
    lead) and blocks."""

    title: str
    crumbs: tuple[str, ...]
    sections: tuple[tuple[str, tuple[DocBlock, ...]], ...]


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A simple structured article: a title; no breadcrumb or two or three crumbs; a lead or
    none; sections with a heading (now and then ending in a colon) and at least one paragraph
    each; lists of two or more items under a sentence that introduces them. Paragraphs are
    sentences and headings short phrases; a heading of more than three words has a first
    paragraph longer than a list item (test_properties.py says why)."""
    language = draw(st.sampled_from(LANGUAGES))
    title = draw(phrase(language, 2, 10))
    crumbs = draw(
        st.one_of(
            st.just(()),
            st.lists(st.sampled_from(CRUMBS), min_size=2, max_size=3, unique=True).map(tuple),
        )
    )
    sections: list[tuple[str, tuple[DocBlock, ...]]] = []
    # A table first of all could be taken for the title (a row "Headline | Site" often is).
    lead = draw(st.lists(_doc_blocks(language, tables=False), max_size=2))
    if lead:
        sections.append(("", tuple(b for blocks in lead for b in blocks)))
    for _ in range(draw(st.integers(0 if lead else 1, 4))):
        heading = draw(phrase(language, 1, 6))
        first = draw(sentence(language, 8 if len(heading.split()) <= 3 else 13))
        if draw(st.integers(0, 4)) == 0:
            heading += ":"
        rest = draw(st.lists(_doc_blocks(language), max_size=2))
        sections.append((heading, (("p", (first,)), *(b for blocks in rest for b in blocks))))
    return Document(title, crumbs, tuple(sections))


@st.composite
def _doc_blocks(draw: st.DrawFn, language: str, tables: bool = True) -> list[DocBlock]:
    """A paragraph; a list under the sentence that introduces it; or (with `tables`) a table,
    its rows given as cells joined by tabs."""
    kind = draw(st.sampled_from(["p"] * 4 + ["list"] + ["table"] * tables))
    if kind == "p":
        return [("p", (draw(sentence(language)),))]
    if kind == "table":
        columns = draw(st.integers(2, 3))
        cell = phrase(language, 1, 4) | sentence(language, 2, 6)
        row = st.lists(cell, min_size=columns, max_size=columns).map("\t".join)
        return [("table", tuple(draw(st.lists(row, min_size=2, max_size=4))))]
    intro = draw(sentence(language, 4, 10)).rstrip(".؟!?") + ":"
    items = tuple(draw(st.lists(phrase(language, 1, 6), min_size=2, max_size=4)))
    return [("p", (intro,)), (draw(st.sampled_from(["ul", "ol"])), items)]


def markdown_of(doc: Document) -> str:
    parts = []
    if doc.crumbs:
        parts.append("---\ncategories: [" + ", ".join(doc.crumbs) + "]\n---")
    parts.append(f"# {doc.title}")
    for heading, blocks in doc.sections:
        if heading:
            parts.append(f"## {heading}")
        for kind, texts in blocks:
            if kind == "p":
                parts.append(texts[0])
            elif kind == "table":
                rows = ["| " + row.replace("\t", " | ") + " |" for row in texts]
                rule = "|" + " --- |" * (texts[0].count("\t") + 1)
                parts.append("\n".join([rows[0], rule, *rows[1:]]))
            else:
                marks = [f"{n}." if kind == "ol" else "-" for n in range(1, len(texts) + 1)]
                parts.append("\n".join(f"{m} {t}" for m, t in zip(marks, texts, strict=True)))
    return "\n\n".join(parts) + "\n"


def html_of(doc: Document, lang: str = "") -> bytes:
    e = html.escape
    body = []
    if doc.crumbs:
        links = " › ".join(f'<a href="/{n}">{e(c)}</a>' for n, c in enumerate(doc.crumbs))
        body.append(f'<nav class="breadcrumb">{links}</nav>')
    body.append(f"<article><h1>{e(doc.title)}</h1>")
    for heading, blocks in doc.sections:
        if heading:
            body.append(f"<h2>{e(heading)}</h2>")
        for kind, texts in blocks:
            if kind == "p":
                body.append(f"<p>{e(texts[0])}</p>")
            elif kind == "table":
                cells = [[e(cell) for cell in row.split("\t")] for row in texts]
                head = "".join(f"<th>{cell}</th>" for cell in cells[0])
                rows = "".join(
                    "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                    for row in cells[1:]
                )
                body.append(f"<table><tr>{head}</tr>{rows}</table>")
            else:
                items = "".join(f"<li>{e(t)}</li>" for t in texts)
                body.append(f"<{kind}>{items}</{kind}>")
    body.append("</article>")
    attributes = f' lang="{lang}"' if lang else ""
    page = (
        f"<!DOCTYPE html><html{attributes}><head><meta charset='utf-8'>"
        f"<title>{e(doc.title)}</title></head><body>" + "\n".join(body) + "</body></html>"
    )
    return page.encode("utf-8")


# --- Markup thrown together ---------------------------------------------------------------------

_MARKDOWN_PIECES = (
    *("# ", "## ", "- ", "* ", "1. ", "> ", "**", "*", "_", "`", "```\n", "    ", "\n", "\n\n"),
    *("|", "| --- |", "---", "[", "](http://example.com)", "![", "<b>", "&amp;", "\\", "  \n"),
    *(" ", "الحكومة", "أعلنت", "the", "plan", "٢٠٢٤", "می‌خواهد", "---\ntitle: x\n---\n"),
)
_HTML_TAGS = ("b", "i", "a", "span", "em", "code", "label", "button", "sup")
_HTML_BLOCKS = ("p", "h1", "h2", "h3", "div", "li", "blockquote", "pre", "form", "nav")


def markdown_texts() -> st.SearchStrategy[str]:
    """Markdown syntax and words thrown together with any text."""
    piece = st.sampled_from(_MARKDOWN_PIECES) | st.text(max_size=6)
    return st.lists(piece, max_size=40).map("".join)


@st.composite
def _inline_html(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 10))):
        word = draw(
            st.sampled_from(WORDS["ar"] + WORDS["en"]) | st.text(max_size=6).map(html.escape)
        )
        kind = draw(st.integers(0, 5))
        if kind == 0:
            tag = draw(st.sampled_from(_HTML_TAGS))
            word = f"<{tag}>{word}</{tag}>"
        elif kind == 1:
            word += draw(st.sampled_from(["<br>", "<img alt='x'>", "<script>var a = 1;</script>"]))
        parts.append(word + draw(st.sampled_from([" ", " ", "", "\n", "&nbsp;"])))
    return "".join(parts)


@st.composite
def html_blocks(draw: st.DrawFn, tags: tuple[str, ...] = _HTML_BLOCKS) -> str:
    """Blocks of a page's body: headings, paragraphs, lists, a table, loose text, nested
    blocks, with inline markup around words and any text."""
    blocks = []
    for _ in range(draw(st.integers(0, 8))):
        tag = draw(st.sampled_from((*tags, "loose", "list", "table", "nested")))
        text = draw(_inline_html())
        if tag == "loose":
            blocks.append(text)
        elif tag == "list":
            blocks.append(f"<ol><li>{text}</li><li>{draw(_inline_html())}</li></ol>")
        elif tag == "table":
            blocks.append(f"<table><tr><td>{text}</td><th>{draw(_inline_html())}</th></tr></table>")
        elif tag == "nested":
            inner = draw(_inline_html())
            blocks.append(f"<div>{text}<p>{inner}</p>{draw(_inline_html())}<hr></div>")
        else:
            blocks.append(f"<{tag}>{text}</{tag}>")
    return "".join(blocks)


@st.composite
def html_pages(draw: st.DrawFn) -> bytes:
    """A web page: `html_blocks` in a body or an article, under any title."""
    wrap = draw(st.sampled_from(["article", "main", "div", "section"]))
    title = html.escape(draw(st.text(max_size=20)))
    page = (
        f"<html><head><title>{title}</title></head>"
        f"<body><{wrap}>{draw(html_blocks())}</{wrap}></body></html>"
    )
    return page.encode("utf-8", "surrogatepass")


#: A feed entry: its title (maybe none) and its HTML content.
Entry = tuple[str, str]


def feed_of(entries: list[Entry], atom: bool, name: str = "News") -> bytes:
    """An Atom or RSS feed of `entries` (title and content escaped as XML text)."""
    items = []
    for number, (title, content) in enumerate(entries):
        if atom:
            items.append(
                f"<entry><title>{html.escape(title)}</title>"
                f"<link href='http://example.com/{number}'/>"
                f"<content type='html'>{html.escape(content)}</content></entry>"
            )
        else:
            items.append(
                f"<item><title>{html.escape(title)}</title><link>http://example.com/{number}</link>"
                f"<description>{html.escape(content)}</description></item>"
            )
    if atom:
        body = (
            f"<feed xmlns='http://www.w3.org/2005/Atom'><title>{html.escape(name)}</title>"
            + "".join(items)
            + "</feed>"
        )
    else:
        body = (
            f"<rss version='2.0'><channel><title>{html.escape(name)}</title>"
            + "".join(items)
            + "</channel></rss>"
        )
    return ("<?xml version='1.0' encoding='utf-8'?>" + body).encode("utf-8", "surrogatepass")


#: The elements of an entry's content: those a feed reader keeps (feedparser's sanitizer takes
#: forms and navigation out, leaving their words run together).
_FEED_BLOCKS = ("p", "h1", "h2", "h3", "div", "li", "blockquote", "pre")
_C1_CONTROLS = re.compile("[\x80-\x9f]")


def feed_entries() -> st.SearchStrategy[list[Entry]]:
    title = st.just("") | st.lists(st.sampled_from(WORDS["ar"] + WORDS["en"]), max_size=6).map(
        " ".join
    )
    # Without C1 control characters, which feedparser reads as the Windows-1252 letters of the
    # same bytes ("\x88" as "ˆ"), mending text that was decoded wrongly.
    content = html_blocks(_FEED_BLOCKS).map(lambda text: _C1_CONTROLS.sub("", text))
    return st.lists(st.tuples(title, content), min_size=1, max_size=3)


@st.composite
def feeds(draw: st.DrawFn) -> bytes:
    """An RSS or Atom feed: entries of words and markup, or of any text at all."""
    any_text = st.text(max_size=30)
    entries = draw(feed_entries() | st.lists(st.tuples(any_text, any_text), max_size=3))
    return feed_of(entries, draw(st.booleans()), draw(any_text))
