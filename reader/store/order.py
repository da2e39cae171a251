"""The order of the articles, newest first, read only as far as it is needed.

The library lists its articles by row (the document model asks for "the article at row r"),
and a row must keep its article until the list is read again, whatever another Reader process
does to the database meanwhile. The order used to be read whole when the library opened: all
ids, then a dictionary from id to row, which at 100,000 articles took 50 ms and 8 MiB before
the window could show. `ArticleOrder` reads how many articles there are and the first chunk of
ids at once, in one read transaction, and the rest a chunk at a time, only when a row that far
down, or an article not met yet, is asked for.

Each later chunk continues after the last id read, by the order's key (imported_at, id), so
the snapshot holds: an article another process adds comes before that key (it is newer) and
is left for the next `refresh`; one it removes further down is passed over, and the rows after
it move up by one (the last row then shows as gone, as a removed article would). The ids are
kept in an `array` of 64-bit integers, an eighth of the memory of a list of ints.
"""

from __future__ import annotations

import sqlite3
from array import array

__all__ = ["ArticleOrder"]

_ORDER = "ORDER BY imported_at DESC, id DESC"


class ArticleOrder:
    """Article ids by row, newest first, as of the last `refresh`."""

    #: Ids read at a time (the first chunk when the order is read again, then each more).
    CHUNK = 2048
    #: Rows of ids looked up by `row_of` that are kept (the current article's, mostly).
    REMEMBERED = 256

    def __init__(self, conn: sqlite3.Connection) -> None:
        """An empty order over `conn`'s articles; `refresh` reads it."""
        self._conn = conn
        self._ids = array("q")
        self._count = 0
        self._after: tuple[str, int] | None = None  # the key of the last id read
        self._complete = True  # every id of the snapshot has been read
        self._rows: dict[int, int] = {}

    def refresh(self) -> None:
        """Read the order again: its length and its first chunk, as one snapshot."""
        conn = self._conn
        own = not conn.in_transaction
        if own:
            conn.execute("BEGIN")  # one read snapshot for the count and the first ids
        try:
            self._count = int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
            self._ids = array("q")
            self._after = None
            self._complete = False
            self._read(self.CHUNK)
        finally:
            if own:
                conn.execute("COMMIT")
        self._rows.clear()

    def __len__(self) -> int:
        return self._count

    def id_at(self, row: int) -> int:
        """The id of the article at `row`, or -1 past the end."""
        if not 0 <= row < self._count:
            return -1
        self._read_to(row)
        return self._ids[row] if row < len(self._ids) else -1

    def ids(self, start: int, stop: int) -> list[int]:
        """The ids of rows `start` to `stop` (exclusive), fewer past the end."""
        stop = min(stop, self._count)
        if stop <= start:
            return []
        self._read_to(stop - 1)
        return list(self._ids[start:stop])

    def row_of(self, article_id: int) -> int:
        """The row of an article, or -1 if it is not in the snapshot."""
        row = self._rows.get(article_id)
        if row is None:
            row = self._find(article_id)
            if len(self._rows) >= self.REMEMBERED:
                self._rows.clear()
            self._rows[article_id] = row
        return row

    # -- changes made through this connection ----------------------------------------------

    def added(self, article_id: int) -> None:
        """A new article was committed: it is the newest, on top."""
        self._ids.insert(0, article_id)
        self._count += 1
        self._rows.clear()

    def removed(self, article_id: int, key: tuple[str, int] | None) -> None:
        """An article was deleted; `key` is its (imported_at, id) as it was, None if it was
        not in the database any more."""
        if article_id in self._ids:
            self._ids.remove(article_id)
            self._count -= 1
        elif key is not None and not self._complete and self._after and key < self._after:
            self._count -= 1  # further down than has been read: passed over when it is
        self._rows.clear()

    # -- reading ---------------------------------------------------------------------------

    def _read_to(self, row: int) -> None:
        if row >= len(self._ids) and not self._complete:
            self._read(max(self.CHUNK, row + 1 - len(self._ids)))

    def _read(self, wanted: int) -> None:
        """Read up to `wanted` more ids, continuing after the last one read."""
        conn = self._conn
        if self._after is None:
            ids = _ids(conn, "", (), wanted)
        else:
            # Two seeks on the (imported_at, id) index: the rest of the last id's second,
            # then the seconds before it. (A row value comparison would only seek by its first
            # column on this descending index, and scan every article of one second.)
            at, last = self._after
            ids = _ids(conn, "WHERE imported_at = ? AND id < ?", (at, last), wanted)
            if len(ids) < wanted:
                ids.extend(_ids(conn, "WHERE imported_at < ?", (at,), wanted - len(ids)))
        self._ids.extend(ids)
        if ids:
            found = conn.execute("SELECT imported_at FROM articles WHERE id = ?", (ids[-1],))
            self._after = (str(found.fetchone()[0]), ids[-1])
        if len(ids) < wanted or len(self._ids) >= self._count:
            self._complete = True

    def _find(self, article_id: int) -> int:
        try:
            row = self._ids.index(article_id)
        except ValueError:
            row = -1
        if row >= 0 or self._complete:
            return row if row < self._count else -1
        found = self._conn.execute(
            "SELECT imported_at FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if found is None or self._after is None or (str(found[0]), article_id) > self._after:
            return -1  # not in the database, or newer than the snapshot
        # Further down than has been read: count the articles before it (the index does, in
        # one query) and read that far at once, then on a chunk at a time if changes made
        # elsewhere moved it.
        before = self._conn.execute(
            "SELECT (SELECT COUNT(*) FROM articles WHERE imported_at > ?) "
            "+ (SELECT COUNT(*) FROM articles WHERE imported_at = ? AND id > ?)",
            (found[0], found[0], article_id),
        ).fetchone()[0]
        wanted = int(before) + 1 - len(self._ids)
        while not self._complete:
            start = len(self._ids)
            self._read(max(self.CHUNK, wanted))
            wanted = 0
            try:
                row = self._ids.index(article_id, start)
            except ValueError:
                continue
            return row if row < self._count else -1
        return -1


def _ids(
    conn: sqlite3.Connection, where: str, values: tuple[object, ...], limit: int
) -> array[int]:
    """Up to `limit` ids of the order, newest first, of the articles `where` selects."""
    cursor = conn.execute(f"SELECT id FROM articles {where} {_ORDER} LIMIT ?", (*values, limit))
    return array("q", [r[0] for r in cursor])
