"""Reader's benchmarks: `python -m bench.run` (from the repository root).

Each benchmark prints what it measured and on what; figures are medians of repeated runs in
one process, so compare them with each other rather than with another machine's.

    export   PDF export of one section of the sample article, and of a generated section
             of 30+ pages
    search   library-wide search on a generated library of READER_BENCH_ARTICLES articles
             (default 100,000; built once, kept under /tmp/reader-bench/)
"""

from __future__ import annotations

import argparse
import os
import platform
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


BENCHMARKS = {"export": bench_export, "search": bench_search}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(BENCHMARKS))
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"no benchmark {', '.join(unknown)} (there are: {', '.join(BENCHMARKS)})")
    print(
        f"# {platform.machine()} {platform.processor() or ''} {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.system()}"
    )
    for name in args.names or BENCHMARKS:
        BENCHMARKS[name](args.repeat)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
