"""The fonts Reader bundles (Noto Naskh Arabic for reading, Noto Sans Arabic for the interface)
and the reading font chosen for an article's language."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from reader import paths

log = logging.getLogger(__name__)

READING_FAMILY = "Noto Naskh Arabic"
INTERFACE_FAMILY = "Noto Sans Arabic"
#: Languages written in the Arabic script, read in the Naskh font.
ARABIC_SCRIPT = frozenset({"ar", "fa", "ur", "ps", "ckb", "ug", "sd"})

_loaded = False


def load_bundled_fonts() -> None:
    """Register the bundled fonts with Qt (once; needs a QGuiApplication)."""
    global _loaded
    if _loaded:
        return
    for path in paths.bundled_fonts():
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load font %s", path)
    _loaded = True


def _families(arabic: str, base: QFont, arabic_script: bool) -> list[str]:
    """The base families, with the Arabic font first for Arabic-script text. Otherwise it is
    left out: the first family sets the line height, and an Arabic font's tall lines would
    space Latin text too widely (Arabic words still show, from the system's fallback)."""
    others = [f for f in base.families() if f not in (READING_FAMILY, INTERFACE_FAMILY)]
    return [arabic, *others] if arabic_script else others


def interface_font(base: QFont, language: str) -> QFont:
    """The application font: for an Arabic interface, Arabic letters from Noto Sans Arabic."""
    font = QFont(base)
    font.setFamilies(_families(INTERFACE_FAMILY, base, language in ARABIC_SCRIPT))
    return font


def reading_font(base: QFont, language: str) -> QFont:
    """The detail pane's font for an article: larger than the interface, and Noto Naskh
    Arabic first for an article in the Arabic script."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * 1.3 if base.pointSizeF() > 0 else 13.0)
    font.setFamilies(_families(READING_FAMILY, base, language in ARABIC_SCRIPT))
    return font


def line_height(language: str) -> int:
    """Line height for reading, in percent of the font's own: Arabic fonts already leave
    room for marks above and below the letters, Latin fonts want more air."""
    return 120 if language in ARABIC_SCRIPT else 135
