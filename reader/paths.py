"""Where Reader finds its files: the resources bundled in the package.

Every other module asks here, so that tests and packaging have one place to look.
"""

from __future__ import annotations

from pathlib import Path

_RESOURCES = Path(__file__).resolve().parent / "resources"


def resources_dir() -> Path:
    return _RESOURCES


def bundled_articles() -> list[Path]:
    """The articles Reader ships with, in the order the library lists them."""
    return sorted((_RESOURCES / "articles").glob("*.txt"))


def bundled_fonts() -> list[Path]:
    return sorted((_RESOURCES / "fonts").glob("*.ttf"))


def translations_dir() -> Path:
    return _RESOURCES / "translations"
