import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.repository import Repository

ROOT = Path(__file__).resolve().parents[1]
DOSSIER = Path(sys.executable).parent / "dossier"


def shared_dir() -> Path | None:
    for candidate in (ROOT.parent / "shared", Path("/work/shared")):
        if (candidate / "corpus").is_dir():
            return candidate
    return None


@pytest.fixture
def shared() -> Path:
    found = shared_dir()
    if found is None:
        pytest.skip("../shared is not present")
    return found


@pytest.fixture
def repo(tmp_path) -> Repository:
    opened = Repository.init(tmp_path / "repo", actor="tester")
    yield opened
    opened.close()


def run_cli(*args: str, repo: Path | None = None, input: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the installed `dossier` command as a user would."""
    command = [str(DOSSIER), *args]
    if repo is not None:
        command += ["--repo", str(repo)]
    full_env = {**os.environ, "DOSSIER_USER": "tester", **(env or {})}
    return subprocess.run(command, capture_output=True, text=True, input=input, env=full_env, timeout=300)


@pytest.fixture
def cli():
    return run_cli


def pytest_collection_modifyitems(config, items):
    if shutil.which("chromium") is None and not Path("/usr/bin/chromium").exists():
        skip = pytest.mark.skip(reason="Debian's chromium is not installed")
        for item in items:
            if "browser" in item.keywords:
                item.add_marker(skip)
