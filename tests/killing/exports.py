"""The export scenario: `reader export` of a long section to one file, again and again in one
process, killed; and that process (`python -m tests.killing export-child DATA ID TARGET`)."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from reader.atomic import STALE_AFTER
from tests.killing.base import ADDED, Run, Scenario, Sizes, database_problems, temporaries
from tests.processes import long_article, reader

PDFTOTEXT = shutil.which("pdftotext")


class ExportLoop(Scenario):
    name = "export"
    noun = "exports"

    def __init__(self, work: Path, sizes: Sizes, rng: random.Random) -> None:
        super().__init__(work, sizes, rng)
        self.target = work / "out" / "long.pdf"
        self.article_id = ""
        self.reference = ""
        self.exported = 0  # acknowledged in all runs so far
        self.aged: list[Path] = []  # temporaries made to look stale after the last run
        self.left = 0  # temporaries left by killed exports
        self.cleaned = 0  # of those, removed by a later export

    @property
    def span(self) -> float:
        return self.sizes.export_span

    def setup(self) -> list[str]:
        self.target.parent.mkdir(parents=True)
        source = self.work / "long.txt"
        source.write_text(long_article(self.sizes.paragraphs), encoding="utf-8")
        result = self.run_command(*reader("import", source, "--data-dir", self.data))
        added = ADDED.match(result.stdout)
        if result.returncode != 0 or added is None:
            return [f"import: {result.stdout.strip()} {result.stderr.strip()}"]
        self.article_id = added[2]
        reference = self.work / "reference.pdf"
        result = self.run_command(*self.export_command(reference))
        if result.returncode != 0:
            return [f"the reference export failed: {result.stderr.strip()}"]
        text = pdf_text(reference)
        if text is None or (PDFTOTEXT and "القسم الطويل" not in text):
            return ["the reference export has not the section's text"]
        self.reference = text
        return []

    def export_command(self, out: Path) -> list[str]:
        return reader(
            "export", self.article_id, "--section", "2", "--out", out, "--data-dir", self.data
        )

    def command(self, number: int) -> list[str]:
        return [
            *(sys.executable, "-m", "tests.killing", "export-child"),
            *(str(self.data), self.article_id, str(self.target)),
        ]

    def check(self, lines: list[str]) -> tuple[int, list[str]]:
        done = sum(1 for line in lines if line == str(self.target))
        self.exported += done
        problems = database_problems(self.data) + self.target_problems()
        left = self.leftovers()
        if done and (stale := [p.name for p in self.aged if p.exists()]):
            problems.append(f"a finished export left stale temporaries: {', '.join(stale)}")
        self.cleaned += sum(1 for p in self.aged if not p.exists())
        new = [p for p in left if p not in self.aged]
        self.left += len(new)
        # As if minutes went by: the next export must take these for a dead writer's.
        past = time.time() - STALE_AFTER - 60
        for path in left:
            os.utime(path, (past, past))
        self.aged = left
        return done, problems

    def target_problems(self) -> list[str]:
        """The target is absent (before any acknowledged export) or the whole PDF; beside it
        only temporaries that cannot pass for it."""
        problems = []
        if self.target.exists():
            problems += pdf_problems(self.target, self.reference)
        elif self.exported:
            problems.append(f"{self.exported} exports acknowledged, {self.target.name} absent")
        for path in self.target.parent.iterdir():
            if path == self.target:
                continue
            is_temporary = path.name.startswith(f".{self.target.name}.") and path.suffix == ".part"
            if not is_temporary:
                problems.append(f"an unexpected file beside the export: {path.name}")
        return problems

    def leftovers(self) -> list[Path]:
        """The temporaries beside the target."""
        return [p for p in temporaries(self.target.parent) if p != self.target]

    def finish(self) -> list[str]:
        """An export run to its end, after every leftover has aged, leaves only the PDF."""
        result = self.run_command(*self.export_command(self.target))
        if result.returncode != 0:
            return [f"the final export failed: {result.stderr.strip()}"]
        problems = self.target_problems()
        self.cleaned += sum(1 for p in self.aged if not p.exists())
        if left := self.leftovers():
            problems.append(f"after the final export: {', '.join(p.name for p in left)}")
        return problems + database_problems(self.data)

    def remark(self, runs: list[Run]) -> str:
        checked = "text checked with pdftotext" if PDFTOTEXT else "no pdftotext"
        return (
            f"the PDF looked at after every run ({checked}); "
            f"{self.left} temporaries left by killed exports, {self.cleaned} removed by a "
            "later export once stale"
        )


def pdf_text(path: Path) -> str | None:
    """The text pdftotext reads from a PDF; None if it cannot, "" without pdftotext."""
    if PDFTOTEXT is None:
        return ""
    result = subprocess.run(
        [PDFTOTEXT, "-q", str(path), "-"], capture_output=True, timeout=120, check=False
    )
    return result.stdout.decode("utf-8", "replace") if result.returncode == 0 else None


def pdf_problems(path: Path, reference: str) -> list[str]:
    """What makes `path` other than a whole PDF with the reference's text."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        return [f"{path.name} is a partial PDF ({len(data)} bytes)"]
    text = pdf_text(path)
    if text is None:
        return [f"pdftotext cannot read {path.name}"]
    if text != reference:
        return [f"{path.name} has not the text of the reference export"]
    return []


def export_again_and_again(data: Path, article_id: str, target: Path) -> int:
    """The export child: `reader export` of section 2 to `target`, over and over, in this
    process; the command prints the path after each export, flushed here."""
    from reader.cli import main

    command = ["export", article_id, "--section", "2", "--out", str(target)]
    while True:
        status = main([*command, "--data-dir", str(data)])
        sys.stdout.flush()
        if status:
            return status
