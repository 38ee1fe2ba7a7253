"""Places with and without their administrative suffix, halves of provinces kept apart."""

import pytest

from dossier.resolve import match
from dossier.resolve.places import readings


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Hamhung", "Hamhŭng"),
        ("Hamheung", "함흥"),
        ("Hamhung City", "Hamhŭng-si"),
        ("Kanggye", "Kanggye City"),
        ("Ganggye", "강계시"),
        ("Jagang Province", "Chagang-do"),
        ("North Hamgyong Province", "Hamgyŏng-pukto"),
        ("Hamgyeongbuk-do", "함경북도"),
        ("Jongo-ri", "Chongo-ri"),
        ("Ryanggang", "Yanggang-do"),
        ("Mangyeongdae", "Mangyongdae"),
    ],
)
def test_one_place_in_any_spelling_matches(first, second):
    result = match(first, second, "place")
    assert result.match, result.reason


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        ("Hamhung", "Hamgyong", "different"),
        ("Chongjin", "Chongju", "different"),
        ("North Hamgyong", "South Hamgyong", "north"),
        ("Hamgyŏng-pukto", "Hamgyŏng-namdo", "north"),
        ("Hamgyong", "North Hamgyong", "halves"),
        ("Kanggye City", "Kanggye County", "administrative level"),
        ("North Korea", "South Korea", ""),
        ("함흥", "함경", ""),
    ],
)
def test_places_sharing_parts_of_a_name_are_kept_apart(first, second, why):
    result = match(first, second, "place")
    assert not result.match
    assert why in result.reason


def test_suffix_and_half_are_read_off_every_writing():
    described = {reading.describe() for reading in readings("Hamgyŏng-pukto")}
    assert "north hamgyong (province)" in described
    assert readings("함경북도")[0].describe() == "north 함경 (province)"
    assert readings("Kanggye City")[0].describe() == "kanggye (city)"


def test_reason_says_when_one_name_lacks_its_suffix():
    result = match("Kaechon", "Kaech'ŏn-si", "place")
    assert result.match
    assert "without its administrative suffix" in result.reason


def test_gazetteer_tells_known_places_apart_and_together():
    assert match("DPRK", "North Korea").match
    assert "gazetteer" in match("DPRK", "North Korea").reason
    assert not match("Hamhung", "Hamgyong").match
