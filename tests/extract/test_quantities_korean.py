"""Korean amounts: a number and its counter, hedges outside the span."""

import pytest

from dossier.extract import dates, quantities
from dossier.model import Annotations, Document, Quantity


def found(text: str) -> dict[str, Quantity]:
    annotations = Annotations()
    document = Document(title="t", text=text)
    dates.EXTRACTOR.run(document, annotations)
    quantities.EXTRACTOR.run(document, annotations)
    return {q.text: q for q in annotations.quantities}


@pytest.mark.parametrize("sentence, text, value, unit, qualifier", [
    ("그 구류장에는 여성 23명이 갇혀 있었다.", "여성 23명", 23, "people", "exact"),
    ("수감자들은 매일 16시간씩 일했다.", "16시간", 16, "hours", "exact"),
    ("석 달 만에 몸무게가 15㎏ 줄었다.", "15㎏", 15, "kg", "exact"),
    ("He had lost 12kg by then.", "12kg", 12, "kg", "exact"),
    ("그는 교화소에서 5년을 복역했다.", "5년", 5, "years", "exact"),
    ("하루에 세 끼가 아니라 한두 숟가락이었다.", "세 끼", 3, "meals", "exact"),
    ("약 40명이 집결소로 옮겨졌다.", "40명", 40, "people", "approx"),
    ("하루 10시간 이상 벌목을 했다.", "하루 10시간", 10, "hours a day", "at_least"),
    ("200여 명이 송환됐다.", "200여 명", 200, "people", "approx"),
    ("모두 3만 명이 수용돼 있다.", "3만 명", 30000, "people", "exact"),
])
def test_a_counter_gives_the_unit_and_a_hedge_the_qualifier(sentence, text, value, unit, qualifier):
    quantity = found(sentence)[text]
    assert (quantity.value, quantity.unit, quantity.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("sentence, text, low, high", [
    ("매주 두세 구의 시신이 실려 나갔다.", "두세 구", 2, 3),
    ("감방마다 5~7명이 있었다.", "5~7명", 5, 7),
    ("40대 남성이 증언했다.", "40대", 40, 49),
])
def test_korean_ranges_keep_low_and_high(sentence, text, low, high):
    quantity = found(sentence)[text]
    assert (quantity.low, quantity.high) == (low, high)


@pytest.mark.parametrize("sentence", [
    "단체는 7일 서울에서 기자회견을 열었다.",  # the seventh of the month
    "2016년 9월 그는 강을 건넜다.",  # a date, not years
    "수감자의 3분의 1이 병에 걸렸다.",  # a fraction
    "한 명이 탈출했다.",  # "one" as a determiner
    "수십 명이 숨졌다.",  # vague
    "그는 두 번째 조사에서 자백했다.",  # an ordinal
])
def test_days_of_the_month_dates_fractions_and_ordinals_are_not_counted(sentence):
    assert found(sentence) == {}


def test_the_number_of_a_named_camp_is_not_a_quantity():
    assert "16" not in found("Satellite images show Kwalliso 16 expanding; Kyohwaso 12 is smaller.")


def test_an_age_decade_in_brackets_and_one_time():
    from dossier.extract.quantities_korean import korean_quantities

    found = {q.text: q for q in korean_quantities("A씨(40대)는 중국에서 한 차례 이상 체포됐다.")}
    assert (found["40대"].low, found["40대"].high) == (40, 49)
    assert (found["한 차례"].value, found["한 차례"].unit, found["한 차례"].qualifier) == (1, "times", "at_least")
    assert korean_quantities("한국 사람 한 명을 만났다.") == []


@pytest.mark.parametrize("sentence, text", [
    ("센터는 탈북한 북한이탈주민 23명을 면접했다.", "북한이탈주민 23명"),
    ("면접 대상자 23명 중 19명이 답했다.", "면접 대상자 23명"),
    ("첨부: 조사보고서 요약본 1부, 위성사진 자료 2매", "조사보고서 요약본 1부"),
    ("첨부: 조사보고서 요약본 1부, 위성사진 자료 2매", "위성사진 자료 2매"),
    ("20대 남성 2명이 총살되었다.", "남성 2명"),
    ("식량은 하루 옥수수 200~300그램이었다.", "옥수수 200~300그램"),
    ("그곳에 여성 두 명이 있었다.", "여성 두 명"),
    ("공개처형에 관한 증언 9건도 수집했다.", "증언 9건"),
])
def test_the_counted_noun_written_before_the_number_is_in_the_span(sentence, text):
    assert text in found(sentence)


@pytest.mark.parametrize("sentence, text", [
    ("면접 대상자 가운데 여성은 15명이었다.", "15명"),
    ("이들 중 17명은 송환됐다.", "17명"),
    ("현재까지 약 4,800건의 증언을 보관하고 있다.", "4,800건"),
    ("혐의로 3명이 처형되었다.", "3명"),
    ("2. 실태\n응답자 11명은 답했다.", "응답자 11명"),
    ("전거리교화소 출신 탈북민 11명을 면접했다.", "탈북민 11명"),
])
def test_a_marked_noun_a_verb_or_a_hedge_before_the_number_stays_out(sentence, text):
    assert text in found(sentence)
    assert not [t for t in found(sentence) if t.endswith(text) and t != text]


def test_ranges_written_with_the_counter_twice_and_rates_a_day():
    result = found("수감 당시 나이는 19세에서 54세였고, 하루 12시간에서 14시간 동안 일했다.")
    assert (result["19세에서 54세"].low, result["19세에서 54세"].high, result["19세에서 54세"].unit) == (19, 54, "years (age)")
    hours = result["하루 12시간에서 14시간"]
    assert (hours.low, hours.high, hours.unit) == (12, 14, "hours a day")
    assert "14시간" not in result and "12시간" not in result


def test_one_month_and_one_or_two_times_are_counted():
    result = found("2020년 겨울 한 달 사이에 한두 차례의 재판만 받았다.")
    assert result["한 달"].value == 1 and result["한 달"].unit == "months"
    assert (result["한두 차례"].low, result["한두 차례"].high) == (1, 2)
    assert "겨울 한 달" not in result


def test_korean_amounts_open_at_the_text_start_after_punctuation_or_glued_to_latin_text():
    from dossier.extract.quantities_korean import korean_quantities

    found = {q.text: q for q in korean_quantities("서너 명이 왔다.(40대 여성) ID123 12명 아님, 5억 원, 30여 명")}
    assert (found["서너 명"].low, found["서너 명"].high) == (3, 4)
    assert (found["40대"].low, found["40대"].high) == (40, 49)
    assert found["5억 원"].value == 500_000_000 and found["5억 원"].unit == "KRW"
    assert found["30여 명"].qualifier == "approx"
    assert not any(q.text.startswith("123") or q.text.startswith("23") for q in found.values())
