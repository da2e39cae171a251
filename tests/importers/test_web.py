"""Tests for reader/importers/web.py: fetching an article or a feed from a web address, the
library's `import_url`, and `reader import URL` / `reader parse URL`.

Everything is fetched from a server on 127.0.0.1 that the test starts itself; nothing leaves
the machine. Addresses that must be refused are refused before any connection is made.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from reader.cli import main
from reader.errors import ArticleFileError
from reader.importers.web import MAX_REDIRECTS, fetch, is_web_address, read_url
from reader.store.library import Library
from tests.conftest import DATA

PAGE = (DATA / "pages" / "ar_news.html").read_bytes()
FEED = (DATA / "feeds" / "ar_news.rss").read_bytes()
PAGE_TITLE = "ارتفاع أسعار النفط في الأسواق العالمية"
LEGACY_TEXT = (
    "الرئيسية » رياضة\n\n"
    "مباراة حاسمة في نهائي الكأس\n\n"
    "يلتقي الفريقان مساء الخميس في المباراة النهائية على ملعب المدينة الرياضية، بعد موسم "
    "طويل شهد منافسة قوية بينهما على الصدارة.\n"
)
#: A page that refers to an image, a style sheet, a script and a frame on the same server:
#: none of them may be requested.
PAGE_WITH_PARTS = b"""<!DOCTYPE html><html lang="en"><head><title>A page with parts</title>
<link rel="stylesheet" href="/parts/style.css"><script src="/parts/script.js"></script></head>
<body><article><h1>A page with parts</h1>
<img src="/parts/photo.jpg" alt="A photo"><iframe src="/parts/frame.html"></iframe>
<p>This page refers to an image, a style sheet, a script and a frame on its own server, and
Reader reads none of them: the bytes of the page are all it ever asks for.</p>
<p>A second paragraph makes the page long enough to be taken for an article by the extractor
that finds the text of a page among its menus.</p></article></body></html>"""


@dataclass
class Route:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    #: Seconds to wait before answering (the slow server), cut short when the test ends.
    delay: float = 0.0
    #: Send no Content-Length (the body ends when the connection closes).
    unsized: bool = False
    #: Claim this Content-Length whatever the body's length (a body cut short).
    length: int | None = None
    #: Seconds to stall after the body has been sent, before the connection closes.
    stall: float = 0.0
    #: Bytes to send instead of an HTTP answer.
    raw: bytes | None = None


class Server:
    """A web server on 127.0.0.1 for one test: `routes` by path, `requests` as received."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        self.stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(self.path)
                route = server.routes.get(self.path, Route(404, body=b"not found"))
                if route.delay:
                    server.stop.wait(route.delay)
                if route.raw is not None:
                    self.wfile.write(route.raw)
                    return
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if not route.unsized:
                    length = len(route.body) if route.length is None else route.length
                    self.send_header("Content-Length", str(length))
                self.end_headers()
                try:
                    self.wfile.write(route.body)
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a size or time limit), as it should
                if route.stall:
                    server.stop.wait(route.stall)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    def url(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("ALL_PROXY", raising=False)
    web = Server()
    html = {"Content-Type": "text/html; charset=utf-8"}
    web.add("/news/oil-prices.html", Route(headers=html, body=PAGE))
    web.add("/parts.html", Route(headers=html, body=PAGE_WITH_PARTS))
    web.add("/amp/oil-prices.html", Route(headers=html, body=PAGE))
    web.add(
        "/notes/%D9%85%D9%84%D8%A7%D8%AD%D8%B8%D8%A7%D8%AA.txt",
        Route(
            headers={"Content-Type": "text/plain; charset=utf-8"},
            body="نص طويل بلا عنوان يمتد على سطر واحد فقط، ويحكي عن رحلة قصيرة إلى الساحل "
            "في الصباح الباكر مع الأصدقاء، ثم العودة إلى المدينة قبل الظهر بقليل.\n".encode(),
        ),
    )
    web.add("/feed", Route(headers={"Content-Type": "application/rss+xml"}, body=FEED))
    web.add(
        "/legacy",
        Route(
            headers={"Content-Type": "text/plain; charset=windows-1256"},
            body=LEGACY_TEXT.encode("cp1256"),
        ),
    )
    web.add(
        "/feed-1256",
        Route(
            headers={"Content-Type": "application/rss+xml; charset=windows-1256"},
            body=FEED.decode("utf-8").replace(' encoding="UTF-8"', "", 1).encode("cp1256"),
        ),
    )
    for hop in range(1, 8):
        target = web.url(f"/hop/{hop - 1}") if hop > 1 else web.url("/news/oil-prices.html")
        web.add(f"/hop/{hop}", Route(302, {"Location": target}))
    web.add("/to-file", Route(302, {"Location": "file:///etc/passwd"}))
    web.add("/to-data", Route(301, {"Location": "data:text/plain,hello"}))
    web.add("/hop-to-file", Route(302, {"Location": web.url("/to-file")}))
    web.add("/image.png", Route(headers={"Content-Type": "image/png"}, body=b"\x89PNG\r\n\x1a\n"))
    web.add("/big", Route(headers={"Content-Type": "text/plain"}, body=b"word " * 2000))
    web.add(
        "/big-unsized",
        Route(headers={"Content-Type": "text/plain"}, body=b"word " * 2000, unsized=True),
    )
    web.add("/slow", Route(headers=html, body=PAGE, delay=5))
    web.add("/empty", Route(headers=html, body=b""))
    web.add("/cut-short", Route(headers=html, body=PAGE[:500], length=len(PAGE)))
    web.add("/stalls", Route(headers=html, body=PAGE[:500], length=len(PAGE), stall=5))
    web.add("/not-http", Route(raw=b"HELLO THERE\r\n\r\nthis is not HTTP\r\n"))
    web.thread.start()
    yield web
    web.stop.set()
    web.httpd.shutdown()
    web.httpd.server_close()
    web.thread.join(5)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def _error(url: str, **limits: float) -> str:
    with pytest.raises(ArticleFileError) as caught:
        read_url(url, **limits)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message
    return message


# -- what an address gives ---------------------------------------------------------------------


def test_a_web_page_is_read_as_an_article(server: Server) -> None:
    url = server.url("/news/oil-prices.html")
    final, [item] = read_url(url)
    assert final == url
    article = item.article
    assert article.title == PAGE_TITLE
    assert article.source == url
    assert (article.language, article.direction) == ("ar", "rtl")
    assert article.author == "سارة الحمدان"
    assert article.site == "أخبار الخليج"
    assert [s.heading for s in article.sections][1:] == [
        "الأسواق الآسيوية",
        "توقعات المحللين",
        "الأسواق الأوروبية",
    ]
    assert server.requests == ["/news/oil-prices.html"]


def test_nothing_a_page_refers_to_is_fetched(server: Server) -> None:
    _final, [item] = read_url(server.url("/parts.html"))
    assert item.article.title == "A page with parts"
    assert server.requests == ["/parts.html"]


def test_a_feed_gives_one_article_an_entry(server: Server) -> None:
    _final, items = read_url(server.url("/feed"))
    assert [item.article.title for item in items] == [
        "ارتفاع أسعار النفط في الأسواق العالمية",
        "افتتاح متحف جديد للفنون الإسلامية",
    ]
    assert [item.key for item in items] == [
        "https://gulf-news.example.com/economy/oil-prices",
        "https://gulf-news.example.com/culture/museum",
    ]
    assert all(item.article.site == "أخبار الخليج" for item in items)


def test_a_feed_in_the_charset_the_server_names(server: Server) -> None:
    _final, items = read_url(server.url("/feed-1256"))
    assert [item.article.site for item in items] == ["أخبار الخليج", "أخبار الخليج"]
    assert items[0].article.title == "ارتفاع أسعار النفط في الأسواق العالمية"


def test_plain_text_in_the_charset_the_server_names(server: Server) -> None:
    fetched = fetch(server.url("/legacy"))
    assert (fetched.content_type, fetched.charset) == ("text/plain", "windows-1256")
    _final, [item] = read_url(server.url("/legacy"))
    assert item.article.title == "مباراة حاسمة في نهائي الكأس"
    assert item.article.breadcrumb == ("الرئيسية", "رياضة")
    assert item.text == LEGACY_TEXT


@pytest.mark.parametrize("hops", [1, MAX_REDIRECTS])
def test_redirects_are_followed_up_to_the_limit(server: Server, hops: int) -> None:
    final, [item] = read_url(server.url(f"/hop/{hops}"))
    assert final == server.url("/news/oil-prices.html")
    assert item.article.source == final
    assert item.article.title == PAGE_TITLE


def test_too_many_redirects_are_refused(server: Server) -> None:
    url = server.url(f"/hop/{MAX_REDIRECTS + 1}")
    assert _error(url) == f"{url}: more than {MAX_REDIRECTS} redirects"
    assert server.requests == [f"/hop/{hop}" for hop in range(MAX_REDIRECTS + 1, 0, -1)]


@pytest.mark.parametrize(
    ("path", "scheme"), [("/to-file", "file:"), ("/to-data", "data:"), ("/hop-to-file", "file:")]
)
def test_a_redirect_off_the_web_is_refused(server: Server, path: str, scheme: str) -> None:
    url = server.url(path)
    message = _error(url)
    assert message.startswith(f"{url}: ")
    assert f"not {scheme}" in message
    assert "root:" not in message


def test_a_missing_page_names_the_status(server: Server) -> None:
    url = server.url("/nowhere")
    assert _error(url) == f"{url}: the server answered 404 Not Found"


def test_an_image_is_not_an_article(server: Server) -> None:
    url = server.url("/image.png")
    assert _error(url) == f"{url}: not an article or a feed (it is a PNG image)"


def test_an_empty_answer_is_an_empty_file(server: Server) -> None:
    url = server.url("/empty")
    assert _error(url) == f"{url}: the file is empty"


@pytest.mark.parametrize("path", ["/big", "/big-unsized"])
def test_a_body_over_the_limit_is_refused(server: Server, path: str) -> None:
    url = server.url(path)
    assert _error(url, limit=1000) == f"{url}: larger than 1000 bytes"
    assert read_url(url, limit=20_000)[1][0].article.title


def test_a_slow_server_is_given_up_on(server: Server) -> None:
    url = server.url("/slow")
    assert _error(url, timeout=0.3) == f"{url}: no answer within 0.3 seconds"


def test_a_body_that_stops_coming_is_given_up_on(server: Server) -> None:
    url = server.url("/stalls")
    assert _error(url, timeout=0.3) == f"{url}: no answer within 0.3 seconds"


def test_a_body_cut_short_is_refused(server: Server) -> None:
    url = server.url("/cut-short")
    message = _error(url)
    assert message.startswith(f"{url}: cannot be fetched (")


def test_an_answer_that_is_not_http_is_refused(server: Server) -> None:
    url = server.url("/not-http")
    message = _error(url)
    assert message.startswith(f"{url}: cannot be fetched (")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:99999/a.html", "http://[::1/a.html", "https://exa mple.com/a"]
)
def test_a_malformed_address_is_one_line(no_network: None, url: str) -> None:
    assert _error(url).startswith(f"{url}: ")


def test_a_server_that_is_not_there(server: Server) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article.html"  # nothing listens there
    message = _error(url)
    assert message.startswith(f"{url}: cannot be fetched (")


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("file:///etc/passwd", "file:"),
        ("FILE:///etc/passwd", "file:"),
        ("data:text/html,<h1>Hello</h1><p>Inline page</p>", "data:"),
        ("ftp://ftp.example.org/article.txt", "ftp:"),
        ("javascript:alert(1)", "javascript:"),
    ],
)
def test_only_http_and_https_are_fetched(no_network: None, url: str, scheme: str) -> None:
    assert _error(url) == f"{url}: only http and https addresses are fetched, not {scheme}"


def test_an_address_without_a_host_is_refused_before_any_connection(no_network: None) -> None:
    message = _error("http:///article.html")
    assert message.startswith("http:///article.html: ")


def test_what_counts_as_a_web_address() -> None:
    assert is_web_address("https://example.com/a")
    assert is_web_address("file:///etc/passwd")
    assert is_web_address("data:text/plain,hi")
    assert not is_web_address("C:\\articles\\a.txt")
    assert not is_web_address("articles/a.txt")
    assert not is_web_address("مقالة.txt")


# -- the library and the command line ----------------------------------------------------------


def test_the_library_keeps_the_address_as_the_source(server: Server, tmp_path: Path) -> None:
    url = server.url("/news/oil-prices.html")
    library = Library.open(tmp_path / "data")
    try:
        seen: list[str] = []
        [result] = library.import_url(url, progress=lambda r: seen.append(r.status))
        assert (result.status, result.title, seen) == ("added", PAGE_TITLE, ["added"])
        assert result.article_id is not None
        assert library.find(url) == result.article_id
        [entry] = library.entries()
        assert entry.source == url
        stored = library.load(result.article_id)
        assert (stored.author, stored.site) == ("سارة الحمدان", "أخبار الخليج")
        assert stored.published == "2024-03-15"
        [again] = library.import_url(url)
        assert (again.status, again.article_id) == ("unchanged", result.article_id)
        [moved] = library.import_url(server.url("/hop/1"))
        assert (moved.status, moved.article_id) == ("unchanged", result.article_id)
        [failed] = library.import_url(server.url("/nowhere"))
        assert (failed.status, failed.reason) == ("skipped", "the server answered 404 Not Found")
        assert library.count() == 1
    finally:
        library.close()


def test_the_same_article_at_a_second_address_is_a_copy(server: Server, tmp_path: Path) -> None:
    first_url = server.url("/news/oil-prices.html")
    library = Library.open(tmp_path / "data")
    try:
        [first] = library.import_url(first_url)
        [copy] = library.import_url(server.url("/amp/oil-prices.html"))
        assert (copy.status, copy.article_id) == ("unchanged", first.article_id)
        saved = tmp_path / "saved.html"
        saved.write_bytes(PAGE)
        [local] = library.import_paths([saved])
        assert (local.status, local.article_id) == ("unchanged", first.article_id)
        assert [entry.source for entry in library.entries()] == [first_url]
    finally:
        library.close()


def test_an_untitled_text_takes_its_title_from_the_address(server: Server) -> None:
    url = server.url("/notes/%D9%85%D9%84%D8%A7%D8%AD%D8%B8%D8%A7%D8%AA.txt")
    _final, [item] = read_url(url)
    assert item.article.title == "ملاحظات"


def test_reader_import_url_and_again(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.url("/news/oil-prices.html")
    data = tmp_path / "web-data"
    assert main(["import", url, "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"added {url} (#")
    assert out[-1] == "1 imported, 0 skipped"
    assert main(["import", url, "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"unchanged {url} (#")
    assert main(["list", "--json", "--data-dir", str(data)]) == 0
    sources = [entry["source"] for entry in json.loads(capsys.readouterr().out)]
    assert url in sources


def test_reader_import_a_feed_url_imports_every_entry(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "web-data"
    assert main(["import", server.url("/feed"), "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split(" ", 1)[0] for line in out] == ["added", "added", "2"]
    assert out[-1] == "2 imported, 0 skipped"
    assert main(["list", "--json", "--data-dir", str(data)]) == 0
    sources = {entry["source"] for entry in json.loads(capsys.readouterr().out)}
    assert {
        "https://gulf-news.example.com/economy/oil-prices",
        "https://gulf-news.example.com/culture/museum",
    } <= sources


def test_reader_import_of_refused_addresses_is_one_line_each(
    no_network: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "web-data"
    code = main(
        ["import", "file:///etc/passwd", "ftp://example.org/a.txt", "--data-dir", str(data)]
    )
    out, err = capsys.readouterr()
    assert code == 1
    assert out.splitlines() == [
        "skipped file:///etc/passwd: only http and https addresses are fetched, not file:",
        "skipped ftp://example.org/a.txt: only http and https addresses are fetched, not ftp:",
        "0 imported, 2 skipped",
    ]
    assert "root:" not in out + err


def test_reader_parse_url_json(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", server.url("/news/oil-prices.html"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == PAGE_TITLE
    assert data["breadcrumb"] == ["الرئيسية", "اقتصاد", "طاقة"]
    assert (data["author"], data["published"], data["site"]) == (
        "سارة الحمدان",
        "2024-03-15",
        "أخبار الخليج",
    )


def test_reader_parse_feed_url_entry(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", server.url("/feed"), "--json", "--entry", "2"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["title"] == "افتتاح متحف جديد للفنون الإسلامية"
    assert captured.err == "entry 2 of 2\n"
    assert main(["parse", server.url("/feed"), "--entry", "3"]) == 1
    assert capsys.readouterr().err == f"reader: {server.url('/feed')}: no entry 3 (it has 2)\n"


def test_reader_parse_of_a_refused_address_is_one_line(
    no_network: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", "file:///etc/passwd", "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "reader: file:///etc/passwd: only http and https addresses are fetched, not file:\n"
    )
