import json
from pathlib import Path

import pytest
from typer.testing import CliRunner
from access_helpers import INVESTIGATOR

from dossier.access import keys
from dossier.access.rotation import rotate
from dossier.access.witnesses import Witness, add, reveal
from dossier.cli import _register, app
from dossier.errors import KeyMissing, UsageError
from dossier.repository import IngestOptions, Repository

CANARY = "Zhelvokorn Ansu-rae"
TEXT = f"Testimony. {CANARY} was detained at Onsong in 2011 and later crossed to Yanji.\n"


def files_containing(root: Path, needle: str) -> list[str]:
    return [str(p) for p in root.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


@pytest.fixture
def sealed(tmp_path):
    key_file = tmp_path / "dossier.key"
    repo = Repository.init(tmp_path / "repo", actor="tester", encrypt=True, key_file=key_file)
    result = repo.ingest_bytes(TEXT.encode(), "testimony.txt", IngestOptions(extract=False))
    assert result.status == "ingested"
    with repo.store.transaction() as conn:
        add(conn, INVESTIGATOR, Witness("W-0017", CANARY, ["안수래"], contact="+82 10 5555 0199"))
    yield repo, key_file, result.sha256
    repo.close()


def test_no_file_of_an_encrypted_repository_holds_a_document_or_witness_in_clear(sealed):
    repo, _, digest = sealed
    repo.store.close()  # flush the write-ahead log into the database file too
    for needle in (CANARY, "Onsong", "Testimony", "안수래", "5555 0199", "testimony.txt"):
        assert files_containing(repo.root, needle) == [], needle
    assert (repo.root / "originals" / digest[:2] / digest).exists()


def test_verify_decrypts_and_rehashes_and_the_text_reads_back(sealed):
    repo, key_file, digest = sealed
    repo.close()
    reopened = Repository.open(repo.root, actor="tester", key_file=key_file)
    try:
        report = reopened.verify()
        assert report.ok and report.blobs_checked == 1
        assert reopened.original(digest)[1] == TEXT.encode()
    finally:
        reopened.close()


def test_an_encrypted_repository_will_not_open_without_its_key(sealed, tmp_path, monkeypatch):
    repo, _, _ = sealed
    repo.close()
    monkeypatch.delenv(keys.KEY_FILE_ENV, raising=False)
    with pytest.raises(KeyMissing, match="encrypted"):
        Repository.open(repo.root, actor="tester")
    keys.create_key_file(tmp_path / "other.key")
    with pytest.raises(KeyMissing, match="wrong key"):
        Repository.open(repo.root, actor="tester", key_file=tmp_path / "other.key")


def test_a_key_file_inside_the_repository_is_refused(tmp_path):
    with pytest.raises(UsageError, match="outside the repository"):
        Repository.init(tmp_path / "repo", actor="tester", encrypt=True, key_file=tmp_path / "repo" / "key")
    with pytest.raises(UsageError, match="--key-file"):
        Repository.init(tmp_path / "repo2", actor="tester", encrypt=True)


def test_rotation_reseals_everything_and_the_old_key_stops_working(sealed, tmp_path):
    repo, key_file, digest = sealed
    before = (repo.root / "originals" / digest[:2] / digest).read_bytes()
    repo.close()
    report = rotate(repo.root, actor="tester", old_key_file=key_file, new_key_file=tmp_path / "new.key")
    assert (report.witnesses, report.originals, report.database) == (1, 1, True)
    assert (repo.root / "originals" / digest[:2] / digest).read_bytes() != before
    with pytest.raises(KeyMissing):
        Repository.open(repo.root, actor="tester", key_file=key_file)
    reopened = Repository.open(repo.root, actor="tester", key_file=tmp_path / "new.key")
    try:
        assert reopened.verify().ok
        with reopened.store.transaction() as conn:
            assert reveal(conn, INVESTIGATOR, "W-0017", "rotation check").name == CANARY
        assert [e.action for e in reopened.log()][-2:] == ["key_rotate", "witness_reveal"]
    finally:
        reopened.close()


def test_a_plain_repository_rotates_its_witness_key(repo, tmp_path):
    old = tmp_path / "old.key"
    keys.attach(repo.store.engine, keys.create_key_file(old))
    with repo.store.transaction() as conn:
        add(conn, INVESTIGATOR, Witness("W-0001", "Ri Sun-hui"))
    repo.close()
    assert rotate(repo.root, actor="tester", old_key_file=old, new_key_file=tmp_path / "new.key").witnesses == 1
    reopened = Repository.open(repo.root, actor="tester", key_file=tmp_path / "new.key")
    try:
        with reopened.store.transaction() as conn:
            assert reveal(conn, INVESTIGATOR, "W-0001", "check").name == "Ri Sun-hui"
    finally:
        reopened.close()


def test_init_encrypt_on_the_command_line_makes_an_owner_only_key(tmp_path):
    _register()
    key_file = tmp_path / "keys" / "dossier.key"
    key_file.parent.mkdir()
    result = CliRunner().invoke(app, ["init", "--encrypt", "--key-file", str(key_file), str(tmp_path / "repo")])
    assert result.exit_code == 0, result.output
    assert "encrypted" in result.output
    assert key_file.stat().st_mode & 0o777 == 0o600 and key_file.stat().st_size == 32
    assert json.loads((tmp_path / "repo" / "dossier.json").read_text())["encrypted"] is True
    Repository.open(tmp_path / "repo", actor="tester", key_file=key_file).close()


def test_a_passphrase_can_stand_in_for_a_key_file(tmp_path, monkeypatch):
    monkeypatch.delenv(keys.KEY_FILE_ENV, raising=False)
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "seven long words keep the border guard out")
    Repository.init(tmp_path / "repo", actor="tester", encrypt=True).close()
    Repository.open(tmp_path / "repo", actor="tester").close()
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "a guess")
    with pytest.raises(KeyMissing, match="wrong key"):
        Repository.open(tmp_path / "repo", actor="tester")
