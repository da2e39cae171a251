"""Section bookmarks with notes, in the library's database.

A bookmark points at an article and at a section by content (see `anchors`): after the
article is re-imported, `reanchor` moves each bookmark to its section's new place, or marks it
orphaned (`section` NULL) while keeping the heading and text it pointed at. Bookmarks leave
only when removed themselves, or with their article when the user removes it (the window
asks first).

Export and import use a JSON file of plain records, matched back to articles by source path
or content, so bookmarks can be backed up and moved to another machine.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.atomic import write_text_atomically
from reader.document import Section
from reader.errors import ReaderError
from reader.store import search
from reader.store.anchors import excerpt, locate
from reader.store.database import now, transaction
from reader.textnorm import is_valid_text

EXPORT_FORMAT = "reader-bookmarks"
EXPORT_VERSION = 1


@dataclass(frozen=True)
class Bookmark:
    """A bookmark as listed: `section` is the section's current 0-based index, or None when
    the section is gone (orphaned); `heading` and `excerpt` are what it pointed at."""

    id: int
    article_id: int
    article_title: str
    heading: str | None
    position: int
    excerpt: str
    note: str
    created_at: str
    section: int | None

    @property
    def orphaned(self) -> bool:
        return self.section is None

    def to_json(self) -> dict[str, Any]:
        """The record of `reader bookmarks --json`; `section` 1-based like `reader parse`."""
        return {
            "id": self.id,
            "article_id": self.article_id,
            "article_title": self.article_title,
            "section": None if self.section is None else self.section + 1,
            "heading": self.heading,
            "note": self.note,
            "created_at": self.created_at,
            "orphaned": self.orphaned,
        }


_SELECT = (
    "SELECT b.id, b.article_id, a.title, b.heading, b.position, b.excerpt, b.note, "
    "b.created_at, b.section FROM bookmarks b JOIN articles a ON a.id = b.article_id "
)


def _rows(
    conn: sqlite3.Connection, where: str = "", args: tuple[object, ...] = ()
) -> list[Bookmark]:
    query = _SELECT + where + " ORDER BY b.created_at DESC, b.id DESC"
    return [Bookmark(*row) for row in conn.execute(query, args)]


def all_bookmarks(conn: sqlite3.Connection) -> list[Bookmark]:
    """Every bookmark, newest first."""
    return _rows(conn)


def for_article(conn: sqlite3.Connection, article_id: int) -> list[Bookmark]:
    return _rows(conn, "WHERE b.article_id = ?", (article_id,))


def get(conn: sqlite3.Connection, bookmark_id: int) -> Bookmark | None:
    found = _rows(conn, "WHERE b.id = ?", (bookmark_id,))
    return found[0] if found else None


def at_section(conn: sqlite3.Connection, article_id: int, section: int) -> Bookmark | None:
    found = _rows(conn, "WHERE b.article_id = ? AND b.section = ?", (article_id, section))
    return found[0] if found else None


def add(
    conn: sqlite3.Connection,
    article_id: int,
    sections: tuple[Section, ...],
    section: int,
    note: str = "",
    created_at: str | None = None,
) -> Bookmark:
    """Bookmark section `section` (0-based) of the article whose sections are given."""
    if not 0 <= section < len(sections):
        raise ReaderError(f"the article has no section {section + 1} (it has {len(sections)})")
    target = sections[section]
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO bookmarks (article_id, heading, position, excerpt, note, created_at, "
            "section) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                target.heading,
                section,
                excerpt(target),
                note,
                created_at or now(),
                section,
            ),
        )
        search.index_note(conn, int(cursor.lastrowid or 0), note)
    made = get(conn, int(cursor.lastrowid or 0))
    assert made is not None
    return made


def remove(conn: sqlite3.Connection, bookmark_id: int) -> bool:
    with transaction(conn):
        search.unindex_note(conn, bookmark_id)
        return conn.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,)).rowcount > 0


def set_note(conn: sqlite3.Connection, bookmark_id: int, note: str) -> bool:
    with transaction(conn):
        cursor = conn.execute("UPDATE bookmarks SET note = ? WHERE id = ?", (note, bookmark_id))
        if cursor.rowcount > 0:
            search.index_note(conn, bookmark_id, note)
        return cursor.rowcount > 0


def reanchor(conn: sqlite3.Connection, article_id: int, sections: tuple[Section, ...]) -> None:
    """Point the article's bookmarks at its new sections (inside the caller's transaction)."""
    rows = conn.execute(
        "SELECT id, heading, position, excerpt FROM bookmarks WHERE article_id = ?", (article_id,)
    ).fetchall()
    for bookmark_id, heading, position, text in rows:
        conn.execute(
            "UPDATE bookmarks SET section = ? WHERE id = ?",
            (locate(sections, heading, position, text), bookmark_id),
        )


# -- export and import ---------------------------------------------------------------------


def export_file(conn: sqlite3.Connection, path: Path) -> int:
    """Write every bookmark to `path` as JSON (atomically); how many were written."""
    text, count = export_text(conn)
    write_text_atomically(path, text)
    return count


def export_text(conn: sqlite3.Connection) -> tuple[str, int]:
    """Every bookmark as the JSON of an export file, and how many there are."""
    records = []
    for row in conn.execute(
        "SELECT a.source, a.content_hash, a.title, b.heading, b.position, b.excerpt, b.note, "
        "b.created_at FROM bookmarks b JOIN articles a ON a.id = b.article_id ORDER BY b.id"
    ):
        source, digest, title, heading, position, text, note, created = row
        records.append(
            {
                "article": {"source": source, "content_hash": digest, "title": title},
                "heading": heading,
                "position": position,
                "excerpt": text,
                "note": note,
                "created_at": created,
            }
        )
    document = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "bookmarks": records}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n", len(records)


def import_file(conn: sqlite3.Connection, path: Path) -> tuple[int, list[str]]:
    """Add the bookmarks of an exported file whose articles are in the library, in one
    transaction. How many were added, and one line per record not added, with the reason."""
    records = _read_export(path)
    added, skipped = 0, []
    with transaction(conn):
        for number, record in enumerate(records, start=1):
            article = record["article"]
            found = _article_of(conn, record)
            label = f"bookmark {number} ({article.get('title', '?')})"
            if found is None:
                skipped.append(f"{label}: its article is not in the library")
                continue
            if _is_there(conn, found[0], record):
                skipped.append(f"{label}: already there")
                continue
            sections = tuple(Section(h, tuple(p)) for h, p in json.loads(found[1])["sections"])
            cursor = conn.execute(
                "INSERT INTO bookmarks (article_id, heading, position, excerpt, note, created_at, "
                "section) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    found[0],
                    record["heading"],
                    record["position"],
                    record["excerpt"],
                    record["note"],
                    record["created_at"],
                    locate(sections, record["heading"], record["position"], record["excerpt"]),
                ),
            )
            search.index_note(conn, int(cursor.lastrowid or 0), record["note"])
            added += 1
    return added, skipped


def missing(conn: sqlite3.Connection, path: Path) -> int:
    """How many bookmarks of an export file `import_file` would add now."""
    count = 0
    for record in _read_export(path):
        found = _article_of(conn, record)
        if found is not None and not _is_there(conn, found[0], record):
            count += 1
    return count


def _article_of(conn: sqlite3.Connection, record: dict[str, Any]) -> tuple[int, str] | None:
    """The library's article (id, body) an exported bookmark belongs to: the one from the
    same source, else the one with the same content."""
    article = record["article"]
    found = conn.execute(
        "SELECT id, body FROM articles WHERE source = ? OR content_hash = ? "
        "ORDER BY source = ? DESC LIMIT 1",
        (article.get("source"), article.get("content_hash"), article.get("source")),
    ).fetchone()
    return None if found is None else (int(found[0]), str(found[1]))


def _is_there(conn: sqlite3.Connection, article_id: int, record: dict[str, Any]) -> bool:
    """Whether the bookmark is in the library already: the same place, made at the same
    moment. Its note may have been edited since; the library's is the newer, and stays."""
    return (
        conn.execute(
            "SELECT 1 FROM bookmarks WHERE article_id = ? AND heading IS ? AND position = ? "
            "AND created_at = ?",
            (article_id, record["heading"], record["position"], record["created_at"]),
        ).fetchone()
        is not None
    )


def _read_export(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ReaderError(f"{path}: no such file") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReaderError(f"{path}: not a bookmarks file ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ReaderError(f"{path}: not a bookmarks file exported by Reader")
    if data.get("version") != EXPORT_VERSION:
        raise ReaderError(f"{path}: bookmarks file version {data.get('version')} is not supported")
    records = data.get("bookmarks")
    if not isinstance(records, list):
        raise ReaderError(f"{path}: the bookmarks file is damaged (no list of bookmarks)")
    for number, record in enumerate(records, start=1):
        problem = _record_problem(record)
        if problem:
            raise ReaderError(f"{path}: bookmark {number} is damaged ({problem})")
    return records


#: The fields of an exported bookmark and the types they may have.
_FIELDS: dict[str, tuple[type, ...]] = {
    "heading": (str, type(None)),
    "position": (int,),
    "excerpt": (str,),
    "note": (str,),
    "created_at": (str,),
}
_ARTICLE_FIELDS: dict[str, tuple[type, ...]] = {
    "source": (str, type(None)),
    "content_hash": (str, type(None)),
    "title": (str,),
}


def _record_problem(record: object) -> str:
    """What is wrong with one exported record, or "" if nothing is."""
    if not isinstance(record, dict):
        return "not a record"
    article = record.get("article")
    if not isinstance(article, dict):
        return "no article"
    for fields, data in ((_FIELDS, record), (_ARTICLE_FIELDS, article)):
        for name, types in fields.items():
            if name not in data:
                return f"no {name}"
            value = data[name]
            if not isinstance(value, types) or isinstance(value, bool):
                return f"{name} has the wrong type"
            if isinstance(value, str) and not is_valid_text(value):
                return f"{name} is not valid text"
    if not 0 <= record["position"] < _MAX_SECTIONS:
        return "position is out of range"
    return ""


#: More sections than any article has: a position beyond is damage, not a section.
_MAX_SECTIONS = 1_000_000
