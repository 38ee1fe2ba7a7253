"""Notes: fields, "ibid." and short forms, shared works, and the sentences citing them."""

from __future__ import annotations

from dossier.ingest import documents_from, read
from dossier.ingest.notes.fields import find_un_symbols, find_urls, parse_fields

ARTICLE = """Camps and the Council

By Jane Doe

The commission found crimes against humanity.[1] It named the U.S. Secretary of State. Dr. Kim agreed,[2] and the panel concurred.[3][4] Later reports agree.[5] A second source says the same.[6]



[1] UN General Assembly, Report of the commission of inquiry on human rights in the DPRK, A/HRC/25/63, 7 February 2014, para. 42 [henceforth COI report].
[2] Ibid., para. 43.
[3] Roberta Cohen, “China’s Forced Repatriation of North Korean Refugees,” International Journal of Korean Studies, Spring/Summer 2014, pp. 72-3.
[4] COI report, para. 804.
[5] Mark Hibbs, “How North Korea Built Its Nuclear Program,” Atlantic, April 10, 2013. URL: http://www.theatlantic.com/international/archive/2013/04/
how-north-korea-built-its-nuclear-program/274830/.
[6] Mark Hibbs, “How North Korea Built Its Nuclear Program,” Atlantic, April 10, 2013.
"""


def _notes():  # type: ignore[no-untyped-def]
    [document] = documents_from(read(ARTICLE.encode(), "article.txt"), filename="article.txt")
    return document, {note.marker: note for note in document.notes}


def test_each_note_is_its_span_of_the_document_text() -> None:
    document, notes = _notes()
    assert list(notes) == [f"[{n}]" for n in range(1, 7)]
    for note in notes.values():
        assert document.text[note.start:note.end] == note.text
    assert notes["[2]"].text == "Ibid., para. 43."


def test_fields_of_a_full_citation() -> None:
    _, notes = _notes()
    third = notes["[3]"]
    assert third.authors == ["Roberta Cohen"]
    assert third.title == "China’s Forced Repatriation of North Korean Refugees"
    assert (third.date, third.pages) == ("2014", "pp. 72-3")
    first = notes["[1]"]
    assert first.title == "Report of the commission of inquiry on human rights in the DPRK"
    assert (first.un_symbols, first.date, first.pages) == (["A/HRC/25/63"], "2014-02-07", "para. 42")


def test_ibid_and_the_defined_short_form_point_to_the_full_citation() -> None:
    _, notes = _notes()
    assert (notes["[2]"].resolves_to, notes["[4]"].resolves_to) == ("[1]", "[1]")
    assert notes["[4]"].pages == "para. 804"
    assert notes["[1]"].work_key == notes["[2]"].work_key == notes["[4]"].work_key == "un:A/HRC/25/63"
    assert notes["[3]"].resolves_to is None


def test_a_url_broken_over_a_line_is_joined_and_repeats_share_a_work() -> None:
    _, notes = _notes()
    assert notes["[5]"].urls == ["http://www.theatlantic.com/international/archive/2013/04/how-north-korea-built-its-nuclear-program/274830/"]
    assert notes["[5]"].work_key != notes["[6]"].work_key  # one cites the page, one only the title
    assert notes["[6]"].work_key == "title:hownorthkoreabuiltitsnuclearprogram"


def test_each_marker_is_tied_to_the_words_it_supports() -> None:
    document, notes = _notes()
    [first] = notes["[1]"].cited_at
    assert document.text[first.start:first.end] == "[1]"
    assert first.sentence == "The commission found crimes against humanity."
    assert notes["[2]"].cited_at[0].sentence == "Dr. Kim agreed,"  # "U.S." and "Dr." end no sentence
    assert notes["[3]"].cited_at[0].sentence == "and the panel concurred."
    assert notes["[4]"].cited_at[0].sentence == "and the panel concurred."  # stacked markers share the claim


def test_un_symbols_of_every_series() -> None:
    text = "A/HRC/25/63; CEDAW/C/PRK/CO/2-4, S/2017/742. A/RES/60/1 and CAT/C/CHN/CO/5; A/C.3/72/L.40 and/or A/B"
    assert find_un_symbols(text) == ["A/HRC/25/63", "CEDAW/C/PRK/CO/2-4", "S/2017/742", "A/RES/60/1", "CAT/C/CHN/CO/5", "A/C.3/72/L.40"]


def test_urls_lose_trailing_punctuation_and_glued_prose_but_keep_typos() -> None:
    text = "URL: \n\nhttp://koreatimes.co.kr/www/113_98613.html.See also x. http//www.mnd.go.kr/; (https://a.org/b_(c))."
    assert find_urls(text) == ["http://koreatimes.co.kr/www/113_98613.html", "http//www.mnd.go.kr/", "https://a.org/b_(c)"]


def test_an_explanatory_note_has_no_title_or_authors() -> None:
    fields = parse_fields("Only in terms of dosage per person, not in realistic dispersal capability.")
    assert (fields.title, fields.authors, fields.urls) == (None, [], [])
