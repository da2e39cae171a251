from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reader.atomic import write_text_atomically
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
