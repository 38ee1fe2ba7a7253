"""The command line as a user meets it: exit codes, one-line errors, JSON output."""

import json


def test_init_then_ingest_documents_show_verify_log(cli, tmp_path):
    root = tmp_path / "evidence"
    assert cli("init", str(root)).returncode == 0
    doc = tmp_path / "statement.txt"
    doc.write_text(
        "Statement on forced repatriation\n\nBy Jane Roe\n\nMarch 2021\n\n"
        "Chinese authorities forcibly returned 30 women to North Korea in 2020.[1]\n\n"
        "[1] UN Commission of Inquiry report, A/HRC/25/63, para. 42.\n",
        encoding="utf-8",
    )
    ingested = cli("ingest", str(doc), "--origin", "test", "--json", repo=root)
    assert ingested.returncode == 0, ingested.stderr
    result = json.loads(ingested.stdout.splitlines()[0])
    assert result["status"] == "ingested" and len(result["sha256"]) == 64

    again = cli("ingest", str(doc), repo=root)
    assert again.returncode == 0 and "already present" in again.stdout

    listed = json.loads(cli("documents", "--json", repo=root).stdout)
    assert listed[0]["title"] == "Statement on forced repatriation"
    assert listed[0]["authors"][0] == {"name": "Jane Roe", "role": "author", "pseudonym": False}
    assert listed[0]["sha256"] == result["sha256"]
    assert listed[0]["notes"] == 1

    shown = json.loads(cli("show", str(listed[0]["id"]), "--json", repo=root).stdout)
    assert "forcibly returned" in shown["text"]
    assert shown["notes"][0]["un_symbols"] == ["A/HRC/25/63"]

    assert cli("verify", repo=root).returncode == 0
    log = json.loads(cli("log", "--json", repo=root).stdout)
    assert [e["action"] for e in log] == ["init", "ingest"]
    assert log[1]["prev_hash"] == log[0]["hash"]


def test_errors_are_one_line_without_traceback(cli, tmp_path):
    missing = cli("documents", repo=tmp_path / "nowhere")
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and "not a Dossier repository" in missing.stderr
    assert "Traceback" not in missing.stderr

    usage = cli("show", "not-a-number", repo=tmp_path)
    assert usage.returncode == 2 and "Traceback" not in usage.stderr

    root = tmp_path / "r"
    cli("init", str(root))
    absent = cli("ingest", str(tmp_path / "absent.pdf"), repo=root)
    assert absent.returncode == 2 and "absent.pdf" in absent.stderr

    not_found = cli("show", "999", repo=root)
    assert not_found.returncode == 1 and "document 999" in not_found.stderr


def test_a_failed_file_makes_ingest_exit_1_and_names_it(cli, tmp_path):
    root = tmp_path / "r"
    cli("init", str(root))
    fake = tmp_path / "scan.pdf"
    fake.write_text("<html>not a pdf</html>")
    run = cli("ingest", str(fake), "--json", repo=root)
    assert run.returncode == 1
    record = json.loads(run.stdout.splitlines()[0])
    assert record["status"] == "failed" and "scan.pdf" in record["error"]
    assert json.loads(cli("documents", "--json", repo=root).stdout) == []


def test_init_refuses_an_existing_repository(cli, tmp_path):
    root = tmp_path / "r"
    assert cli("init", str(root)).returncode == 0
    again = cli("init", str(root))
    assert again.returncode == 1 and "already a Dossier repository" in again.stderr
