"""The library survives what happens to real processes: one killed with SIGKILL in the middle
of a large import, two importing into one data folder at the same time, and the kill loop
(tests/killing/: imports, bookmark edits and PDF exports killed at random moments) at a size
for the suite; scripts/kill_loop.py runs it at full size.

These run Reader as separate processes (`python -m reader`), as a user's shell would, and
look at the database afterwards with a fresh SQLite connection.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from reader import paths
from reader.store.database import DATABASE_NAME
from reader.store.library import BATCH_FILES, Library
from tests.killing import QUICK, kill_loop
from tests.processes import count_under, generate, health, reader

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")


@dataclass(frozen=True)
class Acknowledged:
    """A bookmark whose `reader bookmark add` exited 0 and printed its line."""

    source: str
    section: int  # 1-based, as given on the command line
    note: str


def add_bookmark(data: Path, path: Path, section: int, note: str) -> Acknowledged | None:
    result = subprocess.run(
        reader("bookmark", "add", path, "--section", section, "--note", note, "--data-dir", data),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if result.returncode == 0 and result.stdout.startswith("bookmark #"):
        return Acknowledged(str(path.resolve()), section, note)
    return None


def wait_until(predicate: object, deadline: float, process: subprocess.Popen[bytes]) -> None:
    assert callable(predicate)
    while not predicate():
        assert process.poll() is None, "the import ended before the test could look at it"
        assert time.monotonic() < deadline, "timed out waiting for the import to progress"
        time.sleep(0.005)


#: The files of the import killed in the middle: enough to last through two `bookmark add`s.
FILES = 3000


def test_sigkill_in_the_middle_of_an_import_loses_nothing_acknowledged(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    files = generate(folder, range(FILES))
    data = tmp_path / "data"
    database = data / DATABASE_NAME
    bundled = len(paths.bundled_articles())

    # Acknowledged before the import starts (this also creates the library).
    acknowledged = [add_bookmark(data, files[-1], 2, "before the import")]
    assert acknowledged[0] is not None

    log = tmp_path / "import.log"
    with log.open("wb") as out:
        importer = subprocess.Popen(
            reader("import", folder, "--data-dir", data), stdout=out, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.monotonic() + 60
        wait_until(lambda: (count_under(database, folder) or 0) >= 20, deadline, importer)
        # Acknowledged while the import runs: one for an article it has done, one for an
        # article it has not reached yet (the command imports that one itself).
        acknowledged.append(add_bookmark(data, files[0], 3, "during, done"))
        acknowledged.append(add_bookmark(data, files[-2], 1, "during, not yet"))
        assert all(acknowledged)
        seen = count_under(database, folder)
        assert seen is not None and seen < FILES
        assert importer.poll() is None, "the import finished before it could be killed"
        os.kill(importer.pid, signal.SIGKILL)
    finally:
        if importer.poll() is None:
            importer.kill()
        importer.wait(timeout=30)
    assert importer.returncode == -signal.SIGKILL

    # The database is whole, and holds every bookmark acknowledged before the kill.
    state = health(database)
    assert state.integrity == "ok"
    assert state.foreign_keys_broken == 0
    assert state.search_index == "ok"
    killed_at = count_under(database, folder)
    assert killed_at is not None and seen <= killed_at < FILES
    assert state.articles == bundled + killed_at
    assert state.sources == state.contents == state.articles

    # Every file the import reported as added before it died is in the library.
    reported = [
        line.split(" ", 2)[1]
        for line in log.read_text(encoding="utf-8").splitlines(keepends=True)
        if line.startswith("added ") and line.endswith(")\n")
    ]
    # Two may have been added by `bookmark add`, and the import prints the lines of the
    # files of a transaction just after committing it, so the files of one transaction (at
    # most BATCH_FILES) may not have been printed when it died.
    assert len(reported) >= seen - 2 - BATCH_FILES

    library = Library.open(data)
    try:
        sources = {e.source for e in library.entries()}
        assert {str(Path(p).resolve()) for p in reported} <= sources
        marks = {
            (library.load(b.article_id).source, b.section, b.note) for b in library.bookmarks()
        }
    finally:
        library.close()
    for ack in acknowledged:
        assert ack is not None
        assert (ack.source, ack.section - 1, ack.note) in marks

    # A second run finishes the import, with no duplicates and the bookmarks in place.
    second = subprocess.run(
        reader("import", folder, "--data-dir", data),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    lines = second.stdout.splitlines()
    assert lines[-1] == f"{FILES} imported, 0 skipped"
    statuses = [line.split(" ", 1)[0] for line in lines[:-1]]
    assert statuses.count("added") == FILES - killed_at
    assert statuses.count("unchanged") == killed_at
    state = health(database)
    assert state.integrity == "ok"
    assert count_under(database, folder) == FILES
    assert state.articles == state.sources == state.contents == bundled + FILES
    library = Library.open(data)
    try:
        marks = {
            (library.load(b.article_id).source, b.section, b.note) for b in library.bookmarks()
        }
    finally:
        library.close()
    assert marks == {(a.source, a.section - 1, a.note) for a in acknowledged if a is not None}


def test_two_processes_importing_into_one_library_lose_and_duplicate_nothing(
    tmp_path: Path,
) -> None:
    shared = generate(tmp_path / "shared", range(0, 200))
    only_a = generate(tmp_path / "only-a", range(200, 300))
    only_b = generate(tmp_path / "only-b", range(300, 400))
    data = tmp_path / "data"  # not there yet: both processes also race to create it
    logs = [tmp_path / "a.log", tmp_path / "b.log"]
    commands = [
        reader("import", tmp_path / "shared", tmp_path / "only-a", "--data-dir", data),
        reader("import", tmp_path / "only-b", tmp_path / "shared", "--data-dir", data),
    ]
    processes = []
    for command, log in zip(commands, logs, strict=True):
        with log.open("wb") as out:
            processes.append(subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE))
    errors = []
    for process in processes:
        try:
            _out, err = process.communicate(timeout=120)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        errors.append(err.decode("utf-8", "replace"))
    assert [p.returncode for p in processes] == [0, 0], errors
    assert errors == ["", ""]

    outputs = [log.read_text(encoding="utf-8").splitlines() for log in logs]
    assert outputs[0][-1] == "300 imported, 0 skipped"
    assert outputs[1][-1] == "300 imported, 0 skipped"
    # Each shared file was added by exactly one of the two; the other found it there.
    for path in shared:
        statuses = sorted(
            line.split(" ", 1)[0]
            for output in outputs
            for line in output
            if line.split(" ", 2)[1:2] == [str(path)]
        )
        assert statuses == ["added", "unchanged"], path

    state = health(data / DATABASE_NAME)
    assert state.integrity == "ok"
    bundled = len(paths.bundled_articles())
    assert state.articles == state.sources == state.contents == bundled + 400
    library = Library.open(data)
    try:
        sources = [e.source for e in library.entries()]
    finally:
        library.close()
    expected = {str(p.resolve()) for p in (*shared, *only_a, *only_b)}
    expected |= {str(p.resolve()) for p in paths.bundled_articles()}
    assert sorted(map(str, sources)) == sorted(expected)


def test_the_kill_loop_in_small_finds_nothing_wrong(tmp_path: Path) -> None:
    """scripts/kill_loop.py's loop, three runs a scenario on smaller work: an import, a
    stream of bookmark changes and a PDF export, each killed at a random moment; the
    database whole, nothing acknowledged lost, no partial PDF, and what killed exports left
    removed by the next once stale."""
    seed = random.randrange(1_000_000)
    said: list[str] = []
    summaries = kill_loop(tmp_path / "loop", 3, seed, QUICK, say=said.append)
    report = "\n".join([f"seed {seed}", *said])
    assert [s.scenario for s in summaries] == ["import", "bookmarks", "export"]
    assert all(len(s.runs) == 3 for s in summaries), report
    assert sum(s.failures for s in summaries) == 0, report
