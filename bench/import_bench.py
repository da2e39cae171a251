"""Importing: articles a second, for scraped plain text and for saved web pages.

    python -m bench.run import

Generated articles (`bench.generator`, another seed than the libraries') are written as
files into a temporary folder: READER_BENCH_TEXT_FILES plain text files (default 2,000) and
READER_BENCH_HTML_FILES web pages (default 300). Each folder is imported with
`Library.import_paths` into a new, empty library, in this process, several times (a new
library each time); the figure is the median rate. Then `reader import FOLDER` imports the
plain text once more, as a person would, start-up included.

Both folders are large enough (`reader.store.library.PARALLEL_FILES`) for the files to be
read in worker processes, one for each processor up to `MAX_WORKERS`, while this process
stores them, 128 to a transaction: so the figure depends on the processors free as much as
on their speed.

Target: at least 1,000 plain text articles a second.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.generator import SEED, write_files
from bench.start_bench import reader_command

TARGET_TEXT_PER_SECOND = 1_000.0
#: At most this many runs of each kind (the rate is steady; more runs only take longer).
MAX_RUNS = 5


def _count(variable: str, default: int) -> int:
    return int(os.environ.get(variable, str(default)))


def import_rate(folder: Path, scratch: Path) -> tuple[float, int]:
    """Import `folder` into a new library under `scratch`: articles a second, and how many
    were added."""
    from reader.store.library import Library

    data = Path(tempfile.mkdtemp(dir=scratch))
    library = Library.open(data)
    try:
        start = time.perf_counter()
        results = library.import_paths([folder])
        seconds = time.perf_counter() - start
    finally:
        library.close()
    added = sum(r.status == "added" for r in results)
    skipped = [r.line() for r in results if r.status == "skipped"]
    if skipped:
        raise RuntimeError(f"import skipped {len(skipped)} files, such as {skipped[0]}")
    return added / seconds, added


def bench_import(repeat: int) -> dict[str, float]:
    runs = max(1, min(repeat, MAX_RUNS))
    rates: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="reader-bench-import-") as name:
        scratch = Path(name)
        for kind, label, count in (
            ("txt", "plain text", _count("READER_BENCH_TEXT_FILES", 2_000)),
            ("html", "web pages (HTML)", _count("READER_BENCH_HTML_FILES", 300)),
        ):
            folder = scratch / kind
            folder.mkdir()
            paths = write_files(folder, count, kind, seed=SEED + 100)
            size = sum(p.stat().st_size for p in paths) / 2**20
            import_rate(folder, scratch)  # warm up: imports, caches; not counted
            measured = [import_rate(folder, scratch) for _ in range(runs)]
            rate = statistics.median(r for r, _added in measured)
            rates[kind] = rate
            verdict = ""
            if kind == "txt":
                met = rate >= TARGET_TEXT_PER_SECOND
                verdict = f"  {'meets' if met else 'MISSES'} ≥ {TARGET_TEXT_PER_SECOND:,.0f}/s"
            print(
                f"import  {label:18} {rate:8,.0f} articles/s, median of {runs} runs"
                f" ({count:,} files, {size:.1f} MiB; Library.import_paths){verdict}"
            )
        cli = _cli_import(scratch / "txt", scratch)
        rates["cli"] = cli
        print(
            f"import  plain text, `reader import FOLDER`: {cli:,.0f} articles/s"
            " (one run, start-up included)"
        )
    return rates


def _cli_import(folder: Path, scratch: Path) -> float:
    data = Path(tempfile.mkdtemp(dir=scratch))
    command = [*reader_command(), "import", str(folder), "--data-dir", str(data)]
    env = {k: v for k, v in os.environ.items() if k != "READER_DATA_DIR"}
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)}: exit {done.returncode}: {done.stderr.strip()}")
    added = sum(line.startswith("added ") for line in done.stdout.splitlines())
    return added / seconds


if __name__ == "__main__":
    sys.exit(0 if bench_import(3) else 1)
