"""Justified lines in a PDF: every word space of a line widens alike, whatever the scripts
on it, and the line reaches both margins.

Qt's own justification gave the whole extra width of a line to the spaces that follow Latin
text: on the sample's second section, the space after «على منصة “X”» was 8 mm wide and the
others 1.5 mm. The PDF tests measure the ink of pages rendered by pdftoppm; the others the
layout that the export draws (reader/export/justify.py).
"""

from __future__ import annotations

import itertools
import re
import statistics
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QGlyphRun,
    QImage,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from reader.document import Article, Section
from reader.export.justify import glyph_runs, lay_out_unjustified, spread
from reader.export.pdf import ARABIC_FAMILIES, MARGINS_MM, PdfRequest, export_pdf
from reader.importers import load_article
from tests.conftest import SAMPLE

_DPI = 300
_PAGE_MM = 210.0
_PAGE_HEIGHT_MM = 297.0
_FOOTER_MM = 8  # the footer's height, at the bottom of the page's margins (see pdf.py)
_LINE = re.compile(
    r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</line>', re.S
)
_WORD = re.compile(r">([^<]*)</word>")

#: Arabic paragraphs with Latin words in them: names of two words, a quoted letter, a brand.
MIXED = (
    "وكتب زيلينسكي على منصة “X” أن أوكرانيا مستعدة لاتخاذ أسرع الخطوات الممكنة لتحقيق السلام، "
    "وقال الرئيس Donald Trump إن المحادثات مع Emmanuel Macron كانت مفيدة، قبل أن يعلن مكتب "
    "Olaf Scholz عن لقاء جديد في Berlin خلال الأسبوع المقبل، بحضور ممثلين عن شركة OpenAI "
    "وآخرين من جامعة Oxford، في حين نشرت صحيفة “The Guardian” تقريرًا مطولًا عن الاجتماع "
    "ونقلت عن مسؤول في Brussels أن الاتحاد الأوروبي يدرس حزمة عقوبات جديدة على موسكو."
)


@pytest.fixture
def gui(app):  # type: ignore[no-untyped-def]
    return app


@dataclass(frozen=True)
class InkLine:
    """One line of the body of a rendered page: its text (as pdftotext reads the text
    layer), where its ink starts and ends, and the blank stretches between, widest first; in
    millimetres."""

    text: str
    left: float
    right: float
    gaps: list[float]


def ink_lines(pdf: Path, tmp_path: Path) -> list[InkLine]:
    """The lines of page 1 that carry ink, above the footer, from the text layer's line
    boxes and the page rendered by pdftoppm."""
    layout = subprocess.run(
        ["pdftotext", "-bbox-layout", "-enc", "UTF-8", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    prefix = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-gray", "-png", "-r", str(_DPI), "-f", "1", "-l", "1", str(pdf), prefix],
        check=True,
    )
    image = QImage(f"{prefix}-1.png").convertToFormat(QImage.Format.Format_Grayscale8)
    assert not image.isNull()
    pixels = bytes(image.constBits())
    stride, width = image.bytesPerLine(), image.width()
    mm = 25.4 / _DPI
    lines = []
    footer = (_PAGE_HEIGHT_MM - MARGINS_MM.bottom() - _FOOTER_MM) * 72 / 25.4
    for top, bottom, body in _LINE.findall(layout):
        if float(top) >= footer:
            continue
        rows = range(int(float(top) * _DPI / 72), int(float(bottom) * _DPI / 72))
        band = [pixels[y * stride : y * stride + width] for y in rows]
        inked = [min(column) < 128 for column in zip(*band, strict=True)]
        xs = [x for x, ink in enumerate(inked) if ink]
        if not xs:
            continue
        gaps = [len(m.group()) * mm for m in re.finditer(r"0+", _bits(inked[xs[0] : xs[-1]]))]
        text = "".join(_WORD.findall(body))
        lines.append(InkLine(text, xs[0] * mm, (xs[-1] + 1) * mm, sorted(gaps, reverse=True)))
    return lines


def _bits(inked: list[bool]) -> str:
    return "".join("1" if ink else "0" for ink in inked)


def test_a_quoted_latin_word_in_arabic_is_followed_by_an_ordinary_word_space(
    gui, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The sample's second section, «… على منصة “X” أن …»: the space after “X” took the line's
    whole extra width (9.7 mm of ink gap against 1.6 mm for the others)."""
    pdf = export_pdf(PdfRequest(load_article(SAMPLE), 1), tmp_path / "s2.pdf")
    line = next(line for line in ink_lines(pdf, tmp_path) if "X" in line.text)
    word_gaps = line.gaps[:10]  # the line has 15 word spaces: these are all word gaps
    assert word_gaps[0] < 1.5 * statistics.median(word_gaps), word_gaps


def test_justified_lines_reach_both_margins(gui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every full line of the sample's second section is inked from margin to margin, its
    right (leading) edge with the headings' and the last lines': Qt's justification left a
    space's width (1 mm) blank at the right of each full right-to-left line."""
    pdf = export_pdf(PdfRequest(load_article(SAMPLE), 1), tmp_path / "s2.pdf")
    left, right = MARGINS_MM.left(), _PAGE_MM - MARGINS_MM.right()
    lines = ink_lines(pdf, tmp_path)
    full = [line for line in lines if line.left < left + 5]
    assert len(full) >= 5
    for line in full:
        assert line.left == pytest.approx(left, abs=0.8), line.text
        assert line.right == pytest.approx(right, abs=0.8), line.text


def test_latin_names_in_an_arabic_paragraph_widen_no_space_more_than_the_others(
    gui, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    article = Article(
        title="اختبار", sections=(Section(None, (MIXED,)),), language="ar", direction="rtl"
    )
    pdf = export_pdf(PdfRequest(article, 0), tmp_path / "mixed.pdf")
    left = MARGINS_MM.left()
    full = [line for line in ink_lines(pdf, tmp_path) if line.left < left + 1]
    assert len(full) >= 3
    for line in full:
        word_gaps = line.gaps[:8]
        assert word_gaps[0] < 1.5 * statistics.median(word_gaps), (line.text, word_gaps)


# -- the layout the export draws -------------------------------------------------------------


def _laid_out(text: str, rtl: bool) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setFamilies(list(ARABIC_FAMILIES))
    font.setPixelSize(18)
    document.setDefaultFont(font)
    block_format = QTextBlockFormat()
    block_format.setAlignment(Qt.AlignmentFlag.AlignJustify)
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    block_format.setLayoutDirection(direction)
    QTextCursor(document).setBlockFormat(block_format)
    QTextCursor(document).insertText(text)
    assert lay_out_unjustified(document) == {0}
    document.setTextWidth(520)
    document.documentLayout().documentSize()  # lays it out
    return document


def _boxes(runs: list[tuple[QGlyphRun, float]]) -> list[tuple[float, float]]:
    """Where each glyph run is drawn: the (left, right) of its glyphs' advances, moved."""
    boxes = []
    for run, shift in runs:
        advances = run.rawFont().advancesForGlyphIndexes(run.glyphIndexes())
        edges = [(p.x(), p.x() + a.x()) for p, a in zip(run.positions(), advances, strict=True)]
        boxes.append((min(a for a, _ in edges) + shift, max(b for _, b in edges) + shift))
    return boxes


ENGLISH = (
    "The talks in Istanbul, which the delegates called مفاوضات مباشرة in their statements, "
    "ended without a ceasefire; the word هدنة was heard often, and the mediators from Ankara "
    "said that a second round, جولة ثانية, could follow within weeks if both sides agreed."
)


@pytest.mark.parametrize(
    ("text", "rtl"), [(MIXED, True), (ENGLISH, False)], ids=["arabic", "english"]
)
def test_every_word_space_of_a_line_widens_alike(gui, text: str, rtl: bool) -> None:  # type: ignore[no-untyped-def]
    """Each full line, spread, is as wide as the column, and each of its word spaces has
    grown by the same amount, Arabic spaces and Latin ones. «“The Guardian”» in Arabic text
    is drawn ”The Guardian“: each word in two places. (Boxes are measured from the glyphs'
    nominal advances, which kerning changes a little: only their changes are compared.)"""
    document = _laid_out(text, rtl)
    block = document.begin()
    layout = block.layout()
    assert layout.lineCount() >= 4
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        how = spread(block, line, justified=True)
        if number == layout.lineCount() - 1:
            assert how is None, "the last line stays as it is"
            continue
        assert how is not None
        start, end = line.textStart(), line.textStart() + line.textLength()
        runs = glyph_runs(line, start, end, how)
        before = _boxes([(run, 0.0) for run, _ in runs])
        after = _boxes(runs)
        order = sorted(range(len(runs)), key=lambda i: before[i][0])
        spaces = [  # the middles of the spaces between words, as laid out
            sum(_boxes([(run, 0.0) for run in line.glyphRuns(k, 1)])[0]) / 2
            for k in range(start, end)
            if text[k] == " " and text[start:k].strip() and text[k:end].strip()
        ]
        each = (line.width() - line.naturalTextWidth()) / len(spaces)
        # The leading edge stays; between two runs, the gap grows by one share of the line's
        # room for each space between them.
        leading = order[-1] if rtl else order[0]
        assert after[leading][0] - before[leading][0] == pytest.approx(0, abs=0.01)
        for i, j in itertools.pairwise(order):
            between = sum(1 for s in spaces if before[i][1] - 0.5 < s < before[j][0] + 0.5)
            growth = (after[j][0] - after[i][1]) - (before[j][0] - before[i][1])
            assert growth == pytest.approx(between * each, abs=0.01), (text[start:end], i, j)


def test_a_block_that_is_not_justified_is_left_as_it_is(gui) -> None:  # type: ignore[no-untyped-def]
    document = _laid_out(ENGLISH, rtl=False)
    line = document.begin().layout().lineAt(0)
    assert spread(document.begin(), line, justified=False) is None
