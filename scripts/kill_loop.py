"""The kill loop: SIGKILL Reader during a large import, during bookmark edits and during a PDF
export, at random moments, many times, and check what each kill leaves behind.

    .venv/bin/python scripts/kill_loop.py [--runs N] [--seed S] [--only SCENARIO] [--keep]

Prints each problem as it is found, one line a scenario, and a last line with the result;
exits 1 if anything was wrong. Takes a few minutes at the default 50 runs a scenario, which
is why the suite runs the same loop with a few runs only (tests/store/test_crash.py). What
the scenarios do and check is described in tests/killing/__init__.py.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.killing import FULL, SCENARIOS, kill_loop  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(
        prog="kill_loop.py", description=__doc__.split("\n\n")[0] if __doc__ else None
    )
    parser.add_argument("--runs", type=int, default=50, help="runs of each scenario (default 50)")
    parser.add_argument("--seed", type=int, help="seed of the kill moments (default: random)")
    parser.add_argument(
        "--only", choices=sorted(SCENARIOS), action="append", help="this scenario (repeatable)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    if sys.platform == "win32":
        parser.error("needs POSIX signals (SIGKILL)")
    seed = args.seed if args.seed is not None else random.randrange(1_000_000)
    names = args.only or list(SCENARIOS)
    work = Path(tempfile.mkdtemp(prefix="reader-kill-loop-"))
    print(
        f"kill loop: {args.runs} runs of {', '.join(names)}, seed {seed}, "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {_machine()}",
        flush=True,
    )
    start = time.monotonic()
    try:
        summaries = kill_loop(work, args.runs, seed, FULL, names, say=_say)
    finally:
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    failures = sum(s.failures for s in summaries)
    runs = [run for s in summaries for run in s.runs]
    killed = sum(1 for run in runs if run.killed)
    minutes = (time.monotonic() - start) / 60
    verdict = "ok" if not failures else f"FAILED, {failures} problems"
    counts = f"{len(runs)} runs, {killed} killed at a random moment"
    print(f"result: {counts}: {verdict} ({minutes:.1f} min)")
    return 1 if failures else 0


def _machine() -> str:
    """The machine, for the record: name, processor, system, Python and SQLite."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            model = next(line for line in info if line.startswith("model name")).split(":")[1]
    except (OSError, StopIteration):
        pass
    return (
        f"{platform.node()} ({model.strip()}, {os.cpu_count()} CPUs, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version})"
    )


def _say(line: str) -> None:
    print(line, flush=True)


if __name__ == "__main__":
    sys.exit(main())
