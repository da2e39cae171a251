"""Where the time goes: pyinstrument profiles of start-up and of importing, and the Qt
classes start-up makes.

    python -m bench.profile start     # `reader --screenshot` on the library of 100,000 articles
    python -m bench.profile classes   # the Qt classes PySide6 makes while Reader starts
    python -m bench.profile import    # Library.import_paths of generated plain text files
    python -m bench.profile import --in-process   # the same, read without worker processes

An import of 256 files or more reads them in worker processes (reader/importers/workers.py),
which pyinstrument does not see: the profile then shows what the importing process does
(storing, and the files it reads itself). `--in-process` reads every file in this process.

`classes` lists the Qt classes for which PySide6 makes a Python class (with the Python enums
of each) while `reader --screenshot` runs, beyond those `bench/content_window.py` makes to show
the same content, and times making them in a fresh process. PySide6 makes a class the first
time it is used, so this is the cost of the Qt classes Reader uses and a window of Qt's own
widgets does not.

Needs the `bench` extra (`pip install -e '.[bench]'`, which brings pyinstrument and py-spy).
Each prints pyinstrument's call tree and writes an HTML version under /tmp/reader-bench/.
pyinstrument samples every millisecond and adds a little to each Python call, so code made
of many small calls looks a bit heavier than it is; py-spy (`py-spy record -- python ...`)
samples from outside the process, without that cost, to check a finding.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.generator import CACHE_ROOT, SEED, cached_library, write_files
from bench.start_bench import CONTENT_WINDOW, WINDOW_SIZE

#: `reader --screenshot ...` as `reader/__main__.py` runs it, less its last step: the process
#: ends through the interpreter's exit rather than `os._exit`, so that a profiler wrapped
#: around it lives to write its report.
_WINDOW_WITHOUT_FAST_EXIT = (
    "import gc, sys; gc.disable(); from reader.cli import main; sys.exit(main(sys.argv[1:]))"
)


def profile_start(articles: int) -> int:
    folder, _seconds, _built = cached_library(articles, label="profile")
    html = CACHE_ROOT / f"profile-start-{articles}.html"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as scratch:
        window = [
            "-c",
            _WINDOW_WITHOUT_FAST_EXIT,
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


#: Run in a new process: the Qt classes PySide6 has made, as JSON, after running either Reader
#: (argv[1] == "reader") or a script (argv[1], its arguments after it).
_CLASSES_MADE = """
import json, runpy, sys
from PySide6 import QtCore, QtGui, QtWidgets

def made():
    return sorted(f"{m.__name__}.{name}" for m in (QtCore, QtGui, QtWidgets)
                  for name, value in vars(m).items() if isinstance(value, type))

target, *arguments = sys.argv[1:]
if target == "reader":
    from reader.cli import main
    main(arguments)
else:
    sys.argv = [target, *arguments]
    sys.path.insert(0, target.rpartition("/")[0])  # as `python SCRIPT` puts its folder first
    try:
        runpy.run_path(target, run_name="__main__")
    except SystemExit:
        pass
print(json.dumps(made()))
"""

#: Run in a new process: make the classes in argv[1] (JSON), then time making those in argv[2].
_CLASSES_TIMED = """
import importlib, json, sys, time

def make(name):
    module, _, attribute = name.rpartition(".")
    getattr(importlib.import_module(module), attribute)

for name in json.loads(sys.argv[1]):
    make(name)
timed = []
for name in json.loads(sys.argv[2]):
    start = time.perf_counter()
    make(name)
    timed.append((time.perf_counter() - start, name))
print(json.dumps(timed))
"""


def _python(code: str, *arguments: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code, *arguments], env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip())
    return done.stdout.strip().splitlines()[-1]


def qt_classes(articles: int) -> int:
    folder, _seconds, _built = cached_library(articles, label="profile")
    with tempfile.TemporaryDirectory() as scratch:
        window = ["--screenshot", str(Path(scratch) / "window.png"), "--size", WINDOW_SIZE]
        window += ["--data-dir", str(folder)]
        reader = set(json.loads(_python(_CLASSES_MADE, "reader", *window)))
        content = set(json.loads(_python(_CLASSES_MADE, str(CONTENT_WINDOW), *window)))
    only_reader = sorted(reader - content)
    timed = json.loads(
        _python(_CLASSES_TIMED, json.dumps(sorted(content)), json.dumps(only_reader))
    )
    total = sum(seconds for seconds, _name in timed)
    print(
        f"classes: Reader's start makes {len(reader)} Qt classes, the content window"
        f" {len(content)}; the {len(only_reader)} only Reader makes took {total * 1000:.1f} ms"
        " to make in a fresh process (after the content window's). The costliest:"
    )
    for seconds, name in sorted(timed, reverse=True)[:15]:
        print(f"classes: {seconds * 1000:6.2f} ms  {name}")
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
    parser.add_argument("what", choices=("start", "classes", "import"))
    parser.add_argument(
        "--articles", type=int, default=100_000, help="library size for start and classes"
    )
    parser.add_argument("--files", type=int, default=500, help="files to import (500)")
    parser.add_argument(
        "--in-process", action="store_true", help="import: read every file in this process"
    )
    args = parser.parse_args()
    if args.what == "start":
        return profile_start(args.articles)
    if args.what == "classes":
        return qt_classes(args.articles)
    return profile_import(args.files, args.in_process)


if __name__ == "__main__":
    sys.exit(main())
