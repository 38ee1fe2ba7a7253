"""Incidents in Hangul text: cues are matched inside words, particles and endings attached."""

import pytest

from dossier.extract import dates, incidents, quantities
from dossier.model import Annotations, Document


def types(text: str) -> set[str]:
    document = Document(title="t", text=text)
    annotations = Annotations()
    for extractor in (dates, quantities, incidents):
        extractor.EXTRACTOR.run(document, annotations)
    return {incident.type for incident in annotations.incidents}


@pytest.mark.parametrize("sentence, violation", [
    ("그 여성은 두만강을 건넌 지 석 달 만에 중국 공안에 붙잡혀 강제북송됐다.", "vt_forced_repatriation"),
    ("탈북민 수백 명이 지난해 중국에서 송환돼 보위부로 넘겨졌다고 단체는 밝혔다.", "vt_forced_repatriation"),
    ("그녀는 2017년 중국 옌지에서 체포돼 온성 보위부로 넘겨졌다고 진술했다.", "vt_forced_repatriation"),
    ("임신 6개월이던 그녀는 보위부 구류장에서 강제로 낙태 수술을 받았다고 증언했다.", "vt_forced_abortion"),
    ("여성 수감자들은 집결소에 도착하자마자 알몸 검사를 받아야 했다고 그는 말했다.", "vt_invasive_body_search"),
    ("경비원들은 숨긴 돈을 찾는다며 여성들에게 몸수색을 강요했다고 증언자는 말했다.", "vt_invasive_body_search"),
    ("그 해 겨울 노동단련대의 많은 수감자가 영양실조에 시달렸다고 그는 회상했다.", "vt_deliberate_starvation"),
    ("배급이 끊긴 뒤 마을 사람들은 굶주림 속에 풀뿌리를 캐 먹었다고 주민은 전했다.", "vt_deliberate_starvation"),
    ("같은 감방에 있던 수감자 두 명이 조사 도중 숨졌다고 그는 증언했다.", "vt_death_in_custody"),
    ("교화소에서는 해마다 수십 명이 사망했으며 시신은 뒷산에 묻혔다고 그는 말했다.", "vt_death_in_custody"),
    ("수감자들은 하루 열두 시간씩 강제노동에 시달렸다고 증언자는 말했다.", "vt_forced_labour"),
    ("교화소 수감자들은 새벽부터 밤까지 벌목 작업에 동원됐다고 보고서는 밝혔다.", "vt_forced_labour"),
    ("조사관은 자백을 받아내려고 그를 며칠 동안 고문했다고 그는 증언했다.", "vt_torture"),
    ("여성 수감자들이 계호원들에게 성폭행을 당했다는 증언이 잇따랐다고 단체는 밝혔다.", "vt_rape_sexual_violence"),
    ("국경을 넘은 그녀는 브로커에게 속아 중국 농촌 남성에게 팔려 갔다고 말했다.", "vt_trafficking"),
    ("단체는 중국 내 탈북 여성 인신매매 실태를 조사한 보고서를 발표했다고 밝혔다.", "vt_trafficking"),
    ("그는 보위부에 끌려가 석 달 동안 구금됐다가 풀려났다고 증언했다.", "vt_interrogation_detention"),
    ("주민들은 장마당 근처 공터에서 열린 공개처형을 강제로 지켜봐야 했다고 말했다.", "vt_execution"),
    ("그의 아버지는 1990년대에 보위부에 끌려간 뒤 행방불명됐다고 그는 말했다.", "vt_enforced_disappearance"),
    ("납치 피해자 가족들은 그가 평양에서 실종된 뒤 소식을 듣지 못했다고 호소했다.", "vt_enforced_disappearance"),
    ("그녀는 집결소에서 병원으로 끌려가 뱃속 아이를 잃었다고 말했다.", "vt_forced_abortion"),
    ("수감자들은 새벽 4시부터 밤 10시까지 벽돌을 날랐다고 말했다.", "vt_forced_labour"),
    ("작업량을 채우지 못하면 밥을 주지 않았다고 그는 회상했다.", "vt_forced_labour"),
    ("작업량을 채우지 못하면 밥을 주지 않았다고 그는 회상했다.", "vt_deliberate_starvation"),
    ("아들이 탈북한 뒤 부모는 보위부에 끌려갔다고 이웃은 말했다.", "vt_collective_punishment"),
])
def test_each_korean_cue_names_its_violation(sentence, violation):
    assert violation in types(sentence)


def test_death_without_a_place_of_detention_is_not_a_death_in_custody():
    assert "vt_death_in_custody" not in types("그의 할머니는 지난해 고향 마을에서 노환으로 사망했다고 그는 말했다.")


def test_mobilised_for_a_parade_is_not_forced_labour():
    assert "vt_forced_labour" not in types("학생들은 지난달 평양 광장에서 열린 행사에 동원됐다고 통신은 보도했다.")


def test_arrest_at_home_is_not_a_forced_return():
    assert "vt_forced_repatriation" not in types("그는 2015년 청진에서 장사를 하다가 체포돼 재판을 받았다고 말했다.")


def test_a_child_lost_without_custody_is_not_a_forced_abortion():
    assert "vt_forced_abortion" not in types("그녀는 전쟁 중에 피난길에서 아이를 잃었다고 말했다.")


def test_working_from_dawn_at_a_market_stall_is_not_forced_labour():
    assert "vt_forced_labour" not in types("어머니는 새벽부터 밤늦게까지 장마당에서 국수를 팔았다고 말했다.")
