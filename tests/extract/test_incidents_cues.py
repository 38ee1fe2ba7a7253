"""Violations told in plain words, as witnesses tell them, and the ordinary sentences
that share those words without naming any violation."""

import pytest

from incident_helpers import asserted, extract


@pytest.mark.parametrize("sentence, violation", [
    # torture: a verb of violence with a person for object, an instrument, a stress position
    ("The officer kicked me in the stomach until I could not breathe.", "vt_torture"),
    ("Every evening the warden slapped us one after another in the corridor.", "vt_torture"),
    ("When I refused to sign, he struck me across the back with a leather belt.", "vt_torture"),
    ("The soldiers hit the old prisoner again and again while we watched.", "vt_torture"),
    ("I was punched and kicked by two men from the security office.", "vt_torture"),
    ("They clubbed the returnees with rifle butts at the gate.", "vt_torture"),
    ("We were made to sit without moving, legs crossed, from dawn to ten at night.", "vt_torture"),
    ("The guards forced the whole cell to kneel on the frozen yard for hours.", "vt_torture"),
    ("He was hung upside down from a beam in the basement.", "vt_torture"),
    ("조사관은 대답을 안 한다며 몽둥이로 내 등을 때렸다고 그녀는 말했다.", "vt_torture"),
    ("보위부 감방에서는 하루 종일 무릎을 꿇고 앉아 있어야 했다.", "vt_torture"),
    ("그는 구류장에서 계호원에게 여러 차례 맞았다고 증언했다.", "vt_torture"),
    # trafficking: the sale or purchase of a woman, the "marriage" that follows
    ("My sister was sold for 20,000 yuan to a man in a mountain village.", "vt_trafficking"),
    ("The driver sold her to a widower in Heilongjiang the same week.", "vt_trafficking"),
    ("An old bachelor paid the middleman 30,000 yuan for me.", "vt_trafficking"),
    ("She was made to marry a Chinese man twice her age.", "vt_trafficking"),
    ("The broker promised to find him a bride for a price.", "vt_trafficking"),
    ("For two years the man locked her in his house every time he went out.", "vt_trafficking"),
    ("She was taken to a brothel in Shenyang after crossing the river.", "vt_trafficking"),
    ("브로커는 그녀를 중국 농촌 총각에게 돈을 받고 넘겼다고 말했다.", "vt_trafficking"),
    # starvation: hunger and rations told plainly
    ("In the winter we had nothing to eat but soup made from grass.", "vt_deliberate_starvation"),
    ("The prisoners were constantly hungry and some ate insects.", "vt_deliberate_starvation"),
    ("Anyone who spoke back was denied meals for two days.", "vt_deliberate_starvation"),
    ("Each of us got 150 grams of maize a day.", "vt_deliberate_starvation"),
    ("Many children in our street fainted from hunger that spring.", "vt_deliberate_starvation"),
    ("우리는 며칠씩 굶었고 풀죽으로 겨우 버텼다고 그는 말했다.", "vt_deliberate_starvation"),
    ("단련대에서는 늘 배가 고파서 잠을 이룰 수 없었다고 했다.", "vt_deliberate_starvation"),
    # death in custody told where the witness was held
    ("Two women in my work team died of exhaustion there that winter.", "vt_death_in_custody"),
    ("Several men froze to death in the unheated cells of the camp.", "vt_death_in_custody"),
    # enforced disappearance
    ("My uncle was summoned by the security office in 1997 and never came back.", "vt_enforced_disappearance"),
    ("The teacher was led off by agents and was never seen again.", "vt_enforced_disappearance"),
    ("Her father was taken away in the middle of the night by men in uniform.", "vt_enforced_disappearance"),
    ("After he was arrested, nobody could tell us whether he was still alive.", "vt_enforced_disappearance"),
    ("The relatives have never been told where the detainees were buried.", "vt_enforced_disappearance"),
    ("오빠는 보위부에 끌려간 뒤 지금까지 소식이 없다고 그녀는 말했다.", "vt_enforced_disappearance"),
    # forced labour
    ("The inmates were made to dig irrigation ditches in the frozen ground.", "vt_forced_labour"),
    ("We were forced to carry sacks of cement up the hill all day.", "vt_forced_labour"),
    ("For three years the company withheld their wages and sent the money home.", "vt_forced_labour"),
    ("On arrival their passports were confiscated by the site manager.", "vt_forced_labour"),
    ("그곳에서 우리는 강제로 일을 해야 했고 임금은 한 푼도 받지 못했다.", "vt_forced_labour"),
    # collective punishment
    ("His wife and two daughters were imprisoned along with him.", "vt_collective_punishment"),
    ("The children of defectors were expelled from their schools and sent to the mines.", "vt_collective_punishment"),
    ("She lost her job for the defection of her younger brother.", "vt_collective_punishment"),
    ("그가 탈북하자 가족까지 모두 수용소로 끌려갔다고 이웃은 전했다.", "vt_collective_punishment"),
    # execution
    ("The three men were shot in front of the assembled villagers.", "vt_execution"),
    ("Her neighbour was hanged at the market square in 2009.", "vt_execution"),
    ("The court sentenced both smugglers to death after a one-day trial.", "vt_execution"),
    ("그는 2013년 혜산 비행장에서 처형됐다고 증언자는 말했다.", "vt_execution"),
    # sexual violence, invasive search, abortion, infanticide
    ("At night the guard molested the younger women in the cell.", "vt_rape_sexual_violence"),
    ("An officer touched her breasts during the interrogation.", "vt_rape_sexual_violence"),
    ("구류장 계호원이 밤마다 여성들을 성추행했다고 증언했다.", "vt_rape_sexual_violence"),
    ("A female officer searched our bodies for banknotes.", "vt_invasive_body_search"),
    ("We had to stand naked in front of the guards for the inspection.", "vt_invasive_body_search"),
    ("After the guards kicked her, she miscarried in the cell.", "vt_forced_abortion"),
    ("The nurse smothered the newborn baby in front of its mother.", "vt_infanticide"),
    # other types told in plain words
    ("After the trial the family was banished to a remote mountain village.", "vt_forced_relocation"),
    ("He was sentenced to ten years for crossing into China twice.", "vt_punishment_for_leaving"),
    ("Two students were arrested for watching South Korean dramas on a USB stick.", "vt_freedom_of_expression"),
    ("He spent eleven years in Kwalliso 15 before his release.", "vt_political_prison_camp"),
    ("She was sent to a labour training unit for six months.", "vt_ordinary_prison_labour_camp"),
    ("I was kept in a tiny cell with nine other women for a month.", "vt_interrogation_detention"),
    ("I was questioned by the security officers for three weeks.", "vt_interrogation_detention"),
    ("Chinese border guards caught her near Tumen and held her for a week.", "vt_forced_repatriation"),
    ("Escapees are routinely flown back to Pyongyang under guard.", "vt_forced_repatriation"),
    # acts told obliquely: by their marks, their hours, their aftermath
    ("At the holding centre her pregnancy was terminated without her consent.", "vt_forced_abortion"),
    ("The guards took her to a clinic, where a doctor terminated her pregnancy.", "vt_forced_abortion"),
    ("She was dragged to a hospital in the morning and lost her baby by nightfall.", "vt_forced_abortion"),
    ("Many of the detainees in the eastern barracks died that winter.", "vt_death_in_custody"),
    ("The report documents the deaths of prisoners at the county jail.", "vt_death_in_custody"),
    ("Deaths from dysentery were common among the inmates.", "vt_death_in_custody"),
    ("After 1994 the state stopped distributing rations to the miners.", "vt_deliberate_starvation"),
    ("Each of us got one cup of boiled maize per meal.", "vt_deliberate_starvation"),
    ("Those who missed the quota did not eat that night.", "vt_deliberate_starvation"),
    ("The middleman took her to a remote village and received cash from a farmer there.", "vt_trafficking"),
    ("The man who bought her kept her papers so that she could not run away.", "vt_trafficking"),
    ("One night they took him to the security office and he never came back.", "vt_enforced_disappearance"),
    ("We hauled logs from dawn until dark in the prison forest.", "vt_forced_labour"),
    ("The inmates dug canals all summer and nobody paid them.", "vt_forced_labour"),
    ("Prisoners spent their days quarrying for 14 to 16 hours a day.", "vt_forced_labour"),
    ("She was sick, but the guards still sent her to the fields.", "vt_forced_labour"),
    ("Officials sent his whole family out of the city to a remote mountain village.", "vt_forced_relocation"),
    ("After her brother defected, the police arrested her parents.", "vt_collective_punishment"),
    ("The tribunal listed murder, torture and enslavement among the crimes in the camps.", "vt_execution"),
    ("In the camp he spent a month in a punishment cell.", "vt_torture"),
    ("Prisoners were locked in boxes too small to lie down in.", "vt_torture"),
    ("Anyone who went to church in China was sent to a camp after the return.", "vt_political_religious_discrimination"),
    ("Her cousin was returned from Russia in 2019 and questioned for a month.", "vt_forced_repatriation"),
])
def test_a_violation_told_in_plain_words_is_found(sentence, violation):
    assert violation in asserted(sentence)


@pytest.mark.parametrize("sentence", [
    "The farmer hit the nail with a hammer and fixed the fence.",
    "Concert tickets were sold out within an hour.",
    "He came back from the market with rice and oil.",
    "My grandfather never came back to his home town after the war.",
    "The teacher told the children to sit still for the photograph.",
    "She sold her bicycle to a neighbour for a few yuan.",
    "We grew potatoes and sold them for cash at the market.",
    "The typhoon hit us hard and destroyed the harvest.",
    "He paid the broker to take him across the river to China.",
    "My brother bought me a winter coat in Yanji.",
    "The boy kicked the ball over the wall.",
    "The students knelt in prayer in the small church.",
    "After the long march we were hungry for news from home.",
    "She worked twelve hours a day as a nurse in Seoul.",
    "The factory paid its workers on time every month.",
    "His wife and children moved to Seoul with him in 2012.",
    "My grandmother died there of old age in 1995.",
    "The hunger strike ended after three days.",
    "I never saw them again after I left for the city.",
    "They disappeared into the crowd at the station.",
    "She was questioned by reporters about the new film.",
    "The company sentenced to death? No, the court fined it.",
    "그는 장마당에서 국수를 팔았다고 말했다.",
    "그의 말이 맞았다고 모두가 인정했다.",
    "그녀는 예방 접종 주사를 맞았다고 말했다.",
    "아사히 신문은 이 보고서를 1면에 실었다.",
    "She had a bowl of soup before the meeting.",
    "I did not eat breakfast because I was late.",
    "The bakery stopped selling bread at noon.",
    "The shopkeeper received money from a farmer for the seeds.",
    "The clerk kept my papers on his desk for a week.",
    "My aunt took him to the fair, and he came back late.",
    "We walked from morning until dark to reach the next town.",
    "He was ill, but his mother still sent him to school.",
    "The nurse worked 12 to 14 hours a day in a Seoul hospital.",
    "We moved our shop out of town to a village nearby.",
    "After he escaped from the fire, his parents were taken to hospital.",
    "The novel tells of a murder in a small town.",
    "The tent was too small to stand in.",
    "Deaths from traffic accidents rose in the capital last year.",
    "She returned from China with her savings in 2019.",
])
def test_ordinary_sentences_that_share_those_words_are_not_violations(sentence):
    assert asserted(sentence) == set()


@pytest.mark.parametrize("sentence, violation, modality", [
    ("If you complained, they said that your family would pay for it.", "vt_collective_punishment", "hypothetical"),
    ("The guards never beat us during the inspection week.", "vt_torture", "negated"),
    ("We urge the authorities to stop denying prisoners food.", "vt_deliberate_starvation", "recommendation"),
])
def test_plain_words_keep_the_modality_of_their_clause(sentence, violation, modality):
    found = [incident for incident in extract(sentence) if incident.type == violation]
    assert [(incident.asserted, incident.modality) for incident in found] == [(False, modality)]


def test_stopping_what_was_owed_is_the_act_not_its_end():
    (incident,) = extract("In 1995 the authorities stopped giving rations to the factory workers.")
    assert (incident.type, incident.modality) == ("vt_deliberate_starvation", "asserted")


def test_a_fear_of_being_shot_on_return_is_an_execution_not_asserted():
    found = [(i.type, i.modality) for i in extract("The prisoners feared they would be shot once they were sent back.")]
    assert ("vt_execution", "hypothetical") in found


def test_being_asked_about_contacts_is_questioning_not_persecution():
    types = {i.type for i in extract("The interrogator asked whether I had met missionaries in Yanji.")}
    assert "vt_political_religious_discrimination" not in types


def test_a_new_subject_after_a_negation_asserts_its_own_act():
    text = "When the answer did not satisfy the interrogator he slapped me twice."
    assert "vt_torture" in asserted(text)


def test_to_end_up_somewhere_is_not_to_end_an_act():
    assert "vt_trafficking" in asserted("Many of the women end up as brides of Chinese farmers.")
