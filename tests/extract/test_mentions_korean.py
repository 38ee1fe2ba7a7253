"""Mentions in Hangul: particles stay outside the span; unknown names come from Kiwi."""

from dossier.extract.mentions import find_mentions


def test_known_names_with_particles_attached():
    text = "김정은은 평양에서 국가보위성 간부들과 만났다."
    mentions = {m.text: (m.label.value, m.canonical) for m in find_mentions(text)}
    assert mentions["김정은"] == ("PERSON", "Kim Jong Un")
    assert mentions["평양"] == ("LOCATION", "Pyongyang")
    assert mentions["국가보위성"] == ("ORG", "Ministry of State Security (DPRK)")


def test_unknown_names_by_kiwi_and_their_endings():
    text = "탈북민 최영수 씨는 함경북도 무산군 보위부 구류장을 거쳐 개천교화소에 수감됐다. 최 씨는 말했다."
    mentions = {m.text: m.label.value for m in find_mentions(text)}
    assert mentions["최영수"] == "PERSON"
    assert mentions["함경북도"] == "LOCATION"
    assert mentions["개천교화소"] == "FACILITY"
    assert mentions["최 씨"] == "PERSON"


def test_mixed_text_offsets_are_exact():
    text = "Kim Jong-un (김정은) and the Ministry of Unification (통일부) disagreed."
    mentions = find_mentions(text)
    assert {m.text for m in mentions} >= {"Kim Jong-un", "김정은", "Ministry of Unification", "통일부"}
    assert all(text[m.start : m.end] == m.text for m in mentions)



def test_names_spaced_apart_in_hangul_are_one_known_name():
    mentions = {m.text: (m.label.value, m.canonical) for m in find_mentions("유엔 인권이사회는 조선로동당 중앙위원회를 비판했다.")}
    assert mentions["유엔 인권이사회"] == ("ORG", "United Nations Human Rights Council")
    assert mentions["조선로동당 중앙위원회"][0] == "ORG"
    assert "유엔" not in mentions


def test_dprk_ministries_and_broadcasters_with_particles_attached():
    mentions = {m.text: m.label.value for m in find_mentions("북한 외무성과 보건성은 KBS를 비난했다.")}
    assert mentions["외무성"] == mentions["보건성"] == mentions["KBS"] == "ORG"


def test_a_name_before_a_title_is_a_person_but_a_common_noun_is_not():
    mentions = {m.text: m.label.value for m in find_mentions("윤서진 사무국장은 기자회견에서 한국인 기자 두 명과 만났다.")}
    assert mentions["윤서진"] == "PERSON"
    assert "한국인" not in mentions


def test_titles_in_corner_brackets_and_numbered_facilities():
    mentions = {m.text: m.label.value for m in find_mentions("단체는 보고서 「잊혀진 사람들」에서 제25호 관리소를 다뤘다.")}
    assert mentions["잊혀진 사람들"] == "LAW"
    assert mentions["제25호 관리소"] == "FACILITY"



def test_a_latin_name_in_quotes_keeps_its_particle_outside():
    mentions = {m.text: m.label.value for m in find_mentions("영문판은 이 시설을 'Chongo-ri Kyohwaso'로 적었다.")}
    assert mentions["Chongo-ri Kyohwaso"] == "FACILITY"



def test_a_generic_word_for_group_does_not_make_an_organization_name():
    mentions = {m.text: m.label.value for m in find_mentions("북한인권단체 관계자들이 모였다.")}
    assert "북한인권단체" not in mentions


def test_an_organization_name_with_the_solidarity_ending():
    mentions = {m.text: m.label.value for m in find_mentions("동북아평화연대는 보고서를 냈다.")}
    assert mentions.get("동북아평화연대") == "ORG"


def test_a_counter_after_a_numeral_is_no_family_name():
    mentions = {m.text for m in find_mentions("세 명의 연구원이 검토하였다.")}
    assert "명의" not in mentions


def test_a_unit_after_its_body_and_a_camp_after_its_place_are_one_name():
    text = "외교부 한반도평화교섭본부의 자료에 따르면 그는 개천 제1교화소로 이송되었다."
    mentions = {m.text: m.label.value for m in find_mentions(text)}
    assert mentions.get("외교부 한반도평화교섭본부") == "ORG"
    assert mentions.get("개천 제1교화소") == "FACILITY"


def test_the_republic_alone_is_a_shorthand():
    assert not find_mentions("공화국에는 그런 시설이 없다고 주장하였다.")


def test_a_district_ending_in_gu_is_a_place_but_a_titled_name_stays_a_person():
    mentions = {m.text: m.label.value for m in find_mentions("김정구 씨는 부산 해운대구에 산다.")}
    assert mentions["해운대구"] == "LOCATION"
    assert mentions["김정구"] == "PERSON"


def test_agents_of_a_security_body_are_people_not_the_body():
    names = {m.text: m.label.value for m in find_mentions("보위원이 그를 데려갔고 안전원이 집을 지켰다. 그는 보편적 정례인권검토에 참석했다.")}
    assert "보위원" not in names and "안전원" not in names
    assert names["보편적 정례인권검토"] == "ORG"


def test_a_body_before_its_office_is_part_of_the_title():
    names = {m.text: m.label.value for m in find_mentions("유엔 북한인권 특별보고관은 유엔 인권이사회에서 발언했고, 북한 외무성 대변인은 반발했다.")}
    assert "유엔" not in names
    assert names["유엔 인권이사회"] == "ORG"
    assert names["외무성"] == "ORG"
