from collections import Counter

import pytest

from dossier import law
from dossier.extract import dates, incidents, quantities, recommendations
from dossier.model import Annotations, Document, Incident, Label, Mention


def extract(text: str, mentions: list[Mention] | None = None, document_id: int | None = None) -> list[Incident]:
    document = Document(title="t", text=text, id=document_id)
    annotations = Annotations(mentions=list(mentions or []))
    for extractor in (dates, quantities, recommendations, incidents):
        extractor.EXTRACTOR.run(document, annotations)
    return annotations.incidents


def kinds(text: str) -> set[tuple[str, bool]]:
    return {(i.type, i.asserted) for i in extract(text)}


@pytest.mark.parametrize("sentence, violation", [
    ("Chinese police arrested the family in Yanji and deported them to North Korea last spring.", "vt_forced_repatriation"),
    ("Guards beat the detainees with sticks until they confessed.", "vt_torture"),
    ("Female detainees were raped by the prison guards.", "vt_rape_sexual_violence"),
    ("Two of the women were subjected to forced abortions in the holding cell.", "vt_forced_abortion"),
    ("Brokers sold the girls into marriage with farmers in Jilin.", "vt_trafficking"),
    ("The inmates are forced to work fourteen hours a day in the mines.", "vt_forced_labour"),
    ("A DPRK trading company shipped valves and thermometers to Syria's chemical weapons programme.", "vt_cw_proliferation_assistance"),
])
def test_each_kind_of_violation_is_found_with_its_span(sentence, violation):
    text = "Witness statement.\n" + sentence
    (incident,) = [i for i in extract(text) if i.type == violation]
    assert incident.asserted and incident.modality == "asserted"
    assert text[incident.start:incident.end] == sentence == incident.text


def test_one_sentence_naming_several_abuses_gives_one_incident_per_type():
    found = kinds("In the holding centre they were interrogated, beaten and forced to work without pay.")
    assert found == {("vt_interrogation_detention", True), ("vt_torture", True), ("vt_forced_labour", True)}


@pytest.mark.parametrize("sentence, violation, modality", [
    ("The government should immediately halt the deportation of escapees.", "vt_forced_repatriation", "recommendation"),
    ("We urge Beijing to ensure that refugees are not forcibly returned.", "vt_forced_repatriation", "recommendation"),
    ("She feared that the police would arrest her and repatriate her.", "vt_forced_repatriation", "hypothetical"),
    ("Officials insisted that returnees are not punished for leaving the country.", "vt_punishment_for_leaving", "denied"),
    ("Detainees in that facility were never tortured, the visitors found.", "vt_torture", "negated"),
])
def test_acts_that_are_not_asserted_keep_their_modality(sentence, violation, modality):
    (incident,) = [i for i in extract(sentence) if i.type == violation]
    assert (incident.asserted, incident.modality) == (False, modality)


def test_the_people_an_act_befell_are_background_inside_a_denial():
    """"returnees" names those who were returned, whatever the officials deny of them."""
    found = kinds("Officials insisted that returnees are not punished for leaving the country.")
    assert ("vt_forced_repatriation", True) in found


def test_background_act_inside_a_recommendation_is_still_asserted():
    found = kinds("The United States should sanction the officials involved in forced repatriations "
                  "and urge China to stop deporting refugees.")
    assert found == {("vt_forced_repatriation", True), ("vt_forced_repatriation", False)}


def test_an_anaphoric_sentence_inherits_the_type_of_the_one_before():
    found = extract("Brokers sell the women into forced marriages in rural China. "
                    "Hundreds are victimized in this manner every year.")
    assert [i.type for i in found] == ["vt_trafficking", "vt_trafficking"]


def test_an_account_named_a_lie_by_the_accused_is_denied():
    (incident,) = extract("The ministry dismissed the reports of forced labour as fabrications of enemies.")
    assert (incident.asserted, incident.modality) == (False, "denied")


def test_a_noun_that_sums_up_the_sentence_before_takes_all_its_acts():
    found = extract("Guards beat the detainees and forced them to work at night. "
                    "The embassy has called such accounts \"a smear campaign\".")
    assert {(i.type, i.modality) for i in found if i.start > 0} == {
        ("vt_torture", "denied"), ("vt_forced_labour", "denied")}


def test_a_yes_or_no_question_asserts_nothing():
    assert extract("Witness statement.\nWere the prisoners tortured?") == []


def test_a_question_that_asks_how_or_where_takes_its_act_as_given():
    assert ("vt_interrogation_detention", True) in kinds("Q: Where were you interrogated after the return?")


def test_a_section_heading_names_what_its_section_reports():
    text = "Witness statement.\nTrafficking of women in border towns\nThe rest of the text follows here."
    assert kinds(text) == {("vt_trafficking", True)}


def test_the_title_line_of_a_document_is_metadata():
    document = Document(title="Torture in the camps", text="Torture in the camps\nA study of satellite images.")
    annotations = Annotations()
    incidents.EXTRACTOR.run(document, annotations)
    assert annotations.incidents == []


def test_parties_place_date_and_legal_acts():
    text = "In March 2015, 35 refugees were forcibly repatriated by Chinese authorities from Tumen."
    place = Mention(text="Tumen", label=Label.LOCATION, start=text.index("Tumen"), end=text.index("Tumen") + 5)
    (incident,) = extract(text, [place], document_id=7)
    assert [p.text for p in incident.perpetrators] == ["Chinese authorities"]
    assert [(v.text, v.count) for v in incident.victims] == [("35 refugees", 35)]
    assert incident.place == "Tumen" and incident.date.value == "2015-03" and incident.document_id == 7
    assert "refugee_conv_art33_non_refoulement" in incident.legal and incident.extractor == "incidents@1.0"


def test_incidents_match_the_gold_corpus(gold_documents, prf):
    """Per document and type: a gold violation is found when an incident of its type and
    assertion covers its evidence."""
    totals = Counter()
    for item in gold_documents:
        text = item.document.text
        found = extract(text)
        used: set[int] = set()
        counts = Counter()
        for violation in item.gold["violations"]:
            start = text.index(violation["evidence_text"])
            end = start + len(violation["evidence_text"])
            match = next((k for k, i in enumerate(found) if k not in used and i.type == violation["type"]
                          and i.asserted == violation["asserted"] and i.start < end and start < i.end), None)
            if match is None:
                counts["fn"] += 1
            else:
                used.add(match)
                counts["tp"] += 1
        counts["fp"] += len(found) - len(used)
        precision, recall, f1 = prf(counts["tp"], counts["fp"], counts["fn"])
        print(f"{item.name}: incidents P={precision:.2f} R={recall:.2f} F1={f1:.2f}")
        assert f1 >= 0.8, item.name
        totals.update(counts)
    precision, recall, f1 = prf(totals["tp"], totals["fp"], totals["fn"])
    print(f"all incidents (type + asserted): P={precision:.2f} R={recall:.2f} F1={f1:.2f}")
    assert f1 >= 0.9


def test_recommendation_lists_of_the_statements_are_not_asserted_incidents(gold_documents):
    for item in gold_documents[3:]:
        annotations = Annotations()
        for extractor in (dates, quantities, recommendations, incidents):
            extractor.EXTRACTOR.run(item.document, annotations)
        urged = [i for i in annotations.incidents if i.text.startswith(("First, the United States should urge",
                                                                         "Third, the United States should call upon"))]
        assert all(not i.asserted for i in urged)
        assert len(annotations.recommendations) == len(item.gold["recommendations"])


@pytest.mark.parametrize("sentence, violation", [
    ("The interrogators kicked an old inmate to death in the basement of the station.", "vt_death_in_custody"),
    ("My cellmate fell ill in the detention centre and died a week afterwards.", "vt_death_in_custody"),
    ("Each morning the women were ordered to strip naked and squat while the guards watched.", "vt_invasive_body_search"),
    ("At the border post we were stripped and then searched by two officers.", "vt_invasive_body_search"),
    ("We laboured from five in the morning until nightfall hauling stones for the dam.", "vt_forced_labour"),
    ("Inmates who fell short of the daily quota were beaten by the guards.", "vt_forced_labour"),
    ("When the brigade missed its target, the prisoners got no lunch for three days.", "vt_deliberate_starvation"),
    ("The prosecutor told him he had committed treason by fleeing across the river to China.", "vt_punishment_for_leaving"),
    ("He was sentenced to five years for illegal border crossing in 2014.", "vt_punishment_for_leaving"),
    ("A pregnant returnee was given an injection at the clinic of the holding centre.", "vt_forced_abortion"),
    ("His parents and sisters were taken away with him the same night.", "vt_collective_punishment"),
    ("My brother lost his post at the factory and was demoted because of me.", "vt_collective_punishment"),
    ("Witnesses fear reprisals against their relatives still living in Hamhung.", "vt_collective_punishment"),
    ("The officer was arrested for insulting the Supreme Leader at a party meeting.", "vt_freedom_of_expression"),
    ("Their grandfather had been branded a class enemy in the 1960s.", "vt_political_religious_discrimination"),
])
def test_violations_told_without_the_usual_terms_are_found(sentence, violation):
    assert violation in {incident.type for incident in extract(sentence)}


@pytest.mark.parametrize("sentence", [
    "The workers met the production quota of the steel mill two months early this year.",
    "Her grandmother died peacefully at home in Wonsan at the age of ninety.",
    "The delegation was told that the prisoners would be released before the holiday.",
])
def test_ordinary_words_near_those_terms_are_not_violations(sentence):
    assert extract(sentence) == []


def test_an_open_condition_asserts_nothing_but_a_habitual_past_one_does():
    assert kinds("If they are deported from China, the women will face interrogation for weeks.") == {
        ("vt_forced_repatriation", False), ("vt_interrogation_detention", False)}
    assert ("vt_torture", True) in kinds("If a prisoner was late for roll call, the guards beat him in front of the others.")


def test_the_screen_admits_every_cue_that_can_match(monkeypatch):
    """Screening by fewer, shorter words must not lose a cue: the same incidents come out
    as when every cue is tried on every sentence."""
    text = ("Guards beating the returnees kicked them in the holding centre. 그는 보위부에서 몽둥이로 맞았다. "
            "We were forced to carry logs, and two women died of hunger there. "
            "The broker sold her to a farmer, and she was never heard from again.")
    screened = [(i.type, i.asserted, i.start) for i in extract(text)]

    class EveryCue:
        def __init__(self, vocabulary, hangul):
            self.cues = [(violation.id, cue) for violation in vocabulary for cue in violation.cues]

        def candidates(self, text, spans):
            return [self.cues for _span in spans]

    monkeypatch.setattr(incidents, "_screen", EveryCue)
    assert [(i.type, i.asserted, i.start) for i in extract(text)] == screened
    assert len(screened) >= 8


def test_the_screen_follows_a_changed_vocabulary(monkeypatch):
    """The screen is kept between documents, but not past a change of vocabulary."""
    text = "The returnees were tortured and then deported."
    assert {"vt_torture", "vt_forced_repatriation"} <= {i.type for i in extract(text)}
    monkeypatch.setattr(law, "vocabulary", lambda: [law.violation_type("vt_torture")])
    assert {i.type for i in extract(text)} == {"vt_torture"}
