"""Every export is written to the ledger: who, which format, what counts, which hash."""

import hashlib
import io

import pytest

from dossier.errors import UsageError
from dossier.export import export
from export_helpers import ANALYST, INVESTIGATOR, built, doc_ids, repo  # noqa: F401


def test_a_file_export_is_ledgered_with_the_hash_of_the_file(repo, doc_ids, tmp_path):
    out = tmp_path / "net.graphml"
    result = export(repo, ANALYST, "graphml", out)
    entry = repo.log()[-1]
    assert (entry.actor, entry.action, entry.subject) == ("ana", "export", "graphml")
    assert entry.details["sha256"] == result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert entry.details["documents"] == [doc_ids["public"], doc_ids["restricted"]]
    assert entry.details["counts"]["documents"] == 2 and entry.details["counts"]["edges"] >= 1
    assert entry.details["role"] == "analyst"
    assert repo.verify().ok


def test_a_streamed_export_is_ledgered_with_the_hash_of_the_bytes(repo):
    stream = io.BytesIO()
    result = export(repo, INVESTIGATOR, "ftm", "-", stdout=stream)
    assert result.sha256 == hashlib.sha256(stream.getvalue()).hexdigest() == repo.log()[-1].details["sha256"]
    assert repo.log()[-1].details["target"] == "-"


def test_a_refused_export_writes_nothing_and_ledgers_nothing(repo, tmp_path):
    before = len(repo.log())
    with pytest.raises(UsageError, match="'pdf' is not a format"):
        export(repo, ANALYST, "pdf", tmp_path / "x.pdf")
    with pytest.raises(UsageError, match="is a folder"):
        export(repo, ANALYST, "geojson", tmp_path)
    assert len(repo.log()) == before
    assert list(tmp_path.iterdir()) == []
