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
_ARABIC_SCRIPT = frozenset({"ar", "fa", "ur", "ps", "ckb", "ug", "sd"})

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


def interface_font(base: QFont) -> QFont:
    """The application font: Arabic letters from Noto Sans Arabic, the rest from `base`."""
    font = QFont(base)
    font.setFamilies([INTERFACE_FAMILY, *base.families()])
    return font


def reading_font(base: QFont, language: str) -> QFont:
    """The detail pane's font for an article: larger than the interface, Naskh for Arabic
    script; Latin words inside Arabic text fall back to the interface families."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * 1.3 if base.pointSizeF() > 0 else 13.0)
    if language in _ARABIC_SCRIPT:
        font.setFamilies([READING_FAMILY, *base.families()])
    return font
