"""Every store test runs on both backends: a real SQLite file and a real PostgreSQL server."""

import uuid

import psycopg
import pytest

from dossier.store import Store

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def _postgres_database():
    name = f"dossier_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server on 127.0.0.1:5432 ({exc})")
    admin.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
    return admin, name


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    if request.param == "sqlite":
        opened = Store.open(f"sqlite:///{tmp_path / 'dossier.db'}", create=True)
        yield opened
        opened.close()
        return
    admin, name = _postgres_database()
    opened = Store.open(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}", create=True)
    yield opened
    opened.close()
    admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
    admin.close()
