"""Writing files whole or not at all, and clearing what a killed writer left."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.atomic import (
    STALE_AFTER,
    remove_stale_temporaries,
    temporary_pattern,
    write_text_atomically,
)
from reader.errors import ReaderError


def test_new_file_gets_the_usual_permissions_not_a_temporary_files(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = write_text_atomically(tmp_path / "out.json", "{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert path.read_text(encoding="utf-8") == "{}"


def test_a_symbolic_link_stays_a_link_to_the_new_content(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_text_atomically(link, "new")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"


def test_failure_keeps_the_old_file_and_leaves_nothing_behind(tmp_path: Path) -> None:
    (tmp_path / "out.json").mkdir()  # the rename onto a folder fails
    with pytest.raises(ReaderError, match="cannot write"):
        write_text_atomically(tmp_path / "out.json", "{}")
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    with pytest.raises(ReaderError, match="the folder does not exist"):
        write_text_atomically(tmp_path / "missing" / "x.json", "{}")


def test_a_name_no_file_system_accepts_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="not a valid file name"):
        write_text_atomically(tmp_path / "a\x00b.json", "{}")
    assert list(tmp_path.iterdir()) == []


def _age(path: Path, seconds: float = STALE_AFTER + 60) -> None:
    """Make `path` look as if nobody had written to it for `seconds`."""
    past = time.time() - seconds
    os.utime(path, (past, past), follow_symlinks=False)


# Names with characters a pattern could misread, and one longer than the part kept.
NAMES = ["out.pdf", "a+b (1) [x].pdf", "تقرير عن خطة التطوير الجديدة في المدن والقرى " * 2 + ".pdf"]


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")
@pytest.mark.parametrize("name", NAMES, ids=["plain", "metacharacters", "long"])
def test_what_a_killed_writer_leaves_is_hidden_and_the_next_write_removes_it_once_stale(
    tmp_path: Path, name: str
) -> None:
    target = tmp_path / name
    code = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from reader.atomic import write_atomically\n"
        "def write(temporary):\n"
        "    temporary.write_bytes(b'%PDF-1.7 half of it')\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "write_atomically(Path(sys.argv[1]), write)\n"
    )
    killed = subprocess.run([sys.executable, "-c", code, str(target)], check=False, timeout=60)
    assert killed.returncode == -signal.SIGKILL
    [left] = list(tmp_path.iterdir())
    assert left.name.startswith(".") and left.name.endswith(".part")
    assert temporary_pattern(name).fullmatch(left.name)
    # Young, it may be another process's, still writing: it stays.
    write_text_atomically(target, "first")
    assert left.exists()
    _age(left)
    write_text_atomically(target, "second")
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert target.read_text(encoding="utf-8") == "second"


def test_a_write_removes_only_its_own_targets_stale_temporaries(tmp_path: Path) -> None:
    stale = tmp_path / ".out.pdf.0123abcd.part"
    older_kind = tmp_path / ".out.pdf.k_9zq0x1.part"  # named by tempfile.mkstemp, as before
    young = tmp_path / ".out.pdf.89abcdef.part"
    others = [
        ".other.pdf.0123abcd.part",  # another file's
        ".out.pdf.part",  # a download's, or another program's
        "out.pdf.0123abcd.part",
        ".out.pdf.0123abcd.part.bak",
        ".out.pdf.0123abcd0.part",
        ".out.pdf.0123ABCD.part",
    ]
    for path in (stale, older_kind, young, *(tmp_path / n for n in others)):
        path.write_bytes(b"half")
        if path is not young:
            _age(path)
    write_text_atomically(tmp_path / "out.pdf", "whole")
    assert not stale.exists()
    assert not older_kind.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([young.name, "out.pdf", *others])


def test_a_folder_or_link_named_as_a_temporary_stays(tmp_path: Path) -> None:
    folder = tmp_path / ".out.pdf.00000000.part"
    folder.mkdir()
    kept = tmp_path / "kept.txt"
    kept.write_text("mine", encoding="utf-8")
    link = tmp_path / ".out.pdf.11111111.part"
    link.symlink_to(kept)
    for path in (folder, link, kept):
        _age(path)
    assert remove_stale_temporaries(tmp_path, "out.pdf") == []
    assert folder.is_dir() and link.is_symlink()
    assert kept.read_text(encoding="utf-8") == "mine"


def test_stale_temporaries_of_every_target_in_a_folder_of_reader_s_own(tmp_path: Path) -> None:
    """What a folder of Reader's own (the bookmark backups) can clear at once."""
    stale = [tmp_path / ".bookmarks-1.json.0123abcd.part", tmp_path / ".b.json.a1b2c3d4.part"]
    young = tmp_path / ".bookmarks-3.json.0123abcd.part"
    whole = tmp_path / "bookmarks-2.json"
    for path in (*stale, young, whole):
        path.write_text("{}", encoding="utf-8")
        if path is not young:
            _age(path)
    assert sorted(remove_stale_temporaries(tmp_path)) == sorted(stale)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([young.name, whole.name])
