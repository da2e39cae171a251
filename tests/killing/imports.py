"""The import scenario: `reader import` of a folder of hundreds of new articles, killed."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from reader import paths
from reader.store.database import DATABASE_NAME
from reader.store.library import BATCH_FILES
from tests.killing.base import ADDED, Run, Scenario, Sizes, database_problems
from tests.processes import generate, reader, under


class ImportLoop(Scenario):
    name = "import"
    noun = "files"

    def __init__(self, work: Path, sizes: Sizes, rng: random.Random) -> None:
        super().__init__(work, sizes, rng)
        self.known: set[str] = set()  # the sources in the library at the last check
        self.bundled = {str(p.resolve()) for p in paths.bundled_articles()}
        self.folder = work
        self.files: list[str] = []
        self.unacknowledged = 0  # runs that committed files without printing their lines
        self.most_unacknowledged = 0  # the most files committed and not printed in one run

    @property
    def span(self) -> float:
        return self.sizes.import_span

    def command(self, number: int) -> list[str]:
        self.folder = self.work / f"run-{number:03d}"
        count = self.sizes.files
        files = generate(self.folder, range(number * count, (number + 1) * count))
        self.files = [str(path.resolve()) for path in files]
        return reader("import", self.folder, "--data-dir", self.data)

    def check(self, lines: list[str]) -> tuple[int, list[str]]:
        acknowledged = {}
        for line in lines:
            added = ADDED.match(line)
            if added:
                acknowledged[str(Path(added[1]).resolve())] = int(added[2])
        if not (self.data / DATABASE_NAME).exists():
            return len(acknowledged), ["imports acknowledged, no database"] if acknowledged else []
        problems = database_problems(self.data)
        conn = sqlite3.connect(f"file:{self.data / DATABASE_NAME}?mode=ro", uri=True)
        try:
            sources = {str(s): int(i) for i, s in conn.execute("SELECT id, source FROM articles")}
        finally:
            conn.close()
        for path, article_id in acknowledged.items():
            if sources.get(path) != article_id:
                problems.append(f"acknowledged {path} (#{article_id}) is not in the library")
        prefix = under(self.folder)
        here = {s for s in sources if s.startswith(prefix)}
        done = len(acknowledged)
        if set(self.files[:done]) != set(acknowledged):
            problems.append("the acknowledged files are not the first in name order")
        # The import commits several files at a time and prints their lines after the
        # commit: killed in between, the files of that one transaction are there without
        # their lines, and at most BATCH_FILES of them.
        extra = len(here) - done
        if 0 < extra <= BATCH_FILES and here == set(self.files[: len(here)]):
            self.unacknowledged += 1
            self.most_unacknowledged = max(self.most_unacknowledged, extra)
        elif extra != 0 or here != set(self.files[:done]):
            problems.append(
                f"{len(here)} articles of the folder in the library, {done} acknowledged: "
                f"only the next {BATCH_FILES} files (one transaction) may be there "
                "unacknowledged"
            )
        others = set(sources) - here
        if lost := self.known - others:
            problems.append(f"{len(lost)} articles of earlier runs lost, such as {min(lost)}")
        if strays := others - self.known - self.bundled:
            problems.append(f"{len(strays)} articles from nowhere, such as {min(strays)}")
        self.known = set(sources)
        return done, problems

    def finish(self) -> list[str]:
        """An import run to its end completes the last folder, adding no duplicate."""
        before = len(self.known & set(self.files))
        result = self.run_command(*reader("import", self.folder, "--data-dir", self.data))
        if result.returncode != 0:
            return [f"the final import failed: {result.stderr.strip()}"]
        lines = result.stdout.splitlines()
        added = sum(1 for line in lines if line.startswith("added "))
        problems = []
        if (
            lines[-1:] != [f"{len(self.files)} imported, 0 skipped"]
            or added != len(self.files) - before
        ):
            problems.append(f"the final import added {added} with {before} there: {lines[-1:]}")
        return problems + database_problems(self.data)

    def remark(self, runs: list[Run]) -> str:
        return (
            f"{self.unacknowledged} runs where files were committed and not acknowledged "
            f"(at most {self.most_unacknowledged} in a run; one transaction holds up to "
            f"{BATCH_FILES}); " + super().remark(runs)
        )
