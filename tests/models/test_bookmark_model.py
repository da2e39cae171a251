from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from reader.models.bookmark_model import BOOKMARK_ROLE, BookmarkModel
from reader.models.document_model import DocumentModel, Roles
from reader.store.library import Library


def _sample_id(library: Library) -> int:
    return next(e.id for e in library.entries() if e.title.startswith("روسيا"))


def test_bookmark_model_passes_qt_model_tester(qtmodeltester, app, library: Library) -> None:  # type: ignore[no-untyped-def]
    article = _sample_id(library)
    library.add_bookmark(article, 0, "أول")
    library.add_bookmark(article, 3, "")
    model = BookmarkModel(library)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2


def test_rows_show_place_note_and_date_newest_first(app, library: Library) -> None:  # type: ignore[no-untyped-def]
    article = _sample_id(library)
    library.add_bookmark(article, 0, "المقدمة مهمة")
    library.add_bookmark(article, 2, "")
    model = BookmarkModel(library)
    newest = model.index(0, BookmarkModel.PLACE)
    assert newest.data().endswith(" › \u2068توتر خلف الكواليس\u2069"), "isolated, so that a"
    # Latin heading cannot reorder the arrow and the title in a right-to-left row
    assert newest.data(BOOKMARK_ROLE).section == 2
    assert model.index(1, BookmarkModel.PLACE).data().endswith(" › \u2068المقدمة\u2069")
    assert model.index(1, BookmarkModel.NOTE).data() == "المقدمة مهمة"
    assert model.index(1, BookmarkModel.CREATED).data()
    assert newest.data(Roles.DIRECTION) == Qt.LayoutDirection.RightToLeft


def test_note_is_edited_in_place_and_stored(app, library: Library) -> None:  # type: ignore[no-untyped-def]
    mark = library.add_bookmark(_sample_id(library), 1)
    model = BookmarkModel(library)
    note = model.index(0, BookmarkModel.NOTE)
    assert note.flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.index(0, BookmarkModel.PLACE).flags() & Qt.ItemFlag.ItemIsEditable
    assert model.setData(note, "  ردود أوروبية  ")
    assert note.data() == "ردود أوروبية"
    assert library.bookmarks()[0].note == "ردود أوروبية"
    assert library.bookmarks()[0].id == mark.id


def test_toggle_adds_then_removes_and_announces_the_article(qtbot, app, library: Library) -> None:  # type: ignore[no-untyped-def]
    article = _sample_id(library)
    model = BookmarkModel(library)
    with qtbot.waitSignal(model.changed) as added:
        made = model.toggle(article, 4, None)
    assert added.args == [article]
    assert made is not None and made.heading == "خلفية"
    assert model.rowCount() == 1
    with qtbot.waitSignal(model.changed) as removed:
        assert model.toggle(article, 4, made) is None
    assert removed.args == [article]
    assert model.rowCount() == 0
    assert library.bookmarks() == []


def test_document_model_marks_bookmarked_sections(qtbot, app, library: Library) -> None:  # type: ignore[no-untyped-def]
    documents = DocumentModel(library)
    documents.fetchMore(QModelIndex())
    row = library.row_of(_sample_id(library))
    article = documents.index(row, 0)
    section = documents.index(3, 0, article)
    assert section.data(Roles.BOOKMARK) is None
    assert section.data(Qt.ItemDataRole.DecorationRole) is None
    marks = BookmarkModel(library)
    marks.changed.connect(documents.bookmarks_changed)
    with qtbot.waitSignal(documents.dataChanged) as changed:
        marks.toggle(int(article.data(Roles.ARTICLE_ID)), 3, None)
    top_left, bottom_right, roles = changed.args
    assert top_left.parent() == article and top_left.row() <= 3 <= bottom_right.row()
    assert Roles.BOOKMARK in roles
    assert section.data(Roles.BOOKMARK).heading == "الدور التركي"
    assert section.data(Qt.ItemDataRole.DecorationRole) is not None
    assert documents.index(2, 0, article).data(Roles.BOOKMARK) is None


def test_toggle_never_removes_a_bookmark_the_reader_was_not_shown(
    qtbot, app, library: Library
) -> None:  # type: ignore[no-untyped-def]
    article = _sample_id(library)
    model = BookmarkModel(library)
    elsewhere = library.add_bookmark(article, 2, "من عملية أخرى")  # not shown yet
    with qtbot.waitSignal(model.changed):
        assert model.toggle(article, 2, None) == elsewhere
    assert library.bookmarks() == [elsewhere], "kept, with its note"
    assert model.rowCount() == 1, "and now shown"
