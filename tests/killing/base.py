"""What every scenario of the kill loop shares: starting a child and killing it at a random
moment, the checks of the database after every run, and the summary of the runs."""

from __future__ import annotations

import os
import random
import re
import signal
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.errors import ReaderError
from reader.store.database import DATABASE_NAME
from reader.store.library import Library
from tests.processes import ROOT, health

#: The line `reader import` prints for an article it added: the path and the article's id.
ADDED = re.compile(r"added (.+?) \(#(\d+) ")


@dataclass(frozen=True)
class Sizes:
    """How much work the children get, and the spans (seconds after a child's first line of
    output) in which their kills fall."""

    files: int  # articles in the folder a killed import is given
    import_span: float
    bookmark_articles: int  # articles whose sections the bookmark stream marks
    bookmark_span: float
    paragraphs: int  # of the long section exported
    export_span: float


#: The script's sizes. On an idle 2-CPU machine an import reads about 1,000 files a second
#: (in worker processes, from 256 files on) and an export of the 35-page section takes about
#: 0.7 s.
FULL = Sizes(1000, 1.2, 60, 1.5, 300, 3.0)
#: The suite's: the same work, smaller (an import still large enough for worker processes).
QUICK = Sizes(300, 0.4, 20, 0.5, 60, 1.0)
#: The share of runs killed while the child starts.
EARLY = 0.2


@dataclass(frozen=True)
class Run:
    """One run: when the kill came (seconds after the start), whether it found the child
    still working, how many changes the child had acknowledged, and what was wrong
    afterwards."""

    number: int
    delay: float
    killed: bool
    acknowledged: int
    problems: list[str]


@dataclass
class Summary:
    """A scenario's runs, and the problems of its set-up and final check."""

    scenario: str
    noun: str
    runs: list[Run] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    remark: str = ""
    seconds: float = 0.0

    @property
    def failures(self) -> int:
        return len(self.problems) + sum(len(r.problems) for r in self.runs)

    def line(self) -> str:
        killed = [r for r in self.runs if r.killed]
        early = sum(1 for r in killed if r.acknowledged == 0)
        counts = [r.acknowledged for r in self.runs] or [0]
        parts = [
            f"{self.scenario}: {len(self.runs)} runs, {len(killed)} killed "
            f"({early} before the first acknowledgement), "
            f"{len(self.runs) - len(killed)} finished first",
            f"{self.noun} acknowledged per run {min(counts)}–{max(counts)} "
            f"(median {statistics.median(counts):g}), {sum(counts)} in all",
        ]
        if self.remark:
            parts.append(self.remark)
        verdict = "ok" if not self.failures else f"FAILED ({self.failures} problems)"
        parts.append(f"{verdict} in {self.seconds:.0f} s")
        return "; ".join(parts)


def child_environment(work: Path) -> dict[str, str]:
    """What every child runs with: headless Qt, and no way to reach the user's own files."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        READER_DATA_DIR=str(work / "unused-data"),
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_DATA_HOME=str(work / "share"),
    )
    return env


@dataclass(frozen=True)
class Killed:
    """How a child ended: `status` None when killed (else it ended by itself first);
    `delay` from its start to the kill; `started` from its start to its first line."""

    status: int | None
    delay: float
    started: float | None


def kill_at_random(
    command: Sequence[str],
    out: Path,
    err: Path,
    env: dict[str, str],
    early: float | None,
    span: float,
) -> Killed:
    """Run `command` with its output in `out` and `err` and SIGKILL it: `early` seconds
    after its start if given, else `span` seconds after its first line of output."""
    begun = time.monotonic()
    with out.open("wb") as stdout, err.open("wb") as stderr:
        child = subprocess.Popen(command, stdout=stdout, stderr=stderr, cwd=ROOT, env=env)
    try:
        started = None
        if early is None:
            deadline = begun + 120
            while started is None and child.poll() is None and time.monotonic() < deadline:
                if b"\n" in out.read_bytes():
                    started = time.monotonic() - begun
                else:
                    time.sleep(0.002)
        wait = early if early is not None else span
        try:
            status: int | None = child.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=60)
            status = None
        return Killed(status, time.monotonic() - begun, started)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=60)


def lines_of(log: Path) -> list[str]:
    """The complete lines a child printed (a line cut off by the kill is no acknowledgement)."""
    text = log.read_text(encoding="utf-8", errors="replace")
    return text.split("\n")[:-1]


def temporaries(folder: Path) -> list[Path]:
    """Every `*.part` file under `folder`."""
    found = []
    for where, _dirs, files in os.walk(folder):
        found += [Path(where) / name for name in files if name.endswith(".part")]
    return sorted(found)


def database_problems(
    data: Path, inspect: Callable[[Library], list[str]] | None = None
) -> list[str]:
    """What is wrong with the library in `data`, seen through a plain sqlite3 connection and
    through `Library.open`; `inspect(library)` adds what a scenario looks for."""
    state = health(data / DATABASE_NAME)
    problems = []
    if state.integrity != "ok":
        problems.append(f"integrity_check: {state.integrity}")
    if state.foreign_keys_broken:
        problems.append(f"foreign_key_check: {state.foreign_keys_broken} rows")
    if state.search_index != "ok":
        problems.append(f"search index: {state.search_index}")
    if not state.articles == state.sources == state.contents:
        problems.append(
            f"{state.articles} articles but {state.sources} sources and {state.contents} texts"
        )
    try:
        library = Library.open(data)
    except ReaderError as exc:
        return [*problems, f"Library.open: {exc}"]
    try:
        if library.count() != state.articles:
            problems.append(f"Library lists {library.count()} of {state.articles} articles")
        if inspect is not None:
            problems += inspect(library)
    finally:
        library.close()
    return problems


class Scenario:
    """One scenario's data folder, children and checks; subclasses fill in the work."""

    name = ""
    noun = ""

    def __init__(self, work: Path, sizes: Sizes, rng: random.Random) -> None:
        self.work = work
        self.data = work / "data"
        self.sizes = sizes
        self.rng = rng
        self.env = child_environment(work)
        self.starting = 1.0  # how long the last child took to its first line
        (work / "logs").mkdir(parents=True, exist_ok=True)

    @property
    def span(self) -> float:
        raise NotImplementedError

    def setup(self) -> list[str]:
        return []

    def command(self, number: int) -> list[str]:
        raise NotImplementedError

    def check(self, lines: list[str]) -> tuple[int, list[str]]:
        """How many changes the child acknowledged, and what is wrong now."""
        raise NotImplementedError

    def finish(self) -> list[str]:
        return []

    def remark(self, runs: list[Run]) -> str:
        return f"{len(temporaries(self.data))} temporary files left in the data folder"

    def run(self, number: int) -> Run:
        command = self.command(number)
        early = self.rng.uniform(0, self.starting) if self.rng.random() < EARLY else None
        span = self.rng.uniform(0, self.span)
        out = self.work / "logs" / f"{number:03d}.out"
        err = out.with_suffix(".err")
        ended = kill_at_random(command, out, err, self.env, early, span)
        if ended.started is not None:
            self.starting = ended.started
        problems = []
        if ended.status is not None and ended.status != 0:
            problems.append(f"the child failed with status {ended.status}")
        elif early is None and ended.started is None and ended.status is None:
            problems.append("the child printed nothing in two minutes")
        errors = err.read_text(encoding="utf-8", errors="replace").strip()
        if errors:
            problems.append("the child wrote to stderr: " + errors.splitlines()[-1][:300])
        try:
            acknowledged, found = self.check(lines_of(out))
        except Exception as exc:  # the loop reports a check that cannot even look
            acknowledged, found = 0, [f"the check failed: {exc!r}"]
        killed = ended.status is None
        return Run(number, ended.delay, killed, acknowledged, problems + found)

    def run_command(self, *command: str | Path) -> subprocess.CompletedProcess[str]:
        """Run a command to its end (set-up and final checks)."""
        return subprocess.run(
            [str(part) for part in command],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=self.env,
            timeout=600,
            check=False,
        )
