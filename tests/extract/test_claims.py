from dossier.extract import claims, dates, quantities
from dossier.model import Annotations, CitedAt, Document, Note, PartialDate, Precision

TEXT = ("Up to 120,000 political prisoners are detained in the camps.[4] "
        "In 2014 some 80,000-120,000 political prisoners were held, according to the inquiry.")


def extract(document: Document) -> Annotations:
    annotations = Annotations()
    for extractor in (dates, quantities, claims):
        extractor.EXTRACTOR.run(document, annotations)
    return annotations


def test_each_quantity_becomes_a_comparable_claim():
    document = Document(title="t", text=TEXT, date=PartialDate(text="2017", value="2017", precision=Precision.YEAR))
    first, second = extract(document).claims
    assert (first.subject, first.measure, first.value, first.high, first.as_of, first.notes) == (
        "political prisoners", "detained", 120000, 120000, "2017", ["[4]"])
    assert (second.subject, second.low, second.high, second.as_of) == ("political prisoners", 80000, 120000, "2014")
    assert TEXT[second.start:second.end] == second.text


def test_notes_cited_in_the_sentence_come_from_the_document_notes_too():
    note = Note(marker="[9]", text="Report", cited_at=[CitedAt(start=3, end=6, sentence="")])
    found = extract(Document(title="t", text="An estimated 300 women were held there.", notes=[note])).claims
    assert found[0].notes == ["[9]"]


def test_gold_corpus_claims_carry_their_note_markers(gold_documents):
    document = gold_documents[0].document
    found = extract(document).claims
    tons = next(c for c in found if c.low == 2500)
    assert (tons.subject, tons.high, tons.notes, tons.as_of) == ("tons", 5000, ["[14]"], "2012")
