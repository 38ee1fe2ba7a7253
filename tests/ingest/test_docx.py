"""Word: paragraphs and tables in order, footnotes as [n] notes cited where they stand."""

from __future__ import annotations

from dossier.ingest import documents_from, read


def test_paragraphs_tables_and_footnotes_are_read_in_order(word_document: bytes) -> None:
    extracted = read(word_document, "memo.docx")
    assert extracted.text.split("\n\n")[:5] == [
        "Detention of returnees",
        "By Daniel Hargrove",
        "Women returned from China are held in Onsong for weeks. The commission found this systematic.[1]",
        "Onsong | 40",
        "Hoeryong | 1,000",
    ]
    assert extracted.text.endswith("[1] UN General Assembly, A/HRC/25/63, para. 42.")
    assert extracted.metadata == {"title": "Detention of returnees", "author": "Daniel Hargrove"}


def test_a_footnote_becomes_a_note_tied_to_its_sentence(word_document: bytes) -> None:
    [document] = documents_from(read(word_document, "memo.docx"), filename="memo.docx")
    assert document.title == "Detention of returnees"
    [note] = document.notes
    assert (note.marker, note.un_symbols, note.pages) == ("[1]", ["A/HRC/25/63"], "para. 42")
    assert [cited.sentence for cited in note.cited_at] == ["The commission found this systematic."]
