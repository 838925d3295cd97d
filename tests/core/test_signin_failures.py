"""Issue 10, finding 9: failed sign-ins. The record's deletion, editing or rollback is detected,
reported at the next sign-in and written to the audit chain; a delay grows with each failure
and is enforced before the passphrase is checked; an unknown name and a wrong passphrase are
refused alike. Against real vaults, bound to the (in-memory) keyring or not."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from securedesk.core.errors import SignInFailed
from securedesk.core.session import Session
from securedesk.core.vault import signin_failures
from securedesk.core.vault.signin_failures import FILE_NAME, delay_after

from ..conftest import ADMIN_PASS, OFFICER_PASS, folder_digest, make_vault
from ..keyring_memory import MemoryKeyring

WRONG = "certainly not the passphrase"
T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(signin_failures.PACING, "now", c)
    return c


@pytest.fixture(params=[True, False], ids=["bound", "unbound"])
def any_vault(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    make_vault(folder, binding=request.param)
    return folder


def fail(vault: Path, user: str = "olivia", times: int = 1) -> None:
    for _ in range(times):
        with pytest.raises(SignInFailed):
            Session.sign_in(vault, user, WRONG)


def tamper_events(session: Session) -> list[dict[str, object]]:
    return [
        json.loads(e.details)
        for e in session.audit.events()
        if e.action == "sign-in failure record tampered"
    ]


# -- the delay ---------------------------------------------------------------------------


def test_the_delay_schedule() -> None:
    assert [delay_after(n) for n in range(0, 10)] == [0, 0, 1, 2, 4, 8, 16, 30, 30, 30]
    assert delay_after(10_000) == 30


def test_the_delay_is_enforced_before_the_passphrase_is_checked(
    vault: Path, clock: Clock, signin_sleeps: list[float]
) -> None:
    fail(vault, times=4)  # waits before attempts 3 and 4: 1 s, then 2 s
    assert signin_sleeps == [1.0, 2.0]
    told: list[float] = []
    s = Session.sign_in(vault, "olivia", OFFICER_PASS, on_wait=told.append)
    assert told == [4.0] and signin_sleeps[-1] == 4.0  # told first, then the wait
    assert s.signin_report.failed_attempts == 4
    s.lock()
    # Time that has passed counts: 3 s after a failure that imposes 1 s, there is no wait.
    fail(vault, times=2)
    clock.now += timedelta(seconds=0.25)
    fail(vault)
    assert signin_sleeps[-1] == 0.75
    clock.now += timedelta(seconds=3)
    n = len(signin_sleeps)
    Session.sign_in(vault, "oscar", OFFICER_PASS).lock()  # another name: no wait at all
    fail(vault)
    assert signin_sleeps[n:] == []


def test_an_interrupted_wait_checks_nothing_and_counts_nothing(
    vault: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail(vault, times=2)
    before = folder_digest(vault)

    class Interrupted(Exception):
        pass

    def sleep(seconds: float) -> None:
        raise Interrupted

    monkeypatch.setattr(signin_failures.PACING, "sleep", sleep)
    # Even the right passphrase is not looked at before the wait is over.
    with pytest.raises(Interrupted):
        Session.sign_in(vault, "olivia", OFFICER_PASS)
    assert folder_digest(vault) == before


def test_a_clock_put_back_does_not_shorten_the_wait(
    vault: Path, clock: Clock, signin_sleeps: list[float]
) -> None:
    fail(vault, times=3)
    clock.now -= timedelta(days=1)
    fail(vault)
    assert signin_sleeps[-1] == 2.0


# -- one message -------------------------------------------------------------------------


def test_unknown_name_and_wrong_passphrase_are_refused_and_paced_alike(
    vault: Path, clock: Clock, signin_sleeps: list[float]
) -> None:
    errors = []
    for user in ("nobody", "olivia"):
        with pytest.raises(SignInFailed) as caught:
            Session.sign_in(vault, user, WRONG)
        errors.append(caught.value)
    assert str(errors[0]) == str(errors[1])
    assert errors[0].kind == errors[1].kind and errors[0].data == errors[1].data == {}
    fail(vault, "nobody", times=2)
    fail(vault, "olivia", times=2)
    assert signin_sleeps == [1.0, 1.0]  # the same schedule for a name that does not exist
    # The unknown name is not written down (it might be a passphrase typed in the wrong box).
    assert b"nobody" not in (vault / FILE_NAME).read_bytes()
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    assert admin.signin_report.unknown_user_attempts == 3
    admin.lock()


def test_beyond_the_cap_every_new_name_shares_one_entry(
    vault: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch, signin_sleeps: list[float]
) -> None:
    monkeypatch.setattr(signin_failures, "MAX_ENTRIES", 3)
    for name in ("a1", "a2", "a3", "a4", "a5"):
        fail(vault, name)
    # a4 and a5 went to the one shared entry (a5 was its second failure: no wait yet) ...
    assert signin_sleeps == []
    # ... and so does a real name that has no entry: its first attempt waits.
    fail(vault, "olivia")
    assert signin_sleeps[-1] == 1.0
    counts = json.loads((vault / FILE_NAME).read_bytes())["counts"]
    assert len(counts) == 4 and counts[signin_failures.OVERFLOW] == 3


# -- the record's tampering --------------------------------------------------------------


def test_a_deleted_record_is_reported_and_audited(any_vault: Path, clock: Clock) -> None:
    fail(any_vault, times=2)
    (any_vault / FILE_NAME).unlink()
    s = Session.sign_in(any_vault, "olivia", OFFICER_PASS)
    assert s.signin_report.record_tampered == "missing"
    s.lock()
    # Reported once: the record is sound again afterwards.
    s = Session.sign_in(any_vault, "olivia", OFFICER_PASS)
    assert s.signin_report.record_tampered is None
    s.lock()
    admin = Session.sign_in(any_vault, "admin", ADMIN_PASS)
    assert tamper_events(admin) == [{"found": "missing"}]
    assert admin.audit.verify().ok
    admin.lock()


def test_a_failure_after_the_deletion_does_not_hide_it(
    any_vault: Path, clock: Clock, signin_sleeps: list[float]
) -> None:
    fail(any_vault, times=3)
    (any_vault / FILE_NAME).unlink()
    fail(any_vault)  # written afresh, but marked
    # While the record cannot be trusted, every attempt waits the longest delay.
    assert signin_sleeps[-1] == signin_failures.DELAY_CAP_SECONDS
    s = Session.sign_in(any_vault, "olivia", OFFICER_PASS)
    assert s.signin_report.record_tampered == "missing"
    assert s.signin_report.failed_attempts == 1  # the one after; the three before are lost
    s.lock()


def test_an_edited_record_is_reported(any_vault: Path, clock: Clock) -> None:
    fail(any_vault, times=3)
    path = any_vault / FILE_NAME
    doc = json.loads(path.read_bytes())
    doc["counts"] = {}
    doc["last"] = {}
    path.write_text(json.dumps(doc))
    s = Session.sign_in(any_vault, "olivia", OFFICER_PASS)
    assert s.signin_report.record_tampered == "altered"
    s.lock()


def test_a_record_put_back_from_an_older_copy_is_reported(any_vault: Path, clock: Clock) -> None:
    Session.sign_in(any_vault, "olivia", OFFICER_PASS).lock()
    saved = (any_vault / FILE_NAME).read_bytes()
    fail(any_vault, times=3)
    (any_vault / FILE_NAME).write_bytes(saved)
    s = Session.sign_in(any_vault, "olivia", OFFICER_PASS)
    assert s.signin_report.record_tampered == "rolled back"
    s.lock()


def test_the_old_record_format_is_taken_once_without_alarm(
    vault: Path, memory_keyring: MemoryKeyring
) -> None:
    """A vault from before this change: no anchor, no number in the database, a version 1
    file with its shared unknown-user entry."""
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    vault_id = admin.vault.vault_id
    admin.vault.conn.execute("DELETE FROM vault_info WHERE key = ?", (signin_failures.DB_KEY,))
    admin.lock()
    memory_keyring.secrets.pop((signin_failures.KEYRING_SERVICE, f"vault:{vault_id}"))
    old = {
        "counts": {"olivia": 2, "(unknown user)": 1},
        "last": {"olivia": "2025-02-01T10:00:00+00:00"},
    }
    (vault / FILE_NAME).write_text(json.dumps(old))
    s = Session.sign_in(vault, "olivia", OFFICER_PASS)
    assert (s.signin_report.failed_attempts, s.signin_report.record_tampered) == (2, None)
    s.lock()
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    assert admin.signin_report.unknown_user_attempts == 1
    assert admin.signin_report.record_tampered is None
    admin.lock()
    assert json.loads((vault / FILE_NAME).read_bytes())["version"] == 2


def test_unbound_vault_keeps_the_key_and_number_in_the_slot_file(
    tmp_path: Path, clock: Clock
) -> None:
    """The documented limit: without binding, the MAC key is in keyslots.json. Putting back
    the failure file alone is caught there; putting back both is caught by the database
    only as far as the last successful sign-in."""
    folder = tmp_path / "vault"
    make_vault(folder, binding=False)
    slots = json.loads((folder / "keyslots.json").read_text())
    assert len(slots["signin_key"]) == 44 and slots["signin_seq"] >= 1
    saved_failures = (folder / FILE_NAME).read_bytes()
    saved_slots = (folder / "keyslots.json").read_bytes()
    fail(folder, times=2)
    assert json.loads((folder / "keyslots.json").read_text())["signin_seq"] > slots["signin_seq"]
    (folder / FILE_NAME).write_bytes(saved_failures)
    s = Session.sign_in(folder, "olivia", OFFICER_PASS)
    assert s.signin_report.record_tampered == "rolled back"
    s.lock()
    # Both files put back to their state at the last sign-in: only the failures since are
    # lost, and that is the limit stated in signin_failures.py.
    saved_failures = (folder / FILE_NAME).read_bytes()
    saved_slots = (folder / "keyslots.json").read_bytes()
    fail(folder, times=2)
    (folder / FILE_NAME).write_bytes(saved_failures)
    (folder / "keyslots.json").write_bytes(saved_slots)
    s = Session.sign_in(folder, "olivia", OFFICER_PASS)
    assert s.signin_report.record_tampered is None
    assert s.signin_report.failed_attempts == 0
    s.lock()


def test_unbound_striking_out_the_number_and_deleting_the_record_is_seen(
    tmp_path: Path, clock: Clock
) -> None:
    folder = tmp_path / "vault"
    make_vault(folder, binding=False)
    fail(folder, times=3)
    doc = json.loads((folder / "keyslots.json").read_text())
    del doc["signin_seq"]
    (folder / "keyslots.json").write_text(json.dumps(doc))
    (folder / FILE_NAME).unlink()
    fail(folder)
    s = Session.sign_in(folder, "olivia", OFFICER_PASS)
    assert s.signin_report.record_tampered == "missing"
    s.lock()


def test_a_record_from_another_vault_is_altered(tmp_path: Path, vault: Path) -> None:
    other = tmp_path / "other"
    make_vault(other)
    fail(other, times=2)
    shutil.copy(other / FILE_NAME, vault / FILE_NAME)
    s = Session.sign_in(vault, "olivia", OFFICER_PASS)
    assert s.signin_report.record_tampered == "altered"
    s.lock()
