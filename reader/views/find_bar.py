"""The find bar under the detail pane: every match in the article highlighted, a count, and
next/previous; matching follows Reader's one folding (reader.textnorm), so a search for
"مؤتمرا" finds "مؤتمرًا" and highlights the word with its tanween.

Ctrl+F opens it, Enter or F3 goes to the next match, Shift+Enter or Shift+F3 to the
previous one, Escape closes it and clears the highlights.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.textnorm import DEFAULT
from reader.views.detail_pane import DetailPane


class FindBar(QWidget):
    """Signals: only QWidget's."""

    def __init__(self, detail: DetailPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._detail = detail
        self._matches: list[QTextCursor] = []
        self._current = -1
        self.folding = DEFAULT
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find in article"))
        self.field.setAccessibleName(self.tr("Find in article"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        previous = QToolButton(self)
        previous.setText(self.tr("Previous"))
        previous.clicked.connect(lambda: self.step(-1))
        following = QToolButton(self)
        following.setText(self.tr("Next"))
        following.clicked.connect(lambda: self.step(1))
        close = QToolButton(self)
        close.setText(self.tr("Close"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(self._on_return)
        detail.rendered.connect(lambda _row: self.search() if self.isVisible() else None)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.hide()
        self._matches, self._current = [], -1
        self._detail.setExtraSelections([])
        self._detail.setFocus()

    def search(self) -> None:
        """Find the field's text again, from the top of the article."""
        query = self.field.text()
        self._matches = self._detail.find_all(query, self.folding) if query.strip() else []
        self._current = 0 if self._matches else -1
        self._show()

    def step(self, delta: int) -> None:
        if not self._matches:
            return
        self._current = (self._current + delta) % len(self._matches)
        self._show()

    def go_to_first_after(self, block: int) -> None:
        """Make the first match at or after block number `block` the current one."""
        for number, cursor in enumerate(self._matches):
            if cursor.block().blockNumber() >= block:
                self._current = number
                break
        self._show()

    def match_count(self) -> int:
        return len(self._matches)

    def current(self) -> int:
        return self._current

    def _show(self) -> None:
        self._detail.show_matches(self._matches, self._current)
        if not self.field.text().strip():
            self.count.clear()
        elif not self._matches:
            self.count.setText(self.tr("No matches"))
        else:
            text = self.tr("%1 of %2").replace("%1", str(self._current + 1))
            self.count.setText(text.replace("%2", str(len(self._matches))))

    def _on_return(self) -> None:
        shift = QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        self.step(-1 if shift else 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)
