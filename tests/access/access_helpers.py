"""Principals of each role, key fixtures and a direct way to record witnesses, for the access tests.

A module rather than a conftest.py: a second module named conftest would shadow the
top-level one that other tests import helpers from.
"""

from pathlib import Path

import pytest

from dossier.access import keys
from dossier.access.policy import Principal
from dossier.access.witnesses import Witness, add
from dossier.model import Role

ADMIN = Principal("ada", Role.ADMIN)
INVESTIGATOR = Principal("ivan", Role.INVESTIGATOR)
ANALYST = Principal("ana", Role.ANALYST)
VIEWER = Principal("vic", Role.VIEWER)


def add_witness(repo, pseudonym: str, name: str, *aliases: str, **extra) -> int:
    with repo.store.transaction() as conn:
        return add(conn, INVESTIGATOR, Witness(pseudonym=pseudonym, name=name, aliases=list(aliases), **extra))


@pytest.fixture
def key_file(tmp_path) -> Path:
    """A key file outside the repository folder, as users are told to keep it."""
    path = tmp_path / "keys" / "dossier.key"
    path.parent.mkdir()
    keys.create_key_file(path)
    return path


@pytest.fixture
def keyed_repo(repo, key_file):
    """A plain repository with its protection key attached (as `--key-file` does)."""
    keys.attach(repo.store.engine, keys.read_key_file(key_file, repo.root))
    return repo
