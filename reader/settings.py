"""What Reader remembers between runs: the reader's choices (language, theme, text size, line
spacing, reading font) and where they were (window geometry, pane sizes, the open article, its
section and the scroll position).

Kept with QSettings in an INI file in the data folder (`settings.ini`), beside the library, so
that `--data-dir` keeps everything of one reader together and tests never touch a real
profile. Every value read is checked: a hand-edited or damaged file gives the defaults, never
an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QSettings

__all__ = ["THEMES", "Place", "ReadingStyle", "Settings"]

SETTINGS_NAME = "settings.ini"
#: "system" follows the desktop's light or dark mode.
THEMES = ("system", "light", "dark", "sepia")
LANGUAGES = ("ar", "en")
#: Text size steps either side of the default (each about 10%).
SIZE_STEPS = range(-4, 9)
LINE_SPACINGS = (0.9, 1.0, 1.15, 1.3, 1.5)


@dataclass(frozen=True)
class ReadingStyle:
    """How the detail pane sets text: size step (0 is the default size), line spacing (a
    factor on the language's own) and reading font family ("" for the language's default)."""

    size_step: int = 0
    line_spacing: float = 1.0
    font: str = ""

    @property
    def scale(self) -> float:
        return float(1.1**self.size_step)


@dataclass(frozen=True)
class Place:
    """Where the reader was: an article (library id), a section row, and the text block at
    the top of the view with how far into it they had scrolled (0.0 to 1.0). A block, not a
    share of the whole, so that the place survives another window or text size."""

    article_id: int
    section: int = 0
    block: int = 0
    offset: float = 0.0


@dataclass
class Settings:
    """The settings file of one data folder."""

    path: Path
    _store: QSettings = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    @classmethod
    def in_folder(cls, data_dir: Path) -> Settings:
        return cls(data_dir / SETTINGS_NAME)

    def sync(self) -> None:
        self._store.sync()

    # -- choices ---------------------------------------------------------------------------

    @property
    def language(self) -> str | None:
        """The interface language chosen in the menu, or None (not chosen yet)."""
        value = self._store.value("interface/language")
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("interface/language", value)

    @property
    def theme(self) -> str:
        value = self._store.value("interface/theme")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._store.setValue("interface/theme", value)

    @property
    def reading_style(self) -> ReadingStyle:
        step = _number(self._store.value("reading/size_step"), int, 0)
        spacing = _number(self._store.value("reading/line_spacing"), float, 1.0)
        font = self._store.value("reading/font")
        return ReadingStyle(
            size_step=step if step in SIZE_STEPS else 0,
            line_spacing=spacing if spacing in LINE_SPACINGS else 1.0,
            font=font if isinstance(font, str) else "",
        )

    @reading_style.setter
    def reading_style(self, style: ReadingStyle) -> None:
        self._store.setValue("reading/size_step", style.size_step)
        self._store.setValue("reading/line_spacing", style.line_spacing)
        self._store.setValue("reading/font", style.font)

    # -- where the reader was --------------------------------------------------------------

    @property
    def place(self) -> Place | None:
        article = _number(self._store.value("place/article"), int, -1)
        if article < 0:
            return None
        section = _number(self._store.value("place/section"), int, 0)
        block = _number(self._store.value("place/block"), int, 0)
        offset = _number(self._store.value("place/offset"), float, 0.0)
        return Place(article, max(0, section), max(0, block), min(1.0, max(0.0, offset)))

    @place.setter
    def place(self, place: Place) -> None:
        self._store.setValue("place/article", place.article_id)
        self._store.setValue("place/section", place.section)
        self._store.setValue("place/block", place.block)
        self._store.setValue("place/offset", round(place.offset, 4))

    def window_state(self, key: str) -> QByteArray | None:
        """A saved geometry or state (`key`: "geometry", "state", "splitter")."""
        value = self._store.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, key: str, value: QByteArray) -> None:
        self._store.setValue(f"window/{key}", value)


_Number = TypeVar("_Number", int, float)


def _number(value: object, kind: type[_Number], default: _Number) -> _Number:
    """`value` read back from the INI file (where numbers come back as strings) as `kind`."""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return default
    try:
        return kind(value)
    except ValueError:
        return default
