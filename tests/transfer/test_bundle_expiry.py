"""A bundle's expiry is at most 90 days after its creation (docs/bundle-format.md). A bundle
signed with the partner's real key whose envelope says otherwise is refused through the
command, exit 4, with one line naming the field, and the vault gains nothing but the audit
event of the refusal. Exactly 90 days is accepted (receipts use it); a second more is not,
and neither is an expiry before the creation."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from securedesk.core.audit import chain as audit
from securedesk.core.errors import BundleRejected
from securedesk.core.markings import Marking
from securedesk.transfer.envelope import Manifest, parse_manifest
from securedesk.transfer.records import canonical_json, case_records

from ..cli.conftest import Cli, Result, assert_refused
from ..vault_rows import content_digest
from .bundle_kit import Terminal, assemble
from .bundle_kit import header as kit_header
from .conftest import TRANSFER_PASS, Site, add_full_case, make_site
from .test_bad_bundles import good_payload, records, terminal_of

TEN_YEARS = timedelta(days=3652)
LIMIT = timedelta(days=90)
SECOND = timedelta(seconds=1)
_SEQUENCES = itertools.count(1)


@dataclass(frozen=True)
class Partners:
    """A (the sender, its real keys) and B (the recipient, trusting A), A's real case."""

    a: Site
    b: Site
    sender: Terminal
    recipient: Terminal
    lines: list[bytes]


@pytest.fixture(scope="module")
def partners(tmp_path_factory: pytest.TempPathFactory) -> Partners:
    base = tmp_path_factory.mktemp("expiry")
    a = make_site(base / "a" / "vault", "a", binding=False)
    b = make_site(base / "b" / "vault", "b", binding=False)
    a.trust(b)
    b.trust(a)
    ref = add_full_case(a, attachment=None)
    with a.as_user("admin") as s:
        case = s.store.case_id_for_ref(ref)
        lines = [canonical_json(r) for r in case_records(s.vault.conn, case)]
    return Partners(a, b, terminal_of(a), terminal_of(b), lines)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    return Cli(capsys, tmp_path)


def signed_by_a(p: Partners, path: Path, expires_after: timedelta) -> dict[str, object]:
    """A's bundle for B, signed inside and out with A's real keys, whose envelope and
    manifest say it expires `expires_after` after its creation."""
    fields = kit_header(
        p.sender,
        [p.recipient],
        marking=Marking.OFFICIAL_SENSITIVE,
        sequence=next(_SEQUENCES),
    )
    created = fields["created"]
    assert isinstance(created, datetime)
    fields["expires"] = created + expires_after
    payload = good_payload(p.sender, fields, records(p.lines))
    assemble(
        path, fields, payload, outer_signer=p.sender, age_recipients=[p.recipient.age_recipient]
    )
    return fields


def tess(cli: Cli, site: Site, *argv: str | Path) -> Result:
    return cli.as_user(site.folder, "tess", TRANSFER_PASS, *argv)


def state(site: Site) -> tuple[str, list[audit.AuditEvent]]:
    """Every row but the audit log's, and the audit events other than signing in."""
    with site.as_user("admin") as s:
        events = [e for e in audit.iter_events(s.vault.conn) if e.category != "authentication"]
        return content_digest(s.vault.conn), events


def refused_and_nothing_written(
    cli: Cli, p: Partners, path: Path, bundle_id: str, *words: str
) -> Result:
    """`securedesk bundle import FILE --yes` on B: exit 4, one line on standard error with
    `words`, and nothing written but the refusal's audit event."""
    digest, events = state(p.b)
    result = tess(cli, p.b, "bundle", "import", path, "--yes")
    assert_refused(result, 4, *words)
    digest_after, events_after = state(p.b)
    assert digest_after == digest  # no record, provenance, bundle log row or sequence
    assert events_after[:-1] == events
    refusal = events_after[-1]
    # (The event names no bundle: the id is not read from an envelope that is refused.)
    assert (refusal.action, refusal.outcome) == ("bundle refused", "refused")
    assert json.loads(refusal.details) == {"reason": "envelope-invalid"}
    received = tess(cli, p.b, "--json", "bundle", "list").json()["received"]
    assert bundle_id not in {r["bundle_id"] for r in received}
    return result


def test_a_ten_year_expiry_signed_by_the_partner_is_refused_and_nothing_is_written(
    cli: Cli, partners: Partners, tmp_path: Path
) -> None:
    path = tmp_path / "ten-years.sdbundle"
    fields = signed_by_a(partners, path, TEN_YEARS)
    message = (
        "securedesk: envelope.json: the field 'expires' is more than 90 days after the "
        "creation time. The bundle was altered or not made by a compatible SecureDesk; "
        "do not import it."
    )
    result = refused_and_nothing_written(cli, partners, path, str(fields["bundle_id"]))
    assert result.err_lines == [message]
    # The checkpoint's check refuses it the same way, with the partner's card and no vault.
    card = tmp_path / "a-card.txt"
    card.write_bytes(partners.a.card())
    result = cli("--json", "bundle", "verify", path, "--sender-card", card)
    assert result.code == 4 and "more than 90 days" in result.err, result.err


@pytest.mark.parametrize(
    ("expires_after", "words"),
    [
        (LIMIT + SECOND, ("'expires'", "more than 90 days after the creation time")),
        (-SECOND, ("'expires'", "is not after the creation time")),
        (timedelta(0), ("'expires'", "is not after the creation time")),
    ],
    ids=["90 days and a second", "a second before the creation", "at the creation"],
)
def test_an_expiry_outside_the_90_days_after_creation_is_refused(
    cli: Cli, partners: Partners, tmp_path: Path, expires_after: timedelta, words: tuple[str]
) -> None:
    path = tmp_path / "bad-expiry.sdbundle"
    fields = signed_by_a(partners, path, expires_after)
    refused_and_nothing_written(cli, partners, path, str(fields["bundle_id"]), *words)


def test_an_expiry_exactly_90_days_after_creation_is_accepted(
    cli: Cli, partners: Partners, tmp_path: Path
) -> None:
    """Also shows that the bundles built here import when their expiry is in bounds."""
    path = tmp_path / "ninety-days.sdbundle"
    fields = signed_by_a(partners, path, LIMIT)
    result = tess(cli, partners.b, "bundle", "import", path, "--yes")
    assert result.code == 0 and "Imported bundle" in result.out, result.err
    received = tess(cli, partners.b, "--json", "bundle", "list").json()["received"]
    assert str(fields["bundle_id"]) in {r["bundle_id"] for r in received}


@pytest.mark.parametrize(
    ("expires_after", "accepted"),
    [(LIMIT - SECOND, True), (LIMIT, True), (LIMIT + SECOND, False), (TEN_YEARS, False)],
)
def test_the_manifest_is_held_to_the_same_bound(
    partners: Partners, expires_after: timedelta, accepted: bool
) -> None:
    fields = kit_header(partners.sender, [partners.recipient])
    created = datetime(2026, 11, 25, 10, 2, 3, tzinfo=UTC)
    manifest = Manifest(
        **{**fields, "created": created, "expires": created + expires_after},  # type: ignore[arg-type]
        case_ids=(),
    )
    if accepted:
        assert parse_manifest(manifest.to_bytes()).expires == created + expires_after
    else:
        with pytest.raises(BundleRejected) as caught:
            parse_manifest(manifest.to_bytes())
        assert caught.value.reason == "envelope-invalid"
        assert "manifest.json: the field 'expires' is more than 90 days" in str(caught.value)
