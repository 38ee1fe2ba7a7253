import json

import pytest
from access_helpers import ADMIN, ANALYST, INVESTIGATOR, VIEWER, add_witness, key_file, keyed_repo  # noqa: F401
from sqlalchemy import select, update

from dossier.access import keys
from dossier.access.witnesses import Witness, add, reveal, summaries, withdraw_consent
from dossier.errors import AccessDenied, KeyMissing, UsageError
from dossier.store.schema import witnesses as table


def test_listing_shows_pseudonym_and_risk_flag_never_the_name(keyed_repo):
    add_witness(keyed_repo, "W-0017", "Kim Chol-su", "김철수", relatives_at_risk=True, contact="+82 10 5555 0199")
    with keyed_repo.store.reading() as conn:
        listed = summaries(conn)
    assert [(w["pseudonym"], w["relatives_at_risk"]) for w in listed] == [("W-0017", True)]
    shown = json.dumps(listed, ensure_ascii=False)
    assert "Kim" not in shown and "김철수" not in shown and "5555" not in shown


def test_protected_fields_are_ciphertext_in_the_database(keyed_repo):
    add_witness(keyed_repo, "W-0017", "Kim Chol-su", "김철수", contact="kim@example.org", location="Yanji, Jilin")
    with keyed_repo.store.reading() as conn:
        row = conn.execute(select(table)).mappings().one()
    sealed = b"".join(row[c] for c in ("name_ct", "aliases_ct", "contact_ct", "location_ct", "consent_ct"))
    for secret in ("Kim Chol-su", "김철수", "kim@example.org", "Yanji"):
        assert secret.encode() not in sealed
    assert len(row["name_ct"]) == 12 + len(json.dumps("Kim Chol-su")) + 16  # nonce + text + GCM tag


def test_reveal_needs_the_role_and_a_reason_and_is_ledgered(keyed_repo):
    add_witness(keyed_repo, "W-0017", "Kim Chol-su")
    with keyed_repo.store.transaction() as conn:
        with pytest.raises(AccessDenied):
            reveal(conn, ANALYST, "W-0017", "curious")
        with pytest.raises(UsageError, match="--reason"):
            reveal(conn, INVESTIGATOR, "W-0017", "  ")
    with keyed_repo.store.transaction() as conn:
        shown = reveal(conn, INVESTIGATOR, "w-0017", "ICC prosecutor request 2024/17")
    assert shown.name == "Kim Chol-su"
    last = keyed_repo.log()[-1]
    assert (last.actor, last.action, last.subject) == ("ivan", "witness_reveal", "W-0017")
    assert last.details["reason"] == "ICC prosecutor request 2024/17" and last.details["role"] == "investigator"
    assert "Kim" not in json.dumps(last.to_dict())
    assert keyed_repo.verify().ok


def test_a_ciphertext_moved_to_another_witness_does_not_open(keyed_repo):
    add_witness(keyed_repo, "W-0001", "Ri Sun-hui")
    add_witness(keyed_repo, "W-0002", "Pak Mi-ran")
    with keyed_repo.store.transaction() as conn:
        first = conn.execute(select(table.c.name_ct).where(table.c.pseudonym == "W-0001")).scalar_one()
        conn.execute(update(table).where(table.c.pseudonym == "W-0002").values(name_ct=first))
    with keyed_repo.store.transaction() as conn, pytest.raises(KeyMissing, match="altered"):
        reveal(conn, ADMIN, "W-0002", "audit")


def test_a_different_key_is_refused_as_not_this_repositorys(keyed_repo, tmp_path):
    add_witness(keyed_repo, "W-0001", "Ri Sun-hui")
    other = keys.create_key_file(tmp_path / "other.key")
    keys.attach(keyed_repo.store.engine, other)
    with keyed_repo.store.transaction() as conn, pytest.raises(KeyMissing, match="not the key"):
        reveal(conn, ADMIN, "W-0001", "audit")


def test_pseudonyms_are_checked_and_unique(keyed_repo):
    add_witness(keyed_repo, "W-0001", "Ri Sun-hui")
    with keyed_repo.store.transaction() as conn:
        with pytest.raises(UsageError, match="already used"):
            add(conn, INVESTIGATOR, Witness("W-0001", "Another Person"))
        with pytest.raises(UsageError, match="must look like W-0017"):
            add(conn, INVESTIGATOR, Witness("Kim Chol-su", "Kim Chol-su"))
        with pytest.raises(AccessDenied):
            add(conn, VIEWER, Witness("W-0009", "Someone"))


def test_consent_withdrawal_is_kept_sealed_and_ledgered(keyed_repo):
    add_witness(keyed_repo, "W-0017", "Kim Chol-su")
    with keyed_repo.store.transaction() as conn:
        withdraw_consent(conn, INVESTIGATOR, "W-0017", "2025-03-01")
    with keyed_repo.store.transaction() as conn:
        assert reveal(conn, ADMIN, "W-0017", "check consent").consent.withdrawn_at == "2025-03-01"
    assert [e.action for e in keyed_repo.log()][-2:] == ["witness_consent", "witness_reveal"]
