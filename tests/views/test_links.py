"""Links in articles: web addresses in the text become links that open in the system's browser
only when clicked and confirmed; nothing else is a link, and nothing is ever loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QMessageBox

from reader.store.library import Library
from reader.views.main_window import MainWindow

ARTICLE = """روابط في مقال

للمزيد راجع https://example.org/report?id=7، أو النسخة القديمة http://example.net/old.
ولا تتبع هذه: file:///etc/passwd و javascript:alert(1) و data:text/html,hi.
"""


def _anchors(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                found.append(fragment.charFormat().anchorHref())
            it += 1
        block = block.next()
    return found


@pytest.fixture
def window(qtbot, app, tmp_path: Path, write_article):  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "data")
    library.import_paths([write_article("links.txt", ARTICLE)])
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    library.close()


def test_only_web_addresses_become_links(window: MainWindow) -> None:
    assert _anchors(window.detail.document()) == [
        "https://example.org/report?id=7",
        "http://example.net/old",
    ]


def test_a_link_opens_only_after_the_reader_confirms(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    answer = QMessageBox.StandardButton.Cancel

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    url = QUrl("https://example.org/report?id=7")
    window.detail.anchorClicked.emit(url)
    assert opened == [] and "example.org/report?id=7" in asked[0], "the address is shown first"
    answer = QMessageBox.StandardButton.Open
    window.detail.anchorClicked.emit(url)
    assert opened == ["https://example.org/report?id=7"]


@pytest.mark.parametrize("address", ["file:///etc/passwd", "javascript:alert(1)", "data:,hi"])
def test_other_addresses_are_never_followed(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, address: str
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: pytest.fail("opened " + address))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("asked " + address))
    assert window.detail.open_link(QUrl(address)) is False


@pytest.mark.parametrize(
    "name", ["http://tracker.invalid/pixel.gif", "file:///etc/passwd", "reader.png"]
)
def test_the_text_pane_loads_no_resource(window: MainWindow, name: str) -> None:
    kind = QTextDocument.ResourceType.ImageResource.value
    assert window.detail.loadResource(kind, QUrl(name)) is None
