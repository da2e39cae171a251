"""The library: articles kept in SQLite, imported from files, listed and served by row.

No Qt here (the document model wraps this). An article's identity is stable: importing the
same source path again, or the same content from another path (a moved file), updates the
article in place, so its id and its bookmarks stay. An article's row, its search index rows
and its bookmarks' anchors change in one transaction; an import stores many files to a
transaction, reads them in worker processes when there are many, and reports each file once
its transaction is committed (see `import_paths`).

`Library` is also the `ArticleSource` the document model reads: rows are articles newest
first, their summaries fetched a page at a time and their text only when asked for.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections import OrderedDict
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Any, Literal

from reader import reasons
from reader.document import Article, ArticleSummary, Section
from reader.errors import ArticleFileError, ReaderError
from reader.importers import ARTICLE_SUFFIXES, Imported, read_articles
from reader.reasons import Reason
from reader.store import bookmarks as bookmark_store
from reader.store import search as search_index
from reader.store.backups import backup_bookmarks, backups
from reader.store.bookmarks import Bookmark
from reader.store.database import (
    DATABASE_NAME,
    DamagedDatabaseError,
    DatabaseError,
    connect,
    is_damage,
    now,
    transaction,
)
from reader.store.order import ArticleOrder
from reader.textnorm import DEFAULT, Folding, is_valid_text

Status = Literal["added", "updated", "moved", "unchanged", "skipped"]


@dataclass(frozen=True)
class ImportResult:
    """What importing one path did; `why` tells why a file was skipped (`reason`, in English;
    the window shows it translated)."""

    path: str
    status: Status
    article_id: int | None = None
    title: str = ""
    why: Reason | None = None

    @property
    def reason(self) -> str:
        return "" if self.why is None else str(self.why)

    def line(self) -> str:
        path = printable_path(self.path)
        if self.status == "skipped":
            return f"skipped {path}: {self.reason}"
        return f"{self.status} {path} (#{self.article_id} {self.title})"


@dataclass(frozen=True)
class LibraryEntry:
    """One row of `reader list`."""

    id: int
    title: str
    source: str | None
    imported_at: str
    sections: int


def content_hash(text: str) -> str:
    """What makes two imports "the same content": the text with line endings unified."""
    unified = "\n".join(line.rstrip() for line in text.splitlines()).strip()
    import hashlib  # OpenSSL's, 3 ms of a start that stores nothing

    return hashlib.sha256(unified.encode("utf-8")).hexdigest()


def _body_json(article: Article) -> str:
    return json.dumps(
        {
            "sections": [[s.heading, list(s.paragraphs)] for s in article.sections],
            "dropped": list(article.dropped),
            "author": article.author,
            "published": article.published,
            "site": article.site,
        },
        ensure_ascii=False,
    )


_SUMMARY_COLUMNS = (
    "id, title, breadcrumb, source, language, direction, reading_minutes, section_count"
)


def _summary(row: tuple[Any, ...]) -> ArticleSummary:
    _id, title, breadcrumb, source, language, direction, minutes, sections = row
    return ArticleSummary(
        title=str(title),
        breadcrumb=tuple(json.loads(str(breadcrumb))),
        source=str(source or ""),
        language=str(language),
        direction=str(direction),
        reading_minutes=int(minutes),
        section_count=int(sections),
    )


_GONE = ArticleSummary("", (), "", "und", "ltr", 0, 0)

#: The version of what the search index holds; a database indexed otherwise is re-indexed.
SEARCH_INDEX_VERSION = "1"


def _article_values(article: Article, source: str | None, digest: str) -> tuple[Any, ...]:
    return (
        source,
        digest,
        article.title,
        json.dumps(list(article.breadcrumb), ensure_ascii=False),
        article.language,
        article.direction,
        article.reading_minutes(),
        len(article.sections),
        _body_json(article),
    )


def insert_article(
    conn: sqlite3.Connection, article: Article, source: str | None, digest: str, stamp: str
) -> int:
    """Add a new article's row and its search index rows (inside the caller's transaction);
    its id."""
    return _insert(conn, Entry.of(article, source, digest, label=""), stamp)


def _insert(conn: sqlite3.Connection, entry: Entry, stamp: str) -> int:
    cursor = conn.execute(
        "INSERT INTO articles (source, content_hash, title, breadcrumb, language, direction, "
        "reading_minutes, section_count, body, imported_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*entry.values, stamp, stamp),
    )
    article_id = int(cursor.lastrowid or 0)
    search_index.index_rows(conn, article_id, entry.texts)
    return article_id


def article_from_row(row: tuple[Any, ...]) -> Article:
    """An article from (title, breadcrumb, language, direction, source, body) as stored."""
    title, breadcrumb, language, direction, source, body = row
    data = json.loads(body)
    return Article(
        title=title,
        breadcrumb=tuple(json.loads(breadcrumb)),
        sections=tuple(Section(h, tuple(p)) for h, p in data["sections"]),
        dropped=tuple(data["dropped"]),
        language=language,
        direction=direction,
        source=source or "",
        author=data.get("author", ""),
        published=data.get("published", ""),
        site=data.get("site", ""),
    )


# -- reading files to import (no database) ------------------------------------------------

#: An import stores the files it read in one transaction of at most this many files, or of
#: those read in this many seconds, whichever comes first, and reports them once committed.
BATCH_FILES = 128
BATCH_SECONDS = 0.2


class Entry:
    """An article read, ready to store: where it is known from (`source`), its identity
    (`digest`), what its result is called (`label`), its row's values and the texts of its
    search index rows. Sent from a worker process without the article itself, which its
    row's values hold: `article` is then read back from them (as `load` would), if needed."""

    __slots__ = ("_article", "digest", "label", "source", "texts", "values")

    def __init__(
        self,
        source: str | None,
        digest: str,
        label: str,
        values: tuple[Any, ...],
        texts: list[str],
        article: Article | None = None,
    ) -> None:
        self.source = source
        self.digest = digest
        self.label = label
        self.values = values
        self.texts = texts
        self._article = article

    @classmethod
    def of(cls, article: Article, source: str | None, digest: str, label: str) -> Entry:
        values = _article_values(article, source, digest)
        texts = search_index.index_texts(article)
        return cls(source, digest, label, values, texts, article)

    @property
    def title(self) -> str:
        return str(self.values[2])

    @property
    def article(self) -> Article:
        if self._article is None:
            source, _digest, title, breadcrumb, language, direction, *_counts, body = self.values
            self._article = article_from_row((title, breadcrumb, language, direction, source, body))
        return self._article

    def __reduce__(self) -> tuple[type[Entry], tuple[Any, ...]]:
        return Entry, (self.source, self.digest, self.label, self.values, self.texts)


@dataclass(frozen=True)
class Prepared:
    """What reading one path of an import gave: why it was skipped, or its articles."""

    skipped: tuple[ImportResult, ...] = ()
    entries: tuple[Entry, ...] = ()


#: An import of at least this many files reads them in worker processes, when there is
#: more than one processor (see reader/importers/workers.py): below it, starting them costs
#: more than they save.
PARALLEL_FILES = 256
#: At most this many workers: the store, in the importing process, keeps up with about
#: three of them.
MAX_WORKERS = 3
#: The first files of a parallel import, read in the importing process while the workers
#: start.
READ_WHILE_STARTING = 96


def _prepared(paths: Iterable[Path | str]) -> Generator[Prepared, None, None]:
    """Each file of an import read (`prepare_path`), in order: in worker processes when
    there are many, else here, one at a time as the folders are walked."""
    # The worker pool's modules (subprocess, pickle, ...) only when files are imported.
    from reader.importers.workers import available_cores, ordered_map

    files = expand(paths)
    first = list(islice(files, PARALLEL_FILES))
    cores = available_cores()
    if len(first) < PARALLEL_FILES or cores < 2:
        for path, explicit in chain(first, files):
            yield prepare_path(path, explicit)
        return
    everything = first + list(files)
    workers = min(cores, MAX_WORKERS)
    with closing(ordered_map(prepare_item, everything, workers, READ_WHILE_STARTING)) as read:
        yield from read


def prepare_item(item: tuple[Path, bool]) -> Prepared:
    """`prepare_path(*item)`: what a worker process runs."""
    return prepare_path(*item)


def prepare_path(path: Path, explicit: bool) -> Prepared:
    """Read one path of an import, as `expand` gives it (`explicit`: named rather than found
    in a folder), up to what is stored: everything an import does but storing."""
    page = None if explicit else saved_page(path)
    if page is not None:
        why = reasons.reason(reasons.SAVED_PAGE_FILES, page=page.name)
        return Prepared((ImportResult(printable_path(path), "skipped", why=why),))
    if not explicit and path.suffix.lower() not in ARTICLE_SUFFIXES:
        why = reasons.reason(reasons.NOT_AN_ARTICLE_FILE, ending=path.suffix or reasons.NO_ENDING)
        return Prepared((ImportResult(printable_path(path), "skipped", why=why),))
    return prepare_file(path)


def prepare_file(path: Path) -> Prepared:
    """Read one article file (or feed), up to what is stored."""
    if not is_valid_text(str(path)):
        why = reasons.reason(reasons.NAME_NOT_UTF8)
        return Prepared((ImportResult(printable_path(path), "skipped", why=why),))
    try:
        articles = read_articles(path)
    except ArticleFileError as exc:
        return Prepared((ImportResult(str(path), "skipped", why=exc.why),))
    return Prepared(entries=tuple(entries_of(articles, str(path.resolve()), label=str(path))))


def entries_of(articles: list[Imported], origin: str, label: str) -> list[Entry]:
    """The articles of one file or address, ready to store. An article alone is known by
    `origin`; a feed entry by its link when that is a web address, else by `origin#key`."""
    entries = []
    for item in articles:
        source = origin
        if item.key is not None:
            web = item.key.startswith(("http://", "https://"))
            source = item.key if web else f"{origin}#{item.key}"
        name = label if item.key is None else f"{label} › {item.article.title}"
        entries.append(Entry.of(item.article, source, content_hash(item.text), name))
    return entries


class Library:
    """The articles and bookmarks in one data directory."""

    #: Article summaries are read a page at a time, the pages kept in a small cache: a page
    #: is a few screens of the list (reading 256 took 5 ms of the start, 64 take about 1).
    PAGE = 64
    CACHED_PAGES = 256

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.closed = False
        self._backed_up_at = float("-inf")
        self._unsaved_marks = False
        self._data_version = -1
        self._order = ArticleOrder(conn)  # article ids by row, read as far as asked for
        self._pages: OrderedDict[int, list[ArticleSummary]] = OrderedDict()
        self.refresh()
        self._ensure_search_index()

    def _ensure_search_index(self) -> None:
        if self.get_meta("search_index") != SEARCH_INDEX_VERSION:
            self.rebuild_search_index()

    @classmethod
    def open(cls, data_dir: Path) -> Library:
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReaderError(
                f"{data_dir}: cannot create the data folder ({exc.strerror})"
            ) from exc
        library = cls._on(data_dir / DATABASE_NAME)
        library._backup()
        return library

    @classmethod
    def _on(cls, database: Path) -> Library:
        """A library on a database file. Damage that only shows once the tables are read
        (above the size where opening runs SQLite's quick check) is reported as such too."""
        conn = connect(database)
        try:
            return cls(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            if is_damage(exc):
                raise DamagedDatabaseError(database, str(exc)) from exc
            raise DatabaseError(f"{database}: not a usable Reader database ({exc})") from exc

    @property
    def database(self) -> Path:
        """The database file."""
        return Path(self.conn.execute("PRAGMA database_list").fetchone()[2])

    @property
    def folder(self) -> Path:
        """The data folder the library lives in."""
        return self.database.parent

    def another_connection(self) -> Library:
        """The same library through a connection of its own, for another thread (an SQLite
        connection belongs to the thread that made it)."""
        return Library._on(self.database)

    def close(self) -> None:
        """Close the database, keeping a copy of the bookmarks if they changed."""
        if self.closed:
            return
        self._backup()
        self.closed = True
        self.conn.close()

    #: The least time between two automatic copies made after bookmark changes; closing the
    #: library always makes one if anything changed since.
    BACKUP_INTERVAL = 60.0

    def _backup(self) -> None:
        backup_bookmarks(self.conn, self.folder)
        self._backed_up_at = time.monotonic()
        self._unsaved_marks = False

    def _bookmarks_changed(self) -> None:
        """After a bookmark change: a copy now, unless one was made a moment ago (then at
        the next change after the interval, or at close)."""
        self._unsaved_marks = True
        if time.monotonic() - self._backed_up_at >= self.BACKUP_INTERVAL:
            self._backup()

    def backups(self) -> list[Path]:
        """The automatic copies of the bookmarks, newest first."""
        return backups(self.folder)

    def backup_to_restore(self) -> Path | None:
        """The newest automatic copy holding bookmarks that the library has lost."""
        for copy in backups(self.folder):
            try:
                if bookmark_store.missing(self.conn, copy):
                    return copy
            except ReaderError:
                continue  # a damaged copy: try an older one
        return None

    # -- the article source ----------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the order of the articles (after another process changed the library):
        how many there are and the first of them; the rest as rows further down are asked
        for (see reader/store/order.py)."""
        # The version first: a change committed while the order is read is seen as one.
        self._data_version = self._current_data_version()
        self._order.refresh()
        self._pages.clear()

    def _current_data_version(self) -> int:
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def changed_elsewhere(self) -> bool:
        """Whether another connection (another Reader process) has committed a change since
        this one last read the article list."""
        return not self.closed and self._current_data_version() != self._data_version

    def count(self) -> int:
        return len(self._order)

    def article_id(self, row: int) -> int:
        """The id of the article at `row`, or -1 past the end."""
        return self._order.id_at(row)

    def row_of(self, article_id: int) -> int:
        """The row of an article, or -1."""
        return self._order.row_of(article_id)

    def summary(self, row: int) -> ArticleSummary:
        if not 0 <= row < len(self._order):
            return _GONE
        page_number = row // self.PAGE
        page = self._pages.get(page_number)
        if page is None:
            ids = self._order.ids(page_number * self.PAGE, (page_number + 1) * self.PAGE)
            found = {
                r[0]: _summary(r)
                for r in self.conn.execute(
                    f"SELECT {_SUMMARY_COLUMNS} FROM articles WHERE id IN "
                    f"({','.join('?' * len(ids))})",
                    ids,
                )
            }
            # An article another process removed meanwhile shows as an empty row until the
            # list is read again.
            page = [found.get(i, _GONE) for i in ids]
            self._pages[page_number] = page
            while len(self._pages) > self.CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[row % self.PAGE]

    def article(self, row: int) -> Article:
        """The article at `row`; `ReaderError` if there is none (any more)."""
        return self.load(self.article_id(row))

    # -- reading ---------------------------------------------------------------------------

    def load(self, article_id: int) -> Article:
        row = self.conn.execute(
            "SELECT title, breadcrumb, language, direction, source, body FROM articles "
            "WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            raise ReaderError(f"no article #{article_id} in the library")
        return article_from_row(row)

    # -- search ----------------------------------------------------------------------------

    def search(
        self, query: str, folding: Folding = DEFAULT, limit: int = 50
    ) -> list[search_index.SearchHit]:
        """Titles, sections and bookmark notes matching `query`, best first."""
        return search_index.search(self.conn, query, self.load, folding, limit)

    def rebuild_search_index(self) -> int:
        """Index every article and note again; how many articles."""
        with transaction(self.conn):
            count = search_index.rebuild(self.conn)
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('search_index', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (SEARCH_INDEX_VERSION,),
            )
        return count

    def entries(self) -> list[LibraryEntry]:
        return [
            LibraryEntry(*r)
            for r in self.conn.execute(
                "SELECT id, title, source, imported_at, section_count FROM articles "
                "ORDER BY imported_at DESC, id DESC"
            )
        ]

    def find(self, reference: str) -> int | None:
        """An article id from an id ("12") or a source path; None if there is none."""
        if reference.startswith(("http://", "https://")):
            row = self.conn.execute("SELECT id FROM articles WHERE source = ?", (reference,))
            found = row.fetchone()
            return int(found[0]) if found else None
        if reference.isascii() and reference.isdigit():
            row = self.conn.execute("SELECT id FROM articles WHERE id = ?", (int(reference),))
            found = row.fetchone()
            if found:
                return int(found[0])
        source = str(Path(reference).expanduser().resolve())
        found = self.conn.execute("SELECT id FROM articles WHERE source = ?", (source,)).fetchone()
        return int(found[0]) if found else None

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- importing -------------------------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[Path | str],
        progress: Callable[[ImportResult], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[ImportResult]:
        """Import files and folders (recursively).

        Files are read first and then stored several at a time, in one transaction for at
        most `BATCH_FILES` files or what was read in `BATCH_SECONDS`, and `progress` hears of
        each file only once its transaction is committed. So an interruption keeps every
        file reported (and loses at most the files of one transaction, none of them reported
        yet); when `cancelled()` turns true (it is asked before each file) the import stops
        at once, keeping what it reported; the library stays consistent; and a file that
        fails to store changes nothing, while the files before it are kept and reported."""
        results: list[ImportResult] = []
        batch: list[Prepared] = []
        started = 0.0
        with closing(_prepared(paths)) as prepared:
            while True:
                if cancelled is not None and cancelled():
                    return results  # what was read since the last commit is dropped
                if not batch:
                    started = time.monotonic()
                read = next(prepared, None)
                if read is None:
                    break
                batch.append(read)
                if len(batch) >= BATCH_FILES or time.monotonic() - started >= BATCH_SECONDS:
                    results += self._store_batch(batch, progress)
                    batch = []
        results += self._store_batch(batch, progress)
        return results

    def _store_batch(
        self, batch: list[Prepared], progress: Callable[[ImportResult], None] | None
    ) -> list[ImportResult]:
        """Store the articles of read files in one transaction, then report each file's
        results. If one fails to store, the files before it are stored again on their own
        (SQLite rolled them back with it) and reported, and the error goes on; if the commit
        fails, none is reported."""
        stored: list[tuple[list[ImportResult], list[int]]] = []
        if any(prepared.entries for prepared in batch):
            # No savepoint for each file: FTS5 writes out what it holds in memory at every
            # savepoint, which would cost the batch most of what it gains.
            try:
                with transaction(self.conn):
                    for prepared in batch:
                        stored.append(self._store_prepared(prepared))
            except Exception:
                if 0 < len(stored) < len(batch):
                    self._store_batch(batch[: len(stored)], progress)
                raise
        else:
            stored = [(list(prepared.skipped), []) for prepared in batch]
        results = []
        for file_results, added in stored:
            self._stored(added)
            for result in file_results:
                results.append(result)
                if progress is not None:
                    progress(result)
        return results

    def _store_prepared(self, prepared: Prepared) -> tuple[list[ImportResult], list[int]]:
        """Store a read file's articles (inside the caller's transaction): the file's
        results, and the ids of the articles added."""
        results = list(prepared.skipped)
        added = []
        for entry in prepared.entries:
            result = self._store_entry(entry)
            results.append(result)
            if result.status == "added" and result.article_id is not None:
                added.append(result.article_id)
        return results, added

    def _stored(self, added: list[int]) -> None:
        """After a commit: the summaries cached are stale, the articles added come on top."""
        self._pages.clear()
        for article_id in added:
            self._order.added(article_id)

    def import_file(self, path: Path) -> list[ImportResult]:
        """Import one file: one result, or one per entry of a feed."""
        return self._store_batch([prepare_file(path)], None)

    def import_url(
        self, url: str, progress: Callable[[ImportResult], None] | None = None
    ) -> list[ImportResult]:
        """Fetch a web page or feed and import what it holds (see `reader.importers.web`); a
        failure is one skipped result naming the address."""
        from reader.importers.web import read_url  # the network code, only when asked for

        try:
            final, articles = read_url(url)
        except ArticleFileError as exc:
            results = [ImportResult(url, "skipped", why=exc.why)]
        else:
            results = self.store_all(articles, final, label=final)
        if progress is not None:
            for result in results:
                progress(result)
        return results

    def store_all(self, articles: list[Imported], origin: str, label: str) -> list[ImportResult]:
        """Store what one file or address held (see `entries_of`), each article in a
        transaction of its own."""
        return [self._store_one(entry) for entry in entries_of(articles, origin, label)]

    def store(
        self, article: Article, *, source: str | None, digest: str, label: str
    ) -> ImportResult:
        """Add an article, or update the one it is (same source, else same content)."""
        return self._store_one(Entry.of(article, source, digest, label))

    def _store_one(self, entry: Entry) -> ImportResult:
        with transaction(self.conn):
            result = self._store_entry(entry)
        self._stored([result.article_id] if result.status == "added" and result.article_id else [])
        return result

    def _store_entry(self, entry: Entry) -> ImportResult:
        """Add an article, or update the one it is (same source, else same content), inside
        the caller's transaction."""
        source, digest, label, title = entry.source, entry.digest, entry.label, entry.title
        stamp = now()
        existing = None
        if source is not None:
            existing = self.conn.execute(
                "SELECT id, content_hash, source FROM articles WHERE source = ?", (source,)
            ).fetchone()
        if existing is None:
            existing = self.conn.execute(
                "SELECT id, content_hash, source FROM articles WHERE content_hash = ? "
                "ORDER BY id LIMIT 1",
                (digest,),
            ).fetchone()
        if existing is None:
            article_id = _insert(self.conn, entry, stamp)
            return ImportResult(label, "added", article_id, title)
        article_id, old_digest, old_source = existing
        if old_digest == digest and old_source == source:
            return ImportResult(label, "unchanged", article_id, title)
        if old_digest == digest and old_source and _still_there(old_source):
            # The same text in a second place: a copy, not a move. It is the article
            # already there; its source stays where it was.
            return ImportResult(label, "unchanged", article_id, title)
        if source is not None and old_source != source:
            # The same content from a new place: the file moved. Free the new path if an
            # older article held it, so the unique source index holds.
            self.conn.execute(
                "UPDATE articles SET source = NULL WHERE source = ? AND id != ?",
                (source, article_id),
            )
        self.conn.execute(
            "UPDATE articles SET source = ?, content_hash = ?, title = ?, "
            "breadcrumb = ?, language = ?, direction = ?, reading_minutes = ?, "
            "section_count = ?, body = ?, updated_at = ? WHERE id = ?",
            (*entry.values, stamp, article_id),
        )
        bookmark_store.reanchor(self.conn, article_id, entry.article.sections)
        search_index.index_rows(self.conn, article_id, entry.texts)
        status: Status = "updated" if old_source == source else "moved"
        return ImportResult(label, status, article_id, title)

    def remove(self, article_id: int) -> int:
        """Remove an article and its bookmarks; how many bookmarks went with it."""
        with transaction(self.conn):
            count = self.conn.execute(
                "SELECT COUNT(*) FROM bookmarks WHERE article_id = ?", (article_id,)
            ).fetchone()[0]
            key = self.conn.execute(
                "SELECT imported_at, id FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            search_index.unindex_article(self.conn, article_id)
            self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        self._order.removed(article_id, None if key is None else (str(key[0]), int(key[1])))
        self._pages.clear()
        return int(count)

    # -- bookmarks -------------------------------------------------------------------------

    def bookmarks(self) -> list[Bookmark]:
        """Every bookmark, newest first."""
        return bookmark_store.all_bookmarks(self.conn)

    def bookmarks_for(self, article_id: int) -> list[Bookmark]:
        return bookmark_store.for_article(self.conn, article_id)

    def bookmark(self, bookmark_id: int) -> Bookmark | None:
        return bookmark_store.get(self.conn, bookmark_id)

    def bookmark_at(self, article_id: int, section: int) -> Bookmark | None:
        return bookmark_store.at_section(self.conn, article_id, section)

    def add_bookmark(self, article_id: int, section: int, note: str = "") -> Bookmark:
        """Bookmark section `section` (0-based) of an article."""
        sections = self.load(article_id).sections
        mark = bookmark_store.add(self.conn, article_id, sections, section, note)
        self._bookmarks_changed()
        return mark

    def remove_bookmark(self, bookmark_id: int) -> bool:
        removed = bookmark_store.remove(self.conn, bookmark_id)
        self._bookmarks_changed()
        return removed

    def set_bookmark_note(self, bookmark_id: int, note: str) -> bool:
        changed = bookmark_store.set_note(self.conn, bookmark_id, note)
        self._bookmarks_changed()
        return changed

    def flush_backup(self) -> None:
        """Copy the bookmarks now if they changed since the last copy (the window calls this
        from time to time, so that a crash loses no more than a minute of them)."""
        if self._unsaved_marks and not self.closed:
            self._backup()

    def export_bookmarks(self, path: Path) -> int:
        return bookmark_store.export_file(self.conn, path)

    def import_bookmarks(self, path: Path) -> tuple[int, list[str]]:
        result = bookmark_store.import_file(self.conn, path)
        self._bookmarks_changed()
        return result

    # -- first start -----------------------------------------------------------------------

    def import_bundled(self, paths: list[Path]) -> None:
        """On the first start only: import the bundled articles, the first listed on top."""
        if self.get_meta("bundled_imported") is not None:
            return
        self.import_paths(reversed(paths))
        self.set_meta("bundled_imported", now())


def _still_there(source: str) -> bool:
    """Whether an article's source is still where it was: a file that exists, the feed file
    an entry (`feed.xml#id`) came from, or a web address (which does not move: the same text
    at a second address is a copy)."""
    if source.startswith(("http://", "https://")):
        return True
    if Path(source).is_file():
        return True
    feed, mark, _key = source.partition("#")
    return bool(mark) and Path(feed).is_file()


def printable_path(path: Path | str) -> str:
    """A path as it can be printed on one line: undecodable bytes of its name shown as \\xNN,
    and control characters (a newline in a file name) escaped as \\n or \\xNN."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return text.translate(_CONTROL_ESCAPES)


_CONTROL_ESCAPES = {c: repr(chr(c))[1:-1] for c in (*range(0x20), 0x7F)}


def expand(paths: Iterable[Path | str]) -> Iterator[tuple[Path, bool]]:
    """Each file, and whether it was named (True) or found in a folder (False). Folders are
    walked recursively in name order, hidden entries left out and symbolic links to folders
    not followed, so a link loop cannot trap the walk. The folder of a web page saved
    "complete" (`page.html` beside `page_files/`, its styles, scripts, images and frames) is
    not walked: it is given as it is, after the files beside it, to be skipped."""
    for item in paths:
        path = Path(item)
        if not path.is_dir():
            yield path, True
            continue
        for folder, dirs, files in os.walk(path, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            saved = [d for d in dirs if saved_page(Path(folder) / d) is not None]
            dirs[:] = [d for d in dirs if d not in saved]
            for name in sorted(files):
                if not name.startswith("."):
                    yield Path(folder) / name, False
            for name in saved:
                yield Path(folder) / name, False


_SAVED_PAGE_FOLDER = "_files"
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def saved_page(folder: Path) -> Path | None:
    """The web page whose files `folder` holds (`page.html` for `page_files/`, as browsers
    save a page "complete"), or None when it is not such a folder."""
    name = folder.name
    if not name.endswith(_SAVED_PAGE_FOLDER) or name == _SAVED_PAGE_FOLDER or not folder.is_dir():
        return None
    stem = name[: -len(_SAVED_PAGE_FOLDER)]
    for page in folder.parent.iterdir():
        if page.stem == stem and page.suffix.lower() in _PAGE_SUFFIXES and page.is_file():
            return page
    return None
