"""Desktop integration on Linux: `reader install-desktop` puts Reader in the applications menu
and lets file managers open articles with it ("Open With → Reader").

It writes, for the current user, the desktop entry (`reader.desktop`, with `Exec` pointing at
this installation's `reader-gui`) into `$XDG_DATA_HOME/applications` and the icon into the
hicolor theme. Nothing needs root; running it again replaces both.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from reader import paths
from reader.atomic import write_atomically

__all__ = ["install_desktop_entry"]


def _data_home() -> Path:
    configured = os.environ.get("XDG_DATA_HOME")
    return Path(configured) if configured else Path.home() / ".local" / "share"


def _launcher() -> str:
    """The command that starts this installation's window, as an absolute path when it can
    be found (a venv's scripts are not on the desktop's PATH)."""
    beside = Path(sys.executable).parent / "reader-gui"
    if beside.is_file():
        return str(beside)
    found = shutil.which("reader-gui")
    return found or "reader-gui"


def exec_argument(program: str) -> str:
    """`program` as an argument of a desktop entry's Exec key: quoted, with the characters
    the Desktop Entry Specification reserves escaped, and "%" doubled (a lone one would be a
    field code). The key's value is then escaped once more as a string (backslashes
    doubled)."""
    quoted = "".join("\\" + c if c in '"`$\\' else c for c in program).replace("%", "%%")
    return '"' + quoted.replace("\\", "\\\\") + '"'


def install_desktop_entry() -> list[Path]:
    """Write the desktop entry and the icon; the files written."""
    home = _data_home()
    entry = paths.desktop_entry().read_text(encoding="utf-8")
    entry = entry.replace("Exec=reader-gui %F", f"Exec={exec_argument(_launcher())} %F")
    entry_path = home / "applications" / "reader.desktop"
    icon_path = home / "icons" / "hicolor" / "scalable" / "apps" / "reader.svg"
    _write(entry_path, entry.encode("utf-8"))
    _write(icon_path, paths.app_icon().read_bytes())
    return [entry_path, icon_path]


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)

    def write(temporary: Path) -> None:
        temporary.write_bytes(data)

    write_atomically(target, write)
