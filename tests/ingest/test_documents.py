"""documents_from(): one document per publication, with title, authors, date, kind."""

from __future__ import annotations

from dossier.ingest import documents_from, read
from dossier.model import DocumentKind, Precision

COMPILATION = """Camps in the North: What Satellites Show

By Jane Doe

Satellites have shown the camp growing for years, and the guards' barracks doubled between the two dates we compared in this note.

Testimony of a Former Guard

Testimony of Kim Chul-su*, former guard, before the Subcommittee, March 3, 2020

I served at the camp from 1995 to 1999 and I saw prisoners beaten every week; I was ordered to do it myself and I refused once.

*Pseudonym for the safety of the witness.
"""


def _documents(text: str, filename: str = "compilation.txt"):  # type: ignore[no-untyped-def]
    return documents_from(read(text.encode(), filename), filename=filename)


def test_a_compilation_is_split_at_each_title_followed_by_a_credit() -> None:
    first, second = _documents(COMPILATION)
    assert [first.title, second.title] == ["Camps in the North: What Satellites Show", "Testimony of a Former Guard"]
    assert first.text.startswith("By Jane Doe") and first.text.endswith("in this note.")
    assert second.text.endswith("*Pseudonym for the safety of the witness.")


def test_each_document_text_is_its_span_of_the_extracted_text() -> None:
    extracted = read(COMPILATION.encode(), "compilation.txt")
    for document in documents_from(extracted, filename="compilation.txt"):
        assert extracted.text[document.span_start:document.span_end] == document.text


def test_authors_kind_and_date_come_from_the_credits() -> None:
    first, second = _documents(COMPILATION)
    assert [(a.name, a.role, a.pseudonym) for a in first.authors] == [("Jane Doe", "author", False)]
    assert [(a.name, a.role, a.pseudonym) for a in second.authors] == [("Kim Chul-su", "author", True)]
    assert (first.kind, second.kind) == (DocumentKind.IMAGERY_NOTE, DocumentKind.TESTIMONY)
    assert second.date is not None
    assert (second.date.value, second.date.precision) == ("2020-03-03", Precision.DAY)
    assert second.text[second.date.start:second.date.end] == "March 3, 2020"


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    text = "On the camps\n\nBy 2015, the camp had doubled in size and its guards numbered more than three hundred men.\n"
    [document] = _documents(text, "note.txt")
    assert document.title == "On the camps"
    assert document.text == text.strip()


def test_a_single_untitled_text_takes_its_first_short_line_or_its_filename() -> None:
    assert _documents("Notes from Yanji\n\nShe crossed in 2016.\n")[0].title == "Notes from Yanji"
    long_line = "word " * 40
    assert _documents(long_line, "w0131-notes.txt")[0].title == "w0131-notes"


def test_a_long_first_line_above_a_un_symbol_header_is_the_title() -> None:
    title = "Situation of human rights in the Democratic People's Republic of Korea: Report of the Special Rapporteur on the situation"
    text = f"{title}\nUnited Nations A/HRC/99/1\nGeneral Assembly\nDistr.: General\n\n1. The Special Rapporteur met returnees in 2024 and heard many accounts.\n"
    assert _documents(text)[0].title == title
    prose = "The guards beat him every night for a week in the cells under the station, he said, and he could never walk properly again after that winter in the mountains."
    assert _documents(f"{prose}\n", "s.txt")[0].title == "s"


def test_korean_text_is_korean_and_english_with_hangul_titles_is_english() -> None:
    [korean] = _documents("증언\n\n저는 함흥에서 태어나 스물다섯 살까지 함흥에서 살았습니다.\n")
    [english] = _documents("Report\n\nKim Il-sung, “우리나라의정세”, vol. 15 of his Works, Pyongyang, 1981.\n")
    assert (korean.language, english.language) == ("ko", "en")


def test_the_language_argument_overrides_detection() -> None:
    assert _documents("Camp 25 near Chongjin.\n")[0].language == "en"
    assert documents_from(read(b"Camp 25 near Chongjin.\n", "a.txt"), filename="a.txt", language="ko")[0].language == "ko"


def test_a_file_with_no_text_gives_no_documents() -> None:
    assert _documents("\n\n   \n") == []
