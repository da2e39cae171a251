"""An article laid out as a QTextDocument: one layout for the screen and for PDF export.

The document is built with a cursor, never from markup, so article text is always shown as
written (a "<b>" in an article is four characters). Each block takes its direction from its
own first strong character, and the sections start at known block numbers so that views can
scroll to them.

Paragraphs are justified in print only, where reader/export/justify.py spreads each line's
room evenly over its word spaces. On screen they are aligned to their leading side: Qt's own
justification gives a line's whole room to its spaces in Latin script (a space after "X" in
an Arabic sentence grew to a third of the line), and spreads a line of Arabic alone between
the letters of its words.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)

from reader.document import Article
from reader.icons import bookmark_pixmap
from reader.models.document_model import heading_label, layout_direction
from reader.views import fonts

_HYPHEN_INSIDE = re.compile(r"-(?=[-\w])")
#: A web address in running text: no spaces, quotes, angle brackets, guillemets or bidi
#: controls inside (a control could make it read as another address), and not ending on the
#: punctuation that follows an address in a sentence (see _web_addresses for brackets).
_URL_INSIDE = '[^\\s<>"«»\u201c\u201d\u202a-\u202e\u2066-\u2069]'
_WEB_ADDRESS = re.compile(
    rf"\bhttps?://{_URL_INSIDE}*[^\s<>\"«»\u201c\u201d\u2018\u2019\u202a-\u202e\u2066-\u2069"
    r".,;:!?؟،؛…۔'\)\]}]",
    re.IGNORECASE,
)

#: The bookmark marker's image, added to each document (never loaded from anywhere).
BOOKMARK_MARKER = QUrl("reader-internal:bookmark")


@dataclass(frozen=True)
class Layout:
    """What to lay out: which sections (all by default), which carry the bookmark marker,
    and whether one section is the subject (an export), with its bookmark note."""

    sections: Sequence[int] | None = None
    marked: Collection[int] = ()
    subject: int | None = None
    note: str = ""
    margin: float = 24.0
    families: tuple[str, ...] = ()  # font families instead of the reading font's
    for_print: bool = False  # laid out for a PDF: paragraphs justified, hyphens kept (_Writer)
    font: str = ""  # a family the reader chose, before the reading font's own
    scale: float = 1.0  # text size, relative to the reading font's
    line_spacing: float = 1.0  # relative to the language's own line height


class _Writer:
    """Adds formatted blocks to a document at a cursor."""

    def __init__(self, document: QTextDocument, article: Article, font: QFont) -> None:
        self.cursor = QTextCursor(document)
        self.article = article
        self.families = font.families()
        self.size = font.pointSizeF()
        self.line_height = fonts.line_height(article.language)
        self.for_print = False
        self._first = True

    def block(
        self,
        text: str,
        *,
        marker: bool = False,
        scale: float = 1.0,
        bold: bool = False,
        italic: bool = False,
        muted: bool = False,
        space_before: float = 0.0,
        body: bool = False,
    ) -> int:
        """Add a paragraph of `text` (`body`: of the article's text, rather than a title or
        a heading); its block number."""
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(layout_direction(text, self.article.direction))
        justify = body and self.for_print
        fmt.setAlignment(
            Qt.AlignmentFlag.AlignJustify if justify else Qt.AlignmentFlag.AlignLeading
        )
        fmt.setTopMargin(space_before)
        fmt.setBottomMargin(self.size * 0.6)
        fmt.setLineHeight(
            self.line_height if body else 110,
            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
        )
        char = QTextCharFormat()
        char.setFontFamilies(self.families)
        char.setFontPointSize(self.size * scale)
        if bold:
            char.setFontWeight(QFont.Weight.Bold)
        if italic:
            char.setFontItalic(True)
        if muted:
            char.setForeground(Qt.GlobalColor.gray)
        if self._first:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(char)
            self._first = False
        else:
            self.cursor.insertBlock(fmt, char)
        if marker:
            image = QTextImageFormat()
            image.setName(BOOKMARK_MARKER.toString())
            image.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
            image.setToolTip(QCoreApplication.translate("DetailPane", "Bookmarked section"))
            self.cursor.insertImage(image)
            self.cursor.insertText(" ", char)
        if self.for_print:
            self.cursor.insertText(self.keep_hyphens(text), char)
        else:
            self._insert_linked(text, char)
        return self.cursor.blockNumber()

    def _insert_linked(self, text: str, char: QTextCharFormat) -> None:
        """Insert `text`, its web addresses as links (http and https only: a "file:" or
        "javascript:" address stays plain text). A link does nothing until the reader
        clicks it, and then the detail pane asks first (see DetailPane.open_link)."""
        at = 0
        for start, end in _web_addresses(text):
            if start > at:
                self.cursor.insertText(text[at:start], char)
            link = QTextCharFormat(char)
            link.setAnchor(True)
            link.setAnchorHref(text[start:end])
            link.setFontUnderline(True)
            link.setForeground(QGuiApplication.palette().color(QPalette.ColorRole.Link))
            self.cursor.insertText(text[start:end], link)
            at = end
        if at < len(text):
            self.cursor.insertText(text[at:], char)

    @staticmethod
    def keep_hyphens(text: str) -> str:
        """`text` with a word joiner after each hyphen inside a word ("--json", "x-y"): a
        line that ended on such a hyphen would lose it in the PDF's copied text, since
        readers take it for a word broken across lines."""
        return _HYPHEN_INSIDE.sub("\\g<0>\u2060", text)


def _web_addresses(text: str) -> list[tuple[int, int]]:
    """The spans of the web addresses in `text`. A closing bracket right after an address
    belongs to it when the address opened one ("…/Python_(language)"), and not otherwise
    ("(see https://example.org)")."""
    spans = []
    for match in _WEB_ADDRESS.finditer(text):
        end = match.end()
        for opening, closing in (("(", ")"), ("[", "]")):
            url = text[match.start() : end]
            if end < len(text) and text[end] == closing and url.count(opening) > url.count(closing):
                end += 1
        spans.append((match.start(), end))
    return spans


def build_document(
    article: Article, base: QFont, layout: Layout = Layout()
) -> tuple[QTextDocument, list[int]]:
    """The article as a QTextDocument, and the block number where each laid-out section
    starts (in the order of `layout.sections`)."""
    document = QTextDocument()
    font = fonts.reading_font(base, article.language)
    if layout.families:
        font.setFamilies(list(layout.families))
    elif layout.font:
        font.setFamilies(list(dict.fromkeys([layout.font, *font.families()])))
    font.setPointSizeF(font.pointSizeF() * layout.scale)
    document.setDefaultFont(font)
    document.setDocumentMargin(layout.margin)
    if layout.marked:
        document.addResource(
            QTextDocument.ResourceType.ImageResource.value,
            BOOKMARK_MARKER,
            bookmark_pixmap(round(QFontMetrics(font).ascent() * 0.9)),
        )
    out = _Writer(document, article, font)
    out.for_print = layout.for_print
    out.line_height = round(out.line_height * layout.line_spacing)
    size = out.size
    if article.breadcrumb:
        # "/" has no mirrored form: "›" would be drawn (and copied from a PDF) as "‹" in a
        # right-to-left line.
        out.block(" / ".join(article.breadcrumb), scale=0.85, muted=True)
    subject = layout.subject
    out.block(article.title, scale=1.25 if subject is not None else 1.6, bold=True, space_before=4)
    if subject is not None:
        heading = heading_label(article.sections[subject].heading)
        out.block(heading, scale=1.6, bold=True, space_before=size * 0.5)
        if layout.note:
            out.block(layout.note, italic=True, muted=True)
    chosen = range(len(article.sections)) if layout.sections is None else layout.sections
    starts: list[int] = []
    for number in chosen:
        section = article.sections[number]
        marker = number in layout.marked
        start = None
        if section.heading is not None and number != subject:
            start = out.block(
                section.heading, marker=marker, scale=1.2, bold=True, space_before=size
            )
        for paragraph in section.paragraphs:
            block_number = out.block(paragraph, marker=marker and start is None, body=True)
            if start is None:
                start = block_number
        starts.append(start if start is not None else out.cursor.blockNumber())
    return document, starts
