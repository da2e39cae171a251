"""Library-wide search on a generated library: `python -m bench.run search`.

The library: N articles (READER_BENCH_ARTICLES, default 100,000) from `bench.generator`,
written in bulk with the library's own row and index code and kept under /tmp/reader-bench/.

Then each kind of query (one word, two words, a word's first 3 or 4 letters) runs 200 times,
each time another query, through `Library.search(query, limit=20)`; the median and the 95th
percentile are compared with the target of 30 ms at the 95th percentile.
"""

from __future__ import annotations

import math
import os
import random
import statistics
import time

from bench.generator import SEED, Vocabulary, cached_library, vocabularies

QUERIES = 200
TARGET_P95_MS = 30.0


def default_articles() -> int:
    return int(os.environ.get("READER_BENCH_ARTICLES", "100000"))


# -- the queries ------------------------------------------------------------------------------


def queries(arabic: Vocabulary, english: Vocabulary, seed: int = SEED) -> dict[str, list[str]]:
    """QUERIES queries of each kind, 85 % Arabic, drawn uniformly from the distinct words."""
    rng = random.Random(seed + 1)

    def words(minimum: int) -> list[str]:
        vocabulary = arabic if rng.random() >= 0.15 else english
        return [w for w in vocabulary.words if len(w) >= minimum]

    one = [rng.choice(words(3)) for _ in range(QUERIES)]
    two = [" ".join(rng.sample(words(3), 2)) for _ in range(QUERIES)]
    prefix = [rng.choice(words(6))[: rng.choice((3, 4))] for _ in range(QUERIES)]
    return {"one word": one, "two words": two, "prefix (3-4 letters)": prefix}


def _percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def bench_search(articles: int | None = None) -> None:
    from reader.store.database import DATABASE_NAME
    from reader.store.library import Library
    from reader.store.search import fts_query

    count = default_articles() if articles is None else articles
    folder, seconds, built = cached_library(count, label="search")
    how = "generated now" if built else f"reused {folder}"
    size = (folder / DATABASE_NAME).stat().st_size / 2**20
    library = Library.open(folder)
    try:
        sections, languages = library.conn.execute(
            "SELECT SUM(section_count), SUM(language = 'ar') FROM articles"
        ).fetchone()
        print(
            f"search  library of {library.count():,} articles ({languages:,} Arabic), "
            f"{sections:,} sections, {size:.1f} MiB; generation took {seconds:.1f} s ({how})"
        )
        kinds = queries(*vocabularies())
        for query in kinds["one word"][:20]:  # warm the caches; not counted
            library.search(query, limit=20)
        for label, texts in kinds.items():
            times = []
            hits = []
            for query in texts:
                start = time.perf_counter()
                found = library.search(query, limit=20)
                times.append((time.perf_counter() - start) * 1000)
                hits.append(len(found))
            rows = [
                library.conn.execute(
                    "SELECT COUNT(*) FROM search_index WHERE search_index MATCH ?",
                    (fts_query(q),),
                ).fetchone()[0]
                for q in texts
            ]
            p95 = _percentile(times, 0.95)
            verdict = "meets" if p95 < TARGET_P95_MS else "MISSES"
            slowest = max(range(len(texts)), key=times.__getitem__)
            print(
                f"search  {label:22} median {statistics.median(times):7.1f} ms"
                f"  p95 {p95:7.1f} ms  max {times[slowest]:7.1f} ms"
                f"  {verdict} p95 < {TARGET_P95_MS:.0f} ms"
                f"  ({len(texts)} queries, {sum(h == 0 for h in hits)} without a hit,"
                f" median {statistics.median(rows):,.0f} matching rows;"
                f" slowest {texts[slowest]!r})"
            )
    finally:
        library.close()


if __name__ == "__main__":
    bench_search()
