"""`python -m reader`, the `reader` command, and `reader-gui` (what the desktop entry runs)."""

from __future__ import annotations

import sys

from reader.cli import main as _cli_main


def main() -> None:
    sys.exit(_cli_main())


def gui_main() -> None:
    """The window started from the desktop, where nobody sees a terminal: a problem is also
    shown in a message box."""
    sys.exit(_cli_main(report_in_dialog=True))


if __name__ == "__main__":
    main()
