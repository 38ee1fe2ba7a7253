"""Scoring extraction against gold: the development set shipped in gold/, and edge cases."""

import json
import shutil
from pathlib import Path

import pytest

from dossier.errors import InputError, UsageError
from dossier.extract.evaluate import Score, evaluate, score_matcher

GOLD = Path(__file__).resolve().parents[2] / "gold"


@pytest.fixture(scope="module")
def report():
    return evaluate(GOLD)


def test_every_gold_file_is_paired_with_its_document(report):
    assert report.unmatched == []
    assert len(report.documents) == len(list(GOLD.glob("*.json"))) >= 3


def test_mentions_meet_the_target_on_the_development_set(report):
    for label, score in report.mentions.items():
        assert score.tp + score.fn > 0, label
        assert score.f1 >= 0.85, (label, score.to_dict())


def test_report_covers_every_measure(report):
    data = report.to_dict()
    assert set(data["mentions"]) == {"PERSON", "ORG", "LOCATION", "FACILITY", "LAW"}
    assert data["dates"]["tp"] > 0 and data["quantities"]["tp"] > 0 and data["incidents"]["tp"] > 0
    assert data["resolution"]["method"] in ("resolver", "gazetteer canonical")
    assert data["matcher"]["tp"] + data["matcher"]["fn"] >= 100
    table = report.format_table()
    assert "mentions LOCATION" in table and "name matcher" in table and "F1" in table


def test_name_pairs_file_has_hard_negatives():
    rows = [line.split("\t") for line in (GOLD / "name_pairs.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    assert len(rows) >= 150
    pairs = {(a, b): same.strip() for a, b, _kind, same in rows}
    assert pairs[("Kim Jong-il", "Kim Jong-un")] == "0"
    assert pairs[("Chongjin", "Chongju")] == "0"
    assert pairs[("Hamhung", "Hamgyong")] == "0"


def test_a_missed_and_an_invented_mention_are_counted(tmp_path):
    (tmp_path / "doc.txt").write_text(
        "Border Report\nBy Jane Roe\n\nShe fled from Hyesan to Yanji in 2009.\n", encoding="utf-8"
    )
    gold = {
        "document": {"title": "Border Report", "authors": [], "date": None, "kind": "report"},
        "entities": [
            {"text": "Jane Roe", "type": "PERSON", "canonical": "Jane Roe"},
            {"text": "Hyesan", "type": "LOCATION", "canonical": "Hyesan"},
            {"text": "Musan", "type": "LOCATION", "canonical": "Musan"},
        ],
        "dates": ["2009"], "quantities": [], "citations": [], "notes": [], "violations": [], "recommendations": [],
    }
    (tmp_path / "doc.json").write_text(json.dumps(gold), encoding="utf-8")
    report = evaluate(tmp_path)
    locations = report.mentions["LOCATION"]
    assert (locations.tp, locations.fp, locations.fn) == (1, 1, 1)  # Hyesan; Yanji extra; Musan missed
    assert report.mentions["PERSON"].f1 == 1.0
    assert report.dates.tp == 1


def test_gold_file_without_its_text_is_reported_unpaired(tmp_path):
    shutil.copy(GOLD / "2-report-border-purges.json", tmp_path)
    (tmp_path / "other.txt").write_text("Another Title\nBy Jane Roe\n\nText.\n", encoding="utf-8")
    report = evaluate(tmp_path)
    assert report.unmatched == ["Accountability Gaps at the Sino-Korean Border: An Interim Assessment"]


def test_bad_input_names_the_folder_or_file(tmp_path):
    with pytest.raises(UsageError, match="no gold annotation files"):
        evaluate(tmp_path)
    (tmp_path / "pairs.tsv").write_text("name1\tname2\tkind\tsame\nKim\tKim\tperson\tyes\n", encoding="utf-8")
    with pytest.raises(InputError, match="pairs.tsv line 2"):
        score_matcher(tmp_path / "pairs.tsv")


def test_score_arithmetic():
    score = Score()
    score.add({"a", "b", "c"}, {"b", "c", "d", "e"})
    assert (score.tp, score.fp, score.fn) == (2, 1, 2)
    assert score.precision == pytest.approx(2 / 3) and score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(4 / 7)


def test_shared_gold_meets_the_target_for_people_and_places(shared):
    report = evaluate(shared / "corpus" / "gold")
    assert len(report.documents) == 5
    assert report.mentions["PERSON"].f1 >= 0.85
    assert report.mentions["LOCATION"].f1 >= 0.85
