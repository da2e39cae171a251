"""The yardstick of the start benchmark: an empty PySide6 QMainWindow that saves its image.

    python bench/bare_window.py --screenshot OUT.png --size 1280x800

It does what `reader --screenshot` does, and nothing more: make a QApplication, show a main
window at the given size, save `window.grab()` as PNG with the same settings once the event
loop has run, and quit. Reader
opening "as fast as an empty Qt window" is measured against this. It is run as a script, not
as a module of `bench`, so that it imports nothing but PySide6.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

#: As `reader.app.SCREENSHOT_QUALITY` (not imported from there: this script imports only Qt).
SCREENSHOT_QUALITY = 80


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    return int(width), int(height)


def arguments(description: str) -> argparse.ArgumentParser:
    """The command line of a yardstick: --screenshot OUT.png and --size WxH."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--screenshot", type=Path, required=True, metavar="OUT.png")
    parser.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH")
    return parser


def show_and_save(app: QApplication, window: QMainWindow, size: tuple[int, int], out: Path) -> int:
    """Show `window` at `size`, save its image to `out` once the event loop has run (as
    `reader --screenshot` does), and quit; the exit status."""
    window.resize(*size)
    window.show()
    saved: list[bool] = []

    def save() -> None:
        saved.append(window.grab().save(str(out), "PNG", SCREENSHOT_QUALITY))
        app.quit()

    QTimer.singleShot(0, save)
    app.exec()
    return 0 if saved and saved[0] else 1


def main() -> int:
    args = arguments(__doc__.splitlines()[0]).parse_args()
    app = QApplication(sys.argv[:1])
    return show_and_save(app, QMainWindow(), args.size, args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
