"""`dossier export` as a user runs it (on a repository with no users yet: the OS user acts as admin)."""

import json

import pytest

from helpers import run_cli
from dossier.model import Sensitivity
from dossier.repository import Repository
from export_helpers import ingest


@pytest.fixture(scope="module")
def repo_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli") / "repo"
    with Repository.init(root, actor="tester") as repo:
        ingest(repo, "Report on Chongjin\n\nBy A. Author\n\nOfficers of the Ministry of State Security beat "
               "prisoners at Chongjin in 2011.\n", "report.txt", Sensitivity.PUBLIC)
    return root


def test_export_writes_the_file_says_where_and_ledgers_it(repo_dir, tmp_path):
    out = tmp_path / "map.geojson"
    done = run_cli("export", "geojson", "--out", str(out), repo=repo_dir)
    assert done.returncode == 0, done.stderr
    assert f"exported geojson to {out}" in done.stdout and "sha256" in done.stdout
    names = {f["properties"].get("name") for f in json.loads(out.read_text())["features"]}
    assert "Chongjin" in names
    with Repository.open(repo_dir, actor="tester") as repo:
        last = repo.log()[-1]
    assert (last.action, last.subject, last.actor) == ("export", "geojson", "tester")


def test_export_to_standard_output_keeps_the_data_clean(repo_dir):
    done = run_cli("export", "ftm", "--out", "-", "--kind", "report", repo=repo_dir)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert lines[0]["schema"] == "PlainText" and "exported ftm to standard output" in done.stderr


def test_a_wrong_format_is_one_line_and_exit_2(repo_dir):
    done = run_cli("export", "xlsx", repo=repo_dir)
    assert done.returncode == 2 and "'xlsx' is not a format; choose one of ftm, csv" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
