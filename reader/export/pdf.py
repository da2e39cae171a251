"""PDF export of one section, or of a whole article.

The PDF is the article's QTextDocument (the same layout as the detail pane, see
`reader.rendering`), laid out on A4 pages: breadcrumb, article title, the section heading as
the document's title, the bookmark note, then the paragraphs, justified, each in the
direction of its own text; a footer with the source and the page number. The fonts are
Reader's own bundled ones, so a PDF looks the same whichever machine made it, and its text
layer gives the section's text back (see tests/export).

The file is written through `reader.atomic`, so a failure never leaves a partial PDF.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextOption,
)

from reader.atomic import write_atomically
from reader.document import Article
from reader.errors import ReaderError
from reader.export.textlayer import paint_pages
from reader.models.document_model import heading_label, layout_direction
from reader.rendering import Layout, build_document
from reader.views import fonts

#: The fonts of a PDF: Reader's own, so every page looks the same anywhere, and so that the
#: text layer (see textlayer.py) has a text-less copy of each.
ARABIC_FAMILIES = (fonts.READING_FAMILY, "Noto Sans")
LATIN_FAMILIES = ("Noto Sans", fonts.READING_FAMILY)
#: Points: the base size of the text (the reading font is larger, see fonts.reading_font).
BASE_POINT_SIZE = 9.5
MARGINS_MM = QMarginsF(20, 18, 20, 18)
RESOLUTION = 600
_FOOTER_GAP_MM = 8


@dataclass(frozen=True)
class PdfRequest:
    """What to export: the whole article (`section` None) or one section (0-based); the
    section's bookmark note is printed under its heading when `note` is not empty."""

    article: Article
    section: int | None = None
    note: str = ""

    def title(self) -> str:
        """The PDF's title: "article title — section heading", or the article title."""
        if self.section is None:
            return self.article.title
        heading = heading_label(self.article.sections[self.section].heading)
        return f"{self.article.title} — {heading}"


_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def proposed_file_name(request: PdfRequest) -> str:
    """A file name from the article and section titles: Arabic kept, characters that file
    systems refuse or that could disguise the name (bidi controls) removed."""
    # Format characters go (bidi controls could disguise the name), except the joiners that
    # Persian and Arabic words need (ZWNJ in "می‌خواهم").
    visible = "".join(
        c
        for c in request.title()
        if c in "\u200c\u200d" or unicodedata.category(c) not in ("Cf", "Cc")
    )
    name = _UNSAFE_IN_NAMES.sub(" ", visible)
    name = " ".join(name.split()).strip(" .")[:120].strip() or "article"
    return f"{name}.pdf"


def export_pdf(request: PdfRequest, out: Path) -> Path:
    """Write the PDF to `out` (atomically, see reader.atomic); the path written. Needs a
    QGuiApplication."""
    article = request.article
    if request.section is not None and not 0 <= request.section < len(article.sections):
        count = len(article.sections)
        raise ReaderError(f"no section {request.section + 1}: the article has {count}")
    return write_atomically(out, lambda temporary: _write(request, temporary))


def _write(request: PdfRequest, path: Path) -> None:
    article = request.article
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(request.title())
    writer.setCreator("Reader")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setDocumentXmpMetadata(_xmp(request.title(), article.language))

    base = QFont(fonts.interface_font(QFont(), article.language))
    base.setPointSizeF(BASE_POINT_SIZE)
    sections = None if request.section is None else [request.section]
    layout = Layout(
        sections=sections,
        subject=request.section,
        note=request.note,
        margin=0,
        families=ARABIC_FAMILIES if article.language in fonts.ARABIC_SCRIPT else LATIN_FAMILIES,
        for_print=True,
    )
    document, _ = build_document(article, base, layout)
    document.documentLayout().setPaintDevice(writer)

    dots_per_mm = RESOLUTION / 25.4
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_height = _FOOTER_GAP_MM * dots_per_mm
    body = QSizeF(page.width(), page.height() - footer_height)

    painter = QPainter()
    if not painter.begin(writer):
        raise ReaderError(f"{path.with_suffix('')}: cannot write the PDF")
    try:
        paint_pages(
            document,
            painter,
            body,
            writer.newPage,
            lambda number, pages: _footer(
                painter,
                request,
                number,
                pages,
                QRectF(0, body.height(), body.width(), footer_height),
            ),
            rtl=article.direction == "rtl",
        )
    finally:
        painter.end()


def _footer(painter: QPainter, request: PdfRequest, number: int, pages: int, area: QRectF) -> None:
    """The source at the page's leading edge (right for Arabic), the page number at the
    other; each text in its own direction."""
    article = request.article
    font = QFont(fonts.interface_font(QFont(), article.language))
    font.setPointSizeF(BASE_POINT_SIZE * 0.8)
    page_text = QCoreApplication.translate("PdfExport", "Page %1 of %2")
    page_text = page_text.replace("%1", str(number)).replace("%2", str(pages))
    source = Path(article.source).name if article.source else ""
    rtl = article.direction == "rtl"
    leading = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    trailing = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
    painter.save()
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    for text, side in ((source, leading), (page_text, trailing)):
        option = QTextOption(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignBottom)
        option.setTextDirection(layout_direction(text, article.direction))
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        painter.drawText(area, text, option)
    painter.restore()


def _xmp(title: str, language: str) -> bytes:
    """XMP metadata: the title, the language and the creating tool."""
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
      xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>Reader</xmp:CreatorTool>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()
