"""The outer envelope and the inner manifest of a bundle: what they hold and how they are read.

Both are small JSON objects; every field is checked for type, shape and bounds, and unknown
fields are refused, so that what a checkpoint shows is exactly what was signed.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from securedesk.core.errors import BundleRejected
from securedesk.core.markings import Marking
from securedesk.transfer.limits import (
    MAX_CASES,
    MAX_ENVELOPE_BYTES,
    MAX_EXPIRY_DAYS,
    MAX_MANIFEST_BYTES,
    MAX_PAYLOAD_BYTES,
    MAX_RECIPIENTS,
)
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.strict_json import dumps, loads_object
from securedesk.transfer.transfer_error_kinds import TransferDetail, TransferErrorKind

FORMAT_VERSION = 1
KINDS = ("records", "receipt")
_FINGERPRINT = re.compile(r"\A\d{5}( \d{5}){5}\Z")
_KEY_ID = re.compile(r"\A[0-9A-F]{16}\Z")
_SHA256 = re.compile(r"\A[0-9a-f]{64}\Z")
_AGE_RECIPIENT = re.compile(r"\Aage1[02-9ac-hj-np-z]{58}\Z")
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def format_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_TIME_FORMAT)


@dataclass(frozen=True)
class Party:
    """A terminal as a bundle names it. `age_recipient` only inside the manifest."""

    fingerprint: str
    minisign_key_id: str = ""
    name: str = ""
    organisation: str = ""
    age_recipient: str = ""

    def to_json(self, fields: tuple[str, ...]) -> dict[str, str]:
        return {f: getattr(self, f) for f in fields}


_SENDER_OUTER = ("fingerprint", "minisign_key_id", "name", "organisation")
_SENDER_INNER = (*_SENDER_OUTER, "age_recipient")
_RECIPIENT_OUTER = ("fingerprint",)
_RECIPIENT_INNER = ("fingerprint", "age_recipient")


@dataclass(frozen=True)
class BundleHeader:
    """Fields the envelope and the manifest share (and must agree on)."""

    kind: str
    bundle_id: str
    sequence: int
    created: datetime
    expires: datetime
    highest_marking: Marking
    sender: Party
    recipients: tuple[Party, ...]

    def _common(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "kind": self.kind,
            "bundle_id": self.bundle_id,
            "sequence": self.sequence,
            "created": format_time(self.created),
            "expires": format_time(self.expires),
            "highest_marking": self.highest_marking.value,
        }

    def recipient_fingerprints(self) -> list[str]:
        return [r.fingerprint for r in self.recipients]


@dataclass(frozen=True)
class Envelope(BundleHeader):
    payload_size: int = 0
    payload_sha256: str = ""

    def to_bytes(self) -> bytes:
        return dumps(
            {
                **self._common(),
                "format": "securedesk-bundle",
                "sender": self.sender.to_json(_SENDER_OUTER),
                "recipients": [r.to_json(_RECIPIENT_OUTER) for r in self.recipients],
                "payload": {"size": self.payload_size, "sha256": self.payload_sha256},
            }
        )


@dataclass(frozen=True)
class Manifest(BundleHeader):
    case_ids: tuple[str, ...] = ()
    # case id -> how many of its items the sender withheld under handling caveats (only
    # cases with some; the field is left out when there are none, as older senders do).
    withheld: tuple[tuple[str, int], ...] = ()

    def to_bytes(self) -> bytes:
        doc: dict[str, Any] = {
            **self._common(),
            "format": "securedesk-bundle-manifest",
            "sender": self.sender.to_json(_SENDER_INNER),
            "recipients": [r.to_json(_RECIPIENT_INNER) for r in self.recipients],
            "cases": list(self.case_ids),
        }
        if self.withheld:
            doc["withheld_under_caveats"] = dict(self.withheld)
        return dumps(doc)

    @property
    def items_withheld(self) -> int:
        return sum(n for _, n in self.withheld)

    def agrees_with(self, envelope: Envelope) -> bool:
        inner = (self.kind, self.bundle_id, self.sequence, self.created, self.expires)
        outer = (envelope.kind, envelope.bundle_id, envelope.sequence)
        return (
            inner == (*outer, envelope.created, envelope.expires)
            and self.highest_marking == envelope.highest_marking
            and self.sender.fingerprint == envelope.sender.fingerprint
            and self.sender.minisign_key_id == envelope.sender.minisign_key_id
            and self.sender.name == envelope.sender.name
            and self.sender.organisation == envelope.sender.organisation
            and self.recipient_fingerprints() == envelope.recipient_fingerprints()
        )


class _Fields:
    """Typed access to a parsed JSON object, each failure a BundleRejected naming the field."""

    def __init__(self, value: dict[str, Any], where: str, allowed: set[str]) -> None:
        self.value = value
        self.where = where
        extra = set(value) - allowed
        missing = allowed - set(value)
        if extra or missing:
            which = sorted(extra or missing)[0][:40]
            raise self.bad(which, TransferDetail.NOT_EXPECTED if extra else TransferDetail.MISSING)

    def bad(self, name: str, what: TransferDetail, **data: object) -> BundleRejected:
        return BundleRejected(
            RefusalReason.ENVELOPE_INVALID,
            TransferErrorKind.FIELD_INVALID,
            where=self.where,
            field=name,
            problem=what,
            **data,
        )

    def text(self, name: str, pattern: re.Pattern[str] | None = None, limit: int = 200) -> str:
        value = self.value[name]
        if not isinstance(value, str) or len(value) > limit or not value.isprintable():
            raise self.bad(name, TransferDetail.NOT_SHORT_TEXT)
        if pattern is not None and not pattern.match(value):
            raise self.bad(name, TransferDetail.WRONG_FORM)
        return value

    def integer(self, name: str, low: int, high: int) -> int:
        value = self.value[name]
        if type(value) is not int or not low <= value <= high:
            raise self.bad(name, TransferDetail.NOT_NUMBER_FROM_TO, low=low, high=high)
        return value

    def time(self, name: str) -> datetime:
        text = self.text(name, limit=20)
        try:
            return datetime.strptime(text, _TIME_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            raise self.bad(name, TransferDetail.NOT_UTC_TIME_SUCH_AS) from None

    def obj(self, name: str, allowed: set[str]) -> _Fields:
        value = self.value[name]
        if not isinstance(value, dict):
            raise self.bad(name, TransferDetail.NOT_AN_OBJECT)
        return _Fields(value, f"{self.where} ({name})", allowed)

    def objects(self, name: str, allowed: set[str], low: int, high: int) -> list[_Fields]:
        value = self.value[name]
        if not isinstance(value, list) or not low <= len(value) <= high:
            raise self.bad(name, TransferDetail.NOT_LIST_OF, low=low, high=high)
        out = []
        for entry in value:
            if not isinstance(entry, dict):
                raise self.bad(name, TransferDetail.NOT_ALL_OBJECTS)
            out.append(_Fields(entry, f"{self.where} ({name})", allowed))
        return out


def _party(fields: _Fields, names: tuple[str, ...]) -> Party:
    values = {"fingerprint": fields.text("fingerprint", _FINGERPRINT)}
    if "minisign_key_id" in names:
        values["minisign_key_id"] = fields.text("minisign_key_id", _KEY_ID)
    if "name" in names:
        values["name"] = fields.text("name", limit=100)
        values["organisation"] = fields.text("organisation", limit=100)
    if "age_recipient" in names:
        values["age_recipient"] = fields.text("age_recipient", _AGE_RECIPIENT)
    return Party(**values)


def _header(fields: _Fields, sender: tuple[str, ...], recipient: tuple[str, ...]) -> dict[str, Any]:
    if fields.integer("version", 1, 1_000_000) != FORMAT_VERSION:
        raise BundleRejected(
            RefusalReason.FORMAT_VERSION,
            TransferErrorKind.FORMAT_UNKNOWN,
            where=fields.where,
            found=fields.value["version"],
            known=FORMAT_VERSION,
        )
    kind = fields.text("kind")
    if kind not in KINDS:
        raise fields.bad("kind", TransferDetail.NOT_A_BUNDLE_KIND)
    bundle_id = fields.text("bundle_id", limit=36)
    try:
        if str(uuid.UUID(bundle_id)) != bundle_id:
            raise ValueError
    except ValueError:
        raise fields.bad("bundle_id", TransferDetail.NOT_A_UUID) from None
    try:
        marking = Marking(fields.text("highest_marking", limit=30))
    except ValueError:
        raise fields.bad("highest_marking", TransferDetail.NOT_A_MARKING) from None
    created = fields.time("created")
    expires = fields.time("expires")
    if expires <= created:
        raise fields.bad("expires", TransferDetail.NOT_AFTER_CREATION)
    if expires - created > timedelta(days=MAX_EXPIRY_DAYS):
        raise fields.bad("expires", TransferDetail.TOO_LONG_AFTER_CREATION, days=MAX_EXPIRY_DAYS)
    recipients = tuple(
        _party(r, recipient)
        for r in fields.objects("recipients", set(recipient), 1, MAX_RECIPIENTS)
    )
    if len({r.fingerprint for r in recipients}) != len(recipients):
        raise fields.bad("recipients", TransferDetail.TERMINAL_TWICE)
    return {
        "kind": kind,
        "bundle_id": bundle_id,
        "sequence": fields.integer("sequence", 1, 2**53),
        "created": created,
        "expires": expires,
        "highest_marking": marking,
        "sender": _party(fields.obj("sender", set(sender)), sender),
        "recipients": recipients,
    }


_ENVELOPE_FIELDS = {
    "format",
    "version",
    "kind",
    "bundle_id",
    "sequence",
    "created",
    "expires",
    "highest_marking",
    "sender",
    "recipients",
    "payload",
}


def parse_envelope(data: bytes) -> Envelope:
    where = "envelope.json"
    fields = _Fields(
        loads_object(data, limit=MAX_ENVELOPE_BYTES, where=where), where, _ENVELOPE_FIELDS
    )
    if fields.value["format"] != "securedesk-bundle":
        raise fields.bad("format", TransferDetail.NOT_THE_FORMAT, expected="securedesk-bundle")
    header = _header(fields, _SENDER_OUTER, _RECIPIENT_OUTER)
    payload = fields.obj("payload", {"size", "sha256"})
    return Envelope(
        **header,
        payload_size=payload.integer("size", 1, MAX_PAYLOAD_BYTES),
        payload_sha256=payload.text("sha256", _SHA256),
    )


def parse_manifest(data: bytes) -> Manifest:
    where = "manifest.json"
    allowed = (_ENVELOPE_FIELDS - {"payload"}) | {"cases"}
    value = loads_object(data, limit=MAX_MANIFEST_BYTES, where=where)
    if _WITHHELD in value:
        allowed |= {_WITHHELD}
    fields = _Fields(value, where, allowed)
    if fields.value["format"] != "securedesk-bundle-manifest":
        raise fields.bad(
            "format", TransferDetail.NOT_THE_FORMAT, expected="securedesk-bundle-manifest"
        )
    header = _header(fields, _SENDER_INNER, _RECIPIENT_INNER)
    cases = fields.value["cases"]
    if not isinstance(cases, list) or len(cases) > MAX_CASES:
        raise fields.bad("cases", TransferDetail.NOT_A_CASE_LIST, limit=MAX_CASES)
    for case_id in cases:
        if not isinstance(case_id, str) or len(case_id) != 36:
            raise fields.bad("cases", TransferDetail.NOT_ALL_CASE_IDS)
    if len(set(cases)) != len(cases):
        raise fields.bad("cases", TransferDetail.CASE_TWICE)
    return Manifest(**header, case_ids=tuple(cases), withheld=_withheld(fields, set(cases)))


# The manifest's optional statement of the items a sender's caveats kept out of the bundle.
_WITHHELD = "withheld_under_caveats"
MAX_WITHHELD_PER_CASE = 5_000_000


def _withheld(fields: _Fields, cases: set[str]) -> tuple[tuple[str, int], ...]:
    if _WITHHELD not in fields.value:
        return ()
    counts = fields.value[_WITHHELD]
    if not isinstance(counts, dict) or not counts:
        raise fields.bad(_WITHHELD, TransferDetail.NOT_AN_OBJECT)
    if not set(counts) <= cases:
        raise fields.bad(_WITHHELD, TransferDetail.NOT_ALL_CASE_IDS)
    inner = _Fields(counts, f"{fields.where} ({_WITHHELD})", set(counts))
    return tuple(
        (case_id, inner.integer(case_id, 1, MAX_WITHHELD_PER_CASE)) for case_id in sorted(counts)
    )
