"""atomic_file: place_new / write_new, the one "never over an existing file" writer that the
backup, the reports, attachments and identity files use; place_replacing for files that may
replace one."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from securedesk.core import atomic_file, storage_faults
from securedesk.core.atomic_file import place_new, place_replacing, staged_file, write_new
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput


def _refusal(path: Path) -> InvalidInput:
    # Any kind of the caller's own: place_new raises exactly the error it is given.
    return InvalidInput(ErrorKind.OUTPUT_IS_A_FOLDER, path=str(path))


def _no_hard_links(_src: object, _dst: object) -> None:
    raise OSError(errno.EPERM, "Operation not permitted")  # as vfat answers link()


def test_write_new_writes_owner_only_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    write_new(out, b"figures", _refusal(out))
    assert out.read_bytes() == b"figures"
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]


@pytest.mark.parametrize("hard_links", [True, False])
def test_a_file_that_appeared_is_kept_and_the_callers_error_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hard_links: bool
) -> None:
    if not hard_links:
        monkeypatch.setattr(atomic_file.os, "link", _no_hard_links)
    out = tmp_path / "r.csv"
    refusal = _refusal(out)
    with staged_file(out) as (tmp, handle):
        handle.write(b"ours")
        out.write_bytes(b"someone else's")  # appears while ours is being written
        with pytest.raises(InvalidInput) as raised:
            place_new(tmp, out, refusal, handle)
    assert raised.value is refusal
    assert out.read_bytes() == b"someone else's"
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]


def test_without_hard_links_the_file_is_still_placed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A FAT or exFAT removable drive has no hard links: the name is taken with O_EXCL.
    monkeypatch.setattr(atomic_file.os, "link", _no_hard_links)
    out = tmp_path / "b.sdbackup"
    write_new(out, b"backup", _refusal(out))
    assert out.read_bytes() == b"backup"
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["b.sdbackup"]


def _no_renameat2(_src: object, _dst: object, _refusal: object) -> bool:
    return False  # as where the kernel or the file system has no RENAME_NOREPLACE


def _no_placeholder(*_args: object) -> None:
    raise AssertionError("the placeholder route is only for where renameat2 is missing")


def test_without_hard_links_renameat2_keeps_a_file_and_places_a_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # vfat answers link() with EPERM; the name is then taken by renameat2(RENAME_NOREPLACE),
    # never through an empty placeholder a crash could leave behind.
    monkeypatch.setattr(atomic_file.os, "link", _no_hard_links)
    monkeypatch.setattr(atomic_file, "_place_over_own_placeholder", _no_placeholder)
    kept = tmp_path / "kept.sdbackup"
    kept.write_bytes(b"someone else's")
    refusal = _refusal(kept)
    with pytest.raises(InvalidInput) as raised:
        write_new(kept, b"ours", refusal)
    assert raised.value is refusal
    assert kept.read_bytes() == b"someone else's"
    placed = tmp_path / "new.sdbackup"
    write_new(placed, b"ours", _refusal(placed))
    assert placed.read_bytes() == b"ours"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.sdbackup", "new.sdbackup"]


@pytest.mark.parametrize("exists", [True, False])
def test_without_renameat2_the_placeholder_route_still_refuses_and_places(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exists: bool
) -> None:
    monkeypatch.setattr(atomic_file.os, "link", _no_hard_links)
    monkeypatch.setattr(atomic_file, "_renameat2_noreplace", _no_renameat2)
    out = tmp_path / "r.csv"
    if exists:
        out.write_bytes(b"someone else's")
        with pytest.raises(InvalidInput):
            write_new(out, b"ours", _refusal(out))
        assert out.read_bytes() == b"someone else's"
    else:
        write_new(out, b"ours", _refusal(out))
        assert out.read_bytes() == b"ours"
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]


def test_a_rename_that_fails_leaves_neither_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic_file.os, "link", _no_hard_links)
    monkeypatch.setattr(atomic_file, "_renameat2_noreplace", _no_renameat2)

    def failing_replace(self: Path, _target: object) -> Path:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(Path, "replace", failing_replace)
    out = tmp_path / "r.pdf"
    with pytest.raises(OSError):
        write_new(out, b"report", _refusal(out))
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_while_staging_is_a_storage_fault_not_a_folder_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Backup create stages through staged_file: disk full must stay 'disk full' (exit 1).
    def full(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic_file.tempfile, "mkstemp", full)
    with pytest.raises(storage_faults.StorageFault) as raised, staged_file(tmp_path / "b"):
        pass
    assert raised.value.kind is storage_faults.StorageFaultKind.DISK_FILLED


def test_a_folder_that_is_not_there_is_the_users_choice_of_folder(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as raised, staged_file(tmp_path / "typo" / "b"):
        pass
    assert raised.value.kind is ErrorKind.FOLDER_NOT_WRITABLE


def test_place_replacing_syncs_the_data_before_the_name_points_at_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Callers rename inside a staged_file block, before staged_file's own fsync: the name
    must not reach the disk before the data does (a power cut would leave a short file)."""
    out = tmp_path / "export.jsonl"
    out.write_bytes(b"the old export\n")
    order: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (order.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(
        os, "replace", lambda a, b: (order.append("replace"), real_replace(a, b))[1]
    )
    with staged_file(out) as (tmp, handle):
        handle.write(b"the new export\n")
        place_replacing(tmp, out, handle)
    assert out.read_bytes() == b"the new export\n"
    assert order[:2] == ["fsync", "replace"]  # the data, then the name (then the folder)
    assert "fsync" in order[2:]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.jsonl"]
