"""Numbered facilities: same number and compatible kind match; the reason says how sure."""

from dossier.resolve import match
from dossier.resolve.facilities import parse


def test_same_number_and_compatible_kind_match():
    result = match("Camp 12", "Kyo-hwa-so Number 12", "facility")
    assert result.match
    assert "same facility number 12" in result.reason
    assert "location not stated" in result.reason


def test_agreeing_locations_make_a_stronger_match():
    with_place = match("Camp 12 at Jongo-ri", "Kyohwaso No. 12 (Chongo-ri)", "facility")
    without = match("Camp 12", "Kyohwaso No. 12", "facility")
    assert with_place.match and without.match
    assert with_place.score > without.score
    assert "location agrees: Jongo-ri = Chongo-ri" in with_place.reason


def test_different_number_kind_or_place_keeps_facilities_apart():
    assert match("Camp 12", "Camp 15", "facility").reason == "different facility number: 12 vs 15"
    assert not match("Kwan-li-so No. 15", "Kyo-hwa-so No. 15", "facility").match
    assert not match("Camp 12 at Jongo-ri", "Camp 12 at Hoeryong", "facility").match


def test_local_terms_match_their_english_names():
    assert match("kwan-li-so", "political prison camp", "facility").match
    assert not match("kwan-li-so", "kyo-hwa-so", "facility").match


def test_named_camps_match_by_place():
    assert match("Yodok political prison camp", "Kwalliso at Yodŏk", "facility").match
    assert not match("Yodok political prison camp", "Hwasong political prison camp", "facility").match


def test_parse_reads_kind_number_and_place():
    parsed = parse("Kyo-hwa-so No. 12 (Chongo-ri)")
    assert (parsed.kind, parsed.number, parsed.place) == ("reeducation_camp", 12, "Chongo-ri")
    assert parse("제12호 교화소").number == 12
