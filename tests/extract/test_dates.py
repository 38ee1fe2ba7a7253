import pytest

from dossier.extract import dates
from dossier.model import Annotations, Document, PartialDate, Precision


def found(text: str, document_date: str | None = None) -> list[PartialDate]:
    document = Document(title="t", text=text, date=PartialDate(text=document_date, value=document_date,
                                                               precision=Precision.YEAR) if document_date else None)
    annotations = Annotations()
    dates.EXTRACTOR.run(document, annotations)
    return annotations.dates


def by_text(text: str, document_date: str | None = None) -> dict[str, PartialDate]:
    return {d.text: d for d in found(text, document_date)}


def test_full_and_partial_dates_get_iso_values_and_precision():
    result = by_text("Arrested on March 3, 2009, moved in June 2010, released on 7 February 2014.")
    assert (result["March 3, 2009"].value, result["March 3, 2009"].precision) == ("2009-03-03", Precision.DAY)
    assert (result["June 2010"].value, result["June 2010"].precision) == ("2010-06", Precision.MONTH)
    assert result["7 February 2014"].value == "2014-02-07"


def test_spans_point_at_the_exact_words():
    text = "The camp was expanded in late August 2016 after the flood."
    (date,) = found(text)
    assert text[date.start:date.end] == "late August 2016" and date.value == "2016-08"


def test_decades_and_periods_have_an_end():
    result = by_text("Famine struck in the 1990s; she was held 1994-1998 and again from 2000 to 2005.")
    assert (result["1990s"].value, result["1990s"].end_value, result["1990s"].precision) == ("1990", "1999", Precision.DECADE)
    assert (result["1994-1998"].value, result["1994-1998"].end_value) == ("1994", "1998")
    assert (result["2000 to 2005"].value, result["2000 to 2005"].end_value) == ("2000", "2005")


def test_korean_dates():
    result = by_text("그는 2013년 9월 탈북했고 1990년대에 기근을 겪었다.")
    assert result["2013년 9월"].value == "2013-09"
    assert (result["1990년대"].value, result["1990년대"].precision) == ("1990", Precision.DECADE)


def test_numbers_that_are_not_dates_are_skipped():
    text = ("Under Resolution 1874 and Executive Order 13687, over 605 square kilometers and 2000 tons were "
            "listed on p. 1999 of No. 2015; see http://example.org/2013/04/report.")
    assert found(text) == []


def test_relative_expressions_are_marked_unresolved():
    result = by_text("He died two months before his death was announced, and we met last week.")
    assert result["two months before his death"].precision == Precision.UNRESOLVED
    assert result["last week"].value is None


def test_day_and_month_take_the_document_year():
    result = by_text("His birthday falls on Sunday, April 15th. More recently in November, ten were returned.", "2018")
    assert result["April 15th"].value == "2018-04-15"
    assert result["November"].value == "2018-11"
    assert found("The holiday is on April 15th.")[0].precision == Precision.UNRESOLVED


def test_every_gold_date_of_the_corpus_is_found(gold_documents, prf):
    true_positives = false_positives = false_negatives = 0
    for item in gold_documents:
        mine = {d.text for d in found(item.document.text, item.document.date and item.document.date.value)
                if d.precision != Precision.UNRESOLVED}
        gold = set(item.gold["dates"])
        true_positives += len(mine & gold)
        false_positives += len(mine - gold)
        false_negatives += len(gold - mine)
    precision, recall, _ = prf(true_positives, false_positives, false_negatives)
    print(f"dates vs gold: P={precision:.2f} R={recall:.2f} ({true_positives}/{true_positives + false_negatives})")
    assert precision >= 0.95 and recall >= 0.95


def test_a_short_year_end_needs_a_dash_to_make_a_range():
    texts = {d.text for d in found("Arrests fell from 1,480 in 2015 to 42 in 2019, while the 2016-17 winter was harsh.")}
    assert "2015 to 42" not in texts
    assert {"2015", "2019", "2016-17"} <= texts


def test_a_month_range_across_years_is_one_date_with_its_end():
    found_dates = by_text("Imagery from June 2018 to February 2022 shows new barracks; work ran May to August 2020.")
    assert set(found_dates) == {"June 2018 to February 2022", "May to August 2020"}
    span = found_dates["June 2018 to February 2022"]
    assert (span.value, span.end_value) == ("2018-06", "2022-02")
    assert found_dates["May to August 2020"].value == "2020-05"


def test_a_korean_year_alone_ends_at_its_year_word():
    assert list(by_text("그는 2019년 중국으로 건너갔다.")) == ["2019년"]


def test_a_korean_range_of_months_is_one_date_and_of_years_two():
    found_dates = by_text("조사는 2020년 11월부터 2021년 3월까지, 면접은 2016년부터 2018년까지 진행됐다.")
    assert set(found_dates) == {"2020년 11월부터 2021년 3월까지", "2016년", "2018년"}
    span = found_dates["2020년 11월부터 2021년 3월까지"]
    assert (span.value, span.end_value) == ("2020-11", "2021-03")


def test_a_korean_bare_month_or_day_is_a_date_but_a_duration_is_not():
    found_dates = by_text("센터는 20일 기자회견을 열었고 12월 중 보고서를, 내년 3월에 발표한다. 지난 6일 체포됐다.", "2024")
    assert set(found_dates) == {"20일", "12월", "3월", "지난 6일"}
    assert found_dates["12월"].value == "2024-12"
    assert by_text("그는 3개월 동안, 5일간, 10일 만에, 3일 동안, 2박 3일 일했다.") == {}


def test_a_korean_decade_keeps_its_end_or_start():
    found_dates = by_text("센터는 1990년대 말부터 증언을 모았고 2000년대 초반에 커졌다. 1990년대에는 기근이 있었다.")
    assert set(found_dates) == {"1990년대 말", "2000년대 초반", "1990년대"}
    assert found_dates["1990년대 말"].end_value == "1999"


def test_a_modified_year_and_a_between_range_of_months_of_one_year_are_one_date():
    found_dates = by_text("Between March and October 2024 we met them; between October 2023 and May 2024 "
                          "ships called; in early 2021 and mid-2019 the border closed.")
    assert set(found_dates) == {"Between March and October 2024", "October 2023", "May 2024",
                                "early 2021", "mid-2019"}
    assert (found_dates["Between March and October 2024"].value,
            found_dates["Between March and October 2024"].end_value) == ("2024-03", "2024-10")
    assert found_dates["early 2021"].value == "2021"


def test_a_korean_season_of_a_year_is_dated_by_its_year():
    assert by_text("2018년 봄에 그는 체포됐다.")["2018년 봄"].value == "2018"


def test_today_is_kept_but_unresolved():
    assert by_text("The rapporteur said today that returns continue.")["today"].precision == Precision.UNRESOLVED


@pytest.mark.parametrize("text, start, end", [
    ("The session ran 24 February-4 April 2025 in Geneva.", "2025-02-24", "2025-04-04"),
    ("The visit took place 3-7 March 2024.", "2024-03-03", "2024-03-07"),
    ("Hearings were held March 3–7, 2024, in Seoul.", "2024-03-03", "2024-03-07"),
])
def test_periods_of_days_are_one_date_with_an_end(text, start, end):
    from dossier.extract.dates import find_dates

    (found,) = find_dates(text)
    assert (found.value, found.precision.value, found.end_value) == (start, "day", end)


def test_a_modifier_just_before_a_date_belongs_to_it_and_a_glued_month_is_found():
    found_dates = by_text("At the end of March 2020 and in mid-1990s, then early Spring 2014. NewDailyNewsFebruary 17, 2013.")
    assert {"the end of March 2020", "mid-1990s", "early Spring 2014", "February 17, 2013"} <= set(found_dates)
    assert found_dates["the end of March 2020"].value == "2020-03"
    assert "Smarch 2020" not in by_text("Smarch 2020 was cold.")


def test_dates_open_with_a_modifier_a_glued_month_a_long_count_or_any_case():
    result = by_text("In EARLY march 2019, NewsFebruary 17, 2013, 1000000000000000000000 days ago, FY2020; "
                     "THE END OF September 2020 and Twenty-five years later.")
    assert result["EARLY march 2019"].value == "2019-03"
    assert result["February 17, 2013"].value == "2013-02-17"
    assert result["1000000000000000000000 days ago"].precision == Precision.UNRESOLVED
    assert result["FY2020"].value == "2020"
    assert result["THE END OF September 2020"].value == "2020-09"
    assert result["Twenty-five years later"].precision == Precision.UNRESOLVED
