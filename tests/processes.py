"""Helpers for tests that run Reader as separate processes and look at what they leave.

Generated article files (every one different, so each is a new article to the library), the
command line of a Reader process, and a fresh SQLite connection's view of a library database:
what `PRAGMA integrity_check` and the search indexes' own checks say, and what it holds.
Used by tests/store/test_crash.py and by the kill loop (tests/killing/).
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

#: The project's folder: children that run `python -m tests.…` start there.
ROOT = Path(__file__).resolve().parents[1]

_AR = (
    "قال المسؤول إن الحكومة تعمل على خطة جديدة لتطوير التعليم والصحة في المدن والقرى "
    "خلال الأعوام المقبلة مع مراجعة شاملة للميزانية والمشاريع"
)
_EN = (
    "the committee said on monday that the new plan would improve schools and hospitals "
    "across the region over the coming years with a full review of the budget"
)
_CRUMBS = {"ar": "الرئيسية › أخبار › {n}", "en": "Home › News › {n}"}
_TITLES = {"ar": "تقرير رقم {n} عن خطة التطوير الجديدة", "en": "Report number {n} on the new plan"}


def article(number: int) -> bytes:
    """Article `number` of a varied set: Arabic or English, with or without a breadcrumb,
    3 to 12 sections of 1 to 4 paragraphs, headings with or without a colon, LF or CRLF
    line endings, some with a byte-order mark. Every one is different."""
    rng = random.Random(number)
    language = "ar" if number % 3 else "en"
    words = (_AR if language == "ar" else _EN).split()
    lines = []
    if number % 4:
        lines += [_CRUMBS[language].format(n=number % 7), ""]
    lines += [_TITLES[language].format(n=number), ""]
    for section in range(rng.randint(3, 12)):
        if section:
            heading = f"{rng.choice(words)} {section} {number}"
            lines.append(heading + (":" if section % 2 else ""))
        for paragraph in range(rng.randint(1, 4)):
            sentence = " ".join(rng.choice(words) for _ in range(rng.randint(15, 60)))
            lines += [f"{sentence} {number}-{section}-{paragraph}.", ""]
    text = ("\r\n" if number % 5 == 0 else "\n").join(lines)
    data = text.encode("utf-8")
    return b"\xef\xbb\xbf" + data if number % 11 == 0 else data


def long_article(paragraphs: int) -> str:
    """An Arabic article of a short lead and one long section (section 2) of `paragraphs`
    paragraphs of 40 words: 300 make a PDF of about 35 pages."""
    rng = random.Random(paragraphs)
    words = _AR.split()
    lines = ["مقالة طويلة للتصدير", "", "مقدمة قصيرة عن المقالة.", "", "القسم الطويل:"]
    for number in range(1, paragraphs + 1):
        lines += [" ".join(rng.choice(words) for _ in range(40)) + f" {number}.", ""]
    return "\n".join(lines)


def generate(folder: Path, numbers: range) -> list[Path]:
    """Write articles `numbers` into `folder`, named in the order of their numbers."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for number in numbers:
        path = folder / f"article-{number:07d}.txt"
        path.write_bytes(article(number))
        files.append(path)
    return files


def reader(*args: str | Path | int) -> list[str]:
    """The command line of a Reader command run by this Python."""
    return [sys.executable, "-m", "reader", *map(str, args)]


def under(folder: Path) -> str:
    """The prefix of the sources of articles imported from `folder`."""
    return str(folder.resolve()) + os.sep


def count_under(database: Path, folder: Path) -> int | None:
    """How many articles from `folder` a fresh connection sees; None if it cannot look yet."""
    if not database.exists():
        return None
    prefix = under(folder)
    try:
        conn = sqlite3.connect(f"file:{database}?mode=rw", uri=True, timeout=5)
        try:
            row = conn.execute(
                "SELECT COUNT(*) FROM articles WHERE substr(source, 1, ?) = ?",
                (len(prefix), prefix),
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return int(row[0])


@dataclass(frozen=True)
class Health:
    """What a fresh connection finds in a library database: `integrity` is what
    `PRAGMA integrity_check` says ("ok"), `search_index` what the FTS5 tables' own
    integrity checks and the note index's agreement with the notes say ("ok", else the
    first problem)."""

    integrity: str
    foreign_keys_broken: int
    search_index: str
    articles: int
    sources: int
    contents: int


def health(database: Path) -> Health:
    """Check the database at `database` through a plain sqlite3 connection (no Reader code).
    It must not be in use by a writer: the FTS5 checks take the write lock."""
    conn = sqlite3.connect(f"file:{database}?mode=rw", uri=True, timeout=30)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        broken = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        articles, sources, contents = conn.execute(
            "SELECT COUNT(*), COUNT(DISTINCT source), COUNT(DISTINCT content_hash) FROM articles"
        ).fetchone()
        search_index = _search_index_health(conn)
    finally:
        conn.close()
    return Health(integrity, broken, search_index, articles, sources, contents)


def _search_index_health(conn: sqlite3.Connection) -> str:
    """ "ok", or what is wrong with the search index: SQLite's integrity check does not look
    inside FTS5 tables (before 3.44), so ask each one, and see that the note index holds a
    row for exactly the bookmarks with a note."""
    for table in ("search_index", "note_index"):
        try:
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            return f"{table}: {exc}"
    indexed = {row[0] for row in conn.execute("SELECT rowid FROM note_index")}
    noted = {row[0] for row in conn.execute("SELECT id, note FROM bookmarks") if row[1].strip()}
    if indexed != noted:
        return (
            f"note_index: {len(indexed - noted)} rows without their bookmark's note, "
            f"{len(noted - indexed)} notes not indexed"
        )
    return "ok"
