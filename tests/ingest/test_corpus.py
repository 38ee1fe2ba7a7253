"""The real HRNK compilation against its hand-made gold files (skipped without ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.ingest import documents_from, read
from dossier.model import Document


@pytest.fixture(scope="module")
def documents(corpus: Path) -> list[Document]:
    name = "hrnk-2018-compilation.txt"
    return documents_from(read((corpus / name).read_bytes(), name), filename=name)


@pytest.fixture(scope="module")
def golds(corpus: Path) -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted((corpus / "gold").glob("*.json"))]


def test_the_compilation_holds_five_publications_in_order(documents: list[Document], golds: list[dict]) -> None:
    assert [d.title for d in documents] == [g["document"]["title"] for g in golds]


def test_authors_date_and_kind_match_the_gold(documents: list[Document], golds: list[dict]) -> None:
    for document, gold in zip(documents, golds, strict=True):
        expected = gold["document"]
        assert [a.to_dict() for a in document.authors] == expected["authors"], document.title
        assert (document.date.value if document.date else None) == expected["date"], document.title
        assert document.kind == expected["kind"], document.title


def test_notes_match_the_gold_text_urls_symbols_and_links(documents: list[Document], golds: list[dict]) -> None:
    for document, gold in zip(documents, golds, strict=True):
        found = [
            {"marker": n.marker, "text": n.text, "urls": n.urls, "un_symbols": n.un_symbols, "resolves_to": n.resolves_to}
            for n in document.notes
        ]
        assert found == gold["notes"], document.title
    assert [len(d.notes) for d in documents] == [26, 0, 0, 0, 22]


def test_every_cited_sentence_matches_the_gold(documents: list[Document], golds: list[dict]) -> None:
    for document, gold in zip(documents, golds, strict=True):
        found = [{"marker": n.marker, "text": c.sentence} for n in document.notes for c in n.cited_at]
        assert found == gold["citations"], document.title


def test_marker_spans_point_at_the_markers(documents: list[Document]) -> None:
    for document in documents:
        for note in document.notes:
            assert all(document.text[c.start:c.end] == note.marker for c in note.cited_at)
