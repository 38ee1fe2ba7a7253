"""Acts told obliquely: by a noun for the people they befell ("returnees"), by what
followed them (no word to the family), by the work or the hunger they meant, in English
and in Hangul; and the ordinary sentences, recommendations, denials and hypotheticals
that share those words."""

import pytest

from incident_helpers import asserted, extract


@pytest.mark.parametrize("sentence, violation", [
    # return: the people it befell, the hand-over, the Hangul noun and verb
    ("Returnees told us the cells were full all winter.", "vt_forced_repatriation"),
    ("The women were handed over to the border police at Sinuiju.", "vt_forced_repatriation"),
    ("He was detained by Chinese police at a bus station in Shenyang.", "vt_forced_repatriation"),
    ("북송 이후 그녀의 소식은 전해지지 않았다.", "vt_forced_repatriation"),
    ("중국 공안은 탈북민 일곱 명을 국경에서 돌려보냈다.", "vt_forced_repatriation"),
    # questioning and holding
    ("The returnees were held and questioned at the border for a month.", "vt_interrogation_detention"),
    ("She was kept at a Ministry of State Security facility for six weeks.", "vt_interrogation_detention"),
    ("Every night they asked me whether I had met South Koreans in China.", "vt_interrogation_detention"),
    ("보위부에서 한 달 동안 조사를 받았다고 그는 말했다.", "vt_interrogation_detention"),
    # torture: kneeling told as sitting on one's knees, a cell too small
    ("In the cell we had to sit on our knees with our hands on our thighs.", "vt_torture"),
    ("They kept her in a cell so small that she could not lie down.", "vt_torture"),
    ("그는 보위부에서 조사관에게 얻어맞고 며칠 동안 걷지 못했다.", "vt_torture"),
    # execution: the crowd made to watch
    ("The whole village was made to watch as the two men were killed.", "vt_execution"),
    ("They were arrested for watching banned South Korean films.", "vt_freedom_of_expression"),
    # death in custody: the bodies counted, told in Hangul
    ("교화소에서는 한 주에 시신 서너 구가 실려 나갔다고 그는 말했다.", "vt_death_in_custody"),
    # forced labour: mobilisation, prison labour, unpaid work, long days in words
    ("Students were mobilised for rice planting every spring without pay.", "vt_forced_labour"),
    ("The factory sold goods made with prison labour.", "vt_forced_labour"),
    ("They were sent to the mountains to cut trees, and no one was paid.", "vt_forced_labour"),
    ("Detainees worked ten hours a day, with no days off.", "vt_forced_labour"),
    ("주민들은 해마다 농촌 지원에 무보수로 동원됐다.", "vt_forced_labour"),
    ("수감자들은 강제 노역에 시달렸다.", "vt_forced_labour"),
    # starvation: rations below subsistence, a few spoonfuls
    ("Rations at the camp fell far below subsistence level.", "vt_deliberate_starvation"),
    ("하루 세 끼가 옥수수밥 몇 숟가락뿐이었다.", "vt_deliberate_starvation"),
    # disappearance: no word to the family, incommunicado, never heard from again
    ("After his arrest the family was never told anything.", "vt_enforced_disappearance"),
    ("He has been held incommunicado since March.", "vt_enforced_disappearance"),
    ("Agents took my brother in 2004 and we never heard from him again.", "vt_enforced_disappearance"),
    ("수감 중 숨졌지만 가족들에게는 사망 사실조차 통보되지 않았다.", "vt_enforced_disappearance"),
    ("보위부에 끌려간 뒤 연락이 끊겼다.", "vt_enforced_disappearance"),
    # trafficking: sold to a man, without naming marriage
    ("At nineteen she was sold to a farmer in Jilin.", "vt_trafficking"),
    # infanticide: a single baby killed
    ("Her baby was killed right after the birth.", "vt_infanticide"),
    # abduction abroad, told plainly
    ("My daughter was seized on a beach in Japan by North Korean agents.", "vt_international_abduction"),
    ("그는 1970년 어선을 타고 조업하다 납북됐다.", "vt_international_abduction"),
    # guilt by association
    ("Entire families are sent to the camps for the offence of one member.", "vt_collective_punishment"),
    ("그 보고서는 실종과 연좌의 실태를 다룬다.", "vt_collective_punishment"),
    # forced abortion, told as a demand
    ("구류장에서 임신한 여성들에게 낙태를 강요했다.", "vt_forced_abortion"),
    # care withheld, survival denied, meals of one thing, no news, a Hangul beating
    ("The guards denied him medicine even when his wounds became infected.", "vt_torture"),
    ("Many prisoners did not survive the first winter in the camp.", "vt_death_in_custody"),
    ("The detainees were given only salt water and a little corn.", "vt_deliberate_starvation"),
    ("My husband was arrested in 2009 and we have had no news since.", "vt_enforced_disappearance"),
    ("She was returned to the North after three months in a Chinese jail.", "vt_forced_repatriation"),
    ("The Chinese police handed them to the North Korean border guards.", "vt_forced_repatriation"),
    ("The guards shot two prisoners who had collapsed.", "vt_execution"),
    ("Anyone caught with a Bible disappeared.", "vt_enforced_disappearance"),
    ("그는 공개 처형을 목격했다고 말했다.", "vt_execution"),
    ("그들은 우리를 발로 차고 때렸다.", "vt_torture"),
    ("감방에서는 하루 종일 꼼짝도 못하게 앉아 있어야 했다.", "vt_torture"),
    # third round: hangings, cold water, arms raised, the firing post, a cellmate's death,
    # prisoners' work, wages handed over, a search inside the body, injections, the
    # baby left to die, abductees taken to the North, the expelled, relatives punished
    ("They tied my hands behind my back and hung me from the ceiling.", "vt_torture"),
    ("They poured cold water on us and left us in the yard in January.", "vt_torture"),
    ("He was forced to stand with his arms raised until he collapsed.", "vt_torture"),
    ("그들은 나를 거꾸로 매달았다.", "vt_torture"),
    ("조사관은 내 머리를 벽에 찧었다.", "vt_torture"),
    ("The man was tied to a post and shot by three soldiers.", "vt_execution"),
    ("Residents were called to the square to watch the shooting of two smugglers.", "vt_execution"),
    ("My cellmate died in my arms after the beating.", "vt_death_in_custody"),
    ("그는 구류장에서 맞아 죽었다.", "vt_death_in_custody"),
    ("The camp prisoners cut wood in the forest every day.", "vt_forced_labour"),
    ("Workers sent to Russia handed almost all their wages to the state.", "vt_forced_labour"),
    ("해외 노동자들은 임금의 대부분을 국가에 바쳐야 했다.", "vt_forced_labour"),
    ("Officers took women out of the cell at night and forced themselves on them.", "vt_rape_sexual_violence"),
    ("Female guards checked inside our bodies for hidden money.", "vt_invasive_body_search"),
    ("They made us take off all our clothes and squat up and down.", "vt_invasive_body_search"),
    ("Pregnant returnees were given injections to end their pregnancies.", "vt_forced_abortion"),
    ("구류장에서 임신한 여성들은 강제로 아이를 지워야 했다.", "vt_forced_abortion"),
    ("The baby was taken from her mother and left to die in a bucket.", "vt_infanticide"),
    ("태어난 아기는 곧바로 죽임을 당했다.", "vt_infanticide"),
    ("South Korean fishermen were taken to the North in 1975.", "vt_international_abduction"),
    ("The family was moved from Pyongyang to a village in North Hamgyong because of his past.", "vt_forced_relocation"),
    ("His parents were sent to the camp because he had escaped.", "vt_collective_punishment"),
    ("그가 탈북하자 그의 부모는 관리소로 보내졌다.", "vt_collective_punishment"),
    ("He got five years in a kyohwaso because he had gone to China.", "vt_punishment_for_leaving"),
    ("그는 중국에 갔다 왔다는 이유로 노동단련대에 보내졌다.", "vt_punishment_for_leaving"),
    ("After the return I spent forty days in the Bowibu jail in Onsong.", "vt_interrogation_detention"),
    ("They locked us in a room at the police station for two weeks.", "vt_interrogation_detention"),
    ("He spent nine years in Camp 15.", "vt_political_prison_camp"),
    ("She served three years in a prison in Chongori for smuggling.", "vt_ordinary_prison_labour_camp"),
    ("그는 밀수 혐의로 교화 5년을 선고받았다.", "vt_ordinary_prison_labour_camp"),
    ("China continues to send North Koreans home against their will.", "vt_forced_repatriation"),
    ("She was passed from one broker to another in Heilongjiang.", "vt_trafficking"),
    ("그녀는 브로커에게 속아 중국 남자에게 넘겨졌다.", "vt_trafficking"),
    ("수감자들은 하루에 옥수수 한 줌을 받았다.", "vt_deliberate_starvation"),
    # fourth round: the hand-over in UN wording, the body given back, searches that
    # humiliate, the fate unknown in Hangul, homes taken, hostile elements, food as a tool
    ("The women were transferred to North Korean authorities at the Tumen crossing.", "vt_forced_repatriation"),
    ("중국 당국은 탈북민 60여 명을 북한으로 넘겼다.", "vt_forced_repatriation"),
    ("His body was returned to the family with marks of beating.", "vt_death_in_custody"),
    ("수감자들은 하루 14시간씩 일해야 했다.", "vt_forced_labour"),
    ("Women were subjected to humiliating body searches upon arrival.", "vt_invasive_body_search"),
    ("그의 가족은 그가 어디로 끌려갔는지 모른다.", "vt_enforced_disappearance"),
    ("Families of those convicted were forcibly removed from their homes.", "vt_forced_relocation"),
    ("Family members of defectors face surveillance, harassment and demotion.", "vt_collective_punishment"),
    ("Christians are considered hostile elements and face severe punishment.", "vt_political_religious_discrimination"),
    ("Food was used as a tool of control.", "vt_deliberate_starvation"),
    ("구류장에서는 하루 두 끼만 주었다.", "vt_deliberate_starvation"),
    ("Brokers lure women with false job offers and then sell them.", "vt_trafficking"),
])
def test_an_act_told_obliquely_is_found(sentence, violation):
    assert violation in asserted(sentence)


@pytest.mark.parametrize("sentence", [
    "We beat the deadline by two days.",
    "The project was executed on time and on budget.",
    "She sold rice at the market and bought a coat.",
    "The farmer sold his pigs to a trader in Jilin.",
    "Returning students handed over their essays to the teacher.",
    "The meeting was held for three days in Geneva.",
    "The volunteers were mobilised to clean the beach after the storm.",
    "He was seized by a fit of coughing on the beach.",
    "The photograph was taken from the beach at sunset.",
    "We never heard from the landlord again about the rent.",
    "The cabin was so small that we could not all sit down at once.",
    "The children sat on their knees to watch the puppet show.",
    "Returns on the investment were low last year.",
    "노동자들은 연좌 시위를 벌였다.",
    "그는 시장에서 옥수수 몇 숟가락을 맛보았다.",
    "She was asked whether she had met the new director yet.",
    "The cook denied any treatment for the burn was needed.",
    "We have had no news from the school since Monday.",
    "She got only rice and soup at the restaurant.",
    "I could not survive without my friends.",
    "Our team killed the competition in the final.",
    "그의 처형이 설날에 찾아왔다.",
    "He stood with his hands behind his back and looked at the river.",
    "The minister poured cold water on the plan.",
    "The teacher made us take off our coats before the lesson.",
    "The embassy was moved from Pyongyang to Beijing in 2020.",
    "The camp is 15 kilometres from the town.",
    "He served two years in the army before university.",
    "The crew cut wood for the stage set.",
    "The film was shot by a small crew in Seoul.",
    "The company offered fake job ads online.",
    "Students were given a full search of their bags at the airport.",
    "그는 하루 두 끼를 먹는다.",
    "The museum's remains were handed over to the family foundation.",
])
def test_ordinary_sentences_with_the_same_words_are_not_violations(sentence):
    assert asserted(sentence) == set()


@pytest.mark.parametrize("sentence, violation, modality", [
    ("States should stop returning North Koreans to a country where they face torture.",
     "vt_forced_repatriation", "recommendation"),
    ("The government denies that returnees are held and questioned.", "vt_interrogation_detention", "denied"),
    ("If the families are not told, the detention becomes a disappearance.",
     "vt_enforced_disappearance", "hypothetical"),
    ("The guards never made us sit on our knees.", "vt_torture", "negated"),
    ("The principle of non-refoulement forbids returning anyone to a country where they face torture.",
     "vt_forced_repatriation", "negated"),
    ("중국 정부는 탈북민을 강제로 돌려보내지 말고 난민 심사 절차를 보장해야 한다.", "vt_forced_repatriation", "recommendation"),
    ("정부는 탈북민 강제북송을 중단할 것을 촉구했다.", "vt_forced_repatriation", "recommendation"),
    ("수감자를 때려서는 안 된다고 그는 말했다.", "vt_torture", "recommendation"),
    ("보위부 구류장에서 계호원들은 우리를 때리지 않았다.", "vt_torture", "negated"),
])
def test_oblique_words_keep_the_modality_of_their_clause(sentence, violation, modality):
    found = [incident for incident in extract(sentence) if incident.type == violation]
    assert found and all(not incident.asserted for incident in found)
    assert modality in {incident.modality for incident in found}


@pytest.mark.parametrize("sentence, violation", [
    ("In the holding centre an old man lay beside me, and one morning he did not wake up.", "vt_death_in_custody"),
    ("His wife went to the police station every week, but the officers told her nothing.", "vt_enforced_disappearance"),
    ("At the Bowibu they said his only crime was leaving without permission.", "vt_punishment_for_leaving"),
    ("The new law punishes unauthorised border crossing with labour training.", "vt_punishment_for_leaving"),
    ("She spent a year in the labour training camp for crossing into China.", "vt_punishment_for_leaving"),
    ("Half the prisoners in our work unit had pellagra by spring.", "vt_deliberate_starvation"),
    ("The decree holds parents accountable for the conduct of their children.", "vt_collective_punishment"),
    ("중국에서 교회에 나간 사실이 드러나 그는 보위부로 끌려갔다.", "vt_political_religious_discrimination"),
    ("Each night the guards would beat anyone who whispered.", "vt_torture"),
])
def test_kinds_told_plainly_in_testimony_are_asserted(sentence, violation):
    assert violation in asserted(sentence)


@pytest.mark.parametrize("sentence", [
    "The baby did not wake up until noon, so we let her sleep.",
    "She told him nothing about the plan.",
    "He crossed into China for work in 2010 and came home in 2012.",
    "Our parents are responsible for our education.",
    "The guards would beat anyone who spoke if they were caught.",
    "A new policy would likely beat anyone's expectations.",
])
def test_the_same_words_without_the_act_or_as_a_condition_assert_nothing(sentence):
    assert asserted(sentence) == set()
