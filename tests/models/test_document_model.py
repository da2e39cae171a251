from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt

from reader.document import Article, ArticleSummary, Section
from reader.models.document_model import DocumentModel, Roles
from tests.conftest import ARTICLES, SAMPLE


@pytest.fixture
def model(app, library):  # type: ignore[no-untyped-def]
    library.import_paths(sorted(ARTICLES.glob("*.txt")))
    model = DocumentModel(library)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return model


def _sample(model: DocumentModel) -> QModelIndex:
    rows = (model.index(r, 0) for r in range(model.rowCount()))
    return next(i for i in rows if i.data(Roles.SUMMARY).source == str(SAMPLE.resolve()))


def test_model_passes_qt_model_tester(qtmodeltester, model: DocumentModel) -> None:
    qtmodeltester.check(model, force_py=True)


def test_article_rows_show_title_subtitle_and_reading_time(model: DocumentModel) -> None:
    index = _sample(model)
    assert (
        index.data() == "روسيا وأوكرانيا تستأنفان المحادثات في إسطنبول دون تقدم نحو وقف إطلاق النار"
    )
    assert index.data(Roles.SUBTITLE) == "رئيسي › شؤون دولية"
    assert index.data(Roles.READING_MINUTES) == 3
    assert index.data(Roles.IS_SECTION) is False
    assert index.data(Roles.DIRECTION) == Qt.LayoutDirection.RightToLeft
    summary = index.data(Roles.SUMMARY)
    assert isinstance(summary, ArticleSummary) and summary.section_count == 5


def test_article_without_breadcrumb_shows_its_file_name(model: DocumentModel) -> None:
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    no_crumbs = [i for i in rows if not i.data(Roles.SUMMARY).breadcrumb]
    assert no_crumbs, "the fixtures include articles without a breadcrumb"
    for index in no_crumbs:
        assert index.data(Roles.SUBTITLE).endswith(".txt")


def test_sections_are_children_of_their_article(model: DocumentModel) -> None:
    article = _sample(model)
    assert model.rowCount(article) == 5
    headings = [model.index(r, 0, article).data() for r in range(5)]
    assert headings == ["المقدمة", "الردود الدولية", "توتر خلف الكواليس", "الدور التركي", "خلفية"]
    section = model.index(1, 0, article)
    assert section.parent() == article
    assert section.data(Roles.IS_SECTION) is True
    record = section.data(Roles.SECTION)
    assert isinstance(record, Section) and len(record.paragraphs) == 2
    assert model.rowCount(section) == 0
    assert section.flags() & Qt.ItemFlag.ItemNeverHasChildren


def test_lead_is_called_introduction_in_english(english, model: DocumentModel) -> None:  # type: ignore[no-untyped-def]
    lead = model.index(0, 0, _sample(model))
    assert lead.data() == "Introduction"
    assert lead.data(Roles.DIRECTION) == Qt.LayoutDirection.LeftToRight


def test_english_article_reads_left_to_right(model: DocumentModel) -> None:
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    guide = next(i for i in rows if i.data() == "Getting started with Reader")
    assert guide.data(Roles.DIRECTION) == Qt.LayoutDirection.LeftToRight
    heading = model.index(1, 0, guide)
    assert heading.data() == "The window"
    assert heading.data(Roles.DIRECTION) == Qt.LayoutDirection.LeftToRight


class CountingSource:
    """A source of `size` articles that counts how often whole articles are loaded."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.loads: list[int] = []
        self._article = Article(
            title="t",
            sections=(Section(None, ("lead.",)), Section("h", ("p.",))),
            language="en",
        )

    def count(self) -> int:
        return self.size

    def article_id(self, row: int) -> int:
        return row + 1

    def row_of(self, article_id: int) -> int:
        return article_id - 1

    def bookmarks_for(self, article_id: int) -> list[object]:
        return []

    def refresh(self) -> None:
        pass

    def summary(self, row: int) -> ArticleSummary:
        return replace(self._article, title=f"article {row}").summary()

    def article(self, row: int) -> Article:
        self.loads.append(row)
        return replace(self._article, title=f"article {row}")


def test_rows_are_fetched_in_batches_as_views_ask(app) -> None:  # type: ignore[no-untyped-def]
    source = CountingSource(1000)
    model = DocumentModel(source)
    assert model.rowCount() == 0
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == DocumentModel.BATCH
    assert model.article_index(900).data() == "article 900"
    assert model.rowCount() >= 901
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 1000
    assert source.loads == [], "listing articles must not load their text"


def test_article_text_is_loaded_once_when_opened_and_cache_is_bounded(app) -> None:  # type: ignore[no-untyped-def]
    source = CountingSource(50)
    model = DocumentModel(source)
    model.fetchMore(QModelIndex())
    article = model.index(3, 0)
    assert model.index(1, 0, article).data() == "h"
    assert article.data(Roles.ARTICLE).title == "article 3"
    assert source.loads == [3]
    for row in range(20):
        model.index(0, 0, model.index(row, 0)).data(Roles.SECTION)
    assert len(source.loads) == 1 + 19  # row 3 was still cached when asked again
    model.index(0, 0, model.index(3, 0)).data(Roles.SECTION)
    assert source.loads[-1] == 3, "evicted from the bounded cache, so loaded again"


def test_a_section_index_keeps_its_article_when_articles_before_it_go(app, library) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPersistentModelIndex

    model = DocumentModel(library)
    model.fetchMore(QModelIndex())
    last = model.index(model.rowCount() - 1, 0)
    title = last.data()
    section = QPersistentModelIndex(model.index(1, 0, last))
    first_id = model.index(0, 0).data(Roles.ARTICLE_ID)
    model.remove_article(0, lambda: library.remove(first_id))
    assert section.isValid()
    assert section.parent().data() == title
    assert section.data() == model.index(1, 0, section.parent()).data()
