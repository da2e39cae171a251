"""Scraped plain-text articles: breadcrumb, title, lead, headed sections, and the chrome around.

A page saved as text keeps the site around the article: navigation crumbs on the first line
(often run together: "رئيسيشؤون دولية"), share and follow buttons, view counters and "time ago"
stamps, "related articles" blocks, "back to top" links. `parse_text` tells these from the
article by the shape of each line and the vocabulary in vocabulary.toml, and keeps every line
somewhere: in the article, or in `dropped`. Where it is unsure, a line stays in the text.

Rules, in order:
1. Each non-blank line is one unit (a paragraph, heading, title or crumb line); blank lines only
   separate, so files with and without blank lines between paragraphs read the same.
2. A line that is chrome by the vocabulary is dropped wherever it stands: a phrase ("شارك"),
   a short line starting with one ("Follow us on …"), a stamp ("منذ 3 ساعات", "1,234 views"),
   or several of these joined by "|" or "·"; arrows around it do not matter ("Read more ›").
3. A block opener ("مقالات ذات صلة", "Related articles") near the end drops itself and the
   headline-like lines after it up to the end: the related-article titles. In the middle of
   the article ("اقرأ أيضاً:" between paragraphs) it drops the headline-like lines right after
   it, its links; of two or more, the last stays if it reads as a heading of what follows.
4. The first remaining line is a breadcrumb when it has crumb separators, starts with a home
   word ("الرئيسية", "Home"), starts with a section name visibly run together with the next
   crumb ("أخباركرة القدم"), or is a very short label above a longer title (one that does
   not end like a sentence or a heading, and is no byline, date or list item).
5. The next line is the title, unless it reads as a paragraph (then the caller's fallback title
   is used and the line stays in the text). The title repeated below itself is dropped, as
   often as it is repeated.
6. A heading is a short line followed by what it heads (a paragraph, or a list):
   - ending in ':' (the colon is removed), unless it introduces a quotation, or is a sentence
     of more than three words introducing a list ("وتشمل الخطة ثلاث مراحل:");
   - numbered ("1- …", "١. …", "أولاً: …"; kept whole), unless a line next to it is numbered
     the same way: then they are the items of a list;
   - otherwise, one with no final punctuation, no colon inside ("label: value") and no table
     cells ("a | b") followed by a clearly longer sentence.
   Bylines ("كتب - فلان :", "By …"), labelled metadata ("نشر بتاريخ: …", "Photo: …") and dates
   are never headings, and neither are the items of a list introduced by a line ending in ':'.

The rules are carried out by the modules beside this one: text_lines.py (a line and its
shape), text_chrome.py (rules 2 and 3), text_breadcrumb.py (4), text_headings.py (6, and the
sections the headings start), with text_metadata.py (bylines, labels, dates) and text_lists.py
(list items) for the lines that are never headings. This module puts them together and finds
the title (5); it also answers the questions the plain-text writer (reader.export.plaintext)
asks, so that what it writes reads back the same.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.document import Article
from reader.importers.text_breadcrumb import crumbs_above_title, split_on_separators
from reader.importers.text_chrome import is_chrome, related_block_start, widget_links
from reader.importers.text_headings import heading_text, sections_of
from reader.importers.text_lines import Line
from reader.importers.text_lists import list_continues, starts_list
from reader.textdir import language_and_direction
from reader.textnorm import fold_words, fold_words_each

__all__ = ["crumbs_of", "heading_of", "list_items", "parse_text"]


def parse_text(text: str, *, fallback_title: str = "", source: str = "") -> Article:
    """Parse a scraped plain-text article (see the module docstring for the rules)."""
    texts = [s for s in (raw.strip() for raw in text.splitlines()) if s]
    keys = fold_words_each(texts)
    lines = [Line(n, *line) for n, line in enumerate(zip(texts, keys, strict=True))]
    chrome = {line.number for line in lines if is_chrome(line)}
    dropped = set(chrome)
    related = related_block_start(lines, chrome)
    if related is not None:
        dropped.update(line.number for line in lines[related:])
    content = [line for line in lines if line.number not in dropped]

    at = 0
    breadcrumb: tuple[str, ...] = ()
    if len(content) >= 3:
        breadcrumb = crumbs_above_title(content[0], content[1])
        at = 1 if breadcrumb else 0

    title = fallback_title
    if at < len(content) and not content[at].is_paragraph_like:
        title = content[at].text
        at += 1
        # Every copy of it right below (a site may print it two or three times): a copy left
        # in the text would be taken for the title's repetition when the text is read again.
        while at < len(content) and content[at].key == content[at - 1].key:
            dropped.add(content[at].number)
            at += 1

    body = content[at:]
    if body:
        links = widget_links(lines, body)
        dropped.update(links)
        body = [line for line in body if line.number not in links]
    sections = sections_of(body)
    language, direction = language_and_direction("\n".join([title, *(s.text() for s in sections)]))
    return Article(
        title=title,
        breadcrumb=breadcrumb,
        sections=tuple(sections),
        dropped=tuple(line.text for line in lines if line.number in dropped),
        language=language,
        direction=direction,
        source=source,
    )


# --- Questions a writer of plain text asks (reader.export.plaintext) --------------------------


def crumbs_of(line: str) -> tuple[str, ...]:
    """The crumbs a first line splits into at its separators; () when it does not, or when it
    is site chrome ("© › News" is a copyright line)."""
    text = line.strip()
    if not text or is_chrome(Line(0, text, fold_words(text))):
        return ()
    return split_on_separators(text)


def list_items(lines: Sequence[str]) -> int:
    """How many of `lines`, under a line ending in ':', read as the items of a list it opens
    (0 when they open none): each is then text, even one shaped like a heading."""
    texts = [text.strip() for text in lines if text.strip()]
    body = [Line(n, text, fold_words(text)) for n, text in enumerate(texts)]
    if not starts_list(body, 0):
        return 0
    continues = list_continues(body[0])
    return next((n for n, line in enumerate(body) if not continues(line)), len(body))


def heading_of(line: str, below: Sequence[str] = (), above: str = "") -> str | None:
    """The heading `line` reads as in an article's body, under the line `above` ("": the
    first line of the body) and above the lines `below`; None when it reads as a paragraph
    (or as site chrome)."""
    texts = [text.strip() for text in (above, line, *below[:3])]
    body = [Line(n, text, fold_words(text)) for n, text in enumerate(texts) if text]
    at = 1 if texts[0] else 0
    if not texts[1] or is_chrome(body[at]):
        return None
    if at and body[0].ends_with_colon and starts_list(body, at):
        return None  # an item of the list the line above introduces
    return heading_text(body, at)
