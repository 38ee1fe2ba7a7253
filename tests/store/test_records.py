"""The store's contract, the same on SQLite and PostgreSQL."""

import pytest
from sqlalchemy.exc import IntegrityError

from dossier.model import (
    Alias, Annotations, Author, CitedAt, Document, DocumentKind, Entity, ExtractedText, Incident, Label, Mention,
    Note, PartialDate, Precision, ReviewStatus, Sensitivity, Source,
)
from dossier.store import annotations, documents, entities, ledger, sources
from dossier.store.annotations import RecordFilter
from dossier.vault import first_break

TEXT = "Guards of the Bo-wi-bu beat detainees in Onsong in 2009.[1] 김정은의 지시."


def a_source(sha: str = "a" * 64) -> Source:
    return Source(sha256=sha, size=10, media_type="text/plain", filename="t.txt", acquired_at="2026-01-01T00:00:00+00:00",
                  acquired_by="ana", sensitivity=Sensitivity.RESTRICTED)


def a_document() -> Document:
    note = Note(marker="[1]", text="COI report, A/HRC/25/63, para. 804.", un_symbols=["A/HRC/25/63"], pages="para. 804",
                cited_at=[CitedAt(56, 59, TEXT[:59])], work_key="un:a/hrc/25/63")
    return Document(title="Testimony", text=TEXT, kind=DocumentKind.TESTIMONY,
                    authors=[Author("W-0042", "author", True)], date=PartialDate("2021", "2021", Precision.YEAR),
                    language="en", span_start=0, span_end=len(TEXT), notes=[note], sensitivity=Sensitivity.RESTRICTED)


def test_documents_round_trip_with_notes_and_unicode(store):
    with store.transaction() as conn:
        source_id = sources.insert(conn, a_source(), ExtractedText(TEXT, "text/plain"))
        doc_id = documents.insert(conn, source_id, 0, a_document())
    with store.reading() as conn:
        doc = documents.get(conn, doc_id)
        assert sources.by_sha(conn, "a" * 64).filename == "t.txt"
    assert doc.text == TEXT and doc.source_sha256 == "a" * 64
    assert doc.authors == [Author("W-0042", "author", True)]
    assert doc.date.value == "2021" and doc.date.precision is Precision.YEAR
    assert doc.notes[0].un_symbols == ["A/HRC/25/63"] and doc.notes[0].cited_at[0].start == 56
    assert doc.notes[0].work_key == "un:a/hrc/25/63"


def test_a_failed_transaction_leaves_nothing(store):
    with pytest.raises(IntegrityError):
        with store.transaction() as conn:
            sources.insert(conn, a_source(), ExtractedText(TEXT, "text/plain"))
            sources.insert(conn, a_source(), ExtractedText(TEXT, "text/plain"))  # same sha256
    with store.reading() as conn:
        assert sources.count(conn) == 0


def test_sensitivity_filter_hides_higher_levels(store):
    with store.transaction() as conn:
        source_id = sources.insert(conn, a_source(), ExtractedText(TEXT, "text/plain"))
        doc = a_document()
        doc.sensitivity = Sensitivity.CONFIDENTIAL
        documents.insert(conn, source_id, 0, doc)
    with store.reading() as conn:
        visible = documents.list_documents(conn, documents.DocumentFilter(max_sensitivity=Sensitivity.RESTRICTED))
        everything = documents.list_documents(conn)
    assert visible == [] and len(everything) == 1


def test_reviewed_incidents_survive_reextraction(store):
    incident = Incident(type="vt_torture", text=TEXT[:55], start=0, end=55, extractor="incidents@1")
    with store.transaction() as conn:
        source_id = sources.insert(conn, a_source(), ExtractedText(TEXT, "text/plain"))
        doc_id = documents.insert(conn, source_id, 0, a_document())
        annotations.save(conn, doc_id, Annotations(incidents=[incident]))
        (stored,) = annotations.list_incidents(conn, RecordFilter(document_id=doc_id))
        annotations.set_incident_status(conn, stored.id, ReviewStatus.REVIEWED)
    with store.transaction() as conn:
        annotations.clear_machine_output(conn, doc_id)
        annotations.save(conn, doc_id, Annotations(incidents=[incident]))
        found = annotations.list_incidents(conn, RecordFilter(document_id=doc_id))
    assert [(i.type, i.status) for i in found] == [("vt_torture", ReviewStatus.REVIEWED)]


def test_merge_and_split_move_aliases_and_mentions(store):
    with store.transaction() as conn:
        source_id = sources.insert(conn, a_source(), ExtractedText(TEXT, "text/plain"))
        doc_id = documents.insert(conn, source_id, 0, a_document())
        ssd = entities.insert(conn, Entity(kind="org", name="State Security Department"))
        bwb = entities.insert(conn, Entity(kind="org", name="Bo-wi-bu"))
        entities.add_alias(conn, ssd, Alias("State Security Department"), "state security department")
        entities.add_alias(conn, bwb, Alias("Bo-wi-bu", doc_id, 14, 22, "new"), "bowibu")
        annotations.save(conn, doc_id, Annotations(mentions=[Mention("Bo-wi-bu", Label.ORG, 14, 22, entity=bwb)]))
        entities.merge(conn, ssd, bwb, "ana")
        merged = entities.get(conn, ssd)
        assert entities.get(conn, bwb) is None
        assert {a.name for a in merged.aliases} == {"State Security Department", "Bo-wi-bu"}
        assert annotations.mentions_of(conn, doc_id)[0].entity == ssd
        new_id = entities.split(conn, ssd, "bowibu", Entity(kind="org", name="Bo-wi-bu"), "ana")
        assert annotations.mentions_of(conn, doc_id)[0].entity == new_id
        rules = entities.list_overrides(conn)
    assert ("bowibu", ssd, "must_not") in rules and ("bowibu", new_id, "must") in rules


def test_ledger_chain_on_both_backends(store):
    with store.transaction() as conn:
        for i in range(3):
            ledger.append(conn, "ana", "ingest", f"s{i}", {"n": i, "name": "김일성"})
    with store.reading() as conn:
        chain = list(ledger.entries(conn))
    assert [e.seq for e in chain] == [1, 2, 3]
    assert first_break(chain) is None
