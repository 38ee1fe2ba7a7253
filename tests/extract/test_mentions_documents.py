"""Mentions of the legal instruments, facilities and bodies that human-rights reporting
on North Korea cites, in English and Korean, and of common nouns that name none."""

import pytest

from dossier.extract.mentions import find_mentions


def found(text: str) -> dict[str, str]:
    return {m.text: m.label.value for m in find_mentions(text)}


@pytest.mark.parametrize(
    "text, name",
    [
        ("He was convicted under the Law on the Rejection of Reactionary Ideology and Culture last year.",
         "Law on the Rejection of Reactionary Ideology and Culture"),
        ("Teenagers are punished under the Youth Education Guarantee Act for slang.", "Youth Education Guarantee Act"),
        ("The Pyongyang Cultural Language Protection Act bans southern speech.",
         "Pyongyang Cultural Language Protection Act"),
        ("Pre-trial detention limits in the Criminal Procedure Code are ignored.", "Criminal Procedure Code"),
        ("Activists in Seoul were charged under the National Security Act.", "National Security Act"),
        ("Washington relied on the North Korea Sanctions and Policy Enhancement Act of 2016 to act.",
         "North Korea Sanctions and Policy Enhancement Act of 2016"),
        ("States agreed the Declaration on the Protection of All Persons from Enforced Disappearance in 1992.",
         "Declaration on the Protection of All Persons from Enforced Disappearance"),
        ("Cells must meet the Nelson Mandela Rules and women's wards the Bangkok Rules.", "Bangkok Rules"),
        ("Mobilised labour breaches the ILO Forced Labour Convention as well.", "ILO Forced Labour Convention"),
        ("Pyongyang has never joined ICERD in any form.", "ICERD"),
    ],
)
def test_named_laws_and_instruments_are_documents(text: str, name: str) -> None:
    assert found(text).get(name) == "LAW"


@pytest.mark.parametrize(
    "text, name",
    [
        ("그는 반동사상문화배격법 위반으로 체포되었다.", "반동사상문화배격법"),
        ("청년교양보장법은 2021년에 채택되었다.", "청년교양보장법"),
        ("평양문화어보호법이 남한 말투를 처벌한다.", "평양문화어보호법"),
        ("그 활동가는 국가보안법으로 기소되었다.", "국가보안법"),
    ],
)
def test_laws_written_in_hangul_are_documents(text: str, name: str) -> None:
    assert found(text).get(name) == "LAW"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The broadcast was picked up by 자유아시아방송 reporters.", "자유아시아방송"),
        ("UNFPA and OCHA could not send staff.", "OCHA"),
        ("The Financial Action Task Force keeps the country on its blacklist.", "Financial Action Task Force"),
        ("Open Doors ranks the country first for persecution.", "Open Doors"),
    ],
)
def test_bodies_without_a_head_word_are_organizations(text: str, name: str) -> None:
    assert found(text).get(name) == "ORG"


def test_common_phrases_that_spell_a_known_body_in_lower_case_are_not_names() -> None:
    assert found("The guards keep open doors at night and prisoners never walk free.") == {}


@pytest.mark.parametrize(
    "text, label",
    [
        ("In 2001 the government ratified CEDAW without reservations.", "LAW"),
        ("Forced returns breach its obligations under CAT.", "LAW"),
        ("Article 3 of CAT forbids refoulement.", "LAW"),
        ("CAT asked the delegation about forced returns.", "ORG"),
        ("The state submitted its periodic report to CEDAW.", "ORG"),
    ],
)
def test_a_treaty_acronym_shared_with_its_committee_follows_the_words_before_it(text: str, label: str) -> None:
    labels = found(text)
    assert (labels.get("CAT") or labels.get("CEDAW")) == label


@pytest.mark.parametrize(
    "text, name",
    [
        ("Funds moved through Liaoning Hongxiang Trading Co., Ltd. in 2016.", "Liaoning Hongxiang Trading Co., Ltd."),
        ("The vessel belonged to Golden Harbour Shipping Company, Limited until March.",
         "Golden Harbour Shipping Company, Limited"),
    ],
)
def test_a_company_keeps_its_legal_form_after_a_comma(text: str, name: str) -> None:
    assert found(text).get(name) == "ORG"


def test_a_comma_after_a_body_that_is_no_company_ends_its_name() -> None:
    labels = found("The Ministry of Foreign Affairs, Ltd. in name only, said nothing.")
    assert "Ministry of Foreign Affairs" in labels


@pytest.mark.parametrize(
    "text, name",
    [
        ("Assets were frozen under E.O. 13810 and later EO 13382.", "E.O. 13810"),
        ("Assets were frozen under E.O. 13810 and later EO 13382.", "EO 13382"),
        ("Executive Order 13551 targeted arms dealers.", "Executive Order 13551"),
        ("The Suppression of Terrorism Act of 2011 was cited.", "Suppression of Terrorism Act of 2011"),
        ("안보리 결의 2375호는 섬유 수출을 금지했다.", "안보리 결의 2375호"),
        ("총회 결의 78/218호가 채택되었다.", "총회 결의 78/218호"),
    ],
)
def test_numbered_orders_resolutions_and_acts_named_by_subject_are_documents(text: str, name: str) -> None:
    assert found(text).get(name) == "LAW"


def test_a_person_of_an_institution_is_split_from_it() -> None:
    labels = found("Park of the Rome Statute working group spoke after Ms. Lee.")
    assert labels.get("Rome Statute") == "LAW"


def test_resolutions_without_a_number_are_no_documents() -> None:
    assert "LAW" not in found("The resolution was adopted, and 안보리는 결의를 채택했다.").values()


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Cyber operations are run by Unit 180 and Bureau 121.", "Unit 180", "ORG"),
        ("Cyber operations are run by Unit 180 and Bureau 121.", "Bureau 121", "ORG"),
        ("Children of trafficked women fall outside the 1954 Convention relating to the Status of Stateless Persons.",
         "1954 Convention relating to the Status of Stateless Persons", "LAW"),
        ("China has not joined the Convention on the Reduction of Statelessness.",
         "Convention on the Reduction of Statelessness", "LAW"),
    ],
)
def test_numbered_units_and_statelessness_treaties(text: str, name: str, label: str) -> None:
    assert found(text).get(name) == label


def test_a_one_digit_unit_or_a_room_number_names_no_body() -> None:
    assert found("Unit 3 of the training covered first aid; Room 204 was cold.") == {}


@pytest.mark.parametrize(
    "text, name",
    [
        ("It never signed the Optional Protocol to the Convention on the Rights of the Child.",
         "Optional Protocol to the Convention on the Rights of the Child"),
        ("Abolition is the aim of the Optional Protocol to the ICCPR.", "Optional Protocol to the ICCPR"),
        ("China joined the Protocol to Prevent, Suppress and Punish Trafficking in Persons in 2010.",
         "Protocol to Prevent, Suppress and Punish Trafficking in Persons"),
    ],
)
def test_a_protocol_is_named_with_the_treaty_it_adds_to(text: str, name: str) -> None:
    assert found(text).get(name) == "LAW"


def test_a_lower_case_protocol_or_a_statute_before_to_is_not_joined() -> None:
    labels = found("A protocol to the ICCPR was discussed; the Rome Statute to the ICC members.")
    assert "protocol to the ICCPR" not in labels
    assert labels.get("Rome Statute") == "LAW"
