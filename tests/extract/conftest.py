"""The gold-annotated corpus of ../shared as Documents, for measuring the extractors."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from dossier.model import Author, Document, PartialDate, Precision

GOLD_FILES = [
    "1-collins-crimes-two-regions.json", "2-portraits.json", "3-ji-seong-ho-interview.json",
    "4-scarlatoiu-statement.json", "5-cohen-statement.json",
]


@dataclass
class GoldDocument:
    name: str
    document: Document
    gold: dict


@pytest.fixture(scope="session")
def gold_documents() -> list[GoldDocument]:
    """Each publication of the compilation, its body as the text, with its gold file."""
    shared = next((c for c in (Path(__file__).resolve().parents[2].parent / "shared", Path("/work/shared"))
                   if (c / "corpus" / "gold").is_dir()), None)
    if shared is None:
        pytest.skip("../shared is not present")
    corpus = (shared / "corpus" / "hrnk-2018-compilation.txt").read_text(encoding="utf-8")
    golds = [(name, json.loads((shared / "corpus" / "gold" / name).read_text(encoding="utf-8"))) for name in GOLD_FILES]
    return _split(corpus, golds)


def _split(corpus: str, golds: list[tuple[str, dict]]) -> list[GoldDocument]:
    starts = []
    for name, gold in golds:
        title = re.search(r"(?m)^" + re.escape(gold["document"]["title"]) + r"[ \u00a0]*$", corpus)
        starts.append((title.start(), title.end(), name, gold))
    starts.sort()
    documents = []
    for index, (_start, body_start, name, gold) in enumerate(starts):
        body_end = starts[index + 1][0] if index + 1 < len(starts) else len(corpus)
        meta = gold["document"]
        date = meta["date"]
        documents.append(GoldDocument(name, Document(
            title=meta["title"], text=corpus[body_start:body_end],
            date=PartialDate(text=date, value=date, precision=Precision.YEAR) if date else None,
            authors=[Author(name=a["name"], role=a["role"], pseudonym=a["pseudonym"]) for a in meta["authors"]],
        ), gold))
    return documents


@pytest.fixture
def prf():
    """Precision, recall and F1 from counts."""
    return _prf


def _prf(true_positives: int, false_positives: int, false_negatives: int) -> tuple[float, float, float]:
    precision = true_positives / (true_positives + false_positives) if true_positives + false_positives else 1.0
    recall = true_positives / (true_positives + false_negatives) if true_positives + false_negatives else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
