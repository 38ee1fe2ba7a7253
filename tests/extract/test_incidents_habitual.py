"""Past narration told with "would" (a habit) against "would" of a condition, a
prediction or a fear; and the setting of an act named in the sentence before it."""

import pytest

from incident_helpers import asserted, extract


@pytest.mark.parametrize("sentence, violation", [
    ("The guards would beat anyone who spoke.", "vt_torture"),
    ("They would make us stand for hours in the cold, and the guards kicked whoever fell.", "vt_torture"),
    ("Every morning the guards would beat us with sticks.", "vt_torture"),
    ("In the detention centre the guards would kick us when we moved.", "vt_torture"),
    ("Night after night the interrogators would beat him until he signed.", "vt_torture"),
])
def test_habitual_would_in_narration_asserts_the_act(sentence: str, violation: str) -> None:
    assert violation in asserted(sentence)


@pytest.mark.parametrize("sentence", [
    "If he were caught, the guards would beat him.",
    "He said the guards would beat him when he returned.",
    "We feared the guards would beat us every day.",
    "Returnees would likely be beaten by the guards every day.",
    "Those sent back would be beaten by the guards.",
])
def test_conditional_or_predicted_would_asserts_nothing(sentence: str) -> None:
    incidents = [i for i in extract(sentence) if i.type == "vt_torture"]
    assert incidents and not any(i.asserted for i in incidents)


def test_the_place_told_in_the_sentence_before_sets_the_scene() -> None:
    text = "An older man in our cell had diarrhoea for a week. One morning he did not wake up."
    assert "vt_death_in_custody" in asserted(text)


def test_a_sleep_that_did_not_end_at_home_is_no_death_in_custody() -> None:
    text = "We stayed at my aunt's house in Hyesan. One morning my grandfather did not wake up."
    assert "vt_death_in_custody" not in asserted(text)


def test_a_modal_a_few_words_before_the_camp_still_governs_it() -> None:
    incidents = [i for i in extract("He would likely be sent to a political prison camp.")
                 if i.type == "vt_political_prison_camp"]
    assert incidents and not any(i.asserted for i in incidents)


def test_a_past_condition_sets_off_a_habit() -> None:
    text = "One guard would make the whole cell kneel for hours if one of us was slow."
    assert "vt_torture" in asserted(text)


def test_nobody_able_to_say_where_asserts_a_disappearance() -> None:
    text = "The police took my father in 2009. Nobody could tell us where he was."
    assert "vt_enforced_disappearance" in asserted(text)


def test_presumed_dead_is_told_but_not_asserted() -> None:
    incidents = [i for i in extract("The girl from our cell is probably dead.") if i.type == "vt_death_in_custody"]
    assert incidents and not any(i.asserted for i in incidents)
    assert "vt_death_in_custody" not in {i.type for i in extract("The crops are probably dead after the famine.")}


@pytest.mark.parametrize("sentence, violation", [
    ("The Government said there are no political prison camps in the country.", "vt_political_prison_camp"),
    ("It stated that no detainee had been subjected to torture.", "vt_torture"),
    ("The spokesman insisted: \"The so-called political prison camps do not exist.\"", "vt_political_prison_camp"),
    ("공화국에는 고문이나 공개처형이 존재하지 않는다.", "vt_torture"),
])
def test_an_act_said_not_to_exist_is_not_asserted(sentence: str, violation: str) -> None:
    incidents = [i for i in extract(sentence) if i.type == violation]
    assert incidents and not any(i.asserted for i in incidents)


def test_no_before_the_people_an_act_names_keeps_the_act() -> None:
    text = "Officials promised that no repatriated person is tortured."
    assert "vt_forced_repatriation" in asserted(text)


@pytest.mark.parametrize("sentence, violation", [
    ("Returnees who would face torture, sexual violence or imprisonment must not be sent back.",
     "vt_rape_sexual_violence"),
    ("I was afraid all the time that they would change their mind and send me to a political prison camp.",
     "vt_political_prison_camp"),
])
def test_the_modal_reaches_the_rest_of_its_list_and_its_second_verb(sentence: str, violation: str) -> None:
    incidents = [i for i in extract(sentence) if i.type == violation]
    assert incidents and not any(i.asserted for i in incidents)


def test_a_list_of_acts_told_as_fact_stays_asserted() -> None:
    text = "Detainees suffered beatings, sexual violence and forced labour."
    assert {"vt_rape_sexual_violence", "vt_forced_labour"} <= asserted(text)
