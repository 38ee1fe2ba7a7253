"""Measure extraction against hand-made gold annotations.

A gold folder holds one JSON file per publication (the format of
``corpus/gold/GUIDELINES.md``) and, next to them or in the parent folder, the text they
annotate. The text is read and split exactly as ingest does it, each gold file is paired
with the document whose title it names, and the whole extraction runs on that document.
The report gives precision, recall and F1 per mention label, for dates, quantities
(with how often the values agree), incident types and numbered recommendations (with how
often the addressee agrees), the pairwise accuracy of entity grouping, and, when
``name_pairs.tsv`` is present, the name matcher's accuracy.

Gold lists every distinct surface form once per publication, so mentions, dates and
quantities are compared as sets of distinct strings per document.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, Iterable

from dossier.errors import InputError, UsageError
from dossier.extract import extract
from dossier.model import Annotations, Document, Label, Mention, Precision, Recommendation

GOLD_LABELS = {"LAW_OR_DOCUMENT": Label.LAW.value}
LABELS = [label.value for label in Label]
PAIRS_FILE = "name_pairs.tsv"


@dataclass
class Score:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: Iterable[Any], gold: Iterable[Any]) -> None:
        """Count one document's predicted and gold items (each a set of distinct items)."""
        predicted, gold = set(predicted), set(gold)
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class EvalReport:
    """What ``evaluate`` measured; ``to_dict`` for JSON, ``format_table`` for the CLI."""

    gold_dir: str
    documents: list[str] = field(default_factory=list)  # titles of the paired documents
    unmatched: list[str] = field(default_factory=list)  # gold titles with no document
    mentions: dict[str, Score] = field(default_factory=lambda: {label: Score() for label in LABELS})
    dates: Score = field(default_factory=Score)
    quantities: Score = field(default_factory=Score)
    quantity_values_agree: int = 0
    incidents: Score = field(default_factory=Score)
    recommendations: Score = field(default_factory=Score)
    recommendation_addressees_agree: int = 0
    resolution: Score = field(default_factory=Score)
    resolution_method: str = ""
    matcher: Score | None = None
    errors: list[str] = field(default_factory=list)  # mismatches, for whoever tunes the rules

    @property
    def mentions_all(self) -> Score:
        total = Score()
        for score in self.mentions.values():
            total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold_dir": self.gold_dir,
            "documents": self.documents,
            "unmatched": self.unmatched,
            "mentions": {label: score.to_dict() for label, score in self.mentions.items()},
            "mentions_all": self.mentions_all.to_dict(),
            "dates": self.dates.to_dict(),
            "quantities": {**self.quantities.to_dict(), "values_agree": self.quantity_values_agree},
            "incidents": self.incidents.to_dict(),
            "recommendations": {**self.recommendations.to_dict(), "addressees_agree": self.recommendation_addressees_agree},
            "resolution": {**self.resolution.to_dict(), "method": self.resolution_method},
            "matcher": self.matcher.to_dict() if self.matcher else None,
        }

    def format_table(self) -> str:
        """A plain-text table: one row per measure, precision, recall, F1 and counts."""
        rows = [(f"mentions {label}", score) for label, score in self.mentions.items()]
        rows += [("mentions (all)", self.mentions_all), ("dates", self.dates)]
        rows += [("quantities", self.quantities), ("incident types", self.incidents)]
        rows += [("recommendations (numbered)", self.recommendations)]
        rows += [(f"entity grouping ({self.resolution_method})", self.resolution)]
        if self.matcher:
            rows.append(("name matcher", self.matcher))
        width = max(len(name) for name, _ in rows)
        lines = [f"{'measure':<{width}}  precision  recall     F1    tp    fp    fn"]
        for name, s in rows:
            lines.append(
                f"{name:<{width}}  {s.precision:9.3f}  {s.recall:6.3f}  {s.f1:5.3f}  {s.tp:4d}  {s.fp:4d}  {s.fn:4d}"
            )
        lines.append(f"quantity values agreeing: {self.quantity_values_agree} of {self.quantities.tp}")
        lines.append(f"recommendation addressees agreeing: {self.recommendation_addressees_agree} of {self.recommendations.tp}")
        lines.append(f"documents: {len(self.documents)} paired, {len(self.unmatched)} gold files unpaired")
        lines.extend(f"  unpaired: {title}" for title in self.unmatched)
        return "\n".join(lines)


def evaluate(gold_dir: Path) -> EvalReport:
    """Score the extraction (and resolution) against the gold files in ``gold_dir``."""
    gold_dir = Path(gold_dir)
    pairs, unmatched = paired_documents(gold_dir)
    report = EvalReport(gold_dir=str(gold_dir), unmatched=unmatched)
    paired: list[tuple[dict[str, Any], Document, Annotations]] = []
    for name, gold, document in pairs:
        found = extract(document)
        _score_document(report, name, gold, found)
        report.documents.append(gold["document"]["title"])
        paired.append((gold, document, found))
    _score_resolution(report, paired)
    if (gold_dir / PAIRS_FILE).is_file():
        report.matcher = score_matcher(gold_dir / PAIRS_FILE)
    return report


def paired_documents(gold_dir: Path) -> tuple[list[tuple[str, dict[str, Any], Document]], list[str]]:
    """(gold file name, gold annotations, the document it annotates) for every gold file
    whose title names a document of the texts, and the titles that name none."""
    documents = _documents_by_title(_text_files(gold_dir))
    pairs, unmatched = [], []
    for name, gold in _gold_files(gold_dir):
        title = gold["document"]["title"]
        document = documents.get(_title_key(title))
        if document is None:
            unmatched.append(title)
        else:
            pairs.append((name, gold, document))
    return pairs, unmatched


def gold_mentions(gold: dict[str, Any]) -> set[tuple[str, str]]:
    """The distinct (text, label) of a gold file's entities, in our label names."""
    return {(e["text"], GOLD_LABELS.get(e["type"], e["type"])) for e in gold["entities"]}


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def score_matcher(path: Path) -> Score:
    """Precision and recall of ``dossier.resolve.match`` on a TSV of labelled name pairs
    (name1, name2, kind, same): a predicted match is a positive."""
    from dossier.resolve import match

    score = Score()
    for row in _pair_rows(path):
        predicted = match(row["name1"], row["name2"], row["kind"]).match
        same = row["same"] == "1"
        score.tp += predicted and same
        score.fp += predicted and not same
        score.fn += same and not predicted
    return score


def _pair_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for number, row in enumerate(rows, start=2):
        if not row.get("name1") or not row.get("name2") or row.get("same") not in ("0", "1"):
            raise InputError(f"{path.name} line {number}", "needs name1, name2, kind and same (0 or 1)")
    return rows


def _score_document(report: EvalReport, name: str, gold: dict[str, Any], found: Annotations) -> None:
    expected = gold_mentions(gold)
    predicted = {(m.text, m.label.value) for m in found.mentions}
    for label in LABELS:
        report.mentions[label].add(
            {item for item in predicted if item[1] == label}, {item for item in expected if item[1] == label}
        )
    report.errors += [f"{name}: extra {text!r} {label}" for text, label in sorted(predicted - expected)]
    report.errors += [f"{name}: missed {text!r} {label}" for text, label in sorted(expected - predicted)]
    # Relative expressions ("today", "two months before his death") are kept, marked
    # unresolved, for a reader to pin down; the gold conventions do not count them as dates.
    # A day and month without a year ("10월 9일") is unresolved too, but it is a date.
    dated = {d.text for d in found.dates if d.precision is not Precision.UNRESOLVED or _has_digit(d.text)}
    report.dates.add(dated, set(gold["dates"]))
    _score_quantities(report, gold["quantities"], found)
    report.incidents.add({i.type for i in found.incidents}, {v["type"] for v in gold["violations"]})
    _score_recommendations(report, name, gold.get("recommendations", []), found)


def _score_recommendations(report: EvalReport, name: str, gold: list[dict[str, Any]], found: Annotations) -> None:
    """Gold lists the numbered recommendations only, so ours count when they carry an item.

    A gold item is found when one of ours holds the same action (one contains the
    other, compared without case and spacing).
    """
    ours = [r for r in found.recommendations if r.item]
    paired = {index: next((r for r in ours if _same_action(g["action_text"], r)), None) for index, g in enumerate(gold)}
    matched = [r for r in paired.values() if r is not None]
    report.recommendations.tp += len(matched)
    report.recommendations.fn += len(gold) - len(matched)
    report.recommendations.fp += sum(1 for r in ours if not any(_same_action(g["action_text"], r) for g in gold))
    for index, ours_found in paired.items():
        if ours_found is None:
            report.errors.append(f"{name}: missed recommendation {gold[index]['action_text'][:80]!r}")
        elif _folded(ours_found.to or "") == _folded(gold[index].get("to") or ""):
            report.recommendation_addressees_agree += 1


def _same_action(gold_action: str, ours: Recommendation) -> bool:
    wanted, action, sentence = _folded(gold_action), _folded(ours.action), _folded(ours.text)
    return bool(wanted) and (wanted in sentence or (len(action) >= 12 and action in wanted) or wanted in action)


def _folded(text: str) -> str:
    return "".join(text.casefold().split()).rstrip(".")


def _score_quantities(report: EvalReport, gold: list[dict[str, Any]], found: Annotations) -> None:
    # Vague amounts ("tens of thousands") are kept with qualifier "vague" so claims can be
    # compared; the gold conventions do not count them as quantities.
    ours = {q.text: q for q in found.quantities if q.qualifier != "vague"}
    report.quantities.add(set(ours), {q["text"] for q in gold})
    for item in gold:
        quantity = ours.get(item["text"])
        if quantity is not None and _value_agrees(item["value"], quantity.value, quantity.low, quantity.high):
            report.quantity_values_agree += 1


def _value_agrees(gold: Any, value: float | None, low: float | None, high: float | None) -> bool:
    if isinstance(gold, list):
        return low is not None and high is not None and _close(gold[0], low) and _close(gold[1], high)
    return value is not None and _close(gold, value)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a))


def _score_resolution(report: EvalReport, paired: list[tuple[dict[str, Any], Document, Annotations]]) -> None:
    """Pairwise precision and recall of grouping: over the gold surface forms we also
    found, two are a true pair when gold gives them one canonical name and we put them
    in one entity."""
    groups, report.resolution_method = _our_groups(paired)
    items: list[tuple[str, str]] = []  # (gold canonical, our group)
    for index, (gold, _document, _found) in enumerate(paired):
        canonical = {(e["text"], GOLD_LABELS.get(e["type"], e["type"])): e["canonical"] for e in gold["entities"]}
        for key, group in groups[index].items():
            if key in canonical:
                items.append((canonical[key], group))
    for (gold_a, ours_a), (gold_b, ours_b) in combinations(items, 2):
        same_gold, same_ours = gold_a == gold_b, ours_a == ours_b
        report.resolution.tp += same_gold and same_ours
        report.resolution.fp += same_ours and not same_gold
        report.resolution.fn += same_gold and not same_ours


def _our_groups(
    paired: list[tuple[dict[str, Any], Document, Annotations]],
) -> tuple[list[dict[tuple[str, str], str]], str]:
    """Per document, (text, label) → the entity we put it in: the resolver's entities
    when ``dossier.resolve`` is installed, else the gazetteer's canonical names."""
    try:
        from dossier.resolve import DocumentMentions, Resolver
    except ImportError:
        return [_canonical_groups(found.mentions) for _g, _d, found in paired], "gazetteer canonical"
    batches = [DocumentMentions.read(index, document.text, found.mentions) for index, (_g, document, found) in enumerate(paired)]
    resolution = Resolver().resolve(batches)
    groups: list[dict[tuple[str, str], str]] = [{} for _ in paired]
    for placement in resolution.placements:
        mention = placement.mention
        groups[int(placement.document_id or 0)][(mention.text, mention.label.value)] = f"entity-{id(placement.entity)}"
    return groups, "resolver"


def _canonical_groups(mentions: list[Mention]) -> dict[tuple[str, str], str]:
    return {(m.text, m.label.value): m.canonical or m.text for m in mentions}


def _gold_files(gold_dir: Path) -> list[tuple[str, dict[str, Any]]]:
    if not gold_dir.is_dir():
        raise UsageError(f"{gold_dir}: not a folder of gold annotations")
    golds = []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise InputError(path.name, f"not valid JSON: {error.msg} at line {error.lineno}") from error
        if isinstance(data, dict) and "document" in data and "entities" in data:
            golds.append((path.name, data))
    if not golds:
        raise UsageError(f"{gold_dir}: no gold annotation files (*.json with document and entities)")
    return golds


def _text_files(gold_dir: Path) -> list[Path]:
    """The texts gold files may annotate: .txt files in the folder, then in its parent."""
    return sorted(gold_dir.glob("*.txt")) + sorted(gold_dir.parent.glob("*.txt"))


def _documents_by_title(paths: list[Path]) -> dict[str, Document]:
    """Every document of every text, split by ingest, keyed by its title."""
    from dossier.ingest import documents_from, read

    documents: dict[str, Document] = {}
    for path in paths:
        extracted = read(path.read_bytes(), path.name)
        for document in documents_from(extracted, filename=path.name):
            documents.setdefault(_title_key(document.title), document)
    return documents


def _title_key(title: str) -> str:
    return " ".join(title.replace("\u00a0", " ").split()).casefold()

