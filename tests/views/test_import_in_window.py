"""Importing in the window: in the background, with progress, cancelling, and from a web
address (served from 127.0.0.1 by the test itself)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from reader.store.library import Library
from reader.textdir import RLM, isolate
from reader.views.main_window import MainWindow

PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>موقع الأخبار</title>
<meta name="author" content="ليلى حسن"><meta property="og:site_name" content="موقع الأخبار">
<script>document.title = "hijacked"</script></head>
<body><nav><a href="/">الرئيسية</a> › <a href="/science">علوم</a></nav>
<article><h1>تلسكوب جديد يرصد مجرة بعيدة</h1>
<p>رصد فريق من علماء الفلك مجرة تبعد أكثر من ثلاثة عشر مليار سنة ضوئية، في اكتشاف قد يغير
فهمنا لنشأة الكون الأولى وتطور المجرات في بداياتها.</p>
<h2>كيف تم الرصد</h2>
<p>استخدم الفريق أجهزة تعمل بالأشعة تحت الحمراء لالتقاط الضوء الخافت القادم من المجرة عبر
مسافات هائلة، ثم حللوا طيفه على مدى أشهر.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>
"""


@pytest.fixture
def server() -> Iterator[str]:
    """A web server on 127.0.0.1 serving PAGE at /science/galaxy; its base address."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/science/galaxy":
                self.send_error(404)
                return
            body = PAGE.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def window(qtbot, app, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "data")
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    library.close()


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "many"
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"{n:04}.txt").write_text(
            f"عنوان المقال رقم {n}\n\nفقرة المقال رقم {n} وهي طويلة بما يكفي لتكون نصا.\n",
            encoding="utf-8",
        )
    return folder


def test_a_web_address_imports_and_opens_in_the_window(qtbot, window, server) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.import_done, timeout=20000) as done:
        window.import_paths([f"{server}/science/galaxy"])
    [result] = done.args[0]
    assert result.status == "added", result
    current = window.articles.currentIndex()
    assert current.data() == "تلسكوب جديد يرصد مجرة بعيدة"
    article = window.library.load(result.article_id)
    assert article.source == f"{server}/science/galaxy"
    assert article.author == "ليلى حسن"
    assert [s.heading for s in article.sections] == [None, "كيف تم الرصد"]
    assert "hijacked" not in window.detail.toPlainText()
    assert window.windowTitle().startswith("تلسكوب جديد")


def test_a_bad_address_is_reported_in_one_line_and_changes_nothing(
    qtbot, window, server, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    before = window.library.count()
    with qtbot.waitSignal(window.import_done, timeout=20000):
        window.import_paths([f"{server}/missing", "file:///etc/passwd"])
    assert window.library.count() == before
    assert window.skipped_box is not None
    message = window.skipped_box.text()
    assert message.splitlines() == [
        f"{RLM}{isolate(f'{server}/missing')}: أجاب الخادم {isolate('404 Not Found')}",
        f"{RLM}{isolate('file:///etc/passwd')}: "
        f"لا تُجلب إلا عناوين http وhttps، لا {isolate('file:')}",
    ]


def test_the_window_keeps_answering_while_a_folder_imports(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = _folder(tmp_path, 400)
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(window.import_progress.value()))
    timer.start(5)
    progress: list[tuple[int, int]] = []
    with qtbot.waitSignal(window.import_done, timeout=120000) as done:
        job = window.import_paths([folder])
        assert job is not None
        job.progress.connect(lambda d, t: progress.append((d, t)))
        assert window.import_paths([folder]) is None, "one import at a time"
    # The second import, queued, runs once the first is done: let it end with the test.
    qtbot.waitUntil(lambda: window.import_job is None, timeout=120000)
    timer.stop()
    assert len(done.args[0]) == 400
    assert window.library.count() == 400
    assert window.model.rowCount() > 0
    # The interface thread ran its timers during the import, and saw the bar move.
    assert len(ticks) >= 3
    assert progress[-1] == (400, 400)
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)


def test_cancelling_stops_between_files_and_keeps_the_library_consistent(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = _folder(tmp_path, 1500)
    marked = tmp_path / "marked.txt"
    marked.write_text("مقال عليه علامة\n\nفقرة فيها ملاحظة القارئ المحفوظة.\n", encoding="utf-8")
    mark_article = window.library.import_paths([marked])[0].article_id
    assert mark_article is not None
    window.library.add_bookmark(mark_article, 0, note="يبقى")
    with qtbot.waitSignal(window.import_done, timeout=120000) as done:
        job = window.import_paths([folder])
        assert job is not None
        job.progress.connect(lambda d, _t: d >= 20 and window.cancel_import_button.click())
    results = done.args[0]
    assert 20 <= len(results) < 1500, "stopped early, after the file it was on"
    assert job.cancelled
    assert window.library.count() == 1 + len(results)
    assert window.library.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert [m.note for m in window.library.bookmarks()] == ["يبقى"]
    assert "أُلغي الاستيراد" in window.statusBar().currentMessage()
