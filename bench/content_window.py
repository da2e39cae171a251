"""The second yardstick of the start benchmark: what Reader's first window shows, drawn with
Qt's own widgets and no Reader code.

    python bench/content_window.py --screenshot OUT.png --size 1280x800 --data-dir LIBRARY

It reads the library's database with `sqlite3` alone and shows, as `reader --screenshot` does:
a menu bar of six menus, a tool bar with two buttons and a search field, the first 64 titles
of the article list (two lines a row), the first article's outline, its text with its title
and headings in a QTextBrowser, the bookmarks table tabbed with the search results at the
bottom, and a status bar; it saves `window.grab()` as PNG with the same settings, and quits.

Beside the bare window it tells apart what the content costs (fonts, Arabic shaping, laying
out and drawing a window full of text, the Qt classes the widgets need) from what Reader's own
code costs: Reader's time above this window is its modules, its models and delegates, and
the Python classes PySide6 makes for the further Qt classes Reader uses. Like the bare
window, it is run as a script and imports nothing but PySide6, the standard library and the
bare window's command line and screenshot (`bare_window.py`, beside it: the same way).
"""

from __future__ import annotations

import html
import json
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QSplitter,
    QTableWidget,
    QTextBrowser,
)

#: As the article list's first page (`reader.store.library.Library.PAGE`).
ROWS = 64
#: The library's order: newest first (`reader/store/order.py`).
ORDER = "ORDER BY imported_at DESC, id DESC"
MENUS = ("File", "Edit", "Go", "Bookmarks", "View", "Help")
#: Reader's bundled fonts, registered as Reader does; the text is read in Noto Naskh Arabic.
FONTS = Path(__file__).resolve().parents[1] / "reader" / "resources" / "fonts"
READING_FAMILY = "Noto Naskh Arabic"


Sections = list[tuple[str | None, list[str]]]


def read_library(database: Path) -> tuple[list[str], str, Sections]:
    """The first rows of the article list ("title\\nN min read"), and the first article's
    title and sections (heading or None, paragraphs)."""
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            f"SELECT title, reading_minutes FROM articles {ORDER} LIMIT ?", (ROWS,)
        ).fetchall()
        first = conn.execute(f"SELECT title, body FROM articles {ORDER} LIMIT 1").fetchone()
    finally:
        conn.close()
    titles = [f"{title}\n{minutes} min read" for title, minutes in rows]
    if first is None:
        return titles, "", []
    sections = [
        (heading, list(paragraphs)) for heading, paragraphs in json.loads(first[1])["sections"]
    ]
    return titles, first[0], sections


def article_html(title: str, sections: Sections) -> str:
    parts = [f"<h1>{html.escape(title)}</h1>"]
    for heading, paragraphs in sections:
        if heading:
            parts.append(f"<h2>{html.escape(heading)}</h2>")
        parts.extend(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return "".join(parts)


def build_window(titles: list[str], title: str, sections: Sections) -> QMainWindow:
    window = QMainWindow()
    for name in MENUS:
        window.menuBar().addMenu(name)
    tools = window.addToolBar("Main")
    tools.addAction("Import Files")
    tools.addAction("Bookmark Section")
    search = QLineEdit()
    search.setPlaceholderText("Search the library (Ctrl+K)")
    tools.addWidget(search)

    articles = QListWidget()
    articles.addItems(titles)
    articles.setCurrentRow(0)
    outline = QListWidget()
    outline.addItems(["Introduction", *(h for h, _ in sections if h)])
    outline.setCurrentRow(0)
    text = QTextBrowser()
    reading = QFont(text.font())
    reading.setFamilies([READING_FAMILY, *reading.families()])
    reading.setPointSizeF(reading.pointSizeF() * 1.3)
    text.setFont(reading)
    text.setHtml(article_html(title, sections))
    panes = QSplitter(Qt.Orientation.Horizontal)
    for pane in (articles, outline, text):
        panes.addWidget(pane)
    panes.setSizes([300, 220, 700])
    window.setCentralWidget(panes)

    bookmarks = QDockWidget("Bookmarks")
    table = QTableWidget(0, 3)
    table.setHorizontalHeaderLabels(["Bookmark", "Note", "Created"])
    bookmarks.setWidget(table)
    results = QDockWidget("Search Results")
    results.setWidget(QListWidget())
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, bookmarks)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, results)
    window.tabifyDockWidget(bookmarks, results)
    bookmarks.raise_()
    window.statusBar().addPermanentWidget(QLabel("0% read"))
    return window


def main() -> int:
    # The bare window's command line and screenshot, from beside this script (run as a
    # script, its folder is the first on sys.path).
    from bare_window import arguments, show_and_save

    parser = arguments(__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, metavar="LIBRARY")
    args = parser.parse_args()
    app = QApplication([sys.argv[0], "-style", "Fusion"])  # Reader's style, set the same way
    for font in sorted(FONTS.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    window = build_window(*read_library(args.data_dir / "library.sqlite3"))
    return show_and_save(app, window, args.size, args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
