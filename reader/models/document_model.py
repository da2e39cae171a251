"""The one document model every pane reads: articles at the top level, their sections below.

    (root)
    ├── article 0            DisplayRole: title; Roles.SUMMARY, Roles.ARTICLE, ...
    │   ├── section 0        DisplayRole: heading, or "Introduction" for the untitled lead
    │   └── section 1
    └── article 1 ...

The article list shows the top level, the section navigator is the same model with its root
index set to an article, and the detail pane renders an article from `Roles.ARTICLE`. Rows come
from an `ArticleSource` in batches as views ask for them (`canFetchMore`/`fetchMore`), and an
article's text is loaded only when one of its sections or `Roles.ARTICLE` is asked for; a few
recently opened articles are kept.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from enum import IntEnum
from pathlib import PurePath
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from reader.document import Article, ArticleSummary, Section
from reader.errors import ReaderError
from reader.icons import bookmark_icon
from reader.store.bookmarks import Bookmark
from reader.textdir import display_safe, first_strong_direction

ModelIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class ArticleSource(Protocol):
    """What the document model reads: articles by row, and their bookmarks (the library)."""

    def count(self) -> int: ...

    def article_id(self, row: int) -> int: ...

    def row_of(self, article_id: int) -> int: ...

    def summary(self, row: int) -> ArticleSummary: ...

    def article(self, row: int) -> Article: ...

    def bookmarks_for(self, article_id: int) -> Sequence[Bookmark]: ...

    def refresh(self) -> None: ...


#: Internal id of top-level (article) indexes. A section's internal id is its article's
#: library id (1 or more), so that a section index keeps pointing into its own article when
#: articles before it are removed.
_ARTICLE_ID = 0


class Roles(IntEnum):
    """Data roles of the document model, beyond Qt's DisplayRole and ToolTipRole."""

    ARTICLE = Qt.ItemDataRole.UserRole + 1  # Article (article rows): the record itself
    SUMMARY = Qt.ItemDataRole.UserRole + 2  # ArticleSummary (article rows)
    SECTION = Qt.ItemDataRole.UserRole + 3  # Section (section rows): the record itself
    SUBTITLE = Qt.ItemDataRole.UserRole + 4  # str (article rows): breadcrumb, or the source
    READING_MINUTES = Qt.ItemDataRole.UserRole + 5  # int (article rows)
    DIRECTION = Qt.ItemDataRole.UserRole + 6  # Qt.LayoutDirection of the row's own text
    IS_SECTION = Qt.ItemDataRole.UserRole + 7  # bool
    ARTICLE_ID = Qt.ItemDataRole.UserRole + 8  # int (both kinds of rows): the library's id
    BOOKMARK = Qt.ItemDataRole.UserRole + 9  # Bookmark | None (section rows)


def layout_direction(text: str, fallback: str) -> Qt.LayoutDirection:
    direction = first_strong_direction(text) or fallback
    return Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight


class DocumentModel(QAbstractItemModel):
    """Articles and their sections from an `ArticleSource`, fetched lazily.

    Signals: only QAbstractItemModel's own. A change to an article's bookmarks is announced
    as dataChanged on its section rows with `Roles.BOOKMARK` and DecorationRole.
    """

    #: Rows added to the article list at a time (`fetchMore`): a few screens. The view lays
    #: out every row it has at its first showing, so more would only delay it.
    BATCH = 64
    CACHED_ARTICLES = 8

    def __init__(self, source: ArticleSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._fetched = 0
        self._opened: OrderedDict[int, Article] = OrderedDict()  # by article id
        self._marks: dict[int, dict[int, Bookmark]] = {}  # article id → section → bookmark

    # -- records ---------------------------------------------------------------------------

    def article(self, row: int) -> Article | None:
        """The whole article at `row`, loaded from the source on first use; None if it is
        gone (another process removed it since the list was read)."""
        key = self._source.article_id(row)
        article = self._opened.get(key)
        if article is None:
            try:
                article = self._source.article(row)
            except ReaderError:
                return None
            self._opened[key] = article
            while len(self._opened) > self.CACHED_ARTICLES:
                self._opened.popitem(last=False)
        else:
            self._opened.move_to_end(key)
        return article

    def bookmark(self, article_row: int, section: int) -> Bookmark | None:
        article_id = self._source.article_id(article_row)
        marks = self._marks.get(article_id)
        if marks is None:
            marks = {
                b.section: b
                for b in self._source.bookmarks_for(article_id)
                if b.section is not None
            }
            self._marks[article_id] = marks
        return marks.get(section)

    # -- changes ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Everything may have changed (another process): read the source again."""
        self.change(lambda: None)

    def change(self, mutate: Callable[[], T]) -> T:
        """Run `mutate()`, which changes the source in any way (an import), as a reset of the
        model. Views are told before the change, while their indexes still mean what they
        meant, and the source is re-read after it."""
        self.beginResetModel()
        try:
            return mutate()
        finally:
            self._source.refresh()
            self._fetched = 0
            self._opened.clear()
            self._marks.clear()
            self.endResetModel()

    def remove_article(self, row: int, remove: Callable[[], object]) -> None:
        """Take article `row` out of the model around `remove()`, which deletes it from the
        source."""
        self.beginRemoveRows(QModelIndex(), row, row)
        remove()
        self._fetched -= 1
        self.endRemoveRows()

    def bookmarks_changed(self, article_id: int) -> None:
        """The bookmarks of an article changed: refresh its section rows' markers."""
        self._marks.pop(article_id, None)
        row = self._source.row_of(article_id)
        if not 0 <= row < self._fetched:
            return
        article = self.index(row, 0)
        last = self.rowCount(article) - 1
        if last >= 0:
            roles = [Roles.BOOKMARK, Qt.ItemDataRole.DecorationRole]
            self.dataChanged.emit(self.index(0, 0, article), self.index(last, 0, article), roles)

    def article_index(self, row: int) -> QModelIndex:
        """The index of article `row`, fetching rows up to it if the views have not yet."""
        while row >= self._fetched and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return self.index(row, 0)

    # -- structure -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _ARTICLE_ID)
        return self.createIndex(row, column, self._source.article_id(parent.row()))

    def parent(self, child: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _ARTICLE_ID:
            return QModelIndex()
        row = self._source.row_of(child.internalId())
        if not 0 <= row < self._fetched:
            return QModelIndex()
        return self.createIndex(row, 0, _ARTICLE_ID)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return self._fetched
        if parent.column() != 0 or parent.internalId() != _ARTICLE_ID:
            return 0
        return self._source.summary(parent.row()).section_count

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and self._fetched < self._source.count()

    def fetchMore(self, parent: ModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        more = min(self.BATCH, self._source.count() - self._fetched)
        self.beginInsertRows(QModelIndex(), self._fetched, self._fetched + more - 1)
        self._fetched += more
        self.endInsertRows()

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _ARTICLE_ID:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    # -- data ------------------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _ARTICLE_ID:
            return self._article_data(index.row(), role)
        article_row = self._source.row_of(index.internalId())
        if article_row < 0:
            return None
        return self._section_data(article_row, index.row(), role)

    def _article_data(self, row: int, role: int) -> Any:
        summary = self._source.summary(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return display_safe(summary.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return display_safe(f"{summary.title}\n{_subtitle(summary)}")
        if role == Roles.SUMMARY:
            return summary
        if role == Roles.ARTICLE:
            return self.article(row)
        if role == Roles.SUBTITLE:
            return _subtitle(summary)
        if role == Roles.READING_MINUTES:
            return summary.reading_minutes
        if role == Roles.DIRECTION:
            return layout_direction(summary.title, summary.direction)
        if role == Roles.IS_SECTION:
            return False
        if role == Roles.ARTICLE_ID:
            return self._source.article_id(row)
        return None

    def _section_data(self, article_row: int, row: int, role: int) -> Any:
        if role == Roles.IS_SECTION:
            return True
        if role == Roles.ARTICLE_ID:
            return self._source.article_id(article_row)
        if role == Roles.BOOKMARK:
            return self.bookmark(article_row, row)
        if role == Qt.ItemDataRole.DecorationRole:
            return bookmark_icon() if self.bookmark(article_row, row) is not None else None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Roles.SECTION,
            Roles.DIRECTION,
        ):
            return None
        article = self.article(article_row)
        if article is None or row >= len(article.sections):
            return None
        section = article.sections[row]
        if role == Roles.SECTION:
            return section
        label = section_label(section)
        if role == Roles.DIRECTION:
            return layout_direction(label, article.direction)
        return label


def section_label(section: Section) -> str:
    """What the navigator calls a section: its heading, or "Introduction" for the lead."""
    return heading_label(section.heading)


def heading_label(heading: str | None) -> str:
    """A heading as shown (without bidi controls that could disguise it), the lead's missing
    one as "Introduction"."""
    if heading is not None:
        return display_safe(heading)
    return QCoreApplication.translate("DocumentModel", "Introduction")


def _subtitle(summary: ArticleSummary) -> str:
    if summary.breadcrumb:
        return display_safe(" › ".join(summary.breadcrumb))
    # A file name may hold a newline or a tab: one line in the list, whatever the name.
    return display_safe(" ".join(PurePath(summary.source).name.split()))
