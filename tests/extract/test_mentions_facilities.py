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


@pytest.mark.parametrize(
    "text, name",
    [
        ("She spent three years in No. 8 Kyohwaso before her release.", "No. 8 Kyohwaso"),
        ("Guards at the No. 25 Kwan-li-so were rotated.", "No. 25 Kwan-li-so"),
        ("Families were sent to Kwan-li-so No. 15 and No. 18 Kwanliso.", "Kwan-li-so No. 15"),
        ("Families were sent to Kwan-li-so No. 15 and No. 18 Kwanliso.", "No. 18 Kwanliso"),
        ("Returnees pass through the Sinuiju Holding Centre first.", "Sinuiju Holding Centre"),
        ("Beatings were routine at the Onsong Interrogation Center.", "Onsong Interrogation Center"),
    ],
)
def test_camps_by_number_and_holding_centres_are_facilities(text: str, name: str) -> None:
    assert found(text).get(name) == "FACILITY"


def test_a_centre_for_research_or_advocacy_stays_an_organization() -> None:
    labels = found("The Seoul Policy Research Center briefed the Human Rights Advocacy Center.")
    assert labels.get("Seoul Policy Research Center") == "ORG"
    assert labels.get("Human Rights Advocacy Center") == "ORG"


def test_a_number_alone_or_a_generic_prison_names_no_facility() -> None:
    assert "FACILITY" not in found("No. 3 on the list was the prison; the factory and the mine were closed.").values()
