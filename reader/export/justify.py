"""Justified lines for print, with the extra width spread evenly over the word spaces.

Qt justifies a line by giving all of its extra width to the highest-ranked kind of place on
it (QTextEngine::justify): a space in text of a non-Arabic script ranks above the gap after a
letter, which ranks above a space in Arabic text. So a line of Arabic with one space that
follows a Latin word (على منصة "X" أن) puts all of it, 8 mm on the sample, into that one space,
and a line of Arabic alone spreads it between the letters. Typesetting, Arabic or Latin,
widens every word space of the line alike. (Qt's justified right-to-left lines also stood a
space's width in from the right margin, where the paragraph's last line and the headings
start.)

So for print the justified blocks are laid out aligned to their leading edge
(`lay_out_unjustified`), and `spread` tells for each line how far to move the glyphs of
each word so that the line reaches both edges with its word spaces widened alike. The line
breaks are Qt's, the same as with its own justification.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGlyphRun, QTextBlock, QTextCursor, QTextDocument, QTextLine

#: The spaces that are widened: the word space and the no-break space.
STRETCHABLE = frozenset(" \u00a0")
_LINE_SEPARATOR = "\u2028"
_HORIZONTAL = (
    Qt.AlignmentFlag.AlignLeft
    | Qt.AlignmentFlag.AlignRight
    | Qt.AlignmentFlag.AlignHCenter
    | Qt.AlignmentFlag.AlignJustify
    | Qt.AlignmentFlag.AlignAbsolute
)


def lay_out_unjustified(document: QTextDocument) -> frozenset[int]:
    """Align the justified blocks of `document` to their leading edge instead; the numbers
    of those blocks, whose lines `spread` then widens."""
    justified = set()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        block_format = block.blockFormat()
        alignment = block_format.alignment()
        if alignment & Qt.AlignmentFlag.AlignJustify:
            justified.add(block.blockNumber())
            block_format.setAlignment((alignment & ~_HORIZONTAL) | Qt.AlignmentFlag.AlignLeading)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(block_format)
        block = block.next()
    cursor.endEditBlock()
    return frozenset(justified)


@dataclass(frozen=True)
class Spread:
    """How one line is spread: the runs of characters between its widened spaces (Qt's
    positions in the block), where those spaces are as laid out (their middles, in device
    units), and how much wider each becomes."""

    words: tuple[tuple[int, int], ...]
    spaces: tuple[float, ...]  # in ascending order
    each: float
    right_to_left: bool

    def shift(self, run: QGlyphRun) -> float:
        """How far to move `run`, glyphs of one word, to the right. The leading edge stays
        put: in a right-to-left line a run moves left by the spaces to its right, in a
        left-to-right line right by the spaces to its left. Runs, not words: a word can be
        drawn in two places (in Arabic text “The Guardian” is drawn ”The Guardian“, each
        quote apart from its word, at the other end of the phrase)."""
        positions = run.positions()
        if not positions:
            return 0.0
        # Between its first glyph's origin and its last's: inside the word, so on the same
        # side of every space as the whole run.
        middle = (positions[0].x() + positions[-1].x()) / 2
        left = bisect.bisect_left(self.spaces, middle)
        if self.right_to_left:
            return -self.each * (len(self.spaces) - left)
        return self.each * left


def spread(
    block: QTextBlock, line: QTextLine, justified: bool, units: Sequence[str] | None = None
) -> Spread | None:
    """How to spread `line` of `block` to the full width with its word spaces widened alike,
    when the block is `justified` and Qt would justify the line too; None when the line stays
    as laid out: the block's last line, a line ending in a line separator, a line with no
    space between words, or a block that is not justified. `units` is `text_units` of the
    block's text, from a caller that spreads each of its lines (a long paragraph's text is
    then not made again for every line: that made an export quadratic in its length)."""
    if not justified:
        return None
    if units is None:
        units = text_units(block.text())
    start, end = line.textStart(), line.textStart() + line.textLength()
    last = line.lineNumber() == block.layout().lineCount() - 1
    if last or end == start or units[end - 1] == _LINE_SEPARATOR:
        return None
    inner_start, inner_end = start, end
    while inner_end > inner_start and units[inner_end - 1].isspace():
        inner_end -= 1
    while inner_start < inner_end and units[inner_start].isspace():
        inner_start += 1
    widened = [k for k in range(inner_start, inner_end) if units[k] in STRETCHABLE]
    extra = line.width() - line.naturalTextWidth()
    if extra <= 0:
        return None
    middles = sorted(_middle(line, k) for k in widened)
    if not middles:
        return None
    return Spread(
        words=tuple(_words(units, start, end)),
        spaces=tuple(middles),
        each=extra / len(middles),
        right_to_left=block.textDirection() == Qt.LayoutDirection.RightToLeft,
    )


def glyph_runs(
    line: QTextLine, start: int, end: int, how: Spread | None
) -> list[tuple[QGlyphRun, float]]:
    """The glyph runs of characters [start, end) of `line`, each with how far to move it to
    the right: as laid out without `how`, spread with it (its widened spaces, which carry no
    ink, are left out)."""
    if how is None:
        return [(run, 0.0) for run in line.glyphRuns(start, end - start)]
    out: list[tuple[QGlyphRun, float]] = []
    for first, after in how.words:
        low, high = max(start, first), min(end, after)
        if low < high:
            out.extend((run, how.shift(run)) for run in line.glyphRuns(low, high - low))
    return out


def _middle(line: QTextLine, position: int) -> float:
    """The middle of the character at `position`: between its two edges, each found in the
    character's own direction. (Qt's string indexes of glyph runs would be quicker still,
    but are not reliable: on the sample they gave one index to a run of twenty words.)"""
    leading = line.cursorToX(position, QTextLine.Edge.Leading)
    trailing = line.cursorToX(position, QTextLine.Edge.Trailing)
    return (_x(leading) + _x(trailing)) / 2


def _x(cursor: object) -> float:
    """The x of cursorToX's result, which PySide gives with the cursor position (its in-out
    argument)."""
    x = cursor[0] if isinstance(cursor, tuple) else cursor
    return float(x) if isinstance(x, int | float) else 0.0


def _words(units: Sequence[str], start: int, end: int) -> list[tuple[int, int]]:
    """The runs of characters in [start, end) between the widened spaces."""
    words = []
    first = start
    for k in range(start, end + 1):
        if k == end or units[k] in STRETCHABLE:
            if k > first:
                words.append((first, k))
            first = k + 1
    return words


def text_units(text: str) -> Sequence[str]:
    """For each UTF-16 unit of `text` (Qt's positions), the character it belongs to: `text`
    itself unless it has characters beyond the Basic Multilingual Plane (an emoji)."""
    if len(text.encode("utf-16-le")) == 2 * len(text):
        return text
    units: list[str] = []
    for char in text:
        units.extend([char] * (2 if ord(char) > 0xFFFF else 1))
    return units
