"""Cutting documents into passages: offsets into the text, sizes within bounds."""

from dossier.search.passages import MAX_CHARS, split


def test_short_paragraphs_join_and_offsets_point_into_the_text():
    text = "Title\n\nBy A. Writer\n\n" + "A sentence about the camp. " * 20 + "\n\nLast words here."
    spans = split(text)
    assert spans[0][0] == 0
    assert all(text[s:e] == text[s:e].strip() and e > s for s, e in spans)
    assert "Title" in text[spans[0][0] : spans[0][1]] and "camp" in text[spans[0][0] : spans[0][1]]


def test_long_paragraphs_are_cut_at_sentence_ends():
    sentence = "The guards beat the detainees every night for weeks. "
    text = sentence * 100
    spans = split(text)
    assert len(spans) > 2
    assert all(e - s <= MAX_CHARS for s, e in spans)
    assert all(text[s:e].endswith(".") for s, e in spans)
    covered = "".join(text[s:e] for s, e in spans).replace(" ", "")
    assert covered == text.replace(" ", "")


def test_note_spans_are_left_to_the_note_rows():
    text = "Body text of the report that is long enough. " * 10 + "\n\n[1] A note citing A/HRC/25/63."
    note_start = text.index("[1]")
    spans = split(text, skip=[(note_start, len(text))])
    assert all(e <= note_start for _, e in spans)
