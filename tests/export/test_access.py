"""Exports go through access: only the documents the reader may see, protected names
never written for a reader without the right, and no export without the key."""

import io
import zipfile

import pytest

from dossier.access import keys
from dossier.errors import AccessDenied, KeyMissing, NotFound, UsageError
from dossier.export import FORMATS, Scope, collect, export
from dossier.repository import Repository
from export_helpers import (  # noqa: F401
    ANALYST, CANARY, INVESTIGATOR, PSEUDONYM, VIEWER, built, doc_ids, leaks, repo,
)


def exported_text(repo, principal, format_name: str, scope: Scope | None = None) -> str:
    """Everything one export wrote, as text (the members of a zip joined)."""
    stream = io.BytesIO()
    export(repo, principal, format_name, "-", scope, stdout=stream)
    data = stream.getvalue()
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "\n".join(archive.read(name).decode("utf-8-sig") for name in archive.namelist())
    return data.decode("utf-8")


@pytest.mark.parametrize("format_name", list(FORMATS))
def test_the_canary_name_never_reaches_an_analyst(repo, format_name):
    text = exported_text(repo, ANALYST, format_name)
    assert leaks(text) == []
    assert PSEUDONYM in text  # the witness is there, under the pseudonym


@pytest.mark.parametrize("format_name", ["ftm", "csv", "dossier"])
def test_an_investigator_sees_the_name_as_written(repo, format_name):
    text = exported_text(repo, INVESTIGATOR, format_name)
    assert CANARY in text and "박순희" in text


def test_the_canary_is_absent_from_every_field_of_the_bundle(repo):
    bundle = collect(repo, ANALYST)
    assert leaks(repr(bundle)) == []
    assert f"{PSEUDONYM}-testimony.txt" in {source.filename for source in bundle.sources.values()}


def test_a_viewer_may_not_export(repo):
    with pytest.raises(AccessDenied, match="not allowed to export"):
        collect(repo, VIEWER)


def test_an_analyst_exports_public_and_restricted_documents_only(repo, doc_ids):
    bundle = collect(repo, ANALYST)
    assert bundle.document_ids == [doc_ids["public"], doc_ids["restricted"]]
    names = {e.name for e in bundle.entities} | {n.name for n in bundle.network.nodes}
    assert "Hoeryong" in names and "Hamhung" not in names  # Hamhung is named only in the confidential one
    assert all(i.document_id != doc_ids["confidential"] for i in bundle.incidents)
    for format_name in FORMATS:
        text = exported_text(repo, ANALYST, format_name)
        assert "Hamhung" not in text and "Source K" not in text, format_name


def test_an_investigator_exports_every_document(repo, doc_ids):
    assert collect(repo, INVESTIGATOR).document_ids == sorted(doc_ids.values())


def test_asking_for_a_hidden_document_answers_as_for_a_missing_one(repo, doc_ids):
    with pytest.raises(NotFound, match=f"--document {doc_ids['confidential']}: no such document"):
        collect(repo, ANALYST, Scope(document_ids=[doc_ids["confidential"]]))
    with pytest.raises(NotFound, match="--document 999: no such document"):
        collect(repo, ANALYST, Scope(document_ids=[999]))


def test_scope_by_kind_and_by_document(repo, doc_ids):
    assert collect(repo, INVESTIGATOR, Scope(kinds=["testimony"])).document_ids == [doc_ids["public"]]
    assert collect(repo, INVESTIGATOR, Scope(document_ids=[doc_ids["restricted"]])).document_ids == [doc_ids["restricted"]]
    with pytest.raises(UsageError, match="--kind: 'memo' is not a document kind"):
        collect(repo, INVESTIGATOR, Scope(kinds=["memo"]))


def test_without_the_key_the_export_stops_before_writing(repo, tmp_path, monkeypatch):
    monkeypatch.delenv(keys.KEY_FILE_ENV, raising=False)
    keyless = Repository.open(repo.root, actor="tester")
    try:
        before = len(keyless.log())
        out = tmp_path / "keyless.geojson"
        with pytest.raises(KeyMissing):
            export(keyless, ANALYST, "geojson", out)
        assert not out.exists() and not list(tmp_path.iterdir())
        assert len(keyless.log()) == before
    finally:
        keyless.close()
