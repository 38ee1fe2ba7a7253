import hashlib

import pytest
from access_helpers import ANALYST, INVESTIGATOR, VIEWER, key_file, keyed_repo  # noqa: F401

from dossier.access.derivatives import add_witness, redacted
from dossier.access.witnesses import Witness
from dossier.access.views import document_for, documents_visible
from dossier.errors import NotFound
from dossier.repository import IngestOptions

NAME = "Kim Chol-su"


@pytest.fixture
def three_levels(keyed_repo):
    ids = {}
    for level in ("public", "restricted", "confidential"):
        text = f"Account ({level}).\n\n{NAME} was held at Camp 15 in 2009 and spoke of it in 2014."
        result = keyed_repo.ingest_bytes(text.encode(), f"{level}.txt", IngestOptions(sensitivity=level, extract=False))
        ids[level] = result.documents[0]
    with keyed_repo.store.transaction() as conn:
        _, affected = add_witness(conn, INVESTIGATOR, Witness("W-0017", NAME))
    assert sorted(affected) == sorted(ids.values())
    return keyed_repo, ids


def test_each_role_lists_only_its_levels(three_levels):
    repo, ids = three_levels
    with repo.store.reading() as conn:
        assert [d.id for d in documents_visible(VIEWER, conn)] == [ids["public"]]
        assert [d.id for d in documents_visible(ANALYST, conn)] == [ids["public"], ids["restricted"]]
        assert len(documents_visible(INVESTIGATOR, conn)) == 3


def test_a_document_above_the_level_is_not_found_and_names_are_pseudonymised(three_levels):
    repo, ids = three_levels
    with repo.store.reading() as conn:
        with pytest.raises(NotFound):
            document_for(ANALYST, conn, ids["confidential"])
        seen = document_for(ANALYST, conn, ids["restricted"])
        assert "W-0017 was held" in seen.text and NAME not in seen.text
        assert NAME in document_for(INVESTIGATOR, conn, ids["confidential"]).text


def test_a_redacted_derivative_is_a_new_hashed_item_and_the_original_is_untouched(three_levels):
    repo, ids = three_levels
    with repo.store.transaction() as conn:
        derivative = redacted(conn, ids["public"])
    assert NAME not in derivative["text"] and "W-0017" in derivative["text"]
    assert derivative["sha256"] == hashlib.sha256(derivative["text"].encode()).hexdigest()
    assert NAME in repo.document(ids["public"]).text
    assert repo.verify().ok
