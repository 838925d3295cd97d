"""SQL for users, the vault's facts and its policy."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from securedesk.core.access import Role
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput, NotFound
from securedesk.core.markings import Marking
from securedesk.core.vault.database import Connection


@dataclass(frozen=True)
class UserRecord:
    name: str
    display_name: str
    clearance: Marking
    roles: frozenset[Role]
    disabled: bool
    must_change_passphrase: bool
    created_at: str


class UserStore:
    """Users, vault facts and policy rows."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def vault_info(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM vault_info").fetchall())

    def set_vault_info(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO vault_info (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def policy(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM policy").fetchall())

    def set_policy(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO policy (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def add_user(
        self,
        name: str,
        display_name: str,
        clearance: Marking,
        roles: Iterable[Role],
        now: str,
        must_change_passphrase: bool = False,
    ) -> None:
        if self.conn.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone():
            raise InvalidInput(ErrorKind.USER_EXISTS, user=name)
        self.conn.execute(
            "INSERT INTO users (name, display_name, clearance, must_change_passphrase, "
            "created_at) VALUES (?, ?, ?, ?, ?)",
            (name, display_name, clearance.value, int(must_change_passphrase), now),
        )
        self.set_roles(name, roles)

    def set_roles(self, name: str, roles: Iterable[Role]) -> None:
        self.conn.execute("DELETE FROM user_roles WHERE user = ?", (name,))
        self.conn.executemany(
            "INSERT INTO user_roles (user, role) VALUES (?, ?)",
            [(name, r.value) for r in sorted(set(roles), key=lambda r: r.value)],
        )

    def set_clearance(self, name: str, clearance: Marking) -> None:
        self.conn.execute("UPDATE users SET clearance = ? WHERE name = ?", (clearance.value, name))

    def set_disabled(self, name: str, disabled: bool) -> None:
        self.conn.execute("UPDATE users SET disabled = ? WHERE name = ?", (int(disabled), name))

    def set_must_change_passphrase(self, name: str, value: bool) -> None:
        self.conn.execute(
            "UPDATE users SET must_change_passphrase = ? WHERE name = ?", (int(value), name)
        )

    def get_user(self, name: str) -> UserRecord:
        row = self.conn.execute(
            "SELECT name, display_name, clearance, disabled, must_change_passphrase, created_at "
            "FROM users WHERE name = ?",
            (name,),
        ).fetchone()
        if row is None:
            raise NotFound(ErrorKind.USER_NOT_FOUND, user=name)
        roles = frozenset(
            Role(r)
            for (r,) in self.conn.execute("SELECT role FROM user_roles WHERE user = ?", (name,))
        )
        return UserRecord(
            name=row[0],
            display_name=row[1],
            clearance=Marking(row[2]),
            roles=roles,
            disabled=bool(row[3]),
            must_change_passphrase=bool(row[4]),
            created_at=row[5],
        )

    def list_users(self) -> list[UserRecord]:
        names = [r[0] for r in self.conn.execute("SELECT name FROM users ORDER BY name")]
        return [self.get_user(n) for n in names]
