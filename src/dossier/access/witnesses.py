"""Witnesses: a clear pseudonym for everyone, a sealed identity for those with the right.

A witness's true name, aliases, contacts, exact location and consent record are sealed
with the repository key (AES-256-GCM, bound to table, column and row). Listing shows
pseudonyms and the risk flag only; ``reveal`` opens the identity for a role that may,
and writes who, when and why to the ledger in the same transaction.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection

from dossier.access import audit
from dossier.access.crypto import MasterKey, field_associated_data
from dossier.access.keys import require_key
from dossier.access.policy import Principal, require
from dossier.errors import KeyMissing, NotFound, UsageError
from dossier.store import ledger
from dossier.store import witnesses as rows

IDENTIFICATIONS = ("pseudonym", "name", "anonymous")
PSEUDONYM = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,15}-[0-9]{1,8}$")
_KEY_CHECK = b"dossier protection key check"
_KEY_CHECK_AD = field_associated_data("protection_keys", "check_ct", 1)


@dataclass
class Consent:
    uses: list[str] = field(default_factory=list)  # e.g. "prosecution", "publication"
    recipients: list[str] = field(default_factory=list)  # e.g. "OHCHR Seoul", "ICC"
    given_at: str | None = None
    withdrawn_at: str | None = None


@dataclass
class Witness:
    pseudonym: str
    name: str
    aliases: list[str] = field(default_factory=list)
    contact: str = ""
    location: str = ""
    consent: Consent = field(default_factory=Consent)
    relatives_at_risk: bool = False
    identification: str = "pseudonym"
    id: int | None = None

    def names(self) -> list[str]:
        return [n for n in [self.name, *self.aliases] if n.strip()]


def add(conn: Connection, principal: Principal, witness: Witness) -> int:
    """Record a witness, sealing the protected fields; appends ``witness_add`` to the ledger.

    Front ends call ``derivatives.add_witness``, which also re-redacts the documents.
    """
    require(principal, "witness.add")
    _validate(witness)
    if rows.find(conn, witness.pseudonym) is not None:
        raise UsageError(f"--pseudonym: {witness.pseudonym} is already used by another witness")
    key = checked_key(conn, "witness add")
    witness_id = rows.insert(
        conn, witness.pseudonym, relatives_at_risk=witness.relatives_at_risk, identification=witness.identification
    )
    rows.seal(conn, witness_id, _sealed_fields(key, witness_id, witness))
    ledger.append(conn, principal.name, "witness_add", witness.pseudonym,
                  {"witness": witness_id, "relatives_at_risk": witness.relatives_at_risk})
    return witness_id


def summaries(conn: Connection) -> list[dict[str, Any]]:
    """What anyone may see of every witness: pseudonym, risk flag, identification choice."""
    return [_summary(row) for row in rows.all_rows(conn)]


def summary(conn: Connection, ref: str | int) -> dict[str, Any]:
    return _summary(_row(conn, ref))


def reveal(conn: Connection, principal: Principal, ref: str | int, reason: str) -> Witness:
    """Open one witness's identity; the ledger records who, when and why, or nothing is shown."""
    require(principal, "witness.reveal")
    if not reason.strip():
        raise UsageError("--reason: say why the identity is needed; it is written to the ledger")
    row = _row(conn, ref)
    witness = _open(checked_key(conn, "witness reveal"), row)
    audit.record(conn, principal, "witness_reveal", row["pseudonym"], {"witness": row["id"], "reason": reason})
    return witness


def withdraw_consent(conn: Connection, principal: Principal, ref: str | int, when: str) -> None:
    """Record that a witness withdrew consent (on ``when``, ISO date); kept sealed."""
    require(principal, "witness.consent")
    row = _row(conn, ref)
    key = checked_key(conn, "witness consent")
    witness = _open(key, row)
    witness.consent.withdrawn_at = when
    rows.seal(conn, row["id"], {"consent_ct": _seal(key, row["id"], "consent_ct", asdict(witness.consent))})
    ledger.append(conn, principal.name, "witness_consent", row["pseudonym"], {"witness": row["id"], "withdrawn_at": when})


def protected_names(conn: Connection, key: MasterKey) -> list[tuple[str, list[str]]]:
    """(pseudonym, true name and aliases) of every witness, for the redaction matcher only."""
    return [(row["pseudonym"], _open(key, row).names()) for row in rows.all_rows(conn)]


def reseal_all(conn: Connection, old: MasterKey, new: MasterKey) -> int:
    """Re-encrypt every protected field under ``new`` (key rotation); returns witnesses done."""
    if rows.key_check(conn) is not None:
        verify_key(conn, old)
    done = 0
    for row in rows.all_rows(conn):
        rows.seal(conn, row["id"], _sealed_fields(new, row["id"], _open(old, row)))
        done += 1
    rows.set_key_check(conn, new.cipher("fields").encrypt(_KEY_CHECK, _KEY_CHECK_AD))
    return done


def checked_key(conn: Connection, why: str) -> MasterKey:
    """The attached key, proven to be this repository's (the first key used becomes it)."""
    key = require_key(conn, why)
    verify_key(conn, key)
    return key


def verify_key(conn: Connection, key: MasterKey) -> None:
    sealed = rows.key_check(conn)
    if sealed is None:
        rows.set_key_check(conn, key.cipher("fields").encrypt(_KEY_CHECK, _KEY_CHECK_AD))
        return
    try:
        key.cipher("fields").decrypt(sealed, _KEY_CHECK_AD)
    except KeyMissing:
        raise KeyMissing("key: this is not the key of this repository's protected fields") from None


def _validate(witness: Witness) -> None:
    if not PSEUDONYM.match(witness.pseudonym):
        raise UsageError(f"--pseudonym: {witness.pseudonym!r} must look like W-0017 (letters, a hyphen, digits)")
    if not witness.name.strip():
        raise UsageError("--name: the true name must not be empty")
    if witness.identification not in IDENTIFICATIONS:
        raise UsageError(f"--identification: must be one of {', '.join(IDENTIFICATIONS)}")


def _row(conn: Connection, ref: str | int) -> dict[str, Any]:
    row = rows.find(conn, ref)
    if row is None:
        raise NotFound(f"witness {ref}: no such witness")
    return row


def _summary(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "pseudonym": row["pseudonym"],
        "relatives_at_risk": bool(row["relatives_at_risk"]),
        "identification": row["identification"],
        "created_at": row["created_at"],
    }


def _sealed_fields(key: MasterKey, witness_id: int, witness: Witness) -> dict[str, bytes]:
    values = {
        "name_ct": witness.name,
        "aliases_ct": witness.aliases,
        "contact_ct": witness.contact,
        "location_ct": witness.location,
        "consent_ct": asdict(witness.consent),
    }
    return {column: _seal(key, witness_id, column, value) for column, value in values.items()}


def _seal(key: MasterKey, witness_id: int, column: str, value: Any) -> bytes:
    plaintext = json.dumps(value, ensure_ascii=False).encode("utf-8")
    return key.cipher("fields").encrypt(plaintext, field_associated_data("witnesses", column, witness_id))


def _unseal(key: MasterKey, row: dict[str, Any], column: str) -> Any:
    sealed = row[column]
    plaintext = key.cipher("fields").decrypt(sealed, field_associated_data("witnesses", column, row["id"]))
    return json.loads(plaintext.decode("utf-8"))


def _open(key: MasterKey, row: dict[str, Any]) -> Witness:
    return Witness(
        pseudonym=row["pseudonym"],
        name=_unseal(key, row, "name_ct"),
        aliases=_unseal(key, row, "aliases_ct"),
        contact=_unseal(key, row, "contact_ct"),
        location=_unseal(key, row, "location_ct"),
        consent=Consent(**_unseal(key, row, "consent_ct")),
        relatives_at_risk=bool(row["relatives_at_risk"]),
        identification=row["identification"],
        id=row["id"],
    )
