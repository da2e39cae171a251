"""Library-wide search: an SQLite FTS5 index over folded text, kept in step with the library.

What is indexed is the text as `reader.textnorm.fold` makes it, so the index finds what an
Arabic reader means whatever the diacritics, alef forms or digits. Rows:

- `search_index`: an article's title (slot 0) and each section's heading and paragraphs (slot
  section + 1), with rowid = article id × 65,536 + slot, so that an article's rows are one
  rowid range to replace or delete;
- `note_index`: bookmark notes, rowid = bookmark id.

Every change to the library changes the index in the same transaction (the callers run these
functions inside theirs). Results are ranked by FTS5's bm25 (for words too common to rank,
titles first, then the newest), then checked against the original text with the reader's
folding rules, which also gives the snippet and the highlight.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Any

from reader.document import Article, Section
from reader.textnorm import DEFAULT, Folding, find_each, fold, fold_each, fold_words

_SLOTS = 65_536
RANKED_ROWS = 2_000


@cache
def _punctuation() -> str:
    """The punctuation of the first 8,448 code points (made on first search, not at start)."""
    return "".join(chr(c) for c in range(0x2100) if unicodedata.category(chr(c)).startswith("P"))


SNIPPET_CHARS = 60


@dataclass(frozen=True)
class SearchHit:
    """One result: the article, the section (0-based; None for the title), and a snippet of
    the original text with the first match at `match` (start, end) inside it."""

    article_id: int
    title: str
    section: int | None
    heading: str | None
    snippet: str
    match: tuple[int, int]
    kind: str  # "title", "text" or "note"

    def marked_snippet(self) -> str:
        """The snippet with the match between [ and ]."""
        start, end = self.match
        return f"{self.snippet[:start]}[{self.snippet[start:end]}]{self.snippet[end:]}"

    def to_json(self) -> dict[str, Any]:
        """The record of `reader search --json`; `section` 1-based, None for a title."""
        return {
            "article_id": self.article_id,
            "title": self.title,
            "section": None if self.section is None else self.section + 1,
            "snippet": self.marked_snippet(),
        }


def _section_lines(section: Section) -> list[str]:
    return [*([section.heading] if section.heading else []), *section.paragraphs]


def _section_text(section: Section) -> str:
    return "\n".join(_section_lines(section))


def index_texts(article: Article) -> list[str]:
    """What `index_article` indexes of an article: its title and each section, folded.

    A section is folded line by line (folding is character by character, and a line break
    folds to itself), so that lines the importer has just folded are not folded again."""
    sections = [_section_lines(s) for s in article.sections[: _SLOTS - 1]]
    if fold("\n") != "\n":
        return [fold(article.title), *(fold("\n".join(lines)) for lines in sections)]
    folded = iter(fold_each([article.title, *(line for lines in sections for line in lines)]))
    return [next(folded), *("\n".join(islice(folded, len(lines))) for lines in sections)]


def index_article(
    conn: sqlite3.Connection, article_id: int, article: Article, texts: list[str] | None = None
) -> None:
    """Replace the article's title and section rows (inside the caller's transaction); its
    bookmarks' notes stay as they are. `texts`: `index_texts(article)`, when already made."""
    index_rows(conn, article_id, index_texts(article) if texts is None else texts)


def index_rows(conn: sqlite3.Connection, article_id: int, texts: list[str]) -> None:
    """Replace an article's rows with `texts` (`index_texts` of the article)."""
    base = article_id * _SLOTS
    last = base + _SLOTS - 1
    # Only delete when there is something to delete (a new article has no rows): a delete
    # makes FTS5 write out the rows it holds in memory for the transaction, which costs a
    # large import a third of its time when many articles go in one transaction.
    if conn.execute(
        "SELECT 1 FROM search_index WHERE rowid BETWEEN ? AND ? LIMIT 1", (base, last)
    ).fetchone():
        conn.execute("DELETE FROM search_index WHERE rowid BETWEEN ? AND ?", (base, last))
    conn.executemany(
        "INSERT INTO search_index (rowid, folded) VALUES (?, ?)", enumerate(texts[:_SLOTS], base)
    )


def unindex_article(conn: sqlite3.Connection, article_id: int) -> None:
    """Remove the article's rows and its bookmarks' notes (it is being removed)."""
    base = article_id * _SLOTS
    conn.execute("DELETE FROM search_index WHERE rowid BETWEEN ? AND ?", (base, base + _SLOTS - 1))
    conn.execute(
        "DELETE FROM note_index WHERE rowid IN (SELECT id FROM bookmarks WHERE article_id = ?)",
        (article_id,),
    )


def index_note(conn: sqlite3.Connection, bookmark_id: int, note: str) -> None:
    conn.execute("DELETE FROM note_index WHERE rowid = ?", (bookmark_id,))
    if note.strip():
        conn.execute(
            "INSERT INTO note_index (rowid, folded) VALUES (?, ?)", (bookmark_id, fold(note))
        )


def unindex_note(conn: sqlite3.Connection, bookmark_id: int) -> None:
    conn.execute("DELETE FROM note_index WHERE rowid = ?", (bookmark_id,))


def rebuild(conn: sqlite3.Connection) -> int:
    """Index the whole library again (inside the caller's transaction); articles indexed."""
    from reader.store.library import article_from_row

    conn.execute("DELETE FROM search_index")
    conn.execute("DELETE FROM note_index")
    count = 0
    for row in conn.execute(
        "SELECT id, title, breadcrumb, language, direction, source, body FROM articles"
    ).fetchall():
        index_article(conn, row[0], article_from_row(row[1:]))
        count += 1
    for bookmark_id, note in conn.execute("SELECT id, note FROM bookmarks").fetchall():
        index_note(conn, bookmark_id, note)
    return count


def fts_query(query: str) -> str:
    """The FTS5 query for what a person typed: every word, as a prefix ("مفاوض" finds
    "مفاوضات"), all of them required."""
    words = fold_words(query).split()
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def search(
    conn: sqlite3.Connection,
    query: str,
    load: Any,
    folding: Folding = DEFAULT,
    limit: int = 50,
) -> list[SearchHit]:
    """The best matches of `query` in titles, sections and bookmark notes, best first.
    `load(article_id)` gives an article's text (for snippets and the folding check)."""
    match = fts_query(query)
    if not match:
        return []
    # The reader's own words, unfolded: the folding rules in force decide whether they match.
    words = [w.strip(_punctuation()) for w in query.split()]
    words = [w for w in words if fold(w, folding)]
    candidates: list[
        tuple[float, int, int | None, int | None]
    ] = []  # rank, article, section, bookmark
    # bm25 counts every row of every word of the query, which for a word as common as "في"
    # or a prefix like "الم" costs more than the whole search may. So: if fewer than
    # RANKED_ROWS rows match, rank them all by bm25; if more, the words are too common to
    # rank by, and titles come first, then the newest articles.
    rows = conn.execute(
        "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?",
        (match, RANKED_ROWS),
    ).fetchall()
    if len(rows) < RANKED_ROWS:
        ranked = conn.execute(
            "SELECT rowid, bm25(search_index) FROM search_index WHERE search_index MATCH ? "
            "ORDER BY bm25(search_index) LIMIT ?",
            (match, limit * 2),
        ).fetchall()
    else:
        by_kind = sorted(rows, key=lambda row: row[0] % _SLOTS != 0)
        ranked = [(rowid, 0.0) for (rowid,) in by_kind[: limit * 2]]
    for rowid, rank in ranked:
        slot = rowid % _SLOTS
        candidates.append((rank, rowid // _SLOTS, None if slot == 0 else slot - 1, None))
    for bookmark_id, rank, article_id, section in conn.execute(
        "SELECT note_index.rowid, bm25(note_index), b.article_id, b.section FROM note_index "
        "JOIN bookmarks b ON b.id = note_index.rowid WHERE note_index MATCH ? "
        "ORDER BY bm25(note_index) LIMIT ?",
        (match, limit),
    ):
        candidates.append((rank, article_id, section, bookmark_id))
    candidates.sort(key=lambda c: c[0])
    hits: list[SearchHit] = []
    notes = (
        dict(conn.execute("SELECT id, note FROM bookmarks").fetchall())
        if any(c[3] is not None for c in candidates)
        else {}
    )
    articles: dict[int, Article] = {}
    for _rank, article_id, section, bookmark_id in candidates:
        article = articles.get(article_id)
        if article is None:
            article = articles[article_id] = load(article_id)
        if bookmark_id is not None:
            text, kind = notes.get(bookmark_id, ""), "note"
        elif section is None:
            text, kind = article.title, "title"
        else:
            text, kind = _section_text(article.sections[section]), "text"
        spans = find_each(words, text, folding)
        if not all(spans):
            continue  # the reader's stricter rules say no
        first = min(span for found in spans for span in found)
        snippet, at = _snippet(text, first)
        heading = None if section is None else article.sections[section].heading
        hits.append(SearchHit(article_id, article.title, section, heading, snippet, at, kind))
        if len(hits) == limit:
            break
    return hits


def _snippet(text: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """About SNIPPET_CHARS characters of `text` around `span`, on one line; and where the
    span is inside it."""
    start, end = span
    left = max(0, start - SNIPPET_CHARS // 2)
    right = min(len(text), end + SNIPPET_CHARS // 2)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    piece = text[left:right].replace("\n", " ")
    at = (len(prefix) + start - left, len(prefix) + end - left)
    return prefix + piece + suffix, at
