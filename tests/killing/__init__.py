"""The kill loop: Reader's processes killed with SIGKILL at random moments, and what they leave.

Three scenarios. Each is a loop of runs on one data folder, which every run leaves to the next,
as a user's library lives on from one crash to the next. A run starts a child, kills it with
SIGKILL, then checks what is on disk. The child prints one line, flushed, after each change it
has committed: those lines are what it acknowledged. The moment of the kill is random, and
measured from what the child does rather than from the clock alone, so that a loaded machine
still sees kills in the middle of the work: one run in five is killed while the child starts
(at a uniform moment before its first line of output, as long as that took last time), the
others at a uniform moment of the scenario's span after its first line.

- `import`: `reader import` of a folder of a thousand or so freshly generated articles. The
  first run also creates the library. Afterwards every article acknowledged ("added" line)
  is in the library, the articles of the folder are the first files in name order, at most
  one transaction's files (`BATCH_FILES`) more than acknowledged (committed, killed before
  their lines were out: the import prints a transaction's lines after its commit), and
  nothing of earlier runs is lost.
- `bookmarks`: a stream of bookmark adds, note edits and removals through `Library`
  (`python -m tests.killing bookmarks-child …`), each announced before it starts and
  acknowledged after its commit. Afterwards the bookmarks are exactly those found by the
  previous check with every acknowledged change applied, and perhaps the one announced and
  not acknowledged (committed, killed before its line was out): no acknowledged bookmark
  missing, no acknowledged note older than acknowledged, nothing else changed.
- `export`: `reader export` of a long section to the same file, again and again in one process
  (`python -m tests.killing export-child …`). Afterwards the file is absent (no export was
  ever acknowledged) or a complete PDF with the text of a reference export; never part of
  one. Beside it may lie what a killed export was writing: a hidden `.NAME.….part` file,
  which nothing takes for the PDF. The loop then ages those past `reader.atomic.STALE_AFTER`
  (as if minutes went by), and the next export that finishes must have removed them.

After every run, whatever the scenario: `PRAGMA integrity_check`, `foreign_key_check`, the
search indexes' own checks (tests/processes.py), and `Library.open` with its quick check.
Temporary files (`*.part`) left anywhere in the data folder are counted and reported.

`scripts/kill_loop.py` runs the loop at full size (50 runs a scenario, a few minutes);
tests/store/test_crash.py runs a few runs of each in the suite.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from tests.killing.base import FULL, QUICK, Scenario, Sizes, Summary
from tests.killing.bookmarks import BookmarkLoop
from tests.killing.exports import ExportLoop
from tests.killing.imports import ImportLoop

__all__ = ["FULL", "QUICK", "SCENARIOS", "Sizes", "Summary", "kill_loop"]

SCENARIOS: dict[str, type[Scenario]] = {
    "import": ImportLoop,
    "bookmarks": BookmarkLoop,
    "export": ExportLoop,
}


def kill_loop(
    work: Path,
    runs: int,
    seed: int,
    sizes: Sizes = FULL,
    names: Sequence[str] = tuple(SCENARIOS),
    say: Callable[[str], None] = print,
) -> list[Summary]:
    """Run each scenario `runs` times in `work`; `say` gets each problem as it is found and
    each scenario's summary line."""
    summaries = []
    for name in names:
        start = time.monotonic()
        scenario = SCENARIOS[name](work / name, sizes, random.Random(f"{seed}/{name}"))
        summary = Summary(name, scenario.noun)
        summary.problems = [f"set-up: {p}" for p in scenario.setup()]
        for problem in summary.problems:
            say(f"{name}: {problem}")
        if not summary.problems:
            for number in range(runs):
                run = scenario.run(number)
                for problem in run.problems:
                    say(f"{name} run {number} (killed after {run.delay:.3f} s): {problem}")
                summary.runs.append(run)
            for problem in scenario.finish():
                say(f"{name}, final check: {problem}")
                summary.problems.append(problem)
        summary.remark = scenario.remark(summary.runs)
        summary.seconds = time.monotonic() - start
        say(summary.line())
        summaries.append(summary)
    return summaries
