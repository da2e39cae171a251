"""Tests for reader/importers/workers.py: results in the order of the items however the work
is shared, exceptions at their item's turn, an import that goes on when a worker dies, and
workers that end with the process that started them, even when it is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.importers.workers import ordered_map
from tests.processes import ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")


def _in_worker() -> bool:
    """Whether this runs in a worker process (started with `python -c`)."""
    return sys.argv[0] == "-c"


def square(number: int) -> tuple[int, bool]:
    """The square of `number`, and whether a worker computed it; a little slower now and
    then, so that the work is shared unevenly."""
    if number % 7 == 0:
        time.sleep(0.01)
    return number * number, _in_worker()


def square_or_fail(number: int) -> int:
    if number == 13:
        raise ValueError(f"no square for {number}")
    return number * number


def square_or_die(number: int) -> int:
    """Kills the worker that gets 20 (in this process, 20 is squared as any other)."""
    if number == 20 and _in_worker():
        os._exit(3)
    return number * number


def pid_slowly(number: int) -> int:
    time.sleep(0.05)
    return os.getpid()


@pytest.mark.parametrize(("workers", "here_first"), [(1, 0), (2, 0), (2, 5), (3, 50), (2, 200)])
def test_results_come_in_the_order_of_the_items(workers: int, here_first: int) -> None:
    results = list(ordered_map(square, range(100), workers, here_first))
    assert [square for square, _worker in results] == [n * n for n in range(100)]
    assert not any(worker for _square, worker in results[:here_first])


def test_the_workers_and_this_process_share_the_work() -> None:
    results = list(ordered_map(pid_slowly, range(60), 2))
    assert len(set(results) - {os.getpid()}) == 2


def test_an_exception_comes_at_its_items_turn() -> None:
    given = []
    with pytest.raises(ValueError, match="no square for 13"):
        for result in ordered_map(square_or_fail, range(40), 2):
            given.append(result)
    assert given == [n * n for n in range(13)]


def test_when_a_worker_dies_the_rest_is_done_here() -> None:
    assert list(ordered_map(square_or_die, range(60), 2)) == [n * n for n in range(60)]


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _gone(pid: int) -> bool:
    """Whether a process has ended (a zombie waiting to be reaped has)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state == "Z"


def _wait_until_gone(pids: set[int], seconds: float = 10.0) -> set[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not all(_gone(pid) for pid in pids):
        time.sleep(0.02)
    return {pid for pid in pids if not _gone(pid)}


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_the_workers_end_when_the_importing_process_is_killed() -> None:
    script = (
        "import sys\n"
        "from reader.importers.workers import ordered_map\n"
        "from tests.importers.test_workers import pid_slowly\n"
        "for pid in ordered_map(pid_slowly, range(10_000), 2):\n"
        "    print(pid, flush=True)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        seen: set[int] = set()
        while len(seen - {child.pid}) < 2:
            line = child.stdout.readline()
            assert line, "the child ended"
            seen.add(int(line))
        workers = _children(child.pid)
        assert seen - {child.pid} <= workers and len(workers) == 2
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        assert _wait_until_gone(workers) == set()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_closing_early_ends_the_workers_at_once() -> None:
    before = _children(os.getpid())
    results = ordered_map(pid_slowly, range(10_000), 2)
    for _ in range(6):
        next(results)
    workers = _children(os.getpid()) - before
    assert len(workers) == 2
    start = time.monotonic()
    results.close()
    assert time.monotonic() - start < 1.0
    assert _wait_until_gone(workers, 2.0) == set()
