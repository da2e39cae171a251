"""Run one command and report its wall time and peak memory: `python -S launcher.py CMD...`.

Prints one line of JSON, {"seconds": ..., "peak_kib": ..., "exit": ...}, and passes the
command's stderr through. It exists because a child's peak memory (`ru_maxrss`) counts the
memory of the process that started it: Linux starts a child as a copy of its parent (or on
its very pages, with vfork), and keeps the high-water mark across `exec`. Started from the
benchmark, a Reader or a bare window would be charged with the benchmark's own memory; started
from this small process (a few MiB, no imports beyond `os`), it is charged only with its own.
"""

import json
import os
import sys
import time


def main() -> int:
    command = sys.argv[1:]
    start = time.perf_counter()
    pid = os.posix_spawnp(command[0], command, os.environ)
    _pid, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    report = {
        "seconds": seconds,
        "peak_kib": usage.ru_maxrss,  # KiB on Linux
        "exit": os.waitstatus_to_exitcode(status),
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
