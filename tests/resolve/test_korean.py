"""Korean names in any romanization, in Hangul, in either order, kept apart when different."""

import pytest

from dossier.resolve import match
from dossier.resolve.syllables import readings, skeleton, spoken

SAME_PERSON = [
    ("Kim Il-sung", "Kim Il Sung"),
    ("Kim Il Sung", "Kim Ilsung"),
    ("Kim Il-sung", "KIM Il-Sung"),
    ("Kim Il-sung", "김일성"),
    ("Kim Jong-il", "Kim Chŏng-il"),
    ("Kim Jŏng-ŭn", "Kim Jong Un"),
    ("Ch'oe Ryong-hae", "Choi Ryong-hae"),
    ("Jang Song-thaek", "Chang Sŏng-t'aek"),
    ("Ri Sol-ju", "Lee Seol-ju"),
    ("Pak Pong-ju", "Park Bong-ju"),
    ("Kim Jung-Suk", "Kim Jong Suk"),
    ("Hye-soo Kim", "Kim Hye-soo"),
]


@pytest.mark.parametrize(("first", "second"), SAME_PERSON)
def test_spellings_of_one_korean_name_match(first, second):
    result = match(first, second, "person")
    assert result.match, result.reason
    assert 0.9 <= result.score <= 1.0


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        ("Kim Jong-il", "Kim Jong-un", "different given name: jong il vs jong un"),
        ("Kim Jong-il", "Kim Il-sung", "different given name: jong il vs il sung"),
        ("Song Il-ho", "Sung Il-ho", "different family name: song vs sung"),
        ("Pak Pong-ju", "Pak Ui-chun", "different given name: pong ju vs ui chun"),
    ],
)
def test_names_that_share_parts_are_kept_apart_and_say_why(first, second, reason):
    result = match(first, second, "person")
    assert not result.match
    assert result.reason == reason


def test_reason_names_the_romanized_syllables():
    assert match("Kim Ilsung", "김일성", "person").reason == "same Korean name after romanization: kim il sung"


def test_hangul_names_are_compared_letter_by_letter():
    assert not match("김정일", "김정은", "person").match
    assert match("김정일", "Kim Jong Il", "person").match


def test_song_is_its_own_family_name_but_mr_song_with_breve_is_seong():
    assert not match("Song Il-ho", "성일호", "person").match
    assert match("Sŏng Il-ho", "성일호", "person").match
    assert match("Song Il-ho", "송일호", "person").match


def test_joined_given_name_is_read_in_every_way():
    assert {spoken(reading) for reading in readings("jongun")} == {"jong un", "jon gun"}
    assert [spoken(reading) for reading in readings("함흥")] == ["함 흥"]


def test_words_that_are_not_korean_have_no_reading():
    assert readings("Kerry") == ()
    assert readings("Smith") == ()


def test_all_spellings_share_one_blocking_skeleton():
    spellings = [["Hamhung"], ["Hamhŭng"], ["Hamheung"], ["함흥"], ["Ham", "hung"]]
    assert {skeleton(words) for words in spellings} == {"HMHNK"}
    assert skeleton(["Il", "sung"]) == skeleton(["일성"])


def test_titles_and_surname_only_mentions():
    assert match("Secretary Kerry", "U.S. Secretary of State John Kerry", "person").match
    assert not match("Secretary Kerry", "John Kelly", "person").match
    assert match("Dr. Bruce Bechtol", "Bruce Bechtol", "person").score == 1.0


def test_an_unknown_kind_is_rejected():
    from dossier.errors import UsageError

    with pytest.raises(UsageError, match="kind"):
        match("Kim", "Kim", "ship")
