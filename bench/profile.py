"""Where the time goes: pyinstrument profiles of start-up and of importing.

    python -m bench.profile start     # `reader --screenshot` on the library of 100,000 articles
    python -m bench.profile import    # Library.import_paths of generated plain text files
    python -m bench.profile import --in-process   # the same, read without worker processes

An import of 256 files or more reads them in worker processes (reader/importers/workers.py),
which pyinstrument does not see: the profile then shows what the importing process does
(storing, and the files it reads itself). `--in-process` reads every file in this process.

Needs the `bench` extra (`pip install -e '.[bench]'`, which brings pyinstrument and py-spy).
Each prints pyinstrument's call tree and writes an HTML version under /tmp/reader-bench/.
pyinstrument samples every millisecond and adds a little to each Python call, so code made
of many small calls looks a bit heavier than it is; py-spy (`py-spy record -- python ...`)
samples from outside the process, without that cost, to check a finding.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.generator import CACHE_ROOT, SEED, cached_library, write_files
from bench.start_bench import WINDOW_SIZE


def profile_start(articles: int) -> int:
    folder, _seconds, _built = cached_library(articles, label="profile")
    html = CACHE_ROOT / f"profile-start-{articles}.html"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as scratch:
        window = [
            "-m",
            "reader",
            "--screenshot",
            str(Path(scratch) / "window.png"),
            "--size",
            WINDOW_SIZE,
            "--data-dir",
            str(folder),
        ]
        pyinstrument = [sys.executable, "-m", "pyinstrument", "--interval", "0.001"]
        for renderer in (["-r", "html", "-o", str(html)], []):
            done = subprocess.run([*pyinstrument, *renderer, *window], env=env, check=False)
            if done.returncode != 0:
                return done.returncode
    print(f"profile: {html}")
    return 0


def profile_import(count: int, in_process: bool) -> int:
    from pyinstrument import Profiler

    from reader.store import library as library_module
    from reader.store.library import Library

    if in_process:
        library_module.PARALLEL_FILES = 2**62

    html = CACHE_ROOT / "profile-import.html"
    with tempfile.TemporaryDirectory() as scratch:
        files = Path(scratch) / "files"
        files.mkdir()
        write_files(files, count, "txt", seed=SEED + 100)
        library = Library.open(Path(scratch) / "library")
        profiler = Profiler(interval=0.001)
        try:
            with profiler:
                library.import_paths([files])
        finally:
            library.close()
    print(profiler.output_text(color=False))
    html.write_text(profiler.output_html())
    print(f"profile: {html}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("start", "import"))
    parser.add_argument(
        "--articles", type=int, default=100_000, help="library size for start (100,000)"
    )
    parser.add_argument("--files", type=int, default=500, help="files to import (500)")
    parser.add_argument(
        "--in-process", action="store_true", help="import: read every file in this process"
    )
    args = parser.parse_args()
    if args.what == "start":
        return profile_start(args.articles)
    return profile_import(args.files, args.in_process)


if __name__ == "__main__":
    sys.exit(main())
