"""Extraction quality on the held-out gold set (gold-heldout/), written without looking at the extractors.

The floors sit 0.03 below the F1 measured when the set was written, so a change that makes
extraction worse on unseen text fails here even if the development set still passes.
"""

import json
from pathlib import Path

import pytest

from dossier.extract.evaluate import evaluate

HELDOUT = Path(__file__).resolve().parents[2] / "gold-heldout"

# F1 measured on 5 held-out texts, minus 0.03.
MENTION_FLOORS = {"PERSON": 0.79, "ORG": 0.80, "LOCATION": 0.95, "FACILITY": 0.97, "LAW": 0.77}
FLOORS = {"mentions_all": 0.87, "dates": 0.93, "quantities": 0.72, "incidents": 0.73, "resolution": 0.95}


@pytest.fixture(scope="module")
def report():
    return evaluate(HELDOUT)


def test_every_heldout_gold_file_is_paired_with_its_text(report):
    assert report.unmatched == []
    assert len(report.documents) == len(list(HELDOUT.glob("*.json"))) == 5


@pytest.mark.parametrize("label", sorted(MENTION_FLOORS))
def test_mentions_per_label_stay_above_their_floor(report, label):
    score = report.mentions[label]
    assert score.tp + score.fn > 0, label
    assert score.f1 >= MENTION_FLOORS[label], (label, score.to_dict())


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_other_measures_stay_above_their_floor(report, measure):
    score = report.to_dict()[measure]
    assert score["tp"] + score["fn"] > 0, measure
    assert score["f1"] >= FLOORS[measure], (measure, score)


@pytest.mark.parametrize("gold_path", sorted(HELDOUT.glob("*.json")), ids=lambda p: p.stem)
def test_gold_spans_are_verbatim_in_their_text(gold_path):
    """A gold span that is not in the text can never be found, which would lower every floor silently."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    title, _, body = gold_path.with_suffix(".txt").read_text(encoding="utf-8").partition("\n")
    assert title == gold["document"]["title"]
    spans = ([e["text"] for e in gold["entities"]] + gold["dates"] + [q["text"] for q in gold["quantities"]]
             + [v["evidence_text"] for v in gold["violations"]] + [c["text"] for c in gold["citations"]]
             + [n["text"] for n in gold["notes"]] + [r["action_text"] for r in gold["recommendations"]])
    assert [span for span in spans if span not in body] == []
