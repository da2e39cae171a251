"""Helpers for the store tests: a library on the test's own data folder, and article texts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from reader.store.library import Library

Sections = Sequence[tuple[str | None, Sequence[str]]]

#: An English article: a lead and three headed sections, each paragraph a full sentence.
TITLE = "How the old city library was saved"
SECTIONS: Sections = (
    (
        None,
        (
            "In the spring of last year the old city library was close to closing for good.",
            "Its readers had drifted away and its roof leaked in every winter storm.",
        ),
    ),
    (
        "The campaign",
        (
            "Volunteers collected signatures in the market square every weekend for months.",
            "By the summer more than ten thousand people had signed the petition to the council.",
        ),
    ),
    (
        "The money",
        ("A local bakery and two schools raised enough money to repair the roof before winter.",),
    ),
    (
        "What comes next",
        (
            "The library now opens on Sunday afternoons and runs reading clubs for children.",
            "Its staff hope to digitise the old newspaper archive within three years.",
        ),
    ),
)


def article_text(title: str = TITLE, sections: Sections = SECTIONS) -> str:
    """The plain text Reader's importer reads back as `title` and `sections`."""
    lines = [title, ""]
    for heading, paragraphs in sections:
        if heading is not None:
            lines.append(f"{heading}:")
        for paragraph in paragraphs:
            lines.extend([paragraph, ""])
    return "\n".join(lines)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """An empty library in the test's own data folder (no bundled articles)."""
    lib = Library.open(tmp_path / "data")
    yield lib
    lib.close()
