"""Reader's benchmarks: `python -m bench.run` (from the repository root).

Each benchmark prints what it measured and on what; figures are medians of repeated runs in
one process, so compare them with each other rather than with another machine's.

    export   PDF export of one section of the sample article, and of a generated section
             of 30+ pages
    search   library-wide search on a generated library of READER_BENCH_ARTICLES articles
             (default 100,000; built once, kept under /tmp/reader-bench/)
    start    `reader --screenshot` on libraries of 1,000, 10,000 and 100,000 articles beside
             an empty QMainWindow: wall time and peak memory; draws docs/scaling.png
    import   plain text and HTML files imported a second
    switch   another article, another section, in a window on 10,000 articles
    scale    start, import and switch

With no name, every benchmark runs once. The generated libraries are made by
`bench/generator.py` and shared by search, start and switch.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reader.document import Article, Section

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _median_seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def long_section_article() -> Article:
    """A generated Arabic section of well over 30 A4 pages, from the sample's paragraphs."""
    from reader.importers import load_article
    from reader.paths import bundled_articles

    sample = next(p for p in bundled_articles() if p.name.startswith("000_"))
    paragraphs = [p for s in load_article(sample).sections for p in s.paragraphs]
    body = tuple(f"{i + 1}. {paragraphs[i % len(paragraphs)]}" for i in range(420))
    return Article(
        title="مقالة طويلة", sections=(Section("قسم طويل", body),), language="ar", direction="rtl"
    )


def bench_export(repeat: int) -> None:
    from reader.app import headless_application
    from reader.export.pdf import PdfRequest, export_pdf
    from reader.importers import load_article
    from reader.paths import bundled_articles

    headless_application("ar")
    sample = load_article(next(p for p in bundled_articles() if p.name.startswith("000_")))
    long = long_section_article()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "bench.pdf"
        for label, request in (
            ("sample section 2 (1 page)", PdfRequest(sample, 1)),
            ("whole sample article", PdfRequest(sample)),
            ("generated section (420 paragraphs)", PdfRequest(long, 0)),
        ):
            seconds = _median_seconds(lambda r=request: export_pdf(r, out), repeat)
            data = out.read_bytes()
            pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
            print(
                f"export  {label:38} median {seconds * 1000:8.1f} ms"
                f"  ({pages} pages, {len(data) / 1024:.0f} KiB)"
            )


def bench_search(repeat: int) -> None:
    from bench.search_bench import bench_search as run

    run()


def bench_start(repeat: int) -> None:
    from bench.start_bench import bench_start as run

    run(repeat)


def bench_import(repeat: int) -> None:
    from bench.import_bench import bench_import as run

    run(repeat)


def bench_switch(repeat: int) -> None:
    from bench.switch_bench import bench_switch as run

    run(repeat)


BENCHMARKS: dict[str, Callable[[int], None]] = {
    "export": bench_export,
    "search": bench_search,
    "start": bench_start,
    "import": bench_import,
    "switch": bench_switch,
}
#: Names that stand for several benchmarks.
GROUPS = {"scale": ("start", "import", "switch")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    known = [*BENCHMARKS, *GROUPS]
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(known))
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    unknown = [n for n in args.names if n not in known]
    if unknown:
        parser.error(f"no benchmark {', '.join(unknown)} (there are: {', '.join(known)})")
    names: list[str] = []
    for name in args.names or BENCHMARKS:
        for one in GROUPS.get(name, (name,)):
            if one not in names:
                names.append(one)
    from bench.machine import describe
    from reader.app import application

    # One application object for every benchmark in this process, able to show widgets (the
    # switch benchmark's window); export and the plot need only what it has.
    application()
    print(f"# {describe()}")
    for name in names:
        BENCHMARKS[name](args.repeat)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
