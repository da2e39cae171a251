"""Light, dark and sepia: one palette each, for the whole window and the text alike.

The detail pane draws the article with the palette's Base and Text colours, so a theme is
nothing but a palette. "system" follows the desktop's colour scheme (Qt 6.5+ reports it) and
changes with it while Reader runs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

__all__ = ["apply_theme", "effective_theme", "palette_for"]

Role = QPalette.ColorRole

#: (window, window text, base, text, alternate base, button, highlight, highlighted text,
#: placeholder/disabled text, link)
_COLOURS = {
    "light": (
        "#f3f3f1",
        "#1f1f1f",
        "#ffffff",
        "#1c1c1c",
        "#f6f6f4",
        "#ecebe8",
        "#2f6fb3",
        "#ffffff",
        "#8a8a8a",
        "#1f5fa8",
    ),
    "dark": (
        "#25262a",
        "#e6e4e0",
        "#1b1c1f",
        "#e3e1dc",
        "#222327",
        "#303136",
        "#4f8cc9",
        "#ffffff",
        "#8d8b87",
        "#8ab4f8",
    ),
    "sepia": (
        "#eadfc8",
        "#4a3b2a",
        "#f5ecd9",
        "#433422",
        "#efe4cd",
        "#e2d5ba",
        "#9a6b3a",
        "#fffaf0",
        "#8b7a62",
        "#7a4f1f",
    ),
}


def effective_theme(choice: str) -> str:
    """The palette a choice means now: "system" is light or dark as the desktop is."""
    if choice in _COLOURS:
        return choice
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def palette_for(theme: str) -> QPalette:
    (window, window_text, base, text, alternate, button, highlight, highlighted, muted, link) = (
        QColor(c) for c in _COLOURS[theme]
    )
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, Role.Window, window)
        palette.setColor(group, Role.WindowText, window_text)
        palette.setColor(group, Role.Base, base)
        palette.setColor(group, Role.AlternateBase, alternate)
        palette.setColor(group, Role.Text, text)
        palette.setColor(group, Role.Button, button)
        palette.setColor(group, Role.ButtonText, window_text)
        palette.setColor(group, Role.ToolTipBase, base)
        palette.setColor(group, Role.ToolTipText, text)
        palette.setColor(group, Role.Highlight, highlight)
        palette.setColor(group, Role.HighlightedText, highlighted)
        palette.setColor(group, Role.PlaceholderText, muted)
        palette.setColor(group, Role.Link, link)
        palette.setColor(group, Role.BrightText, QColor("#ff5555"))
    disabled = QPalette.ColorGroup.Disabled
    for role, colour in (
        (Role.Window, window),
        (Role.Base, window),
        (Role.Button, button),
        (Role.WindowText, muted),
        (Role.Text, muted),
        (Role.ButtonText, muted),
        (Role.Highlight, button),
        (Role.HighlightedText, muted),
    ):
        palette.setColor(disabled, role, colour)
    return palette


def apply_theme(app: QGuiApplication, choice: str) -> str:
    """Give the application the palette of `choice`; the theme applied."""
    theme = effective_theme(choice)
    app.setPalette(palette_for(theme))
    return theme
