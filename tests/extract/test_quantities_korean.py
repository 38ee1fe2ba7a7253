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
    ("그 구류장에는 여성 23명이 갇혀 있었다.", "23명", 23, "people", "exact"),
    ("수감자들은 매일 16시간씩 일했다.", "16시간", 16, "hours", "exact"),
    ("석 달 만에 몸무게가 15㎏ 줄었다.", "15㎏", 15, "kg", "exact"),
    ("He had lost 12kg by then.", "12kg", 12, "kg", "exact"),
    ("그는 교화소에서 5년을 복역했다.", "5년", 5, "years", "exact"),
    ("하루에 세 끼가 아니라 한두 숟가락이었다.", "세 끼", 3, "meals", "exact"),
    ("약 40명이 집결소로 옮겨졌다.", "40명", 40, "people", "approx"),
    ("하루 10시간 이상 벌목을 했다.", "10시간", 10, "hours", "at_least"),
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
