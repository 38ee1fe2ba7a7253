"""CSV: one table per record type, in a zip or a folder with SHA256SUMS."""

import csv
import hashlib
import io
import zipfile

import pytest

from dossier.errors import UsageError
from dossier.export import MANIFEST, export
from export_helpers import INVESTIGATOR, PUBLIC_TESTIMONY, built, doc_ids, repo  # noqa: F401

TABLES = ["documents", "entities", "incidents", "claims", "recommendations", "notes"]


def read_zip(path) -> dict[str, list[dict]]:
    with zipfile.ZipFile(path) as archive:
        return {
            name.removesuffix(".csv"): list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig"))))
            for name in archive.namelist()
        }


def test_a_zip_holds_one_table_per_record_type(repo, doc_ids, tmp_path):
    result = export(repo, INVESTIGATOR, "csv", tmp_path / "case.zip")
    tables = read_zip(tmp_path / "case.zip")
    assert sorted(tables) == sorted(TABLES)
    assert {int(row["id"]) for row in tables["documents"]} == set(doc_ids.values())
    assert result.counts["incidents"] == len(tables["incidents"]) > 0
    public = next(row for row in tables["documents"] if int(row["id"]) == doc_ids["public"])
    assert public["sha256"] == hashlib.sha256(PUBLIC_TESTIMONY.encode("utf-8")).hexdigest()
    assert public["kind"] == "testimony" and public["sensitivity"] == "public"


def test_rows_hold_the_facts_with_their_spans(repo, doc_ids, tmp_path):
    export(repo, INVESTIGATOR, "csv", tmp_path / "case.zip")
    tables = read_zip(tmp_path / "case.zip")
    text = repo.document(doc_ids["public"]).text
    for row in tables["incidents"]:
        if int(row["document_id"]) == doc_ids["public"]:
            assert text[int(row["start"]):int(row["end"])] == row["text"]
    claim = next(row for row in tables["claims"] if row["measure"] == "held")
    assert float(claim["value"]) == 300 and "Hoeryong" in claim["text"]
    recommendation = tables["recommendations"][0]
    assert recommendation["to"] == "China" and recommendation["action"].startswith("stop the forced repatriation")
    chongjin = next(row for row in tables["entities"] if row["name"] == "Chongjin")
    assert chongjin["kind"] == "place" and abs(float(chongjin["lat"]) - 41.8) < 0.1
    torture = next(row for row in tables["incidents"] if "beat prisoners at Chongjin" in row["text"])
    assert "cah_torture" in torture["legal"].split(" | ")


def test_a_folder_gets_the_tables_and_a_checksum_manifest(repo, tmp_path):
    folder = tmp_path / "tables"
    result = export(repo, INVESTIGATOR, "csv", folder)
    manifest = (folder / MANIFEST).read_bytes()
    assert result.sha256 == hashlib.sha256(manifest).hexdigest()
    listed = dict(reversed(line.split("  ")) for line in manifest.decode().splitlines())
    assert sorted(listed) == sorted(f"{name}.csv" for name in TABLES)
    for name, digest in listed.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest


def test_a_folder_with_files_in_it_is_refused(repo, tmp_path):
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    with pytest.raises(UsageError, match="not an empty folder"):
        export(repo, INVESTIGATOR, "csv", folder)
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]
