"""The article list and the section navigator: two list views over the one document model.

The article list shows the model's top level and drives the article selection. The navigator
shows the same model with its root index set to the current article, and drives the section
selection. Neither holds data of its own or calls another pane.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from reader.models.document_model import DocumentModel
from reader.views.delegates import ArticleDelegate, DirectionalDelegate


class _PaneList(QListView):
    def __init__(
        self, model: DocumentModel, selection: QItemSelectionModel, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        old = self.selectionModel()
        self.setSelectionModel(selection)
        if old is not None and old is not selection:
            old.deleteLater()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


class ArticleList(_PaneList):
    """The library's articles, one two-line row each. Signals: only QListView's."""

    def __init__(
        self, model: DocumentModel, articles: QItemSelectionModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(model, articles, parent)
        self.setObjectName("articleList")
        self.setAccessibleName(self.tr("Articles"))
        self.setAccessibleDescription(
            self.tr("The articles in the library, newest first; choose one to read it.")
        )
        self.setItemDelegate(ArticleDelegate(self))


class SectionNavigator(_PaneList):
    """The current article's outline: the introduction and one entry per heading.

    Signals: only QListView's.
    """

    def __init__(
        self,
        model: DocumentModel,
        articles: QItemSelectionModel,
        sections: QItemSelectionModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(model, sections, parent)
        self.setObjectName("sectionNavigator")
        self.setAccessibleName(self.tr("Sections"))
        self.setAccessibleDescription(
            self.tr("The outline of the current article; choose a section to go to it.")
        )
        self.setItemDelegate(DirectionalDelegate(self))
        self._sections = sections
        articles.currentChanged.connect(self._on_article_changed)
        self._show_article(QModelIndex())

    def _show_article(self, article: QModelIndex) -> None:
        self.setRootIndex(article if article.isValid() else self._empty_root())
        self.setEnabled(article.isValid())

    def _empty_root(self) -> QModelIndex:
        """A root with no rows below it. The invalid index would show the model's top level
        (the articles), so use an index that has no children: a section, or an article
        without sections; in an empty model the top level is empty itself."""
        model = self.model()
        first = model.index(0, 0)
        section = model.index(0, 0, first)
        return section if section.isValid() else first

    def _on_article_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.parent().isValid():
            current = current.parent()
        self._show_article(current)
        if current.isValid() and self.model().rowCount(current) > 0:
            first = self.model().index(0, 0, current)
            self._sections.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            self._sections.clearCurrentIndex()
