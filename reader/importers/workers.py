"""Reading files in worker processes, for a large import.

Reading and parsing an article is pure Python and takes most of an import's time, while the
library stores articles through one SQLite writer. So for a large import, worker processes
read and parse the files and the importing process stores what they send back, on the
other processors.

Each worker is a new Python process (`python -c …` with the importing process's module
search path, then `main`), started with `subprocess`: nothing is forked from a process that
may be running Qt. It applies one module-level function to each item it reads, pickled, from
its standard input, and writes each result, pickled, to the pipe that was its standard
output. Items go to the workers in turn and results are read back in the same turn, so they
come in the order of the items whatever each worker's speed. A worker ends at the end of
its input: when the pool is closed, and when the process that started it dies, killed or
not, because the pipes close with it (a worker busy with an item ends when it finds no one
to send the result to). Ctrl+C is left to the importing process, which then closes the
pool; and the workers run at a lower priority, so that the importing process, which stores
everything they read, goes first when processors are short.

If a worker fails (it cannot start, it died, or its result cannot be read), the pool is
closed and the remaining items are done in this process: an import never depends on them.
Workers run on POSIX systems only (they rely on `select` on pipes); elsewhere everything is
done in this process.
"""

from __future__ import annotations

import importlib
import json
import os
import pickle
import select
import signal
import subprocess
import sys
import traceback
from collections import deque
from collections.abc import Callable, Generator, Sequence
from contextlib import suppress
from typing import IO, Any, TypeVar

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

__all__ = ["available_cores", "ordered_map"]

_T = TypeVar("_T")
_R = TypeVar("_R")

#: Items sent to a worker ahead of the result being read from it, so that it never waits
#: for the next one (and the pipe to it never fills).
AHEAD = 64
#: The size asked for the pipe of a worker's results (Linux allows up to 1 MiB unprivileged).
_PIPE_BYTES = 1024 * 1024
#: Items are sent to a worker while it has fewer bytes of them than this to read: a pipe
#: holds at least 16 KiB (macOS; Linux 64 KiB), so that sending never waits for a worker,
#: which may itself be waiting for its result to be read.
_QUEUED_BYTES = 8 * 1024
#: How much lower a worker's priority is than the importing process's.
_NICENESS = 5
#: How long a worker may take to end once its input is closed, before it is killed.
_STOP_SECONDS = 2.0


def available_cores() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def ordered_map(
    function: Callable[[_T], _R], items: Sequence[_T], workers: int, here_first: int = 0
) -> Generator[_R, None, None]:
    """`function(item)` for each item, in order, computed by `workers` worker processes (a
    module-level function, which they import) and by this process: the first `here_first`
    items while the workers start, and, rather than wait for a worker's result, an item
    no worker has been given yet. Close the generator (or run it to its end) to stop the
    workers. An exception `function` raises is raised when its item's turn comes."""
    target = f"{function.__module__}:{function.__qualname__}"
    here_first = min(here_first, len(items))
    pool: list[_Worker] = []
    owners: dict[int, _Worker] = {}  # the worker each item was sent to
    ahead: dict[int, tuple[bool, Any]] = {}  # items done here before their turn
    given = here_first  # the items from here on are nobody's yet
    turn = 0  # the worker the next item goes to
    done = 0  # results yielded

    def give_out() -> None:
        nonlocal given, turn
        while given < len(items) and given < max(done, here_first) + AHEAD * len(pool):
            if pool[turn].queued >= _QUEUED_BYTES:
                return  # its input must never fill up (it may be waiting to send a result)
            owners[given] = pool[turn]
            pool[turn].send(items[given])
            given += 1
            turn = (turn + 1) % len(pool)

    def here(index: int) -> tuple[bool, Any]:
        try:
            return False, function(items[index])
        except Exception as exc:
            return True, exc

    def answer_of(index: int) -> tuple[bool, Any] | None:
        """The answer for `index` from its worker; None if it is not in yet and an item was
        done here meanwhile."""
        owner = owners[index]
        if not owner.ready() and given < len(items) and len(ahead) < AHEAD * len(pool):
            ahead[given] = here(given)
            return None
        del owners[index]
        return owner.receive()

    try:
        if here_first < len(items) and os.name == "posix":
            pool = _start(target, workers)
        try:
            if pool:
                give_out()  # the workers start on them as soon as they are up
        except OSError:
            pool_broken = True
        else:
            pool_broken = not pool
        while done < here_first:
            yield function(items[done])
            done += 1
        while not pool_broken and done < len(items):
            if done in ahead:
                answer = ahead.pop(done)
            else:
                try:
                    give_out()
                    found = answer_of(done)
                except (OSError, EOFError, pickle.UnpicklingError):
                    break  # a worker is gone: the rest here, below
                if found is None:
                    given += 1
                    continue
                answer = found
            failed, result = answer
            if failed:
                raise result
            yield result
            done += 1
    finally:
        for worker in pool:
            # Stopped early (cancelled, or an exception): what the workers are reading is
            # not wanted, so they are not waited for.
            worker.stop(at_once=done < len(items))
    while done < len(items):
        failed, result = ahead.pop(done) if done in ahead else here(done)
        if failed:
            raise result
        yield result
        done += 1


def _start(target: str, count: int) -> list[_Worker]:
    """`count` workers applying `target`; none if they cannot be started."""
    pool: list[_Worker] = []
    try:
        for _ in range(count):
            pool.append(_Worker(target))
    except (OSError, ValueError):
        for worker in pool:
            worker.stop(at_once=True)
        return []
    return pool


#: What a worker runs: the importing process's module search path, then `main`.
_BOOTSTRAP = (
    "import json, sys; sys.path[:] = json.loads(sys.argv[1]); "
    "from reader.importers.workers import main; sys.exit(main(sys.argv[2:]))"
)
#: A result's length, before it: 8 bytes, little-endian.
_LENGTH = 8


class _Worker:
    """One worker process and the pipes to it."""

    def __init__(self, target: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _BOOTSTRAP, json.dumps(sys.path), target],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self._input = self.process.stdin
        self._output = self.process.stdout.fileno()
        self._received = bytearray()  # what was read of the results, from `_taken` on
        self._taken = 0  # not yet taken
        self._sizes: deque[int] = deque()  # of the items sent and not answered yet
        self.queued = 0  # their bytes
        # Room for the results of a whole batch, so that the worker goes on while the
        # importing process stores one (where the pipe's size can be set: Linux).
        if fcntl is not None:
            with suppress(OSError, AttributeError):
                fcntl.fcntl(self._output, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)

    def send(self, item: object) -> None:
        data = memoryview(pickle.dumps(item, pickle.HIGHEST_PROTOCOL))
        self._sizes.append(len(data))
        self.queued += len(data)
        while data:
            data = data[self._input.write(data) or 0 :]

    def ready(self) -> bool:
        """Whether a result has come in, or some of it."""
        return self._whole() or bool(select.select([self._output], [], [], 0)[0])

    def receive(self) -> tuple[bool, Any]:
        """(False, the next result) or (True, the exception the function raised for it);
        EOFError if the worker is gone."""
        while not self._whole():
            del self._received[: self._taken]
            self._taken = 0
            data = os.read(self._output, _PIPE_BYTES)
            if not data:
                raise EOFError("the worker ended")
            self._received += data
        start = self._taken + _LENGTH
        end = start + int.from_bytes(self._received[self._taken : start], "little")
        answer = pickle.loads(self._received[start:end])
        self._taken = end
        self.queued -= self._sizes.popleft()
        return bool(answer[0]), answer[1]

    def _whole(self) -> bool:
        """Whether a whole result has been read."""
        waiting = len(self._received) - self._taken
        if waiting < _LENGTH:
            return False
        start = self._taken + _LENGTH
        return waiting >= _LENGTH + int.from_bytes(self._received[self._taken : start], "little")

    def stop(self, at_once: bool = False) -> None:
        """End the worker: close its pipes, and kill it if it does not end at once (or,
        `at_once`, without waiting for it to end by itself)."""
        for pipe in (self._input, self.process.stdout):
            with suppress(OSError):  # it was gone already
                if pipe is not None:
                    pipe.close()
        try:
            self.process.wait(0 if at_once else _STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _serve(function: Callable[[Any], Any], source: IO[bytes], sink: IO[bytes]) -> None:
    """Apply `function` to each item read from `source`, writing each result to `sink`
    (its length first), until `source` ends."""
    while True:
        try:
            item = pickle.load(source)
        except (EOFError, pickle.UnpicklingError):
            return  # the end, or the importing process died while sending
        try:
            data = pickle.dumps((False, function(item)), pickle.HIGHEST_PROTOCOL)
        except Exception as exc:
            data = _failure(exc)
        sink.write(len(data).to_bytes(_LENGTH, "little") + data)
        sink.flush()


def _failure(exc: Exception) -> bytes:
    """The pickled answer for an item whose function raised `exc`: `exc` itself, or, if it
    does not survive pickling, a RuntimeError with its traceback."""
    try:
        data = pickle.dumps((True, exc), pickle.HIGHEST_PROTOCOL)
        pickle.loads(data)
    except Exception:
        text = "".join(traceback.format_exception(exc))
        data = pickle.dumps((True, RuntimeError(text)), pickle.HIGHEST_PROTOCOL)
    return data


def main(argv: Sequence[str]) -> int:
    """A worker: `MODULE:FUNCTION`, fed through standard input."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the importing process
    # The importing process stores what the workers read, one file after another: when
    # there are fewer processors than processes, it goes first.
    with suppress(OSError, AttributeError):
        os.nice(_NICENESS)
    module, _, name = argv[0].partition(":")
    function = getattr(importlib.import_module(module), name)
    # Results go to what was standard output; anything else written there (a library's
    # message) goes to standard error instead, so that it cannot garble them.
    sink = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    try:
        _serve(function, sys.stdin.buffer, sink)
    except BrokenPipeError:
        # The importing process is gone: end without flushing what it will never read
        # (which would only print the same error again).
        os._exit(0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
