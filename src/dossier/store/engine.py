"""Opening a store and running transactions on it, for SQLite and PostgreSQL alike.

SQLite runs in WAL mode so readers (the web app) never wait for a writer (an ingest),
and every write transaction starts with BEGIN IMMEDIATE so two writers queue up rather
than fail half-way. A killed process leaves the database as of its last commit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, make_url, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import QueuePool

from dossier.errors import KeyMissing, RepositoryError
from dossier.store import schema


class Store:
    """The system of record. Modules beside this one hold the reads and writes."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(
        cls, url: str, *, create: bool = False, connect_args: dict[str, Any] | None = None, key: bytes | None = None
    ) -> Store:
        """Open (or with ``create``, make) the database; ``key`` opens an SQLCipher-encrypted SQLite."""
        engine = _encrypted_engine(url, key) if key else create_engine(url, connect_args=connect_args or {}, future=True)
        if engine.dialect.name == "sqlite":
            _tune_sqlite(engine)
        store = cls(engine)
        try:
            if create:
                schema.metadata.create_all(engine)
                store._stamp_version()
            store._check_version()
        except (OperationalError, DatabaseError) as exc:
            if key and "not a database" in str(exc.orig):
                raise KeyMissing(f"{_safe_url(url)}: wrong key for the encrypted database") from None
            raise RepositoryError(f"{_safe_url(url)}: cannot open the database ({exc.orig})") from None
        return store

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic unit of writes: all of it is committed, or none of it."""
        with self.engine.connect().execution_options(dossier_write=True) as conn:
            with conn.begin():
                yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            with conn.begin():
                yield conn

    def close(self) -> None:
        self.engine.dispose()

    def _stamp_version(self) -> None:
        with self.transaction() as conn:
            if conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).first():
                return
            conn.execute(schema.meta.insert().values(key="schema_version", value=str(schema.SCHEMA_VERSION)))

    def _check_version(self) -> None:
        with self.reading() as conn:
            row = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).first()
        if row is None:
            raise RepositoryError("the database has no Dossier schema: run `dossier init` first")
        if int(row[0]) > schema.SCHEMA_VERSION:
            raise RepositoryError(
                f"the database has schema version {row[0]}, newer than this Dossier ({schema.SCHEMA_VERSION}): upgrade Dossier"
            )


def _encrypted_engine(url: str, key: bytes) -> Engine:
    """SQLite through SQLCipher, keyed with raw key bytes (no passphrase stretching per connect)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise RepositoryError(f"{_safe_url(url)}: only the embedded SQLite database can be encrypted; encrypt the server's disk")
    keyed = parsed.set(drivername="sqlite+pysqlcipher", password=f"x'{key.hex()}'")
    try:
        engine = create_engine(keyed, poolclass=QueuePool, future=True)  # the dialect's default pool shares one connection per thread
    except ImportError:
        raise RepositoryError("an encrypted repository needs SQLCipher: pip install sqlcipher3-binary") from None

    @event.listens_for(engine, "connect")
    def _quiet_and_no_plain_temp_files(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA cipher_log_level=NONE")  # a wrong key is our error message, not stderr noise
        dbapi_conn.execute("PRAGMA temp_store=MEMORY")

    return engine


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("dossier_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _safe_url(url: str) -> str:
    """The URL without a password, for error messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://…@{rest.split('@', 1)[1]}"
    return url
