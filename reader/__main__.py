"""`python -m reader`, the `reader` command, and `reader-gui` (what the desktop entry runs)."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from typing import NoReturn


def main() -> NoReturn:
    _end(_run())


def gui_main() -> NoReturn:
    """The window started from the desktop, where nobody sees a terminal: a problem is also
    shown in a message box."""
    _end(_run(report_in_dialog=True))


def _run(report_in_dialog: bool = False) -> int:
    # Python's cycle collector would run many times while Reader's modules and the classes of
    # Qt's enums are made, and find nothing to free: that took 15 ms of each start. It is off
    # until a command starts its work (`reader.cli.main`) or the window is on the screen
    # (`reader.app.run_window`), which turn it back on.
    gc.disable()
    from reader.cli import main as cli_main

    return cli_main(report_in_dialog=report_in_dialog)


def _end(status: int) -> NoReturn:
    """End the process with `status`, skipping the interpreter's and Qt's tear-down.

    When a command returns, everything it wrote is committed and closed: the libraries
    (`reader.cli.main`), the settings (saved and synced when the window closes), the window's
    socket (`Session.stop_listening`), imports (waited for before the window closes) and
    exports (written to a temporary file and renamed). What is left to clean up is
    registered with `reader.ending.at_end` and done here (the PDF export's font folder). What
    is skipped is freeing memory the system takes back anyway: destroying every widget and Qt
    object, then every module, took about 25 ms after each window on the benchmark machine
    (`bench/start_bench.py`).
    """
    from reader.ending import run_steps

    run_steps()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:  # None without a console (pythonw) or with the fd closed
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
    os._exit(status)


if __name__ == "__main__":
    main()
