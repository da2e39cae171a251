"""The warning that lists the files an import skipped, each with its reason in the interface's
language (`reader.reasons` holds the reasons and marks them for translation)."""

from __future__ import annotations

from string import Formatter

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.reasons import CONTEXT, Reason
from reader.store.library import ImportResult
from reader.textdir import LRM, RLM, isolate

# How many skipped files the warning lists in its text; the rest are under "Details".
SHOWN = 12


def translated(why: Reason | None) -> str:
    """`why` in the interface's language: its template translated, and each value that is a
    phrase of `reader.reasons` (what kind of file it is); names and numbers stay as they are,
    each isolated in a translated reason, so that a Latin address or "0xff" keeps its order
    inside right-to-left text. A translation that lost one of the template's fields falls
    back to the English."""
    if why is None:
        return ""
    template = QCoreApplication.translate(CONTEXT, why.template)
    if template == why.template:
        return str(why)
    if not why.values:
        return template
    if _fields(template) != _fields(why.template):
        return str(why)
    values = {
        name: isolate(QCoreApplication.translate(CONTEXT, value)) for name, value in why.values
    }
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):
        return str(why)


def _fields(template: str) -> set[str]:
    """The names of a template's `{fields}`; a template that does not parse has none."""
    try:
        return {name for _text, name, _spec, _conversion in Formatter().parse(template) if name}
    except ValueError:
        return set()


def report_line(result: ImportResult) -> str:
    """ "path: reason" in the interface's direction, which a mark opening the line sets (Qt
    takes a line's direction from its first strong character, isolates included), with the
    path kept whole in a first-strong isolate: its slashes and dots stay where a Latin path
    has them."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return f"{RLM if rtl else LRM}{isolate(result.path)}: {translated(result.why)}"


class SkippedReport(QMessageBox):
    """A warning, not yet shown, that lists the files an import skipped (the first `SHOWN` in
    its text, all of them under "Details" when there are more). Signals: QMessageBox's."""

    def __init__(self, skipped: list[ImportResult], parent: QWidget | None = None) -> None:
        lines = [report_line(r) for r in skipped]
        super().__init__(
            QMessageBox.Icon.Warning,
            self.tr("Some files were not imported"),
            "\n".join(lines[:SHOWN]),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        if len(lines) > SHOWN:
            more = len(lines) - SHOWN
            self.setText(self.text() + "\n" + self.tr("and %n more (see Details)", "", more))
            self.setDetailedText("\n".join(lines))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
