"""The repository's promises: originals kept once, atomic ingest, a verifiable chain."""

import json
import os
import signal
import sqlite3
import subprocess
import time

from dossier.model import Sensitivity
from dossier.repository import IngestOptions
from dossier.store import sources

from helpers import DOSSIER

TESTIMONY = (
    "Testimony of a former detainee\n\nBy W-0101*\n\n"
    "In March 2009 I was arrested by Chinese police in Yanji and handed over to the "
    "State Security Department in Onsong. Guards beat me during interrogation.\n\n"
    "*Pseudonym used for the safety of the witness.\n"
)


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_same_bytes_twice_is_reported_already_present(repo, tmp_path):
    f = write(tmp_path / "t.txt", TESTIMONY)
    first = repo.ingest_file(f, IngestOptions())
    second = repo.ingest_file(f, IngestOptions())
    assert first.status == "ingested" and first.documents
    assert second.status == "already_present"
    assert second.documents == first.documents
    assert len(repo.document_summaries()) == len(first.documents)


def test_a_bad_file_leaves_nothing_and_the_others_go_in(repo, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good = write(inbox / "good.txt", TESTIMONY)
    bad = inbox / "bad.txt"
    bad.write_bytes(b"caf\xe9 \xff\xfe broken")
    empty = inbox / "empty.txt"
    empty.write_bytes(b"")
    results = repo.ingest_paths([inbox], IngestOptions())
    by_name = {os.path.basename(r.path): r for r in results}
    assert by_name["good.txt"].status == "ingested"
    assert by_name["bad.txt"].status == "failed" and "bad.txt" in by_name["bad.txt"].error
    assert by_name["empty.txt"].status == "failed" and "empty" in by_name["empty.txt"].error
    with repo.store.reading() as conn:
        names = [s.filename for s in sources.list_all(conn)]
    assert names == ["good.txt"]
    assert list(repo.blobs) == [good_sha := by_name["good.txt"].sha256]
    assert repo.verify().ok
    assert len(good_sha) == 64


def test_ingesting_a_folder_skips_the_repository_inside_it(repo, tmp_path):
    write(tmp_path / "t.txt", TESTIMONY)
    results = repo.ingest_paths([tmp_path], IngestOptions())
    assert [os.path.basename(r.path) for r in results] == ["t.txt"]


def test_sensitivity_and_origin_are_recorded_in_the_ledger(repo, tmp_path):
    f = write(tmp_path / "t.txt", TESTIMONY)
    result = repo.ingest_file(f, IngestOptions(origin="field interview, Seoul", sensitivity=Sensitivity.CONFIDENTIAL))
    entry = repo.log()[-1]
    assert entry.action == "ingest" and entry.subject == result.sha256
    assert entry.details["sensitivity"] == "confidential"
    assert entry.details["origin"] == "field interview, Seoul"
    assert repo.document_summaries()[0]["sensitivity"] == "confidential"


def test_verify_names_an_altered_original_and_an_altered_ledger_entry(repo, tmp_path):
    result = repo.ingest_file(write(tmp_path / "t.txt", TESTIMONY), IngestOptions())
    assert repo.verify().ok
    blob = repo.blobs.path(result.sha256)
    os.chmod(blob, 0o644)
    blob.write_bytes(blob.read_bytes().replace(b"beat", b"fed"))
    report = repo.verify()
    assert not report.ok
    assert report.problems[0] == f"original {result.sha256}: altered (its bytes no longer hash to its name)"

    db = sqlite3.connect(repo.root / "dossier.db")
    with db:
        db.execute("UPDATE ledger SET actor = 'mallory' WHERE seq = 2")
    db.close()
    report = repo.verify()
    assert "ledger entry 2: altered (its contents no longer match its hash)" in report.problems


def test_kill_during_a_folder_ingest_leaves_a_verifiable_repository(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for i in range(60):
        write(folder / f"report-{i:03d}.txt", f"Report {i}\n\nBy Analyst {i}\n\n" + TESTIMONY * 20 + f"\nSerial {i}.\n")
    root = tmp_path / "repo"
    env = {**os.environ, "DOSSIER_USER": "tester"}
    subprocess.run([str(DOSSIER), "init", str(root)], check=True, env=env, capture_output=True)
    proc = subprocess.Popen([str(DOSSIER), "ingest", str(folder), "--repo", str(root)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline:
        time.sleep(0.2)
        try:
            n = sqlite3.connect(root / "dossier.db").execute("SELECT count(*) FROM sources").fetchone()[0]
        except sqlite3.OperationalError:
            continue
        if n >= 3:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    verify = subprocess.run([str(DOSSIER), "verify", "--repo", str(root)], env=env, capture_output=True, text=True)
    assert verify.returncode == 0, verify.stderr
    rerun = subprocess.run([str(DOSSIER), "ingest", str(folder), "--repo", str(root), "--json"], env=env,
                           capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    statuses = [json.loads(line)["status"] for line in rerun.stdout.splitlines()]
    assert statuses.count("already_present") >= 3
    db = sqlite3.connect(root / "dossier.db")
    assert db.execute("SELECT count(*), count(DISTINCT sha256) FROM sources").fetchone() == (60, 60)
    verify = subprocess.run([str(DOSSIER), "verify", "--repo", str(root)], env=env, capture_output=True, text=True)
    assert verify.returncode == 0, verify.stderr
    found = subprocess.run([str(DOSSIER), "search", "Serial", "--limit", "500", "--json", "--repo", str(root)],
                           env=env, capture_output=True, text=True)
    assert found.returncode == 0, found.stderr
    assert len({hit["document_id"] for hit in json.loads(found.stdout)["hits"]}) == 60  # the index caught up
