"""Tests for reader/store/order.py: the article order, read a chunk at a time, as a snapshot."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.store.database import DATABASE_NAME, connect, transaction
from reader.store.order import ArticleOrder

#: Import stamps with ties (articles imported in the same second are ordered by id).
STAMPS = [f"2024-05-0{day}T10:00:00+00:00" for day in (3, 1, 2, 2, 5, 1, 4, 2, 3, 5, 1)]


def _insert(conn: sqlite3.Connection, stamp: str) -> int:
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO articles (content_hash, title, breadcrumb, language, direction, "
            "reading_minutes, section_count, body, imported_at, updated_at) "
            "VALUES ('', 't', '[]', 'en', 'ltr', 1, 1, '{}', ?, ?)",
            (stamp, stamp),
        )
    return int(cursor.lastrowid or 0)


def _delete(conn: sqlite3.Connection, article_id: int) -> tuple[str, int] | None:
    """Delete as the library does: the key as it was, then the row."""
    with transaction(conn):
        key = conn.execute(
            "SELECT imported_at, id FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    return None if key is None else (str(key[0]), int(key[1]))


def _newest_first(conn: sqlite3.Connection) -> list[int]:
    return [
        r[0] for r in conn.execute("SELECT id FROM articles ORDER BY imported_at DESC, id DESC")
    ]


def _rows(order: ArticleOrder) -> list[int]:
    return [order.id_at(row) for row in range(len(order))]


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / DATABASE_NAME


@pytest.fixture
def conn(database: Path) -> Iterator[sqlite3.Connection]:
    conn = connect(database)
    yield conn
    conn.close()


@pytest.fixture
def order(conn: sqlite3.Connection) -> ArticleOrder:
    for stamp in STAMPS:
        _insert(conn, stamp)
    order = ArticleOrder(conn)
    order.CHUNK = 3  # several chunks for a few articles
    order.refresh()
    return order


def test_rows_follow_the_order_newest_first_across_chunks(
    order: ArticleOrder, conn: sqlite3.Connection
) -> None:
    expected = _newest_first(conn)
    assert len(order) == len(STAMPS)
    assert _rows(order) == expected
    assert order.id_at(-1) == order.id_at(len(STAMPS)) == -1
    assert order.ids(2, 7) == expected[2:7]
    assert order.ids(9, 40) == expected[9:]
    assert order.ids(5, 5) == []


def test_row_of_finds_an_article_not_read_yet_and_not_an_unknown_one(
    order: ArticleOrder, conn: sqlite3.Connection
) -> None:
    expected = _newest_first(conn)
    last = expected[-1]
    assert order.row_of(last) == len(expected) - 1  # read on until it is found
    assert [order.row_of(i) for i in expected] == list(range(len(expected)))
    assert order.row_of(12345) == -1
    assert order.row_of(12345) == -1  # remembered


def test_an_empty_library_has_no_rows(conn: sqlite3.Connection) -> None:
    order = ArticleOrder(conn)
    order.refresh()
    assert (len(order), order.id_at(0), order.row_of(1), order.ids(0, 10)) == (0, -1, -1, [])
    new = _insert(conn, STAMPS[0])
    order.added(new)
    assert (_rows(order), order.row_of(new)) == ([new], 0)


def test_what_another_process_does_waits_for_the_next_refresh(
    order: ArticleOrder, database: Path, conn: sqlite3.Connection
) -> None:
    before = _newest_first(conn)
    assert order.id_at(0) == before[0]  # the first chunk only
    other = connect(database)
    try:
        added = _insert(other, "2024-06-01T00:00:00+00:00")
        gone_below = before[-2]  # in a chunk not read yet
        _delete(other, gone_below)
    finally:
        other.close()
    assert len(order) == len(before)
    assert order.row_of(added) == -1, "newer than the snapshot"
    rows = _rows(order)
    # The removed article further down is passed over: the rows after it move up, and the
    # last row shows as gone until the order is read again.
    assert rows == [*[i for i in before if i != gone_below], -1]
    order.refresh()
    assert _rows(order) == _newest_first(conn)
    assert order.row_of(added) == 0


def test_an_article_removed_elsewhere_keeps_its_row_once_read(
    order: ArticleOrder, database: Path, conn: sqlite3.Connection
) -> None:
    before = _rows(order)  # everything read
    other = connect(database)
    try:
        _delete(other, before[4])
    finally:
        other.close()
    assert _rows(order) == before
    assert order.row_of(before[4]) == 4


def test_changes_through_this_connection_show_at_once(
    order: ArticleOrder, conn: sqlite3.Connection
) -> None:
    assert order.id_at(0) > 0  # only the first chunk read
    below = _newest_first(conn)[-3]
    order.removed(below, _delete(conn, below))
    top = order.id_at(1)
    order.removed(top, _delete(conn, top))
    new = _insert(conn, "2024-06-01T00:00:00+00:00")
    order.added(new)
    order.removed(999, _delete(conn, 999))  # not there: nothing changes
    assert _rows(order) == _newest_first(conn)
    assert order.row_of(new) == 0 and order.row_of(below) == order.row_of(top) == -1


@given(
    steps=st.lists(
        st.one_of(
            st.just(("add", 0)),
            st.tuples(st.just("remove"), st.integers(0, 14)),
            st.tuples(st.just("read"), st.integers(0, 14)),
            st.tuples(st.just("find"), st.integers(0, 14)),
        ),
        max_size=25,
    ),
    chunk=st.integers(1, 4),
)
def test_through_this_connection_the_rows_are_always_the_order(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[str, object]], chunk: int
) -> None:
    conn = connect(tmp_path_factory.mktemp("order") / DATABASE_NAME)
    try:
        for stamp in STAMPS:
            _insert(conn, stamp)
        order = ArticleOrder(conn)
        order.CHUNK = chunk
        order.refresh()
        for action, value in steps:
            if action == "add":
                # New articles are stamped now, so they are the newest.
                order.added(_insert(conn, "2024-08-01T00:00:00+00:00"))
            elif action == "remove":
                assert isinstance(value, int)
                ids = _newest_first(conn)
                if ids:
                    victim = ids[value % len(ids)]
                    order.removed(victim, _delete(conn, victim))
            elif action == "read":
                assert isinstance(value, int)
                order.id_at(value)
            else:
                assert isinstance(value, int)
                order.row_of(value)
            expected = _newest_first(conn)
            assert len(order) == len(expected)
            assert [order.row_of(i) for i in expected] == list(range(len(expected)))
        assert _rows(order) == _newest_first(conn)
    finally:
        conn.close()
