"""The window under stress: imports that fail, queue up or are cut short by closing, a
library changed underneath it, reopening many times, and a second Reader on the same data."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMessageBox

from reader import paths
from reader.app import Session, configure_application
from reader.instance import instance_name, request_items
from reader.settings import Settings
from reader.store.library import Library
from reader.views import skipped
from reader.views.main_window import MainWindow
from reader.views.themes import palette_for

PARAGRAPH = "فقرة من مقال فيها كلمات كافية لتكون نصًا يقرؤه القارئ بلا عناء."


def _folder(root: Path, count: int, name: str = "many") -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"{n:04}.txt").write_text(
            f"{name}: المقال رقم {n}\n\n{PARAGRAPH} {n}\n", encoding="utf-8"
        )
    return folder


@pytest.fixture
def window(qtbot, app, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "data")
    library.import_bundled(paths.bundled_articles())
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    yield window
    window.close()
    library.close()


def test_an_import_whose_database_cannot_be_opened_ends_with_the_reason(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from reader.errors import ReaderError

    def locked(_self: Library) -> Library:
        raise ReaderError("library.sqlite3: database is locked")

    monkeypatch.setattr(Library, "another_connection", locked)
    with qtbot.waitSignal(window.import_done, timeout=20000) as done:
        window.import_paths([_folder(tmp_path, 2)])
    [result] = done.args[0]
    assert result.status == "skipped" and "database is locked" in result.reason
    assert window.import_job is None, "the window is free for the next import"
    assert window.skipped_box is not None
    window.skipped_box.close()


def test_an_import_asked_for_during_another_waits_and_then_runs(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first, second = _folder(tmp_path, 300, "first"), _folder(tmp_path, 3, "second")
    finished: list[int] = []
    window.import_done.connect(lambda results: finished.append(len(results)))
    assert window.import_paths([first]) is not None
    assert window.import_paths([second]) is None
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=120000)
    assert finished == [300, 3]
    assert window.library.count() == 3 + 303


def test_closing_during_an_import_does_not_freeze_and_closes_when_it_stops(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = _folder(tmp_path, 1500)
    with qtbot.waitSignal(window.import_progress.valueChanged, timeout=60000):
        job = window.import_paths([folder])
    assert job is not None
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 1.0, "close returns at once"
    assert not window.isVisible()
    qtbot.waitUntil(lambda: window.import_job is None, timeout=60000)
    assert window.skipped_box is None, "no dialog for a closed window"
    assert window.library.count() < 3 + 1500, "it stopped early"


def test_many_skipped_files_are_summed_up_with_the_rest_under_details(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "photos"
    folder.mkdir()
    for n in range(40):
        (folder / f"photo{n:02}.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    with qtbot.waitSignal(window.import_done, timeout=60000):
        window.import_paths([folder])
    box = window.skipped_box
    assert isinstance(box, QMessageBox)
    assert len(box.text().splitlines()) == skipped.SHOWN + 1
    assert len(box.detailedText().splitlines()) == 40
    box.close()


def test_bookmarking_after_the_article_changed_underneath_marks_the_section_shown(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "changing.txt"
    path.write_text(
        f"مقال يتغير مع مرور الوقت\n\n{PARAGRAPH}\n\n"
        f"القسم الأول:\n{PARAGRAPH} أ\n\nالقسم الثاني:\n{PARAGRAPH} ب\n",
        encoding="utf-8",
    )
    [result] = window.library.import_paths([path])
    window.model.reload()
    assert result.article_id is not None
    article = window.library.load(result.article_id)
    second = [s.heading for s in article.sections].index("القسم الثاني")
    window.open_article_id(result.article_id, second)
    assert window.sections.currentIndex().data() == "القسم الثاني"
    # Another process (or the import thread) adds a section before it.
    path.write_text(
        f"مقال يتغير مع مرور الوقت\n\n{PARAGRAPH}\n\nقسم جديد:\n{PARAGRAPH} ج\n\n"
        f"القسم الأول:\n{PARAGRAPH} أ\n\nالقسم الثاني:\n{PARAGRAPH} ب\n",
        encoding="utf-8",
    )
    other = window.library.another_connection()
    other.import_paths([path])
    other.close()
    window.toggle_bookmark()
    [mark] = window.library.bookmarks()
    assert mark.heading == "القسم الثاني" and mark.section == second + 1


def test_the_reading_place_does_not_creep_over_many_reopenings(qtbot, app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "data")
    library.import_bundled(paths.bundled_articles())
    settings = Settings.in_folder(library.folder)
    session = Session(app, library, settings)
    anchors = []
    for round_ in range(5):
        window = session.open_window()
        qtbot.waitExposed(window)
        if round_ == 0:
            window.resize(760, 560)
            qtbot.wait(20)
            bar = window.detail.verticalScrollBar()
            bar.setValue(bar.maximum() * 3 // 5)
        qtbot.wait(20)
        anchors.append(window.detail.reading_anchor())
        window.close()
        window.deleteLater()
    assert len(set(anchors)) == 1, anchors
    library.close()


def test_links_take_the_theme_s_colour(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "link.txt"
    path.write_text(f"رابط\n\n{PARAGRAPH} https://example.org/x\n", encoding="utf-8")
    [result] = window.library.import_paths([path])
    window.model.reload()
    assert result.article_id is not None
    window.open_article_id(result.article_id)

    def link_colour() -> str:
        block = window.detail.document().lastBlock()
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                return str(fragment.charFormat().foreground().color().name())
            it += 1
        return ""

    window.set_theme("dark")
    dark = palette_for("dark").color(QPalette.ColorRole.Link).name()
    qtbot.waitUntil(lambda: link_colour() == dark)
    window.set_theme("light")


def test_a_theme_given_for_one_run_survives_a_language_switch(qtbot, app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "data")
    library.import_bundled(paths.bundled_articles())
    configure_application(app, "ar", "sepia")
    session = Session(app, library, Settings.in_folder(library.folder), theme="sepia")
    window = session.open_window()
    assert window.theme_choice == "sepia"
    english = session.switch_language("en")
    assert english is not None and english.theme_choice == "sepia"
    qtbot.wait(10)
    sepia = palette_for("sepia").color(QPalette.ColorRole.Base)
    assert english.detail.palette().color(QPalette.ColorRole.Base) == sepia
    assert [a.data() for a in english.theme_actions.actions() if a.isChecked()] == ["sepia"]
    assert session.settings.theme == "system", "a theme for one run is not remembered"
    english.close()
    library.close()


def test_a_language_switch_refused_during_an_import_is_not_remembered(
    qtbot, app, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "data")
    session = Session(app, library, Settings.in_folder(library.folder))
    window = session.open_window()
    window.import_paths([_folder(tmp_path, 400)])
    assert session.switch_language("en") is None
    assert session.settings.language is None
    assert [a.data() for a in window.language_actions.actions() if a.isChecked()] == ["ar"]
    qtbot.waitUntil(lambda: window.import_job is None, timeout=120000)
    window.close()
    library.close()


# -- one Reader per data folder ----------------------------------------------------------------


def test_requests_to_the_running_reader_are_checked() -> None:
    assert request_items(b'{"open": ["/tmp/a.txt", "https://example.org/x"]}') == [
        "/tmp/a.txt",
        "https://example.org/x",
    ]
    assert request_items(b'{"open": []}') == []
    for junk in (
        b'{"open": "relative.txt"}',
        b'{"open": ["relative.txt"]}',
        b'{"open": [1, 2]}',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"open": [' + b",".join([b'"/a"'] * 1001) + b"]}",
        b"\xff\xfe not json",
    ):
        assert request_items(junk) is None


def test_the_socket_lives_in_a_private_folder(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert instance_name(tmp_path / "data").startswith(str(runtime) + "/reader-")
    runtime.chmod(0o777)  # a runtime folder others could write to is not used
    (tmp_path / "data").mkdir()
    assert instance_name(tmp_path / "data") == str((tmp_path / "data").resolve() / ".reader.socket")


def test_a_second_reader_without_files_raises_the_first_and_leaves_its_socket(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "reader", "--data-dir", str(data)]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        socket = Path(instance_name(data))
        assert socket.is_absolute(), "a path in a private folder, not a name in /tmp"
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        for _ in range(2):
            second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
            assert second.returncode == 0, second.stderr
            assert second.stdout == "opened in the running Reader: 0 file(s)\n"
        assert first.poll() is None, "the first Reader still runs"
        assert socket.exists()
    finally:
        first.terminate()
        first.communicate(timeout=30)
