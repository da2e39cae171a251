"""What the benchmarks ran on: CPU model, cores, memory, Python, Qt; one line to quote."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 2**20
    except OSError:
        pass
    return None


def describe() -> str:
    """Such as "AMD EPYC (x86_64), 2 cores, 23.5 GiB, Linux, Python 3.11.7, Qt 6.11.3
    (PySide6 6.11.3)"."""
    import PySide6
    from PySide6.QtCore import qVersion

    memory = _memory_gib()
    parts = [
        f"{_cpu_model()} ({platform.machine()})",
        f"{os.cpu_count()} cores",
        *([f"{memory:.1f} GiB"] if memory is not None else []),
        platform.system(),
        f"Python {platform.python_version()}",
        f"Qt {qVersion()} (PySide6 {PySide6.__version__})",
    ]
    return ", ".join(parts)
