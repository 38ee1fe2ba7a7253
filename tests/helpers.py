"""What several test folders share: running the installed `dossier` command as a user would."""

import contextlib
import os
import subprocess
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOSSIER = Path(sys.executable).parent / "dossier"


def shared_dir() -> Path | None:
    for candidate in (ROOT.parent / "shared", Path("/work/shared")):
        if (candidate / "corpus").is_dir():
            return candidate
    return None


def run_cli(*args: str, repo: Path | None = None, input: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    command = [str(DOSSIER), *args]
    if repo is not None:
        command += ["--repo", str(repo)]
    full_env = {**os.environ, "DOSSIER_USER": "tester", **(env or {})}
    return subprocess.run(command, capture_output=True, text=True, input=input, env=full_env, timeout=300)


@contextlib.contextmanager
def postgres_database(prefix: str = "dossier_test"):
    """A fresh UTF-8 database on the local server (Hangul needs a UTF-8 locale), dropped after."""
    import psycopg
    import pytest

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server on 127.0.0.1:5432 ({exc})")
    admin.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
        admin.close()
