"""The reading experience around the text: interface language switched at run time, themes,
text size, remembering the window and the place, shortcuts, arrow keys, accessibility,
distraction-free reading, a single instance and the desktop entry."""

from __future__ import annotations

import configparser
import gc
import os
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QMenu, QWidget

from reader import paths
from reader.app import Session, chosen_language, configure_application
from reader.instance import claim_folder, instance_name, release_folder
from reader.models.document_model import Roles
from reader.settings import Place, ReadingStyle, Settings
from reader.store.library import Library
from reader.views.main_window import MainWindow
from reader.views.themes import palette_for
from tests.conftest import ARTICLES

SessionFactory = Callable[..., Session]


@pytest.fixture
def session(qtbot, app, tmp_path: Path) -> Iterator[SessionFactory]:  # type: ignore[no-untyped-def]
    """Sessions on one library in the test's data folder, as the program runs them."""
    library = Library.open(tmp_path / "data")
    library.import_bundled(paths.bundled_articles())
    library.import_paths([ARTICLES / "en_news.txt", ARTICLES / "ar_numbers_latin.txt"])
    made: list[Session] = []

    def make(language: str = "ar") -> Session:
        configure_application(app, language)
        session = Session(app, library, Settings.in_folder(library.folder))
        made.append(session)
        return session

    yield make
    for each in made:
        each.stop_listening()
        if each.window is not None:
            each.window.close()
            each.window.deleteLater()
    library.close()


def _show(qtbot, window: MainWindow) -> MainWindow:  # type: ignore[no-untyped-def]
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def _x(window: MainWindow, pane: QWidget) -> int:
    return pane.mapTo(window, QPoint(0, 0)).x()


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


# -- language ----------------------------------------------------------------------------------


def test_the_language_switches_at_run_time_with_texts_and_mirroring(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    run = session("ar")
    arabic = _show(qtbot, run.open_window())
    article = arabic.articles.currentIndex().data(Roles.ARTICLE_ID)
    arabic.step_section(1)
    assert _menu_titles(arabic)[0] == "&ملف"
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Right to left: the article list on the right, the text on the left.
    assert (
        _x(arabic, arabic.article_list) > _x(arabic, arabic.navigator) > _x(arabic, arabic.detail)
    )

    [english_action] = [a for a in arabic.language_actions.actions() if a.data() == "en"]
    with qtbot.waitSignal(run.window_replaced) as replaced:
        english_action.trigger()
    english = replaced.args[0]
    assert english is run.window and english is not arabic
    _show(qtbot, english)
    assert _menu_titles(english)[:3] == ["&File", "&Edit", "&Go"]
    assert english.search_field.placeholderText() == "Search the library (Ctrl+K)"
    assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert (
        _x(english, english.article_list)
        < _x(english, english.navigator)
        < _x(english, english.detail)
    )
    # The reader is where they were, and the choice is remembered.
    assert english.articles.currentIndex().data(Roles.ARTICLE_ID) == article
    qtbot.waitUntil(lambda: english.sections.currentIndex().row() == 1, timeout=3000)
    assert run.settings.language == "en"
    assert chosen_language(run.library, None) == "en"
    assert chosen_language(run.library, "ar") == "ar", "the command line wins for one run"

    back = run.switch_language("ar")
    assert back is not None
    assert _menu_titles(back)[0] == "&ملف"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_qt_s_own_dialog_buttons_are_translated_too(session) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    session("ar")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    button = box.button(QDialogButtonBox.StandardButton.Close)
    assert button is not None
    assert button.text().replace("&", "") == "أغلق"


# -- themes and text -------------------------------------------------------------------------


def test_themes_colour_the_window_and_the_text(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    run = session("ar")
    window = _show(qtbot, run.open_window())
    for theme in ("dark", "sepia", "light"):
        window.set_theme(theme)
        expected = palette_for(theme).color(QPalette.ColorRole.Base)
        # Qt tells the widgets of a new application palette through posted events.
        qtbot.waitUntil(
            lambda e=expected: window.detail.palette().color(QPalette.ColorRole.Base) == e
        )
        image = window.detail.viewport().grab().toImage()
        corner = image.pixelColor(image.width() - 3, image.height() - 3)
        assert corner == expected, theme
        assert run.settings.theme == theme
    window.set_theme("dark")
    qtbot.wait(10)
    text = palette_for("dark").color(QPalette.ColorRole.Text)
    assert window.detail.palette().color(QPalette.ColorRole.Text) == text
    assert [a.data() for a in window.theme_actions.actions() if a.isChecked()] == ["dark"]


def test_text_size_spacing_and_font_change_and_are_remembered(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    run = session("ar")
    window = _show(qtbot, run.open_window())
    size = window.detail.document().defaultFont().pointSizeF()
    window.larger_text_action.trigger()
    window.larger_text_action.trigger()
    assert window.detail.document().defaultFont().pointSizeF() == pytest.approx(size * 1.21)
    window.smaller_text_action.trigger()
    assert window.detail.document().defaultFont().pointSizeF() == pytest.approx(size * 1.1)
    [loose] = [a for a in window.spacing_actions.actions() if a.text() == "واسع"]
    loose.trigger()
    [sans] = [a for a in window.font_actions.actions() if a.text() == "Noto Sans Arabic"]
    sans.trigger()
    assert window.detail.document().defaultFont().families()[0] == "Noto Sans Arabic"
    assert run.settings.reading_style == ReadingStyle(1, 1.3, "Noto Sans Arabic")
    again = MainWindow(run.library, settings=Settings.in_folder(run.library.folder))
    assert again.detail.style_ == ReadingStyle(1, 1.3, "Noto Sans Arabic")
    again.deleteLater()
    window.default_size_action.trigger()
    assert window.detail.document().defaultFont().pointSizeF() == pytest.approx(size)


def test_reading_progress_follows_the_scroll(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    run = session("en")
    window = _show(qtbot, run.open_window())
    window.resize(900, 420)
    qtbot.wait(10)
    bar = window.detail.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    assert window.reading_progress.text().startswith("0% read")
    bar.setValue(bar.maximum() // 2)
    assert window.reading_progress.text().startswith(
        f"{round(100 * bar.value() / bar.maximum())}% read"
    )
    bar.setValue(bar.maximum())
    minutes = window.articles.currentIndex().data(Roles.READING_MINUTES)
    assert window.reading_progress.text() == f"100% read · {minutes} min"


# -- remembering -------------------------------------------------------------------------------


def test_the_window_reopens_exactly_where_it_was_left(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    run = session("ar")
    window = _show(qtbot, run.open_window())
    window.resize(760, 560)  # within the offscreen platform's 800x600 screen
    window.open_article(2, 2)
    window.splitter.setSizes([200, 150, 400])
    sizes = window.splitter.sizes()
    qtbot.wait(10)
    bar = window.detail.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 3)
    place = window.detail.progress()
    article = window.articles.currentIndex().data(Roles.ARTICLE_ID)
    section = window.sections.currentIndex().row()
    window.close()

    later = session("ar")
    reopened = later.open_window()
    qtbot.waitExposed(reopened)
    qtbot.waitUntil(lambda: reopened.detail.progress() == pytest.approx(place, abs=0.01))
    assert (reopened.size().width(), reopened.size().height()) == (760, 560)
    assert reopened.splitter.sizes() == sizes
    assert reopened.articles.currentIndex().data(Roles.ARTICLE_ID) == article
    assert reopened.sections.currentIndex().row() == section


def test_a_damaged_settings_file_gives_the_defaults(tmp_path: Path, app) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.ini"
    path.write_bytes(
        b"[interface]\nlanguage=xx\ntheme=neon\n[reading]\nsize_step=99\nline_spacing=abc\n"
        b"[place]\narticle=-4\n\x00\xff garbage\n"
    )
    settings = Settings(path)
    assert settings.language is None
    assert settings.theme == "system"
    assert settings.reading_style == ReadingStyle()
    assert settings.place is None
    settings.place = Place(3, 2, 14, 0.5)
    assert Settings(path).place == Place(3, 2, 14, 0.5)


# -- keyboard ----------------------------------------------------------------------------------


def test_every_command_has_a_shortcut_and_the_list_shows_them(qtbot, session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reader.views.shortcuts_dialog import ShortcutsDialog

    run = session("en")
    window = _show(qtbot, run.open_window())
    rows = dict(window.shortcut_list())
    for name, keys in (
        ("Next Article", "Ctrl+PgDown"),
        ("Previous Section", "Alt+Up"),
        ("Next Pane", "F6"),
        ("Bookmark Section", "Ctrl+D"),
        ("Export Section as PDF", "Ctrl+E"),
        ("Find in Article", "Ctrl+F"),
        ("Search the Library", "Ctrl+K"),
        ("Distraction-Free Reading", "F11"),
        ("Default Text Size", "Ctrl+0"),
        ("Keyboard Shortcuts", "F1"),
    ):
        assert rows[name] == keys, name
    assert rows["Larger Text"].startswith("Ctrl++")
    # Every command of the menus has keys; only toggled options, choices and About do not.
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None or action.isCheckable():
                continue
            if action is window.about_action:
                continue
            assert action.shortcuts(), action.text()
    shown: list[int] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self.table.rowCount()))
    window.shortcuts_action.trigger()
    assert shown == [len(window.shortcut_list())]


@pytest.mark.parametrize("language", ["ar", "en"])
def test_left_and_right_in_the_lists_move_towards_that_side(qtbot, session, language: str) -> None:  # type: ignore[no-untyped-def]
    run = session(language)
    window = _show(qtbot, run.open_window())
    with qtbot.waitActive(window):
        window.activateWindow()
    toward_text = Qt.Key.Key_Left if language == "ar" else Qt.Key.Key_Right
    back = Qt.Key.Key_Right if language == "ar" else Qt.Key.Key_Left
    window.article_list.setFocus()
    assert window.article_list.hasFocus()
    qtbot.keyClick(window.article_list, toward_text)
    assert window.navigator.hasFocus()
    qtbot.keyClick(window.navigator, toward_text)
    assert window.detail.hasFocus()
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, back)
    assert window.article_list.hasFocus()


def test_distraction_free_reading_leaves_only_the_text(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    run = session("ar")
    window = _show(qtbot, run.open_window())
    window.full_screen_action.trigger()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.article_list.isVisible() and not window.navigator.isVisible()
    assert not window.menuBar().isVisible() and not window.bookmarks_pane.isVisible()
    assert window.detail.isVisible()
    window.leave_full_screen_action.trigger()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.article_list.isVisible() and window.navigator.isVisible()
    assert window.menuBar().isVisible() and window.bookmarks_pane.isVisible()


# -- accessibility -----------------------------------------------------------------------------


def test_every_pane_and_control_has_an_accessible_name(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    run = session("ar")
    window = _show(qtbot, run.open_window())
    unnamed = []
    window.find_bar.open_bar()  # its controls too
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QMenu):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own internals (scroll bar corners)
            continue
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text()
        if not name:
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []
    for pane in (window.article_list, window.navigator, window.detail, window.search_field):
        assert pane.accessibleDescription(), pane.objectName()
    assert isinstance(window.search_field, QLineEdit)


# -- desktop -----------------------------------------------------------------------------------


def test_a_second_reader_hands_its_file_to_the_running_window(
    qtbot, session, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    run = session("ar")
    window = _show(qtbot, run.open_window())
    assert run.listen()
    article = tmp_path / "handed.txt"
    article.write_text(
        "مقال يصل من نسخة ثانية\n\nفتحه المستخدم من مدير الملفات والبرنامج يعمل بالفعل.\n",
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "reader", "--data-dir", str(run.library.folder), str(article)]
    with qtbot.waitSignal(window.import_done, timeout=60000) as done:
        second = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)
    out, _ = second.communicate()
    assert second.returncode == 0
    assert "running Reader" in out
    [result] = done.args[0]
    assert result.status == "added"
    assert window.articles.currentIndex().data() == "مقال يصل من نسخة ثانية"


def test_a_second_reader_waits_for_one_that_is_starting_and_hands_its_file_over(
    qtbot, session, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # Two Readers started at once: the first has the folder but does not listen yet. The
    # second must not open a window of its own (and take the socket from the first): it
    # says it waits, and hands its file over once the first listens.
    run = session("ar")
    window = _show(qtbot, run.open_window())
    assert claim_folder(run.library.folder)
    article = tmp_path / "together.txt"
    article.write_text(
        "مقال فُتح مع بدء ريدر\n\nنسختان بدأتا معًا على مجلد واحد.\n", encoding="utf-8"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "reader", "--data-dir", str(run.library.folder), str(article)]
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as second:
        try:
            assert second.stderr is not None
            # Without the wait, the second would open a window of its own and say nothing.
            assert "waiting for the Reader starting on" in second.stderr.readline()
            with qtbot.waitSignal(window.import_done, timeout=60000) as done:
                assert run.listen()
                qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)
            out, _ = second.communicate()
        finally:
            second.kill()
    assert (second.returncode, "running Reader" in out) == (0, True)
    [result] = done.args[0]
    assert result.status == "added"
    assert run.server is not None and run.server.isListening()


def test_a_lock_whose_process_id_lives_on_in_another_program_is_taken_over(
    tmp_path: Path,
) -> None:
    # A Reader that crashed in a PID namespace (Flatpak, a container): the next Reader gets
    # its process id, and QLockFile alone would take the lock for its own and held.
    folder = tmp_path / "data"
    folder.mkdir()
    lock = folder / ".reader.lock"
    lock.write_text(f"{os.getpid()}\npython3.11\n{socket.gethostname()}\n", encoding="utf-8")
    assert claim_folder(folder)
    release_folder(folder)
    assert not lock.exists()


def test_a_window_that_cannot_listen_gives_the_folder_up(session) -> None:  # type: ignore[no-untyped-def]
    run = session("en")
    socket_path = Path(instance_name(run.library.folder))
    socket_path.mkdir()  # something in the socket's place that is not a socket
    try:
        assert not run.listen()
        assert not (run.library.folder / ".reader.lock").exists()
    finally:
        socket_path.rmdir()


_HOLD_THE_FOLDER = """
import sys
from pathlib import Path
from reader.instance import claim_folder
assert claim_folder(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.read()
"""


def test_the_folder_is_held_by_one_reader_and_freed_when_it_is_killed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with subprocess.Popen(
        [sys.executable, "-c", _HOLD_THE_FOLDER, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline() == "held\n"
            assert not claim_folder(folder), "another running Reader holds it"
        finally:
            holder.kill()  # no clean-up: its lock file stays behind
    assert (folder / ".reader.lock").exists()
    assert claim_folder(folder), "a lock whose process is gone is taken over"
    release_folder(folder)
    assert not (folder / ".reader.lock").exists()


def test_a_session_that_stops_listening_removes_its_socket(session) -> None:  # type: ignore[no-untyped-def]
    # The process ends without Qt's clean-up (reader.__main__), so the window's run closes
    # the socket itself: a file left behind would make the next Reader knock on a dead door.
    run = session("en")
    assert run.listen()
    socket = Path(instance_name(run.library.folder))
    assert socket.exists()
    run.stop_listening()
    assert not socket.exists() and run.server is None
    run.stop_listening()  # twice is harmless


def test_the_window_run_closes_its_socket_and_saves_its_state_when_it_ends(
    qtbot, app, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # What `reader` relies on before it ends without Qt's clean-up (reader.__main__._end).
    from reader.app import run_window

    library = Library.open(tmp_path / "data")
    library.import_bundled(paths.bundled_articles())
    socket = Path(instance_name(library.folder))

    seen: list[tuple[bool, bool]] = []

    def close() -> None:
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.append((socket.exists(), gc.isenabled()))
        window.close()
        app.quit()

    QTimer.singleShot(500, close)
    gc.disable()  # as `reader` starts (reader.__main__)
    # Only the app.quit() above ends the run: a quit on the last window's closing would be
    # left for the next test's event loop, and end it at once.
    app.setQuitOnLastWindowClosed(False)
    try:
        assert run_window(library, language="en") == 0
    finally:
        app.setQuitOnLastWindowClosed(True)
        gc.enable()
        library.close()
    # It listened while open, and the cycle collector was back on once the window showed.
    assert seen == [(True, True)]
    assert not socket.exists()
    assert (tmp_path / "data" / "settings.ini").read_text(encoding="utf-8").count("geometry") >= 1


def test_a_window_that_fails_to_open_closes_its_socket(
    qtbot, app, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from reader.app import run_window

    def damaged(self: MainWindow, open_place: bool = True) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(MainWindow, "restore_state", damaged)
    library = Library.open(tmp_path / "data")
    socket = Path(instance_name(library.folder))
    try:
        with pytest.raises(sqlite3.DatabaseError):
            run_window(library, language="en")
    finally:
        library.close()
    assert not socket.exists()


def test_install_desktop_writes_an_entry_and_an_icon(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reader.cli import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["install-desktop"]) == 0
    entry = tmp_path / "share" / "applications" / "reader.desktop"
    icon = tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / "reader.svg"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(entry, encoding="utf-8")
    desktop = parser["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Icon"] == "reader"
    program, argument = desktop["Exec"].rsplit(" ", 1)
    assert argument == "%F" and Path(program.strip('"')).is_absolute()
    assert "text/html" in desktop["MimeType"] and "application/rss+xml" in desktop["MimeType"]
    assert desktop["Name[ar]"] == "ريدر"
    assert icon.read_bytes() == paths.app_icon().read_bytes()


def test_shortcut_labels_stay_left_to_right_in_the_arabic_menus(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    run = session("ar")
    window = _show(qtbot, run.open_window())
    label = window.larger_text_action.text()
    assert label.endswith("\t\u2066Ctrl++\u2069"), repr(label)
    assert window.larger_text_action.iconText() == "تكبير النص"
    assert "Ctrl+" not in window.import_files_action.iconText(), "toolbar buttons: no keys"


def test_the_desktop_entry_quotes_an_awkward_program_path() -> None:
    from reader.desktop import exec_argument

    assert exec_argument("/usr/bin/reader-gui") == '"/usr/bin/reader-gui"'
    # Reserved characters escaped by a backslash, then every backslash doubled for the
    # string; a percent sign doubled so it is no field code.
    assert exec_argument('/opt/100%/$HOME/"x"/a b') == '"/opt/100%%/\\\\$HOME/\\\\"x\\\\"/a b"'
