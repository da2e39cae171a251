"""Writing a file so that it is either the old file or the whole new one, never a part.

The new content goes to a temporary file in the target's folder, which is flushed to disk
and renamed over the target. A target that is a symbolic link keeps its link: the file it
points at is replaced. The new file gets the usual permissions (0666 less the umask), not
the private ones of a temporary file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from reader.errors import ReaderError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: Path, write: Callable[[Path], object]) -> Path:
    """Have `write(temporary_path)` write the content, then move it into place at `path`;
    the path written. Any failure leaves `path` as it was and no temporary file behind."""
    if "\x00" in str(path):
        raise ReaderError(f"{str(path)!r}: not a valid file name (it holds a NUL character)")
    target = path.resolve() if path.is_symlink() else path
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReaderError(f"{path}: the folder does not exist")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name[:60]}.", suffix=".part", dir=folder)
        os.close(handle)
    except OSError as exc:
        raise ReaderError(f"{path}: cannot write ({exc.strerror})") from exc
    temporary = Path(name)
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
