"""`dossier demo` builds the sample repository, says what it holds, and makes a web login."""

import json


def test_demo_builds_the_sample_repository(cli, tmp_path):
    root = tmp_path / "demo"
    run = cli("demo", "--repo", str(root), "--no-serve")
    assert run.returncode == 0, run.stderr
    assert "The demo repository holds 7 documents" in run.stdout
    assert "verify: intact" in run.stdout
    assert "Web app: log in as tester with password " in run.stdout
    docs = json.loads(cli("documents", "--json", repo=root).stdout)
    kinds = {d["kind"] for d in docs}
    assert {"testimony", "report", "statement", "imagery_note"} <= kinds
    assert any(d["language"] == "ko" for d in docs)
    again = cli("demo", "--repo", str(root), "--no-serve")
    assert again.returncode == 0 and "holds 7 documents" in again.stdout  # a rerun adds nothing
