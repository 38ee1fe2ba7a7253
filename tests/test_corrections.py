"""What people correct survives re-extraction: merged entities, reviewed incidents."""

import json

from dossier.repository import IngestOptions

REPORT = (
    "Detention at the border\n\nBy Jane Roe\n\n"
    "In 2012 the Bo-wi-bu detained returnees in Onsong. Guards beat the women during interrogation.\n\n"
    "Officers of the Gukga Anjeon Bowibu ran the holding centre under Ri Myong-su. "
    "Former detainees also named Colonel Jang Kwang-il as its commander.\n"
)


def test_a_merge_and_a_review_survive_reextraction(repo, tmp_path, cli):
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    repo.ingest_file(tmp_path / "r.txt", IngestOptions())
    root = str(repo.root)
    repo.close()

    # Two names the matcher keeps apart; the investigator knows they are one man.
    people = json.loads(cli("entities", "--kind", "person", "--json", repo=root).stdout)
    names = {e["name"]: e["id"] for e in people if e["name"] != "Jane Roe"}
    assert len(names) >= 2, names
    (keep, keep_id), (other, other_id) = sorted(names.items())[:2]
    assert cli("entity", "merge", str(keep_id), str(other_id), repo=root).returncode == 0

    incidents = json.loads(cli("incidents", "--json", repo=root).stdout)
    torture = next(i for i in incidents if i["type"] == "vt_torture")
    assert cli("review", str(torture["id"]), "--status", "disputed", repo=root).returncode == 0

    assert cli("reextract", repo=root).returncode == 0

    after = json.loads(cli("entities", "--kind", "person", "--json", repo=root).stdout)
    merged = [e for e in after if e["name"] == keep]
    assert len(merged) == 1 and other not in {e["name"] for e in after}
    shown = json.loads(cli("entity", "show", str(merged[0]["id"]), "--json", repo=root).stdout)
    assert other in {a["name"] for a in shown["aliases"]}
    statuses = {i["status"] for i in json.loads(cli("incidents", "--type", "vt_torture", "--json", repo=root).stdout)}
    assert "disputed" in statuses
    actions = [e["action"] for e in json.loads(cli("log", "--json", repo=root).stdout)]
    assert {"entity_merge", "incident_review", "reextract"} <= set(actions)
