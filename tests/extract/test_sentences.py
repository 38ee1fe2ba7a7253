from dossier.extract.sentences import sentence_at, sentences


def split(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


def test_abbreviations_initials_and_note_markers():
    text = ("Then U.S. Secretary Hagel met Dr. Bruce Bechtol and David J. Birch (No. 12, pp. 3-4).[5] "
            "North Korea is not a party.[1][2] Next, \u201cthey said.\u201d [3] It ended.")
    assert split(text) == [
        "Then U.S. Secretary Hagel met Dr. Bruce Bechtol and David J. Birch (No. 12, pp. 3-4).[5]",
        "North Korea is not a party.[1][2]",
        "Next, \u201cthey said.\u201d [3]",
        "It ended.",
    ]


def test_lines_are_boundaries_and_a_dotted_acronym_ends_a_sentence_before_a_pronoun():
    assert split("I visited the U.S. I was welcomed.\nTitle line\n\nNext paragraph") == [
        "I visited the U.S.", "I was welcomed.", "Title line", "Next paragraph"]


def test_sentence_at_finds_the_span_of_an_offset():
    text = "One. Two."
    spans = sentences(text)
    assert sentence_at(spans, text.index("Two")) == (5, 9) and sentence_at(spans, 4) is None
