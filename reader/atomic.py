"""Writing a file so that it is either the old file or the whole new one, never a part.

The new content goes to a temporary file in the target's folder, which is flushed to disk
and renamed over the target. A target that is a symbolic link keeps its link: the file it
points at is replaced. The new file gets the usual permissions (0666 less the umask), not
the private ones of a temporary file.

The temporary is named `.NAME.XXXXXXXX.part` (NAME the target's name, cut to 60 characters,
and eight random hexadecimal digits): hidden, and ending in `.part`, so that neither a person
nor a program looking for the target's kind of file can take it for the target. A failure
removes it; a process killed while writing (SIGKILL, a power cut) cannot, and leaves it. So
each write first removes the temporaries of its own target that are older than
`STALE_AFTER`: a younger one may belong to another process writing the same target at this
moment, whose rename would fail if its temporary went. Only files named exactly as this module
names them are touched, never a symbolic link or a folder.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import time
from collections.abc import Callable
from pathlib import Path

from reader.errors import ReaderError

#: Seconds after which a temporary nobody has written to is a dead writer's. Writing a PDF
#: of hundreds of pages takes seconds; ten minutes leaves room for a slow disk.
STALE_AFTER = 600.0

_NAME_LENGTH = 60
_RANDOM_DIGITS = 8


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def temporary_pattern(name: str | None = None) -> re.Pattern[str]:
    """What the names of the temporaries for a target called `name` (for any target, when
    None) match, in full."""
    stem = re.escape(name[:_NAME_LENGTH]) if name is not None else ".+"
    # Hexadecimal digits now; letters, digits and "_" from tempfile.mkstemp before, whose
    # leftovers go the same way.
    return re.compile(rf"\.{stem}\.[a-z0-9_]{{{_RANDOM_DIGITS}}}\.part")


def remove_stale_temporaries(
    folder: Path, name: str | None = None, older_than: float = STALE_AFTER
) -> list[Path]:
    """Remove the temporaries for a target called `name` (for any target, when None) in
    `folder` that nobody has written to for `older_than` seconds; the files removed. Never
    raises: a leftover that cannot be removed now is removed another time."""
    pattern = temporary_pattern(name)
    limit = time.time() - older_than
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and info.st_mtime < limit:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _new_temporary(folder: Path, name: str) -> Path:
    """Create an empty temporary for a target called `name` in `folder`, readable by its
    owner only until it is complete."""
    import secrets  # with its random module, only when something is written

    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        path = folder / f".{name[:_NAME_LENGTH]}.{secrets.token_hex(_RANDOM_DIGITS // 2)}.part"
        try:
            os.close(os.open(path, flags, 0o600))
        except FileExistsError:
            continue
        return path
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def write_atomically(path: Path, write: Callable[[Path], object]) -> Path:
    """Have `write(temporary_path)` write the content, then move it into place at `path`;
    the path written. Any failure leaves `path` as it was and no temporary file behind."""
    if "\x00" in str(path):
        raise ReaderError(f"{str(path)!r}: not a valid file name (it holds a NUL character)")
    target = path.resolve() if path.is_symlink() else path
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReaderError(f"{path}: the folder does not exist")
    remove_stale_temporaries(folder, target.name)
    try:
        temporary = _new_temporary(folder, target.name)
    except OSError as exc:
        raise ReaderError(f"{path}: cannot write ({exc.strerror})") from exc
    try:
        write(temporary)
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        temporary.chmod(0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ReaderError(f"{path}: cannot write ({exc.strerror})") from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def write_text_atomically(path: Path, text: str) -> Path:
    return write_atomically(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))
