"""Generated articles and libraries for the benchmarks (search, start, import, switch).

The articles: 85 % Arabic and 15 % English, of 1 to 12 sections of 1 to 5 paragraphs, made
of random sentences over the words of the bundled articles (a Zipf-like choice: the source's
frequent words stay frequent), some Arabic words with tanween or a final damma, some numbers
(Arabic-Indic digits in a third of the Arabic ones). The generator is seeded, so a given seed
always gives the same articles, and a library of N articles holds the first N of them.

A library is written in bulk (5,000 articles a transaction) with the library's own row and
index code (`insert_article`), then marked as indexed, so that `Library.open` does not index
it again, and as having had the bundled articles imported, so that the window does not add
them on its first start. It is kept under /tmp/reader-bench/ and reused while the schema, the
index version and this generator are unchanged.

`text_file` and `html_page` write an article the way the importers read them: scraped plain
text and a saved web page.
"""

from __future__ import annotations

import html
import json
import random
import re
import shutil
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from reader.document import Article, Section

#: Bump when the generated articles change, so that a cached library is not reused.
GENERATOR_VERSION = "1"
SEED = 20_240_517
BATCH = 5_000
CACHE_ROOT = Path("/tmp/reader-bench")

_MARKS = re.compile("[\u064b-\u065f\u0670]")
_WORD = re.compile(r"[\w\u064b-\u065f\u0670]+")
_ARABIC = re.compile("[\u0600-\u06ff]")
_TANWEEN_FATH = "\u064b"
_DAMMA = "\u064f"
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


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
    """Articles one after another, the same ones for the same seed."""

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


def article_text(article: Article) -> str:
    """The article as its text (for the content hash)."""
    return "\n\n".join([article.title, *(s.text() for s in article.sections)])


# -- as files ---------------------------------------------------------------------------------


def text_file(article: Article) -> str:
    """The article as scraped plain text: the title, then each section's heading (ending in
    a colon, as Arabic sites set them) and paragraphs, one a line, blank lines between."""
    lines = [article.title]
    for section in article.sections:
        if section.heading is not None:
            lines.append(section.heading + ":")
        lines.extend(section.paragraphs)
    return "\n\n".join(lines) + "\n"


def html_page(article: Article) -> str:
    """The article as a saved web page: a site's navigation and footer around an <article>
    with an <h1> title, <h2> section headings and <p> paragraphs."""
    e = html.escape
    body = [f"<h1>{e(article.title)}</h1>"]
    for section in article.sections:
        if section.heading is not None:
            body.append(f"<h2>{e(section.heading)}</h2>")
        body.extend(f"<p>{e(p)}</p>" for p in section.paragraphs)
    home, news = ("الرئيسية", "أخبار") if article.direction == "rtl" else ("Home", "News")
    return (
        f'<!DOCTYPE html>\n<html lang="{article.language}" dir="{article.direction}">\n'
        f'<head><meta charset="utf-8"><title>{e(article.title)}</title></head>\n'
        f'<body><nav class="breadcrumb"><a href="/">{home}</a> › <a href="/news">{news}</a>'
        "</nav>\n<main><article>\n"
        + "\n".join(body)
        + '\n</article></main>\n<footer><a href="#top">Back to top</a> © 2024</footer>\n'
        "</body></html>\n"
    )


def write_files(folder: Path, count: int, kind: str, seed: int) -> list[Path]:
    """`count` generated articles as files of `kind` ("txt" or "html") in `folder`."""
    write = text_file if kind == "txt" else html_page
    generator = Generator(*vocabularies(), seed=seed)
    paths = []
    for number in range(count):
        path = folder / f"article-{number:06d}.{kind}"
        path.write_text(write(generator.article()), encoding="utf-8")
        paths.append(path)
    return paths


# -- libraries --------------------------------------------------------------------------------


def build_library(folder: Path, count: int, progress: Callable[[int], None]) -> None:
    """Write `count` generated articles, indexed, into a new database in `folder`."""
    from reader.store.database import DATABASE_NAME, connect, now, transaction
    from reader.store.library import content_hash, insert_article

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
                    digest = content_hash(article_text(article))
                    insert_article(conn, article, None, digest, stamp)
                    done += 1
            progress(done)
        _mark_ready(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _mark_ready(conn: sqlite3.Connection) -> None:
    """Mark a generated library as indexed and as having had the bundled articles imported
    (so that opening it in the window adds nothing)."""
    from reader.store.database import now, transaction
    from reader.store.library import SEARCH_INDEX_VERSION

    with transaction(conn):
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [("search_index", SEARCH_INDEX_VERSION), ("bundled_imported", now())],
        )


def cached_library(count: int, label: str = "bench") -> tuple[Path, float, bool]:
    """The folder of the generated library of `count` articles, built if needed; the seconds
    its generation took, and whether it was built now. `label` starts the progress lines."""
    from reader.store.database import DATABASE_NAME, SCHEMA_VERSION, connect
    from reader.store.library import SEARCH_INDEX_VERSION

    name = f"library-{count}-g{GENERATOR_VERSION}-s{SCHEMA_VERSION}-i{SEARCH_INDEX_VERSION}"
    folder = CACHE_ROOT / name
    done = folder / "generated.json"
    if done.is_file():
        record = json.loads(done.read_text())
        if not record.get("ready"):
            # Built before libraries were marked as having the bundled articles.
            conn = connect(folder / DATABASE_NAME)
            try:
                _mark_ready(conn)
            finally:
                conn.close()
            done.write_text(json.dumps({**record, "ready": True}))
        return folder, float(record["seconds"]), False
    if folder.exists():
        shutil.rmtree(folder)  # an interrupted generation
    folder.mkdir(parents=True)
    start = time.perf_counter()
    step = max(BATCH, count // 10)

    def progress(written: int) -> None:
        if written % step == 0 or written == count:
            elapsed = time.perf_counter() - start
            print(f"{label:7} generating: {written:,} / {count:,} articles, {elapsed:.0f} s")

    build_library(folder, count, progress)
    seconds = time.perf_counter() - start
    done.write_text(json.dumps({"articles": count, "seconds": seconds, "ready": True}))
    return folder, seconds, True
