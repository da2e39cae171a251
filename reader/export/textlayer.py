"""Pages whose text copies out exactly: what the page shows and what it says, drawn apart.

A PDF reader such as pdftotext rebuilds the text from where the glyphs are drawn and from the
glyph-to-character map Qt writes for each font. For Arabic that loses things: a ligature
glyph maps to nothing in some fonts, a harakah comes back before its letter, punctuation lands
on the wrong side of "2022", and a mirrored bracket comes back as its mirror image.

So each page is drawn twice over:
- the visible glyphs, exactly as Qt shaped and laid them out, from copies of the fonts whose
  character map is empty: the page looks the same, but these glyphs carry no text;
- an invisible text layer: each line's logical text, laid out again in fonts made for the
  export whose glyphs are empty, one glyph per character, with no ligatures, no mark
  positioning and no mirroring, on the visible line's baseline and stretched to its width, so
  a reader gets the characters back in logical order and selection lands on the right line.

The fonts are made with fontTools in a temporary folder and registered with Qt.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import ClassVar

from fontTools.feaLib.builder import addOpenTypeFeaturesFromString
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont
from PySide6.QtCore import QPointF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGlyphRun,
    QPainter,
    QRawFont,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from reader import paths
from reader.ending import at_end
from reader.export.justify import Spread, glyph_runs, lay_out_unjustified, spread, text_units
from reader.textdir import LRM, RLM, first_strong_direction

#: Characters that have a mirror image, with it. The text layer keeps the two of a pair in
#: different fonts, so that the shaping cannot swap one for the other.
_PAIRS = {
    "(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<",
    "«": "»", "»": "«", "‹": "›", "›": "‹",
}  # fmt: skip
#: What may stand between the digits of one number ("2020-2022", "3.75", "1,200", "12%").
_INSIDE_NUMBERS = frozenset("-.,%\u066b\u066c\u066a" + LRM)
WORD_JOINER = "\u2060"
_NEUTRAL = frozenset({"WS", "ON", "CS", "ES", "ET", "NSM", "BN", "S", "B"})
_LTR = frozenset({"L", "EN", "AN"})
_RTL = frozenset({"R", "AL"})
_PUNCTUATION = frozenset({"ON", "CS", "ES", "ET"})

_folder: Path | None = None
_SCRATCH_PREFIX = "reader-pdf-fonts-"


def _scratch() -> Path:
    """A folder for the fonts made in this process, removed when it ends. Its name holds the
    process id, so that the folders of processes that were killed (2 MB each) are removed by
    the next one to make its own."""
    global _folder
    if _folder is None:
        prefix = f"{_SCRATCH_PREFIX}{os.getpid()}-"
        folder = _folder = Path(tempfile.mkdtemp(prefix=prefix))
        at_end(lambda: shutil.rmtree(folder, ignore_errors=True))
        _remove_orphans(folder.parent)
    return _folder


def _remove_orphans(parent: Path) -> None:
    """Remove the font folders in `parent` whose process no longer runs."""
    for folder in parent.glob(f"{_SCRATCH_PREFIX}*-*"):
        pid = folder.name[len(_SCRATCH_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    if os.name != "posix":
        return True  # elsewhere signal 0 is no question: Windows would end the process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process: running, and not ours to clean up after
    return True


# -- fonts -----------------------------------------------------------------------------------


def _empty_font(family: str, characters: list[str], path: Path) -> None:
    """A font with one empty glyph per character, every glyph a base glyph with an advance
    (marks and controls too), and no substitution or positioning."""
    names = [".notdef", *(f"u{ord(c):04X}" for c in characters)]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): f"u{ord(c):04X}" for c in characters})
    empty = TTGlyphPen(None).glyph()
    builder.setupGlyf({name: empty for name in names})
    metrics = {".notdef": (500, 0)}
    for char in characters:
        category = unicodedata.category(char)
        width = 200 if category.startswith("M") else 300 if category == "Cf" else 500
        metrics[f"u{ord(char):04X}"] = (250 if char == " " else width, 0)
    builder.setupHorizontalMetrics(metrics)
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": family, "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
    builder.setupPost()
    # GDEF calls every glyph a base glyph, and a GPOS table (doing nothing) keeps HarfBuzz
    # from placing marks by its own rules: each character keeps its own slot on the line.
    addOpenTypeFeaturesFromString(
        builder.font,
        f"table GDEF {{ GlyphClassDef [{' '.join(names[1:])}], , , ; }} GDEF;\n"
        "feature kern { pos .notdef .notdef 0; } kern;",
    )
    builder.save(str(path))


class LayerFonts:
    """The invisible fonts of one export: registered on creation, removed by `close()`."""

    def __init__(self, text: str) -> None:
        wanted = {c for c in text if ord(c) <= 0xFFFF and (c == " " or not c.isspace())}
        characters = sorted(wanted | {" ", RLM, LRM})
        low = [c for c in characters if c in _PAIRS and c < _PAIRS[c]]
        high = [c for c in characters if c in _PAIRS and c > _PAIRS[c]]
        main = [c for c in characters if c not in _PAIRS]
        self._ids: list[int] = []
        self.families: list[str] = []
        folder = Path(tempfile.mkdtemp(dir=_scratch()))
        for name, group in (("Main", main), ("Low", low), ("High", high)):
            family = f"Reader Text Layer {name} {folder.name}"
            path = folder / f"{name}.ttf"
            _empty_font(family, group or [" "], path)
            font_id = QFontDatabase.addApplicationFont(str(path))
            self._ids.append(font_id)
            self.families.append(QFontDatabase.applicationFontFamilies(font_id)[0])

    def family_of(self, char: str) -> str:
        if char in _PAIRS:
            return self.families[1] if char < _PAIRS[char] else self.families[2]
        return self.families[0]

    def close(self) -> None:
        for font_id in self._ids:
            QFontDatabase.removeApplicationFont(font_id)


class TextlessFonts:
    """Copies of Reader's bundled fonts with an empty character map, by (family, style) of
    the original: the same glyphs under the same numbers, but no text behind them."""

    _twins: ClassVar[dict[tuple[str, str], str]] = {}  # (family, style) → the copy's family

    def __init__(self) -> None:
        if not TextlessFonts._twins:
            for path in paths.bundled_fonts():
                original = QRawFont(str(path), 12)
                copy = _scratch() / f"textless-{path.name}"
                _without_text(path, copy)
                font_id = QFontDatabase.addApplicationFont(str(copy))
                family = QFontDatabase.applicationFontFamilies(font_id)[0]
                TextlessFonts._twins[(original.familyName(), original.styleName())] = family
        self._cache: dict[tuple[str, str, float], QRawFont] = {}

    def twin(self, raw: QRawFont) -> QRawFont | None:
        """The text-less copy of `raw` at its size, or None if it is not a bundled font."""
        key = (raw.familyName(), raw.styleName(), raw.pixelSize())
        if key not in self._cache:
            family = TextlessFonts._twins.get(key[:2])
            if family is None:
                return None
            font = QFont()
            font.setFamilies([family])
            font.setStyleName(raw.styleName())
            font.setPixelSize(max(1, round(raw.pixelSize())))
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            twin = QRawFont.fromFont(font)
            twin.setPixelSize(raw.pixelSize())
            self._cache[key] = twin
        return self._cache[key]


def _without_text(source: Path, target: Path) -> None:
    font = TTFont(str(source), lazy=False)
    for record in font["name"].names:
        if record.nameID in (1, 4, 16, 18, 21):
            record.string = record.toUnicode() + " Textless"
        elif record.nameID == 6:
            record.string = record.toUnicode().replace(" ", "") + "Textless"
    for table in font["cmap"].tables:
        # One harmless entry (a private-use character) so that every loader accepts it.
        table.cmap = {0xE000: ".notdef"} if table.isUnicode() else {}
    font.save(str(target))


# -- the text layer --------------------------------------------------------------------------


def with_direction_marks(text: str, rtl: bool) -> tuple[str, list[int]]:
    """`text` with invisible direction marks where a PDF reader would otherwise misplace
    neutral characters; and for each character, the index in `text` it comes from.

    In a paragraph of direction `rtl`: a mark of that direction after each run of the other
    direction whose following neutrals lead back or to the end (so "،" stays after "2022");
    in a right-to-left paragraph, one after a punctuation mark followed by a space and more
    punctuation (": «"); and one at the end after trailing punctuation (a closing quote).
    """
    other, own = (_LTR, _RTL) if rtl else (_RTL, _LTR)
    mark = RLM if rtl else LRM
    out: list[str] = []
    source: list[int] = []
    for i, char in enumerate(text):
        if char == WORD_JOINER:
            continue  # only there to keep the visible line from breaking; not text
        if ord(char) > 0xFFFF:
            # An emoji or another character beyond the Basic Multilingual Plane: Qt draws
            # it from a colour font of its own choosing, visibly, whatever the layer's font;
            # it is left out of the text layer rather than drawn twice.
            continue
        out.append(char)
        source.append(i)
        kind = unicodedata.bidirectional(char)
        if kind in _PUNCTUATION and rtl and _after_right_to_left(text, i):
            following = text[i + 1 :].lstrip()
            if following and unicodedata.bidirectional(following[0]) in _PUNCTUATION:
                out.append(mark)
                source.append(i)
            continue
        if kind not in other:
            continue
        k = i + 1
        while k < len(text) and unicodedata.bidirectional(text[k]) in _NEUTRAL:
            k += 1
        if k > i + 1 and (k == len(text) or unicodedata.bidirectional(text[k]) in own):
            out.append(mark)
            source.append(i)
    if text and unicodedata.bidirectional(text[-1]) in _PUNCTUATION and out[-1] != mark:
        out.append(mark)
        source.append(len(text) - 1)
    if rtl:
        return _mark_numbers(out, source)
    return "".join(out), source


def _mark_numbers(chars: list[str], source: list[int]) -> tuple[str, list[int]]:
    """In a right-to-left paragraph, pdftotext reads a number's hyphen on the wrong side
    ("ל-4" came back "ל4-", "3-4%" as "4-3%"). A left-to-right mark before each number, and
    on both sides of a hyphen between a right-to-left letter and a number, makes it read the
    number and its hyphen as one left-to-right run, in the order written."""
    out: list[str] = []
    at: list[int] = []
    for j, char in enumerate(chars):
        before = chars[j - 1] if j else ""
        after = chars[j + 1] if j + 1 < len(chars) else ""
        if char == "-" and after.isdigit() and unicodedata.bidirectional(before) in _RTL:
            out += [LRM, char, LRM]
            at += [source[j]] * 3
            continue
        if char.isdigit() and not before.isdigit() and before not in _INSIDE_NUMBERS:
            out.append(LRM)
            at.append(source[j])
        out.append(char)
        at.append(source[j])
    return "".join(out), at


def _after_right_to_left(text: str, at: int) -> bool:
    """Whether the last strong character before `at` is right-to-left."""
    for char in reversed(text[:at]):
        kind = unicodedata.bidirectional(char)
        if kind in _RTL:
            return True
        if kind in _LTR:
            return False
    return True


def _utf16_offsets(text: str) -> list[int]:
    """For each character of `text`, where it starts in UTF-16 units; and the total, last."""
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) > 0xFFFF else 1))
    return offsets


def _layer_layout(block: QTextBlock, fonts: LayerFonts, pixels: int, rtl: bool) -> QTextLayout:
    """The block's text laid out in the invisible fonts, broken into the same lines."""
    original = block.text()
    text, source = with_direction_marks(original, rtl)
    # Qt counts positions in UTF-16 units, Python in code points: a character beyond the
    # Basic Multilingual Plane (an emoji) is two of the one and one of the other.
    units = _utf16_offsets(original)
    layout = QTextLayout(text)
    font = QFont()
    font.setFamilies([fonts.families[0]])
    font.setPixelSize(pixels)
    layout.setFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAnywhere)
    option.setFlags(QTextOption.Flag.ShowDefaultIgnorables)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    layout.setTextOption(option)
    ranges = []
    text_units = _utf16_offsets(text)
    for i, char in enumerate(text):
        if char in _PAIRS:
            part = QTextLayout.FormatRange()
            part.start, part.length = text_units[i], 1
            char_format = QTextCharFormat()
            char_format.setFontFamilies([fonts.family_of(char)])
            part.format = char_format
            ranges.append(part)
    layout.setFormats(ranges)
    visible = block.layout()
    layout.beginLayout()
    for number in range(visible.lineCount()):
        line = visible.lineAt(number)
        start, end = line.textStart(), line.textStart() + line.textLength()
        # The UTF-16 length, in `text`, of the characters from the visible line.
        count = sum(
            text_units[k + 1] - text_units[k]
            for k, s in enumerate(source)
            if start <= units[s] < end
        )
        layer_line = layout.createLine()
        if not layer_line.isValid():
            break
        # Columns are grapheme clusters, not characters: widen until the line holds
        # exactly the characters of the visible line.
        columns = count
        layer_line.setNumColumns(columns)
        while layer_line.textLength() > count and columns > 1:
            columns -= 1
            layer_line.setNumColumns(columns)
        while layer_line.textLength() < count and columns < 2 * count + 2:
            columns += 1
            layer_line.setNumColumns(columns)
    layout.endLayout()
    return layout


# -- pages -----------------------------------------------------------------------------------


def _lines(document: QTextDocument) -> Iterator[tuple[QTextBlock, QTextLine, float, float]]:
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        text_layout = block.layout()
        for number in range(text_layout.lineCount()):
            yield block, text_layout.lineAt(number), rect.left(), rect.top()
        block = block.next()


def _draw_visible(
    painter: QPainter,
    block: QTextBlock,
    line: QTextLine,
    origin: QPointF,
    twins: TextlessFonts,
    how: Spread | None,
) -> None:
    """The line's glyphs, fragment by fragment (for their colour), from text-less fonts,
    spread as `how` says on a justified line; a glyph of a font Reader does not bundle is
    drawn as its outline, which carries no text."""
    start, end = line.textStart(), line.textStart() + line.textLength()
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        fragments += 1
        first = max(start, fragment.position() - block.position())
        last = min(end, fragment.position() - block.position() + fragment.length())
        if first >= last:
            continue
        colour = fragment.charFormat().foreground().color()
        painter.setPen(colour if colour.isValid() else QColor(Qt.GlobalColor.black))
        for run, shift in glyph_runs(line, first, last, how):
            _draw_run(painter, run, origin + QPointF(shift, 0), twins)


def _draw_run(painter: QPainter, run: QGlyphRun, at: QPointF, twins: TextlessFonts) -> None:
    """`run` at `at`, from its font's text-less copy, or as outlines."""
    twin = twins.twin(run.rawFont())
    if twin is not None:
        copy = QGlyphRun(run)
        copy.setRawFont(twin)
        painter.drawGlyphRun(at, copy)
        return
    raw = run.rawFont()
    for glyph, position in zip(run.glyphIndexes(), run.positions(), strict=True):
        outline = raw.pathForGlyph(glyph).translated(at + position)
        painter.fillPath(outline, painter.pen().color())


def paint_pages(
    document: QTextDocument,
    painter: QPainter,
    page: QSizeF,
    new_page: Callable[[], object],
    footer: Callable[[int, int], None],
    rtl: bool,
) -> int:
    """Paint `document`, already laid out for the paint device, on pages of size `page`:
    visible glyphs without text, the invisible text layer, and `footer(page, pages)`. The
    number of pages. Justified blocks are laid out aligned to their leading edge and spread
    here, with even word spaces (see justify.py)."""
    justified = lay_out_unjustified(document)
    document.setPageSize(page)
    pages = max(1, document.pageCount())
    by_page: list[list[tuple[QTextBlock, QTextLine, float, float]]] = [[] for _ in range(pages)]
    for block, line, left, top in _lines(document):
        number = min(pages - 1, int((top + line.y() + 0.5) // page.height()))
        by_page[number].append((block, line, left, top))
    twins = TextlessFonts()
    fonts = LayerFonts(document.toPlainText())
    layouts: dict[int, QTextLayout] = {}
    units: dict[int, Sequence[str]] = {}  # text_units of each justified block, made once
    try:
        for number, lines in enumerate(by_page):
            if number:
                new_page()
            for block, line, left, top in lines:
                origin = QPointF(left, top - number * page.height())
                how = None
                if block.blockNumber() in justified:
                    if block.blockNumber() not in units:
                        units[block.blockNumber()] = text_units(block.text())
                    how = spread(block, line, True, units[block.blockNumber()])
                _draw_visible(painter, block, line, origin, twins, how)
                _draw_layer(painter, block, line, origin, fonts, layouts, rtl, how is not None)
            footer(number + 1, pages)
    finally:
        fonts.close()
    return pages


def _draw_layer(
    painter: QPainter,
    block: QTextBlock,
    line: QTextLine,
    origin: QPointF,
    fonts: LayerFonts,
    layouts: dict[int, QTextLayout],
    rtl: bool,
    spread_out: bool,
) -> None:
    """The line's logical text in the invisible fonts, on its baseline, as wide as it is
    drawn: the full width when it is `spread_out`, its natural width otherwise."""
    runs = line.glyphRuns()
    if not runs:
        return
    layout = layouts.get(block.blockNumber())
    if layout is None:
        pixels = round(max(run.rawFont().pixelSize() for run in runs))
        own = first_strong_direction(block.text())
        direction = rtl if own is None else own == "rtl"
        layout = layouts[block.blockNumber()] = _layer_layout(block, fonts, pixels, direction)
    if line.lineNumber() >= layout.lineCount():
        return
    layer_line = layout.lineAt(line.lineNumber())
    natural = layer_line.naturalTextWidth()
    if natural <= 0:
        return
    width = line.width() if spread_out else line.naturalTextWidth()
    right_to_left = block.textDirection() == Qt.LayoutDirection.RightToLeft
    left = origin.x() + line.x() + (line.width() - width if right_to_left else 0)
    painter.save()
    painter.translate(left, origin.y() + line.y() + line.ascent())
    painter.scale(width / natural, 1.0)
    layer_line.draw(painter, QPointF(-layer_line.x(), -layer_line.y() - layer_line.ascent()))
    painter.restore()
