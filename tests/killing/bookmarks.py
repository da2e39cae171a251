"""The bookmarks scenario: a stream of bookmark adds, note edits and removals, killed; and
the child that makes the stream (`python -m tests.killing bookmarks-child DATA SEED FIRST`)."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from reader.store.backups import BACKUP_FOLDER, backups
from reader.store.library import Library
from tests.killing.base import Run, Scenario, Sizes, database_problems, temporaries
from tests.processes import generate, reader

#: A bookmark as the check sees it: article id, section, and the number of the change that
#: wrote its note.
Mark = tuple[int, int | None, int]
_NOTE_NUMBER = re.compile(r"change (\d+)$")


def note_text(sequence: int) -> str:
    return f"ملاحظة رقم {sequence}، change {sequence}"


class BookmarkLoop(Scenario):
    name = "bookmarks"
    noun = "changes"

    def __init__(self, work: Path, sizes: Sizes, rng: random.Random) -> None:
        super().__init__(work, sizes, rng)
        self.marks: dict[int, Mark] = {}  # as found by the last check
        self.first = 0  # the number of the first change of the current run
        self.unacknowledged = 0  # runs whose announced change was committed, not acknowledged
        self.copies: set[Path] = set()  # the automatic bookmark backups after the last check
        self.backed_up = 0  # backups the children wrote as they started

    @property
    def span(self) -> float:
        return self.sizes.bookmark_span

    def setup(self) -> list[str]:
        base = 1_000_000
        generate(self.work / "articles", range(base, base + self.sizes.bookmark_articles))
        result = self.run_command(
            *reader("import", self.work / "articles", "--data-dir", self.data)
        )
        return [] if result.returncode == 0 else [f"import: {result.stderr.strip()}"]

    def command(self, number: int) -> list[str]:
        self.first = (number + 1) * 10_000_000  # above every change of earlier runs
        seed = self.rng.randrange(2**32)
        return [
            *(sys.executable, "-m", "tests.killing", "bookmarks-child"),
            *(str(self.data), str(seed), str(self.first)),
        ]

    def check(self, lines: list[str]) -> tuple[int, list[str]]:
        expected = dict(self.marks)
        pending: list[str] = []  # the change announced and not acknowledged: in flight
        problems = []
        acknowledged = 0
        for line in lines:
            words = line.split()
            if words[:1] == ["will"]:
                pending = words[1:]
            elif apply(expected, words):
                pending = []
                acknowledged += 1
            else:
                problems.append(f"the child acknowledged what cannot be: {line!r}")
        found: dict[int, Mark] = {}

        def look(library: Library) -> list[str]:
            for b in library.bookmarks():
                number = _NOTE_NUMBER.search(b.note)
                found[b.id] = (b.article_id, b.section, int(number[1]) if number else -1)
            return []

        copies = set(backups(self.data))
        self.backed_up += len(copies - self.copies)  # by the child's start
        problems += database_problems(self.data, look)
        problems += self._backup_problems()
        # The check's own start and close copied the bookmarks: take those copies away, so
        # that the next child starts as after a real crash, with changes no copy holds yet,
        # and writes one (which the kill may interrupt).
        for copy in set(backups(self.data)) - copies:
            copy.unlink()
        self.copies = set(backups(self.data))
        if found != expected and _in_flight(expected, found, pending):
            self.unacknowledged += 1
        elif found != expected:
            differ = sorted(
                k for k in expected.keys() | found.keys() if expected.get(k) != found.get(k)
            )
            shown = ", ".join(f"#{k} {found.get(k)} for {expected.get(k)}" for k in differ[:3])
            problems.append(
                f"{len(differ)} bookmarks are not as acknowledged ({shown}); in flight: "
                f"{' '.join(pending) or 'nothing'}"
            )
        self.marks = found
        return acknowledged, problems

    def _backup_problems(self) -> list[str]:
        """Every automatic copy of the bookmarks is a whole export file."""
        problems = []
        for copy in backups(self.data):
            try:
                document = json.loads(copy.read_text(encoding="utf-8"))
                if document["format"] != "reader-bookmarks" or not document["bookmarks"]:
                    problems.append(f"backup {copy.name} is not a bookmarks file")
            except (ValueError, KeyError, TypeError) as exc:
                problems.append(f"backup {copy.name} is not whole: {exc!r}")
        return problems

    def remark(self, runs: list[Run]) -> str:
        left = temporaries(self.data / BACKUP_FOLDER)
        return (
            f"{self.unacknowledged} runs where the change in flight was committed; "
            f"{self.backed_up} backups written by children as they started, each checked whole; "
            f"{len(left)} temporary backup files left by starts killed as they wrote one"
        )


def apply(marks: dict[int, Mark], change: list[str]) -> bool:
    """Apply an acknowledged change ("add ID ARTICLE SECTION N", "note ID N", "remove ID N")
    to `marks`; False if it cannot apply there."""
    match change:
        case ["add", number, article_id, section, sequence] if int(number) not in marks:
            marks[int(number)] = (int(article_id), int(section), int(sequence))
        case ["note", number, sequence] if int(number) in marks:
            before = marks[int(number)]
            marks[int(number)] = (before[0], before[1], int(sequence))
        case ["remove", number, _sequence] if int(number) in marks:
            del marks[int(number)]
        case _:
            return False
    return True


def _in_flight(expected: dict[int, Mark], found: dict[int, Mark], pending: list[str]) -> bool:
    """Whether `found` is `expected` with the change in flight (announced, "add ARTICLE
    SECTION N", "note ID N" or "remove ID N", not acknowledged) committed."""
    if pending[:1] == ["add"]:
        new = found.keys() - expected.keys()
        if len(new) != 1:
            return False
        added = found[min(new)]
        rest = {k: v for k, v in found.items() if k not in new}
        return rest == expected and [str(v) for v in added] == pending[1:]
    changed = dict(expected)
    return bool(pending) and apply(changed, pending) and found == changed


def bookmark_stream(data: Path, seed: int, sequence: int) -> int:
    """The bookmarks child: adds, note edits and removals until killed. Before each change it
    prints what it will do ("will …"), after its commit that it did it."""
    rng = random.Random(seed)
    library = Library.open(data)
    places = [(e.id, s) for e in library.entries() for s in range(e.sections)]
    marks = {b.id: (b.article_id, b.section) for b in library.bookmarks()}
    taken = set(marks.values())
    free = [place for place in places if place not in taken]
    ids = list(marks)
    while True:
        sequence += 1
        roll = rng.random()
        if free and (roll < 0.35 or not ids):
            article_id, section = free.pop(rng.randrange(len(free)))
            print(f"will add {article_id} {section} {sequence}", flush=True)
            made = library.add_bookmark(article_id, section, note_text(sequence))
            ids.append(made.id)
            marks[made.id] = (article_id, section)
            print(f"add {made.id} {article_id} {section} {sequence}", flush=True)
        elif roll > 0.85:
            mark = ids.pop(rng.randrange(len(ids)))
            print(f"will remove {mark} {sequence}", flush=True)
            if not library.remove_bookmark(mark):
                raise SystemExit(f"bookmark #{mark} was gone before its removal")
            place = marks.pop(mark)
            if place[1] is not None:
                free.append((place[0], place[1]))
            print(f"remove {mark} {sequence}", flush=True)
        else:
            mark = rng.choice(ids)
            print(f"will note {mark} {sequence}", flush=True)
            if not library.set_bookmark_note(mark, note_text(sequence)):
                raise SystemExit(f"bookmark #{mark} was gone before its note was edited")
            print(f"note {mark} {sequence}", flush=True)
