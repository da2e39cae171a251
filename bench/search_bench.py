"""Library-wide search on a generated library: `python -m bench.run search`.

The library: N articles (READER_BENCH_ARTICLES, default 100,000), 85 % Arabic and 15 % English,
of 1 to 12 sections of 1 to 5 paragraphs, made of random sentences over the words of the
bundled articles (a Zipf-like choice: the source's frequent words stay frequent), some Arabic
words with tanween or a final damma, some numbers (Arabic-Indic digits in a third of the Arabic
ones). The generator is seeded, so a given N always gives the same library.

It is written in bulk (5,000 articles a transaction) with the library's own row and index
code (`Library.store`'s INSERT, `search.index_article`), then marked as indexed so that
`Library.open` does not index it again. The database is kept under /tmp/reader-bench/ and
reused by later runs while the schema, the index version and this generator are unchanged.

Then each kind of query (one word, two words, a word's first 3 or 4 letters) runs 200 times,
each time another query, through `Library.search(query, limit=20)`; the median and the 95th
percentile are compared with the target of 30 ms at the 95th percentile.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import shutil
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from reader.document import Article, Section

#: Bump when the generated library changes, so that a cached one is not reused.
GENERATOR_VERSION = "1"
SEED = 20_240_517
BATCH = 5_000
QUERIES = 200
TARGET_P95_MS = 30.0
CACHE_ROOT = Path("/tmp/reader-bench")

_MARKS = re.compile("[\u064b-\u065f\u0670]")
_WORD = re.compile(r"[\w\u064b-\u065f\u0670]+")
_ARABIC = re.compile("[\u0600-\u06ff]")
_TANWEEN_FATH = "\u064b"
_DAMMA = "\u064f"
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def default_articles() -> int:
    return int(os.environ.get("READER_BENCH_ARTICLES", "100000"))


# -- the vocabulary ---------------------------------------------------------------------------


class Vocabulary:
    """The words of one language: the plain forms (for queries) and what the generator draws
    from (plain forms and marked variants, with cumulative Zipf-like weights)."""

    def __init__(self, counts: Counter[str], arabic: bool) -> None:
        self.words = [w for w, _ in counts.most_common()]  # ties keep first-seen order
        drawn: list[str] = []
        weights: list[float] = []
        for rank, word in enumerate(self.words):
            weight = 1 / (rank + 2.7)
            if arabic and len(word) >= 4 and word.endswith("ا"):
                # استعدادا → استعدادًا: tanween on about a third of them
                drawn += [word, word[:-1] + _TANWEEN_FATH + "ا"]
                weights += [weight * 0.65, weight * 0.35]
            elif arabic and len(word) >= 3:
                drawn += [word, word + _DAMMA]
                weights += [weight * 0.97, weight * 0.03]
            else:
                drawn.append(word)
                weights.append(weight)
        self.drawn = drawn
        self.cumulative = list(_accumulate(weights))

    def draw(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.drawn, cum_weights=self.cumulative, k=count)


def _accumulate(values: list[float]) -> Iterator[float]:
    total = 0.0
    for value in values:
        total += value
        yield total


def vocabularies() -> tuple[Vocabulary, Vocabulary]:
    """(Arabic, English) from the bundled articles, diacritics taken off."""
    from reader.importers import load_article
    from reader.paths import bundled_articles

    arabic: Counter[str] = Counter()
    english: Counter[str] = Counter()
    for path in bundled_articles():
        article = load_article(path)
        text = "\n".join([article.title, *(s.text() for s in article.sections)])
        for token in _WORD.findall(text):
            word = _MARKS.sub("", token)
            if any(c.isdigit() for c in word) or "_" in word:
                continue
            if _ARABIC.search(word):
                arabic[word] += 1
            elif word.isascii() and word.isalpha():
                english[word] += 1
    return Vocabulary(arabic, True), Vocabulary(english, False)


# -- the articles -----------------------------------------------------------------------------


class Generator:
    def __init__(self, arabic: Vocabulary, english: Vocabulary, seed: int = SEED) -> None:
        self.arabic = arabic
        self.english = english
        self.rng = random.Random(seed)

    def _words(self, vocabulary: Vocabulary, low: int, high: int, is_arabic: bool) -> list[str]:
        rng = self.rng
        words = vocabulary.draw(rng, rng.randint(low, high))
        if rng.random() < 0.12:
            number = str(rng.choice((rng.randint(1, 100), rng.randint(1900, 2030))))
            if is_arabic and rng.random() < 0.33:
                number = number.translate(_ARABIC_DIGITS)
            words.insert(rng.randrange(len(words) + 1), number)
        return words

    def _sentence(self, vocabulary: Vocabulary, is_arabic: bool) -> str:
        words = self._words(vocabulary, 6, 18, is_arabic)
        if len(words) > 10 and self.rng.random() < 0.5:
            words[len(words) // 2] += "،" if is_arabic else ","
        if not is_arabic:
            words[0] = words[0][:1].upper() + words[0][1:]
        return " ".join(words) + "."

    def article(self) -> Article:
        rng = self.rng
        is_arabic = rng.random() >= 0.15
        vocabulary = self.arabic if is_arabic else self.english
        title = " ".join(self._words(vocabulary, 3, 10, is_arabic))
        sections = []
        for number in range(rng.randint(1, 12)):
            heading = None
            if number > 0 or rng.random() < 0.3:
                heading = " ".join(self._words(vocabulary, 2, 6, is_arabic))
            paragraphs = tuple(
                " ".join(self._sentence(vocabulary, is_arabic) for _ in range(rng.randint(1, 3)))
                for _ in range(rng.randint(1, 5))
            )
            sections.append(Section(heading, paragraphs))
        return Article(
            title=title,
            sections=tuple(sections),
            language="ar" if is_arabic else "en",
            direction="rtl" if is_arabic else "ltr",
        )


def _article_text(article: Article) -> str:
    """The article as a text file would hold it (for the content hash)."""
    return "\n\n".join([article.title, *(s.text() for s in article.sections)])


def build_library(folder: Path, count: int, progress: Callable[[int], None]) -> None:
    """Write `count` generated articles, indexed, into a new database in `folder`."""
    from reader.store.database import DATABASE_NAME, connect, now, transaction
    from reader.store.library import SEARCH_INDEX_VERSION, content_hash, insert_article

    generator = Generator(*vocabularies())
    conn = connect(folder / DATABASE_NAME)
    try:
        stamp = now()
        done = 0
        while done < count:
            with transaction(conn):
                for _ in range(min(BATCH, count - done)):
                    article = generator.article()
                    # The row and index rows exactly as Library.store writes a new article.
                    digest = content_hash(_article_text(article))
                    insert_article(conn, article, None, digest, stamp)
                    done += 1
            progress(done)
        with transaction(conn):
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('search_index', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (SEARCH_INDEX_VERSION,),
            )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def cached_library(count: int) -> tuple[Path, float, bool]:
    """The folder of the generated library of `count` articles, built if needed; the seconds
    its generation took, and whether it was built now."""
    from reader.store.database import SCHEMA_VERSION
    from reader.store.library import SEARCH_INDEX_VERSION

    name = f"library-{count}-g{GENERATOR_VERSION}-s{SCHEMA_VERSION}-i{SEARCH_INDEX_VERSION}"
    folder = CACHE_ROOT / name
    done = folder / "generated.json"
    if done.is_file():
        return folder, float(json.loads(done.read_text())["seconds"]), False
    if folder.exists():
        shutil.rmtree(folder)  # an interrupted generation
    folder.mkdir(parents=True)
    start = time.perf_counter()
    step = max(BATCH, count // 10)

    def progress(written: int) -> None:
        if written % step == 0 or written == count:
            elapsed = time.perf_counter() - start
            print(f"search  generating: {written:,} / {count:,} articles, {elapsed:.0f} s")

    build_library(folder, count, progress)
    seconds = time.perf_counter() - start
    done.write_text(json.dumps({"articles": count, "seconds": seconds}))
    return folder, seconds, True


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
    folder, seconds, built = cached_library(count)
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
