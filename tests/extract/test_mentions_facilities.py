"""Mentions of facilities: named ships (a named vessel is a facility by the annotators'
convention), detention facilities by number or place, and the common nouns that are none."""

import pytest

from dossier.extract.mentions import find_mentions


def found(text: str) -> dict[str, str]:
    return {m.text: m.label.value for m in find_mentions(text)}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Coast guards boarded the tanker Golden Lake off the coast.", "Golden Lake"),
        ("Investigators traced MV Morning Star 3 to a front company.", "MV Morning Star 3"),
        ("The M/V Blue Harmony switched off its transponder.", "M/V Blue Harmony"),
        ("Its cargo ship Hae Song 7 unloaded at night.", "Hae Song 7"),
        ("The freighter “Silver Crane” left port without papers.", "Silver Crane"),
        ("Records show the Sun Ryong 8 (IMO 9012345) changed flags twice.", "Sun Ryong 8"),
        ("화물선 금별호가 석탄을 싣고 출항했다.", "금별호"),
    ],
)
def test_named_ships_are_facilities(text: str, name: str) -> None:
    assert found(text).get(name) == "FACILITY"


@pytest.mark.parametrize(
    "text",
    [
        "Brokers ship Chinese steel through third ports.",
        "The ship In March changed course.",
        "The vessels North Korea uses are old.",
        "The vessel was seized and the tanker sank.",
        "선박 식별번호를 바꾸고 선박 보호를 요청했다.",
    ],
)
def test_words_for_ships_without_a_name_name_no_facility(text: str) -> None:
    assert "FACILITY" not in found(text).values()
