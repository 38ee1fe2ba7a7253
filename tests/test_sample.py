"""The shipped sample corpus: present, readable, and parsed by ingest as the README says.

The demo, the tests of other packages and the search benchmark all start from these
files, so a sample that stops carrying a feature (a UN symbol, an ibid. note, an
attachment) would silently weaken every one of them.
"""

from __future__ import annotations

import email
import importlib
from email import policy

import pytest

from dossier.model import Document, DocumentKind, Note
from dossier.sample import SAMPLE_DIR, sample_files
from dossier.sample.make_eml import EML_PATH, build_message

REPORT = "report-detention-2024.md"
EML = "email-field-report.eml"

EXPECTED = {
    "testimony-w0042.txt": (
        "Testimony of W-0042*: Forced Repatriation from China and Detention in Onsong and Hoeryong, 2009",
        DocumentKind.TESTIMONY,
    ),
    REPORT: (
        "Behind the Wire: Political Prison Camps and the Detention of Repatriated Women in North Korea",
        DocumentKind.REPORT,
    ),
    "statement-un-2023.txt": (
        "Statement of Ms. Hye-won Cho, Director of Advocacy, Coalition for North Korean Detainees",
        DocumentKind.STATEMENT,
    ),
    "증언-탈북여성-2019.txt": ("탈북 여성 증언: 강제송환과 구금 (2019)", DocumentKind.TESTIMONY),
    "news-satellite-2022.html": ("Imagery Note: Expansion at Camp 25 near Chongjin", DocumentKind.IMAGERY_NOTE),
    # A message's kind depends on what it carries; only its title is fixed by the sample.
    EML: ("Field report: Yanji interviews, transcript 1 of 3", None),
}


# --- the files themselves ------------------------------------------------------------


def test_sample_files_lists_the_corpus_and_nothing_else() -> None:
    names = [path.name for path in sample_files()]
    assert names == sorted(EXPECTED)
    assert all(path.parent == SAMPLE_DIR for path in sample_files())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_file_is_non_empty_utf8_text(name: str) -> None:
    data = (SAMPLE_DIR / name).read_bytes()
    text = data.decode("utf-8")  # raises on any invalid byte
    assert len(text.split()) > 150
    assert "\ufffd" not in text


def test_readme_describes_every_file_and_says_they_are_fictional() -> None:
    readme = (SAMPLE_DIR / "README.md").read_text(encoding="utf-8")
    assert "fictional" in readme
    for name in EXPECTED:
        assert f"`{name}`" in readme


def test_testimony_keeps_the_witness_behind_a_pseudonym() -> None:
    text = (SAMPLE_DIR / "testimony-w0042.txt").read_text(encoding="utf-8")
    assert "*Pseudonym used for the safety of the witness" in text
    for variant in ("Onsong", "Onsŏng", "Hoeryong", "Hoeryŏng", "Bo-wi-bu", "kyo-hwa-so No. 12"):
        assert variant in text


def test_report_notes_carry_the_citation_cases_ingest_must_handle() -> None:
    text = (SAMPLE_DIR / REPORT).read_text(encoding="utf-8")
    body, _, notes = text.partition("\n## Notes\n")
    assert "[henceforth COI report]" in notes and "COI report, para. 804" in notes
    assert "https://example.org/research/imagery/\ncamp-25-chongjin-2022.html" in notes
    for symbol in ("A/HRC/25/63", "A/HRC/25/CRP.1", "CEDAW/C/PRK/CO/2-4", "S/2017/742"):
        assert symbol in notes
    # Every marker in the body has its note, and none is left without a citing sentence.
    assert [f"[{n}]" in body for n in range(1, 15)] == [True] * 14
    assert [line.split("]")[0] + "]" for line in notes.strip().splitlines() if line.startswith("[")] == [
        f"[{n}]" for n in range(1, 15)
    ]


def test_the_statement_disagrees_with_the_report_on_the_prisoner_count() -> None:
    statement = (SAMPLE_DIR / "statement-un-2023.txt").read_text(encoding="utf-8")
    report = (SAMPLE_DIR / REPORT).read_text(encoding="utf-8")
    assert "120,000 political prisoners" in statement
    assert "between 80,000 and 120,000" in report


def test_eml_is_a_mime_message_with_the_transcript_attached() -> None:
    message = email.message_from_bytes(EML_PATH.read_bytes(), policy=policy.default)
    assert message["Subject"] == EXPECTED[EML][0]
    assert "Min-ji Park" in message["To"]
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "Yanji" in body
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "transcript-w0131-excerpt.txt"
    assert "무산" in attachment.get_content()


def test_make_eml_regenerates_the_shipped_message_byte_for_byte() -> None:
    assert build_message().as_bytes() == EML_PATH.read_bytes()


# --- through ingest ------------------------------------------------------------------


@pytest.fixture(scope="module")
def ingest():
    """``dossier.ingest`` once its document splitter exists; import errors are not hidden."""
    if not (SAMPLE_DIR.parent / "ingest" / "documents.py").is_file():
        pytest.skip("dossier/ingest/documents.py is not written yet")
    return importlib.import_module("dossier.ingest")


def _documents(ingest, name: str) -> list[Document]:
    extracted = ingest.read((SAMPLE_DIR / name).read_bytes(), name)
    return ingest.documents_from(extracted, filename=name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_ingest_gives_each_file_one_document_with_its_title_and_kind(ingest, name: str) -> None:
    title, kind = EXPECTED[name]
    documents = _documents(ingest, name)
    assert [document.title for document in documents] == [title]
    if kind is not None:
        assert documents[0].kind == kind
    assert len(documents[0].text.split()) > 120


def test_ingest_reads_the_report_byline_and_month(ingest) -> None:
    [report] = _documents(ingest, REPORT)
    assert [author.name for author in report.authors] == ["Min-ji Park", "Daniel Hargrove"]
    assert report.date is not None
    assert (report.date.value, report.date.precision) == ("2024-03", "month")


def _bare(marker: str | None) -> str | None:
    return marker.strip("[]") if marker else marker


def _notes_by_number(ingest) -> dict[str, Note]:
    [report] = _documents(ingest, REPORT)
    return {_bare(note.marker): note for note in report.notes}


def test_ingest_finds_the_report_notes_and_their_un_symbols(ingest) -> None:
    notes = _notes_by_number(ingest)
    assert sorted(notes, key=int) == [str(n) for n in range(1, 15)]
    assert "A/HRC/25/63" in notes["1"].un_symbols
    assert "A/HRC/25/CRP.1" in notes["3"].un_symbols
    assert "CEDAW/C/PRK/CO/2-4" in notes["9"].un_symbols
    assert "S/2017/742" in notes["13"].un_symbols


def test_ingest_joins_the_url_broken_over_two_lines(ingest) -> None:
    notes = _notes_by_number(ingest)
    assert notes["5"].urls == ["https://example.org/research/imagery/camp-25-chongjin-2022.html"]


def test_ingest_resolves_ibid_and_the_defined_short_form(ingest) -> None:
    notes = _notes_by_number(ingest)
    resolved = {number: _bare(notes[number].resolves_to) for number in ("2", "10", "6", "12", "14")}
    assert resolved == {"2": "1", "10": "9", "6": "1", "12": "1", "14": "1"}
    assert notes["12"].pages == "para. 804"
    assert notes["12"].work_key == notes["1"].work_key is not None


def test_ingest_ties_each_note_to_the_sentence_citing_it(ingest) -> None:
    notes = _notes_by_number(ingest)
    [cited] = notes["12"].cited_at
    assert "highest levels of the state" in cited.sentence
    [cited] = notes["1"].cited_at
    assert "crimes against humanity" in cited.sentence


def test_ingest_keeps_only_the_article_of_the_html_page(ingest) -> None:
    [note] = _documents(ingest, "news-satellite-2022.html")
    assert "41.8450" in note.text
    for chrome in ("analyticsQueue", "font-family", "Donate", "Subscribe to our newsletter"):
        assert chrome not in note.text


def test_ingest_dates_the_html_note_from_its_byline(ingest) -> None:
    [note] = _documents(ingest, "news-satellite-2022.html")
    assert note.date is not None and note.date.value == "2022-11-08"


def test_ingest_carries_the_eml_attachment(ingest) -> None:
    extracted = ingest.read(EML_PATH.read_bytes(), EML)
    assert "Yanji" in extracted.text
    [attachment] = extracted.attachments
    assert attachment.filename == "transcript-w0131-excerpt.txt"
    transcript = ingest.read(attachment.data, attachment.filename)
    assert "Onsong security office" in transcript.text
    assert "무산" in transcript.text
