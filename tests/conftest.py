import shutil
from pathlib import Path

import pytest

from dossier.repository import Repository
from helpers import run_cli, shared_dir

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


@pytest.fixture
def cli():
    return run_cli


def pytest_collection_modifyitems(config, items):
    if shutil.which("chromium") is None and not Path("/usr/bin/chromium").exists():
        skip = pytest.mark.skip(reason="Debian's chromium is not installed")
        for item in items:
            if "browser" in item.keywords:
                item.add_marker(skip)
