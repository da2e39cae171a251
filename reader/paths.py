"""Where Reader finds its files: the resources bundled in the package, and the data folder.

Every other module asks here, so that tests and packaging have one place to look.
"""

from __future__ import annotations

import os
from pathlib import Path

_RESOURCES = Path(__file__).resolve().parent / "resources"


def bundled_articles() -> list[Path]:
    """The articles Reader ships with, in the order the library lists them."""
    return sorted((_RESOURCES / "articles").glob("*.txt"))


def bundled_fonts() -> list[Path]:
    return sorted((_RESOURCES / "fonts").glob("*.ttf"))


def translations_dir() -> Path:
    return _RESOURCES / "translations"


def app_icon() -> Path:
    return _RESOURCES / "desktop" / "reader.svg"


def desktop_entry() -> Path:
    return _RESOURCES / "desktop" / "reader.desktop"


def data_dir(override: Path | None = None) -> Path:
    """Where the library lives: `--data-dir`, else $READER_DATA_DIR, else the platform's
    application data folder (~/.local/share/Reader on Linux)."""
    if override is not None:
        return override
    env = os.environ.get("READER_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs  # only for the default folder: about 4 ms of a start

    return Path(platformdirs.user_data_dir("Reader", appauthor=False))
