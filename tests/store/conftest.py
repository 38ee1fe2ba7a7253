"""Every store test runs on both backends: a real SQLite file and a real PostgreSQL server."""

import pytest

from dossier.store import Store
from helpers import postgres_database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    if request.param == "sqlite":
        opened = Store.open(f"sqlite:///{tmp_path / 'dossier.db'}", create=True)
        yield opened
        opened.close()
        return
    with postgres_database() as url:
        opened = Store.open(url, create=True)
        yield opened
        opened.close()
