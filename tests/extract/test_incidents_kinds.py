"""Kinds of act told without their name: a relative thrown out of school for one who
fled, a family told nothing, the camp's work told by its burden, a hand inside, the law
that makes crossing a crime, basement cells, a newborn taken; with the ordinary
sentences that share their words."""

import pytest

from incident_helpers import asserted, extract


@pytest.mark.parametrize("text, violation", [
    ("My younger brother was thrown out of his university in Chongjin because of me.", "vt_collective_punishment"),
    ("Her father was dismissed from the factory because of her.", "vt_collective_punishment"),
    ("The inminban head told my mother that our family was now \"unreliable\".", "vt_collective_punishment"),
    ("After that our family was labelled hostile.", "vt_political_religious_discrimination"),
    ("The law makes parents and schools liable for the \"anti-socialist\" behaviour of young people.",
     "vt_collective_punishment"),
    ("그의 동생은 형의 탈북 때문에 대학에서 퇴학을 당했다.", "vt_collective_punishment"),
    ("One night the bowiwon called her name and she went out. She never came back.", "vt_enforced_disappearance"),
    ("Her mother came to the gate many times and they told her nothing.", "vt_enforced_disappearance"),
    ("His wife asked at the police station, but nobody could tell her where he was.", "vt_enforced_disappearance"),
    ("They sent me to the labour training camp. We carried bricks and cut trees from five in the morning.",
     "vt_forced_labour"),
    ("In the camp the prisoners dug coal with their hands.", "vt_forced_labour"),
    ("A woman guard put her hand inside the women.", "vt_invasive_body_search"),
    ("Article 221 makes illegal border crossing punishable by up to one year of labour training.",
     "vt_punishment_for_leaving"),
    ("My crime was crossing the border. They sent me to the labour training camp in Musan for one year.",
     "vt_punishment_for_leaving"),
    ("Many pass first through the basement cells of the ministry's headquarters.", "vt_interrogation_detention"),
    ("Prisoners there suffered from pellagra.", "vt_deliberate_starvation"),
])
def test_the_act_told_without_its_name(text: str, violation: str) -> None:
    assert violation in asserted(text)


def test_a_newborn_taken_from_its_mother_in_custody_is_infanticide_told() -> None:
    types = {i.type for i in extract("She saw a newborn being taken from its mother in a holding facility.")}
    assert "vt_infanticide" in types


def test_not_knowing_what_was_done_with_the_baby_asserts_no_killing() -> None:
    text = "The guards gave her an injection. I do not know what they did with the baby."
    incidents = [i for i in extract(text) if i.type == "vt_infanticide"]
    assert incidents and not any(i.asserted for i in incidents)


@pytest.mark.parametrize("text, violation", [
    ("He dropped out of university because of his illness.", "vt_collective_punishment"),
    ("Our family was poor, and the harvest was unreliable.", "vt_collective_punishment"),
    ("The builders carried bricks up the new apartment tower in Pyongyang.", "vt_forced_labour"),
    ("Her mother asked about the price and they told her nothing.", "vt_enforced_disappearance"),
    ("The basement cells of the old fortress are now a museum.", "vt_interrogation_detention"),
    ("My son went out to play. He never came back late.", "vt_enforced_disappearance"),
    ("The midwife took the baby away to wash it.", "vt_infanticide"),
])
def test_the_same_words_elsewhere_tell_no_such_act(text: str, violation: str) -> None:
    assert violation not in asserted(text)


def test_a_body_left_lying_until_cold_is_a_death() -> None:
    text = "He fell down and they left him lying there until the evening, and by then he was cold."
    assert "vt_death_in_custody" in asserted(text)


def test_cold_weather_is_no_death() -> None:
    assert "vt_death_in_custody" not in asserted("They left him at the station and by then he was cold and hungry.")
