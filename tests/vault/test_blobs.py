import os
import stat

import pytest

from dossier.vault import BlobStore, sha256_of


def test_put_stores_once_under_its_hash_and_read_only(tmp_path):
    blobs = BlobStore(tmp_path / "originals")
    digest, created = blobs.put(b"testimony of W-0042")
    assert digest == sha256_of(b"testimony of W-0042")
    assert created
    path = blobs.path(digest)
    assert path.read_bytes() == b"testimony of W-0042"
    assert not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    again, created_again = blobs.put(b"testimony of W-0042")
    assert (again, created_again) == (digest, False)
    assert list(blobs) == [digest]


def test_check_names_an_altered_or_missing_original(tmp_path):
    blobs = BlobStore(tmp_path / "originals")
    digest, _ = blobs.put(b"original bytes")
    assert blobs.check(digest) is None
    path = blobs.path(digest)
    os.chmod(path, 0o644)
    path.write_bytes(b"forged bytes")
    problem = blobs.check(digest)
    assert problem is not None and problem.problem.startswith("altered")
    assert digest in str(problem)
    path.unlink()
    assert blobs.check(digest).problem == "missing"


def test_path_refuses_anything_but_a_sha256(tmp_path):
    blobs = BlobStore(tmp_path)
    with pytest.raises(ValueError):
        blobs.path("../../etc/passwd")


def test_sweep_removes_leftovers_of_a_killed_write(tmp_path):
    blobs = BlobStore(tmp_path)
    (tmp_path / "ab").mkdir()
    (tmp_path / "ab" / ".incoming-xyz").write_bytes(b"half")
    assert blobs.sweep_incoming() == 1
    assert list(blobs) == []
