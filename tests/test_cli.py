from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reader.cli import main
from tests.conftest import ARTICLES, SAMPLE


def test_parse_json_gives_the_contract_for_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SAMPLE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == [
        "title",
        "breadcrumb",
        "language",
        "direction",
        "sections",
        "dropped",
        "author",
        "published",
        "site",
    ]
    assert data["breadcrumb"] == ["رئيسي", "شؤون دولية"]
    assert data["language"] == "ar" and data["direction"] == "rtl"
    assert data["sections"][0]["heading"] is None
    assert [s["heading"] for s in data["sections"][1:]] == [
        "الردود الدولية",
        "توتر خلف الكواليس",
        "الدور التركي",
        "خلفية",
    ]
    assert [len(s["paragraphs"]) for s in data["sections"]] == [3, 2, 1, 1, 2]
    assert data["dropped"] == ["مقالات ذات صلة", "زر الذهاب إلى الأعلى"]


def test_parse_without_json_prints_a_readable_outline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(ARTICLES / "en_news.txt")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "breadcrumb: Home › World › Europe"
    assert out[2] == "language: en (ltr)"
    assert out[3] == "  1. (lead) [2 paragraphs]"
    assert "dropped (5):" in out


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file (it is a PNG image)"),
        (
            b"\xd8\xb9\xd9\x82\xd8\xaf \xff\xfe broken",
            "not UTF-8 text: damaged or mixed encodings (byte 0xff at offset 7)",
        ),
        (b"  \n\n ", "the file is empty"),
    ],
)
def test_parse_errors_are_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, reason: str
) -> None:
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["parse", str(path), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"reader: {path}: {reason}\n"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["parse"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["--size", "big"])
    assert exc.value.code == 2
    assert "WIDTHxHEIGHT" in capsys.readouterr().err


def test_window_refuses_a_missing_file_before_opening(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "gone.txt"
    assert main([str(missing)]) == 1
    assert capsys.readouterr().err == f"reader: {missing}: no such file\n"


def test_python_dash_m_reader_runs_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "parse", str(SAMPLE), "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"].startswith("روسيا وأوكرانيا")


def test_the_process_ends_with_the_commands_status_and_everything_closed(tmp_path: Path) -> None:
    # `reader` ends without the interpreter's tear-down (reader.__main__._end): output must be
    # flushed, the status passed on, and the library closed by the command itself.
    data = tmp_path / "data"
    command = [sys.executable, "-m", "reader", "--data-dir", str(data)]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # piped: buffered
    added = subprocess.run(
        [*command, "import", str(SAMPLE)], capture_output=True, text=True, env=env, check=False
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout.endswith("1 imported, 0 skipped\n")
    # Closed: the write-ahead log was checkpointed into the database and removed.
    assert sorted(p.name for p in data.iterdir()) == ["library.sqlite3"]
    missing = subprocess.run(
        [*command, "parse", str(tmp_path / "gone.txt")], capture_output=True, text=True, env=env
    )
    assert (missing.returncode, missing.stdout) == (1, "")
    assert missing.stderr == f"reader: {tmp_path / 'gone.txt'}: no such file\n"


def test_a_pdf_export_leaves_no_temporary_folder_behind(tmp_path: Path) -> None:
    # The PDF export's fonts are made in a temporary folder, removed as the process ends
    # (reader.ending), also when `reader` ends it without the interpreter's tear-down.
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    out = tmp_path / "one.pdf"
    command = [sys.executable, "-m", "reader", "--data-dir", str(tmp_path / "data"), "export"]
    done = subprocess.run(
        [*command, str(SAMPLE), "--section", "1", "--out", str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "TMPDIR": str(scratch)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert list(scratch.iterdir()) == []


def test_a_pdf_export_removes_the_font_folders_of_killed_processes(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    orphan = scratch / f"reader-pdf-fonts-{int(ended.stdout)}-abc123"
    alive = scratch / f"reader-pdf-fonts-{os.getpid()}-def456"
    for folder in (orphan, alive):
        folder.mkdir()
        (folder / "textless-NotoSans-Regular.ttf").write_bytes(b"font")
    command = [sys.executable, "-m", "reader", "--data-dir", str(tmp_path / "data"), "export"]
    done = subprocess.run(
        [*command, str(SAMPLE), "--section", "1", "--out", str(tmp_path / "one.pdf")],
        capture_output=True,
        text=True,
        env={**os.environ, "TMPDIR": str(scratch)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # The killed process's folder is gone; a running one's stays, and so does nothing else.
    assert list(scratch.iterdir()) == [alive]


def test_the_process_ends_cleanly_without_standard_output(tmp_path: Path) -> None:
    # With its output closed (or no console at all: pythonw), sys.stdout is None.
    program = "from reader.__main__ import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", program, "list", "--data-dir", str(tmp_path / "data")],
        stdout=None,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.close(1),
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")


def test_a_command_runs_with_the_cycle_collector_back_on(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # `reader` turns Python's cycle collector off while it starts (reader.__main__._run);
    # a command, which may run for long, must get it back.
    import reader.__main__
    from reader import cli

    seen: list[bool] = []
    monkeypatch.setitem(cli.COMMANDS, "list", lambda _argv: seen.append(gc.isenabled()) or 0)
    monkeypatch.setattr(sys, "argv", ["reader", "list", "--data-dir", str(tmp_path)])
    try:
        assert reader.__main__._run() == 0
    finally:
        gc.enable()
    assert seen == [True]


def test_screenshot_saves_the_rendered_window(tmp_path: Path) -> None:
    """Runs in its own process, as a user would: the window, the article, the image."""
    out = tmp_path / "window.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            str(SAMPLE),
            str(ARTICLES / "en_news.txt"),
            "--screenshot",
            str(out),
            "--size",
            "900x600",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 600, 7)}
    assert len(colours) > 20, "the window has text and panes, not a blank image"
