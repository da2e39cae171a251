"""The scaling plot (docs/scaling.png): start time and peak memory against library size,
Reader beside the bare window, drawn with QPainter (no plotting library).

    python -m bench.plot     # again, from the last run's /tmp/reader-bench/start-results.json

Two panels share a logarithmic x axis (articles in the library); each shows the medians of
Reader and of the bare window, and the targets where there are some.
"""

from __future__ import annotations

import json
import math
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen

if TYPE_CHECKING:
    from bench.start_bench import SizeResult

WIDTH, HEIGHT = 1400, 660
READER = QColor("#1d4ed8")
BARE = QColor("#6b7280")
CONTENT = QColor("#059669")
TARGET = QColor("#dc2626")
GRID = QColor("#e5e7eb")
INK = QColor("#111827")


@dataclass(frozen=True)
class Series:
    label: str
    points: list[tuple[float, float]]  # (articles, value)
    colour: QColor
    dashed: bool = False
    marker: str = "circle"  # or "square", "bar" (a short horizontal mark: a target)
    labels: list[str] | None = None  # beside each point; else its value
    #: For each point, whether its label goes below it (else above; squares' go below): a
    #: point under its target has its label below, clear of the target's.
    below: list[bool] | None = None


def _nice_top(value: float) -> float:
    """A round number at or above `value` for the top of a linear axis."""
    if value <= 0:
        return 1.0
    step = 10.0 ** math.floor(math.log10(value))
    for factor in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if factor * step >= value:
            return factor * step
    return 10 * step


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont("Noto Sans")
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _panel(
    painter: QPainter,
    area: QRectF,
    title: str,
    unit: str,
    series: Sequence[Series],
    sizes: Sequence[int],
) -> None:
    """One chart in `area`: axes, grid, the series and a legend."""
    plot = area.adjusted(86, 96, -24, -70)
    values = [v for s in series for _x, v in s.points]
    top = _nice_top(max(values) * 1.08)
    low, high = math.log10(min(sizes)) - 0.25, math.log10(max(sizes)) + 0.25

    def x_of(articles: float) -> float:
        return plot.left() + (math.log10(articles) - low) / (high - low) * plot.width()

    def y_of(value: float) -> float:
        return plot.bottom() - value / top * plot.height()

    painter.setFont(_font(22, bold=True))
    painter.setPen(INK)
    painter.drawText(
        QRectF(area.left(), area.top(), area.width(), 40), Qt.AlignmentFlag.AlignCenter, title
    )

    # Horizontal grid and the y axis labels.
    painter.setFont(_font(15))
    ticks = 5
    for i in range(ticks + 1):
        value = top * i / ticks
        y = y_of(value)
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(INK)
        label = f"{value:,.0f}" if top >= 10 else f"{value:.1f}"
        painter.drawText(
            QRectF(area.left(), y - 12, plot.left() - area.left() - 10, 24),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
    painter.save()
    painter.translate(area.left() + 16, plot.center().y())
    painter.rotate(-90)
    painter.drawText(QRectF(-150, -12, 300, 24), Qt.AlignmentFlag.AlignCenter, unit)
    painter.restore()

    # The x axis: one tick a library size, on a logarithmic scale.
    painter.setPen(QPen(INK, 1.5))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    for articles in sizes:
        x = x_of(articles)
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 6))
        painter.drawText(
            QRectF(x - 70, plot.bottom() + 8, 140, 22),
            Qt.AlignmentFlag.AlignCenter,
            f"{articles:,}",
        )
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + 34, plot.width(), 24),
        Qt.AlignmentFlag.AlignCenter,
        "articles in the library (log scale)",
    )

    for one in series:
        _draw_series(painter, one, x_of, y_of)
    _legend(painter, QPointF(plot.left(), area.top() + 56), series)


def _draw_series(
    painter: QPainter,
    series: Series,
    x_of: Callable[[float], float],
    y_of: Callable[[float], float],
) -> None:
    points = [QPointF(x_of(a), y_of(v)) for a, v in series.points]
    pen = QPen(series.colour, 3)
    if series.dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    if series.marker != "bar" and len(points) > 1:
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    painter.setFont(_font(14))
    labels = series.labels or [f"{value:,.0f}" for _articles, value in series.points]
    below = series.below or [series.marker == "square"] * len(points)
    for label, point, under in zip(labels, points, below, strict=True):
        _marker(painter, series, point)
        painter.setPen(series.colour)
        offset = 8 if under else -26
        painter.drawText(
            QRectF(point.x() + 8, point.y() + offset, 160, 20), Qt.AlignmentFlag.AlignLeft, label
        )


def _marker(painter: QPainter, series: Series, point: QPointF) -> None:
    painter.setPen(QPen(series.colour, 3))
    if series.marker == "bar":
        painter.drawLine(QPointF(point.x() - 18, point.y()), QPointF(point.x() + 18, point.y()))
        return
    painter.setBrush(series.colour)
    if series.marker == "square":
        painter.drawRect(QRectF(point.x() - 5, point.y() - 5, 10, 10))
    else:
        painter.drawEllipse(point, 6, 6)


def _legend(painter: QPainter, at: QPointF, series: Sequence[Series]) -> None:
    """One line of legend entries from `at` (the middle of the line, on its left)."""
    painter.setFont(_font(15))
    x = at.x()
    for one in series:
        pen = QPen(one.colour, 3)
        if one.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        if one.marker != "bar":
            painter.drawLine(QPointF(x, at.y()), QPointF(x + 36, at.y()))
        _marker(painter, one, QPointF(x + 18, at.y()))
        painter.setPen(INK)
        painter.drawText(QPointF(x + 46, at.y() + 5), one.label)
        x += 46 + painter.fontMetrics().horizontalAdvance(one.label) + 28


def draw_scaling(results: Sequence[SizeResult], out: Path, note: str = "") -> None:
    """Draw start time and peak memory against library size into `out` (a PNG)."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _apps.append(QGuiApplication(sys.argv[:1]))
    from reader.views import fonts

    fonts.load_bundled_fonts()
    from bench.start_bench import MEMORY_TARGETS, TIME_TARGETS

    sizes = [r.articles for r in results]
    bare_ms = {r.articles: r.bare_seconds * 1000 for r in results}
    bare_mib = {r.articles: r.bare_mib for r in results}
    targets = {n: k for n, k in TIME_TARGETS.items() if n in bare_ms}
    time_series = [
        Series(
            "Reader",
            [(r.articles, r.reader_seconds * 1000) for r in results],
            READER,
            labels=[f"{r.reader_seconds * 1000:,.0f} ({r.ratio:.1f}×)" for r in results],
            below=[r.articles in targets and r.ratio <= targets[r.articles] for r in results],
        ),
        Series("bare window", list(bare_ms.items()), BARE, dashed=True, marker="square"),
        Series(
            "content window",
            [(r.articles, r.content_seconds * 1000) for r in results if r.content],
            CONTENT,
            dashed=True,
            marker="square",
            labels=[
                f"{r.content_seconds * 1000:,.0f} ({r.content_ratio:.1f}×)"
                for r in results
                if r.content
            ],
        ),
        Series(
            "target",
            [(n, bare_ms[n] * k) for n, k in targets.items()],
            TARGET,
            marker="bar",
            labels=[f"{bare_ms[n] * k:,.0f} ({k}×)" for n, k in targets.items()],
        ),
    ]
    memory_series = [
        Series("Reader", [(r.articles, r.reader_mib) for r in results], READER),
        Series("bare window", list(bare_mib.items()), BARE, dashed=True, marker="square"),
        Series(
            "content window",
            [(r.articles, r.content_mib) for r in results if r.content],
            CONTENT,
            dashed=True,
            marker="square",
        ),
        Series(
            "target",
            [(n, bare_mib[n] + k) for n, k in MEMORY_TARGETS.items() if n in bare_mib],
            TARGET,
            marker="bar",
        ),
    ]
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    half = WIDTH / 2
    _panel(
        painter,
        QRectF(0, 0, half, HEIGHT - 30),
        "Start to screenshot (median)",
        "milliseconds",
        [s for s in time_series if s.points],
        sizes,
    )
    _panel(
        painter,
        QRectF(half, 0, half, HEIGHT - 30),
        "Peak memory (median)",
        "MiB resident (high-water mark)",
        [s for s in memory_series if s.points],
        sizes,
    )
    if note:
        painter.setFont(_font(14))
        painter.setPen(BARE)
        painter.drawText(
            QRectF(10, HEIGHT - 30, WIDTH - 20, 24), Qt.AlignmentFlag.AlignCenter, note
        )
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise RuntimeError(f"{out}: cannot write the plot")


_apps: list[QGuiApplication] = []


def main() -> int:
    from bench.start_bench import PLOT, RESULTS, from_json

    if not RESULTS.is_file():
        print(f"no results yet in {RESULTS}: run `python -m bench.run start` first")
        return 1
    data = json.loads(RESULTS.read_text())
    draw_scaling(from_json(data["sizes"]), PLOT, note=data["machine"])
    print(PLOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
