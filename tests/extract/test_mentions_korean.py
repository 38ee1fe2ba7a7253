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
