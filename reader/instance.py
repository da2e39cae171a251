"""One Reader per data folder: a later `reader` run hands its files to the running one.

The running Reader listens on a local socket named after the user and the data folder
(`instance_name`), in the user's runtime folder where no other user can take the name, and
takes from it only a request line of absolute paths or web addresses (`request_items`); the
window's side of it is `reader.app.Session.listen`. A Reader about to listen first takes the
folder's lock file (`claim_folder`), so that two started at once do not both open a window:
the second waits for the first to listen (`hand_over_when_started`). Qt's network module
is imported only when a socket is first used, and the lock's class when a folder is claimed.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from reader.importers import is_web_address

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

__all__ = [
    "MAX_REQUEST",
    "STARTING_WAIT",
    "claim_folder",
    "hand_over",
    "hand_over_when_started",
    "instance_name",
    "is_ours",
    "release_folder",
    "request_items",
]

#: Keeps the console application `hand_over` makes when none exists.
_console: list[QCoreApplication] = []

#: The longest request a running Reader reads, and the most items it takes from one.
MAX_REQUEST = 1 << 20
_MAX_ITEMS = 1000


def request_items(line: bytes) -> list[str] | None:
    """The items of a request line, `{"open": [absolute path or web address, ...]}`; None
    for anything else (the caller answers "error" and does nothing)."""
    try:
        request = json.loads(line.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    items = request.get("open") if isinstance(request, dict) else None
    if not isinstance(items, list) or len(items) > _MAX_ITEMS:
        return None
    if not all(isinstance(item, str) for item in items):
        return None
    if not all(is_web_address(item) or Path(item).is_absolute() for item in items):
        return None
    return items


#: The instance locks this process holds, by data folder (see `claim_folder`).
_claims: dict[Path, QLockFile] = {}
#: How long a `reader` run waits for another Reader that is starting on the same folder to
#: answer, before it opens a window of its own (seconds).
STARTING_WAIT = 10.0


def claim_folder(data_dir: Path) -> bool:
    """Make this process the Reader of `data_dir`, the one that listens for later runs: it
    takes the folder's lock file (`.reader.lock`), unless another running Reader holds it.
    False only then. Two Readers started at once would otherwise both find nobody listening,
    and the second would take the socket from the first. A lock left by a Reader that has
    ended, whether it crashed or was killed, is taken over."""
    folder = data_dir.resolve()
    if folder in _claims:
        return True
    from PySide6.QtCore import QLockFile

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return True  # nowhere to lock: go on as before there was a lock
    if not os.access(folder, os.W_OK):
        return True  # a read-only folder: nothing to lock, and a lock left there stays
    lock = QLockFile(str(folder / ".reader.lock"))
    lock.setStaleLockTime(0)  # stale when its process is gone, never by its age alone
    if not lock.tryLock(0):
        if lock.error() != QLockFile.LockError.LockFailedError:
            return True  # cannot lock here: go on without
        # QLockFile knows its holder by process id and program name, and every Reader's
        # program is Python: a lock left by a Reader that crashed looks held while its id
        # belongs to another Python, or, in a PID namespace (Flatpak, a container), to the
        # next Reader itself. The holder's system lock on the file says more: it goes with
        # its process, and removeStaleLockFile removes the file only if nobody holds it.
        if not (lock.removeStaleLockFile() and lock.tryLock(0)):
            return False
    _claims[folder] = lock
    return True


def release_folder(data_dir: Path) -> None:
    """Give up the folder `claim_folder` took (its lock file goes)."""
    lock = _claims.pop(data_dir.resolve(), None)
    if lock is not None:
        lock.unlock()


def hand_over_when_started(data_dir: Path, items: list[str], wait: float = STARTING_WAIT) -> bool:
    """`hand_over`, tried until a Reader that is starting on `data_dir` answers, for at most
    `wait` seconds; False if none did."""
    deadline = time.monotonic() + wait
    while True:
        if hand_over(data_dir, items):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


def instance_name(data_dir: Path) -> str:
    """The local socket a Reader on `data_dir` listens on, one per user and data folder: in
    the user's own runtime folder (mode 0700, so no other user can take the name first),
    else in the data folder; only when neither can hold a socket path, a name in the
    system's temporary folder."""
    import hashlib  # OpenSSL's: only for a window that listens, not for a screenshot

    key = f"{os.getuid() if hasattr(os, 'getuid') else ''}:{data_dir.resolve()}"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    candidates = [Path(runtime) / f"reader-{digest}"] if runtime else []
    candidates.append(data_dir.resolve() / ".reader.socket")
    for path in candidates:
        # A Unix socket's path is limited to about 107 bytes.
        if len(os.fsencode(path)) < 100 and _private_folder(path.parent):
            return str(path)
    return f"reader-{digest}"


def _private_folder(folder: Path) -> bool:
    """Whether `folder` is a folder of this user's that others cannot write into."""
    try:
        info = folder.stat()
    except OSError:
        return False
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return folder.is_dir() and mine and not info.st_mode & 0o022


def is_ours(name: str) -> bool:
    """Whether a socket path is free or this user's (another user's is never touched)."""
    if not name.startswith("/"):
        return True
    try:
        owner = Path(name).lstat().st_uid
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return not hasattr(os, "getuid") or owner == os.getuid()


def hand_over(data_dir: Path, items: list[str], timeout_ms: int = 1500) -> bool:
    """Give `items` (absolute paths, addresses) to a Reader already running on `data_dir`;
    False when none answers."""
    if QCoreApplication.instance() is None:
        # Sockets need an application object, even for blocking calls; a console one will do.
        _console.append(QCoreApplication([sys.argv[0] if sys.argv else "reader"]))
    from PySide6.QtNetwork import QLocalSocket

    name = instance_name(data_dir)
    if not is_ours(name):
        return False  # never hand a file to a socket another user made
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(json.dumps({"open": items}, ensure_ascii=False).encode("utf-8") + b"\n")
    socket.flush()
    answered = socket.waitForReadyRead(timeout_ms) and socket.readLine().data() == b"ok\n"
    socket.disconnectFromServer()
    return bool(answered)
