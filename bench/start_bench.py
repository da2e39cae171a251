"""Start-up at 1,000, 10,000 and 100,000 articles, against an empty Qt window.

    python -m bench.run start

For each generated library (`bench.generator`, cached under /tmp/reader-bench/) it runs

    reader --screenshot OUT.png --size 1280x800 --data-dir LIBRARY

with QT_QPA_PLATFORM=offscreen, and beside each run two yardsticks: `bench/bare_window.py`, an
empty QMainWindow saving its screenshot the same way (the issue's yardstick: the ratios are to
it), and `bench/content_window.py`, which shows what Reader's window shows (the same library's
titles, outline and article text) with Qt's own widgets and no Reader code, so that what the
content costs is told apart from what Reader's code costs. Each is a new process, started by
`bench/launcher.py` (a small process in between; see there why), which records its wall time
from start to exit and its peak memory (the high-water mark of its resident set, from
`os.wait4`). The runs are interleaved, Reader and the content window taking turns first
(the bare window always runs between them), after one untimed run of each to warm the disk
cache; the figures are medians. Reader's modules are
compiled to bytecode first, as `pip install` does for an installed program (a development
shell with PYTHONDONTWRITEBYTECODE set would otherwise compile them again at every start).

Targets: at most 1.5x the bare window's time at 10,000 articles and 2x at 100,000, and peak
memory at most 100 MiB above the bare window's at 100,000. The figures are also kept in
/tmp/reader-bench/start-results.json and drawn in docs/scaling.png (`bench.plot`).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.generator import CACHE_ROOT, cached_library
from bench.machine import describe

SIZES = (1_000, 10_000, 100_000)
#: Largest ratio of Reader's start time to the bare window's, by library size.
TIME_TARGETS = {10_000: 1.5, 100_000: 2.0}
#: Most memory above the bare window's, by library size (MiB).
MEMORY_TARGETS = {100_000: 100.0}
WINDOW_SIZE = "1280x800"
RESULTS = CACHE_ROOT / "start-results.json"
PLOT = Path(__file__).resolve().parents[1] / "docs" / "scaling.png"
BARE_WINDOW = Path(__file__).resolve().with_name("bare_window.py")
CONTENT_WINDOW = Path(__file__).resolve().with_name("content_window.py")
LAUNCHER = Path(__file__).resolve().with_name("launcher.py")


@dataclass(frozen=True)
class Run:
    """One process: wall time (s) and peak resident memory (MiB)."""

    seconds: float
    peak_mib: float


@dataclass(frozen=True)
class SizeResult:
    """The medians at one library size, with every run kept."""

    articles: int
    reader: list[Run]
    bare: list[Run]
    content: list[Run]

    @property
    def reader_seconds(self) -> float:
        return statistics.median(r.seconds for r in self.reader)

    @property
    def bare_seconds(self) -> float:
        return statistics.median(r.seconds for r in self.bare)

    @property
    def reader_mib(self) -> float:
        return statistics.median(r.peak_mib for r in self.reader)

    @property
    def bare_mib(self) -> float:
        return statistics.median(r.peak_mib for r in self.bare)

    @property
    def content_mib(self) -> float:
        return statistics.median(r.peak_mib for r in self.content)

    @property
    def content_seconds(self) -> float:
        return statistics.median(r.seconds for r in self.content)

    @property
    def ratio(self) -> float:
        return self.reader_seconds / self.bare_seconds

    @property
    def content_ratio(self) -> float:
        return self.content_seconds / self.bare_seconds


def sizes() -> tuple[int, ...]:
    """The library sizes to run: READER_BENCH_SIZES ("1000,10000") or all of SIZES."""
    given = os.environ.get("READER_BENCH_SIZES", "")
    return tuple(int(s) for s in given.split(",") if s.strip()) or SIZES


def reader_command() -> list[str]:
    """The `reader` of this interpreter's environment, as a user starts it."""
    script = Path(sys.executable).with_name("reader")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "reader"]


def measure(command: list[str]) -> Run:
    """Run `command` to its end, offscreen, through `bench/launcher.py`; its wall time and
    peak memory. A failure raises with what the program printed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("READER_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-S", str(LAUNCHER), *command],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        report = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        report = {"exit": done.returncode}
    if done.returncode != 0 or report["exit"] != 0:
        message = done.stderr.strip()
        raise RuntimeError(f"{' '.join(command)}: exit {report['exit']}: {message}")
    return Run(float(report["seconds"]), float(report["peak_kib"]) / 1024)


def _screenshot_is_saved(path: Path) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        raise RuntimeError(f"{path}: no screenshot was saved")
    path.unlink()


def compile_reader() -> None:
    """Compile Reader's modules to bytecode beside them, as installing it does."""
    import compileall

    import reader

    if not compileall.compile_dir(Path(reader.__file__).parent, quiet=1):
        raise RuntimeError("Reader's modules do not compile")


def bench_start(repeat: int) -> list[SizeResult]:
    compile_reader()
    folders = {n: cached_library(n, label="start")[0] for n in sizes()}
    results = []
    with tempfile.TemporaryDirectory() as scratch:
        shot = Path(scratch) / "window.png"
        window = ["--screenshot", str(shot), "--size", WINDOW_SIZE]
        bare = [sys.executable, str(BARE_WINDOW), *window]
        reader = [*reader_command(), *window]
        content = [sys.executable, str(CONTENT_WINDOW), *window]
        commands = {
            n: {
                "reader": [*reader, "--data-dir", str(folder)],
                "bare": bare,
                "content": [*content, "--data-dir", str(folder)],
            }
            for n, folder in folders.items()
        }
        runs: dict[int, dict[str, list[Run]]] = {n: {k: [] for k in commands[n]} for n in folders}
        for n in folders:  # warm the disk cache; not counted
            for command in commands[n].values():
                measure(command)
                _screenshot_is_saved(shot)
        for round_number in range(repeat):
            for n, named in commands.items():
                # Take turns at going first, so that none gains from another's caches.
                order = list(named) if round_number % 2 else list(reversed(named))
                for which in order:
                    runs[n][which].append(measure(named[which]))
                    _screenshot_is_saved(shot)
        results = [SizeResult(n, **runs[n]) for n in folders]
    report(results, repeat)
    machine = describe()
    RESULTS.write_text(json.dumps({"machine": machine, "sizes": to_json(results)}, indent=1))
    from bench.plot import draw_scaling

    draw_scaling(results, PLOT, note=machine)
    print(f"start   plot: {PLOT}")
    return results


def report(results: list[SizeResult], repeat: int) -> None:
    print(
        f"start   `reader --screenshot` against the bare window (and the content window: what"
        f" Reader shows, drawn with Qt's widgets alone), medians of {repeat} runs each"
    )
    print(
        "start   articles   reader      bare   ratio   content  ratio"
        "    reader MiB  bare MiB   extra MiB  verdict"
    )
    for result in results:
        extra = result.reader_mib - result.bare_mib
        verdicts = []
        time_target = TIME_TARGETS.get(result.articles)
        if time_target is not None:
            met = result.ratio <= time_target
            verdicts.append(f"{'meets' if met else 'MISSES'} time ≤ {time_target}x")
        memory_target = MEMORY_TARGETS.get(result.articles)
        if memory_target is not None:
            met = extra <= memory_target
            verdicts.append(f"{'meets' if met else 'MISSES'} memory ≤ bare + {memory_target:.0f}")
        print(
            f"start   {result.articles:>8,}  {result.reader_seconds * 1000:6.0f} ms"
            f"  {result.bare_seconds * 1000:5.0f} ms  {result.ratio:5.2f}x"
            f"  {result.content_seconds * 1000:5.0f} ms {result.content_ratio:5.2f}x"
            f"  {result.reader_mib:10.1f}  {result.bare_mib:8.1f}  {extra:+10.1f}"
            f"  {'; '.join(verdicts)}"
        )


def to_json(results: list[SizeResult]) -> list[dict[str, object]]:
    return [
        {
            "articles": r.articles,
            "reader": [asdict(run) for run in r.reader],
            "bare": [asdict(run) for run in r.bare],
            "content": [asdict(run) for run in r.content],
        }
        for r in results
    ]


def from_json(data: list[dict[str, object]]) -> list[SizeResult]:
    def runs(items: object) -> list[Run]:
        assert isinstance(items, list)
        return [Run(**item) for item in items]

    return [
        SizeResult(
            int(str(d["articles"])), runs(d["reader"]), runs(d["bare"]), runs(d.get("content", []))
        )
        for d in data
    ]
