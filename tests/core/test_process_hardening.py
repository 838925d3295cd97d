"""Finding 11: the process was not hardened against core dumps or ptrace. The `securedesk`
command now refuses both before any vault opens, and locks its memory where the lock limit
allows. Everything here runs in child processes: hardening is process-wide."""

from __future__ import annotations

import errno
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from securedesk.core import process_hardening

from ..conftest import ADMIN_PASS, make_vault
from ..hardening_children import child_env, python, unprivileged

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")

# A sibling's attempt to attach: prints the errno of PTRACE_ATTACH (0 when it attached,
# and then it lets go at once) and whether it may open the process's memory.
ATTACH = """
import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
libc.ptrace.argtypes = [ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p]
pid = int(sys.argv[1])
rc = libc.ptrace(16, pid, None, None)  # PTRACE_ATTACH
err = ctypes.get_errno()
if rc == 0:
    os.waitpid(pid, 0)
    libc.ptrace(17, pid, None, None)  # PTRACE_DETACH
    err = 0
try:
    open(f"/proc/{pid}/mem", "rb").close()
    mem = "readable"
except PermissionError:
    mem = "refused"
print(err, mem)
"""


def attach_from_a_sibling(pid: int, env: dict[str, str]) -> tuple[int, str]:
    done = subprocess.run(
        unprivileged(python("-c", ATTACH, str(pid))),
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    code, mem = done.stdout.split()
    return int(code), mem


def wait_for_reader(fifo: Path, proc: subprocess.Popen[str]) -> int:
    """Open the FIFO's writing end once the child has opened it to read (it has then been
    hardened: that is the first thing it does). The child then waits for the passphrase."""
    deadline = time.monotonic() + 60
    while True:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno != errno.ENXIO:
                raise
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"the child never read its passphrase: {proc.communicate()}")
        time.sleep(0.05)


def core_limit(pid: int) -> tuple[str, str]:
    for line in Path(f"/proc/{pid}/limits").read_text(encoding="ascii").splitlines():
        if line.startswith("Max core file size"):
            soft, hard = line.split()[4:6]
            return soft, hard
    raise AssertionError("no core limit line")


@pytest.mark.slow
def test_the_command_refuses_core_dumps_and_ptrace_before_the_vault_opens(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    make_vault(folder, binding=False)
    env = child_env(tmp_path)
    # Control: the same interpreter, not hardened, attached by the same sibling.
    control = subprocess.Popen(
        unprivileged(python("-c", "import sys; sys.stdin.read()")),
        stdin=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        control_code, control_mem = attach_from_a_sibling(control.pid, env)
    finally:
        control.communicate("")
    if control_code != 0:
        pytest.skip(f"this machine refuses ptrace between siblings anyway (errno {control_code})")
    assert control_mem == "readable"

    fifo = tmp_path / "passphrase.fifo"
    os.mkfifo(fifo, 0o600)
    argv = ["-m", "securedesk", "vault", "info", "--vault", str(folder), "--user", "admin"]
    proc = subprocess.Popen(
        unprivileged(python(*argv, "--passphrase-file", str(fifo), "--json")),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        writer = wait_for_reader(fifo, proc)
        # Before the vault opens (the child is waiting for its passphrase):
        assert core_limit(proc.pid) == ("0", "0")
        code, mem = attach_from_a_sibling(proc.pid, env)
        assert code == errno.EPERM, errno.errorcode.get(code, code)
        assert mem == "refused"
        os.write(writer, (ADMIN_PASS + "\n").encode())
        os.close(writer)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    info = json.loads(out)
    assert info["core_dumps_off"] == "yes"
    assert info["ptrace_and_dumps_refused"] == "yes"
    soft = resource.getrlimit(resource.RLIMIT_MEMLOCK)[0]
    limit = None if soft == resource.RLIM_INFINITY else soft
    if process_hardening.lock_limit_allows(limit):
        assert info["memory_locked"] == "yes"
    else:
        assert info["memory_locked"] == "no (lock_limit_below_1_gib)"
    # SQLCipher's memory security: a policy, off by default.
    assert (info["memory_security_policy"], info["memory_security"]) == ("off", "off")
    assert info["memory_locks_failing"] == "no"


# harden() with the lock limit treated as enough, after `prepare`; prints the report and VmLck.
HARDEN = """
import json, resource, sys
from securedesk.core import process_hardening as h
exec(sys.argv[1])
h.LOCK_ALL_MINIMUM_BYTES = 0
report = h.harden()
x = bytearray(32 * 2**20)
x[::4096] = b"x" * len(x[::4096])
print(json.dumps({**report.as_dict(), "vmlck_after": h.current_state().locked_bytes}))
"""


def harden_in_child(tmp_path: Path, prepare: str, *, ordinary: bool) -> dict[str, object]:
    argv = python("-c", HARDEN, prepare)
    done = subprocess.run(
        unprivileged(argv) if ordinary else argv,
        capture_output=True,
        text=True,
        env=child_env(tmp_path),
        timeout=60,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_memory_is_locked_when_the_lock_limit_allows(tmp_path: Path) -> None:
    report = harden_in_child(tmp_path, "", ordinary=False)
    assert report["core_dumps_off"] and report["not_dumpable"]
    if report["memory_lock_state"] == process_hardening.LOCKED:
        assert report["memory_locked"] is True
        # MCL_FUTURE: the 32 MiB touched after locking are locked too.
        assert isinstance(report["vmlck_after"], int)
        assert report["vmlck_after"] >= 32 * 2**20
    else:  # an ordinary account whose limit is below the interpreter's resident size
        assert report["memory_lock_state"] == process_hardening.LOCK_REFUSED


def test_a_refused_lock_is_reported_and_start_goes_on(tmp_path: Path) -> None:
    # An ordinary process whose lock limit is one page cannot lock itself: reported, and
    # core dumps and ptrace are refused all the same.
    prepare = "resource.setrlimit(resource.RLIMIT_MEMLOCK, (4096, 4096))"
    report = harden_in_child(tmp_path, prepare, ordinary=True)
    assert report["memory_lock_state"] == process_hardening.LOCK_REFUSED
    assert report["memory_locked"] is False
    assert report["refused_with"] in ("ENOMEM", "EPERM", "EAGAIN")
    assert report["core_dumps_off"] and report["not_dumpable"]
    assert report["lock_limit_bytes"] == 4096


def test_only_a_lock_limit_of_a_gibibyte_or_more_locks_the_whole_process() -> None:
    assert process_hardening.lock_limit_allows(None)  # unlimited
    assert process_hardening.lock_limit_allows(1 << 30)
    assert not process_hardening.lock_limit_allows((1 << 30) - 1)
    assert not process_hardening.lock_limit_allows(8 * 2**20)  # the usual default


def test_the_default_limit_is_reported_not_fatal(tmp_path: Path) -> None:
    done = subprocess.run(
        unprivileged(
            python(
                "-c",
                "import json, resource\n"
                "resource.setrlimit(resource.RLIMIT_MEMLOCK, (8 * 2**20, 8 * 2**20))\n"
                "from securedesk.core import process_hardening as h\n"
                "print(json.dumps(h.harden().as_dict()))",
            )
        ),
        capture_output=True,
        text=True,
        env=child_env(tmp_path),
        timeout=60,
        check=True,
    )
    report = json.loads(done.stdout)
    assert report["memory_lock_state"] == process_hardening.LIMIT_TOO_SMALL
    assert report["lock_limit_bytes"] == 8 * 2**20
    assert report["core_dumps_off"] and report["not_dumpable"]
    assert report["locked_bytes"] == 0
