"""Clean-up that must run when the process ends, however it ends normally.

`reader` ends its process without the interpreter's tear-down (`reader.__main__`), which
skips `atexit`; in-process uses (tests, `python -c`) end with it. `at_end(step)` registers a
step for both: `run_steps` (called by `reader.__main__` before it ends the process) runs
each step once and takes it off `atexit`.
"""

from __future__ import annotations

import atexit
import contextlib
from collections.abc import Callable

_steps: list[Callable[[], None]] = []


def at_end(step: Callable[[], None]) -> None:
    """Run `step` when the process ends (see the module docstring)."""
    _steps.append(step)
    atexit.register(step)


def run_steps() -> None:
    """Run the registered steps now, newest first (as `atexit` would); a step that fails
    does not stop the others."""
    while _steps:
        step = _steps.pop()
        atexit.unregister(step)
        with contextlib.suppress(Exception):
            step()
