import pytest

from dossier.extract import dates, quantities
from dossier.model import Annotations, Document, Quantity


def found(text: str) -> dict[str, Quantity]:
    annotations = Annotations()
    document = Document(title="t", text=text)
    dates.EXTRACTOR.run(document, annotations)
    quantities.EXTRACTOR.run(document, annotations)
    return {q.text: q for q in annotations.quantities}


def test_ranges_keep_low_and_high():
    result = found("A stockpile of 3,000-7,500 tons was reported, held by between 20 and 40 guards.")
    assert (result["3,000-7,500 tons"].low, result["3,000-7,500 tons"].high, result["3,000-7,500 tons"].unit) == (3000, 7500, "tons")
    assert (result["between 20 and 40 guards"].low, result["between 20 and 40 guards"].unit) == (20, "guards")


@pytest.mark.parametrize("sentence, text, value, qualifier", [
    ("The camp holds up to 80,000 prisoners.", "80,000 prisoners", 80000, "at_most"),
    ("Over 2,000 refugees were returned.", "2,000 refugees", 2000, "more_than"),
    ("Fewer than 150 defectors arrived.", "150 defectors", 150, "less_than"),
    ("Almost 300 personnel serve there.", "300 personnel", 300, "approx"),
    ("As many as 9,000 workers were sent abroad.", "9,000 workers", 9000, "at_most"),
    ("Seventy percent of them are women.", "Seventy percent", 70, "exact"),
])
def test_hedges_stay_outside_the_span_and_become_the_qualifier(sentence, text, value, qualifier):
    quantity = found(sentence)[text]
    assert (quantity.value, quantity.qualifier) == (value, qualifier)


def test_the_unit_is_the_counted_noun_without_its_modifiers():
    result = found("Officials moved 3,500 North Korean workers and 12 detention centers, "
                   "while five unconfirmed prison camps were identified.")
    assert result["3,500 North Korean workers"].unit == "workers"
    assert result["12 detention centers"].unit == "detention centers"
    assert result["five unconfirmed prison camps"].unit == "prison camps"


def test_word_numbers_scales_and_money():
    result = found("Some 2.5 million people starved; two hundred guards were paid $300 each, a 250-page file says.")
    assert result["2.5 million people"].value == 2_500_000
    assert result["two hundred guards"].value == 200
    assert (result["$300"].value, result["$300"].unit) == (300, "USD")
    assert (result["250-page"].value, result["250-page"].unit) == (250, "pages")


def test_part_of_a_total():
    quantity = found("Officials said 41 North Korean men out of 2,310 returned had been jailed.")["41 North Korean men"]
    assert (quantity.value, quantity.of_total, quantity.qualifier) == (41, 2310, "part_of")


def test_identifiers_years_ordinals_and_determiners_are_not_quantities():
    text = ("Office 39 of the Party and Camp 15 under Resolution 2397 ran the 8th Bureau in 2016 [12]; "
            "one guard said the two Koreas met on p. 44.")
    assert found(text) == {}


def test_vague_amounts_are_kept_as_vague_with_bounds():
    quantity = found("China has returned tens of thousands of refugees.")["tens of thousands of refugees"]
    assert (quantity.qualifier, quantity.low, quantity.high, quantity.unit) == ("vague", 10_000, 99_999, "refugees")


def test_gold_quantities_of_the_corpus(gold_documents, prf):
    true_positives = false_positives = false_negatives = values_right = 0
    for item in gold_documents:
        mine = {text: q for text, q in found(item.document.text).items() if q.qualifier != "vague"}
        gold = {q["text"]: q for q in item.gold["quantities"]}
        true_positives += len(mine.keys() & gold.keys())
        false_positives += len(mine.keys() - gold.keys())
        false_negatives += len(gold.keys() - mine.keys())
        for text in mine.keys() & gold.keys():
            q = mine[text]
            value = [q.low, q.high] if q.value is None else q.value
            values_right += value == gold[text]["value"]
    precision, recall, _ = prf(true_positives, false_positives, false_negatives)
    print(f"quantities vs gold: P={precision:.2f} R={recall:.2f}, values right {values_right}/{true_positives}")
    assert precision >= 0.9 and recall >= 0.9 and values_right == true_positives


@pytest.mark.parametrize("sentence, text, value, unit", [
    ("The smugglers demanded 8,000 yuan for each crossing.", "8,000 yuan", 8000, "CNY"),
    ("Her family paid 12 million won to the broker in Seoul.", "12 million won", 12_000_000, "KRW"),
    ("They sewed uniforms fourteen hours a day in the camp factory.", "fourteen hours a day", 14, "hours per day"),
    ("Visits were allowed two days a month at most.", "two days a month", 2, "days per month"),
    ("He spent three and a half years in the labour camp.", "three and a half years", 3.5, "years"),
    ("Survivors named eleven kwanliso still operating in 2020.", "eleven kwanliso", 11, "kwanliso"),
    ("About 300 women prisoners worked in the textile unit.", "300 women prisoners", 300, "women prisoners"),
    # elided counts, trends, ages, partitives, rates, frequencies
    ("We spoke to 52 former detainees; 40 described beatings during interrogation.", "40", 40, "detainees"),
    ("Arrivals fell from 1,500 escapees in 2015 to 90 in 2021.", "90", 90, "escapees"),
    ("Among the prisoners was a girl of about nine who worked in the fields.", "nine", 9, "years (age)"),
    ("The guards held a woman aged 63 for a month.", "63", 63, "years (age)"),
    ("Investigators met 90 escapees, 52 of them women.", "52", 52, "escapees"),
    ("The daughter of Ito Haruki, 68, was taken in 1979.", "68", 68, "years (age)"),
    ("They were fed twice a day.", "twice a day", 2, "times per day"),
    ("Beatings were described by 14 of the detainees we met.", "14 of the detainees", 14, "detainees"),
    ("Cells held 30 prisoners per room.", "30 prisoners per room", 30, "prisoners per room"),
    ("Nine describe the same holding cell.", "Nine", 9, None),
])
def test_what_an_amount_counts(sentence, text, value, unit):
    quantity = found(sentence)[text]
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize("sentence, number", [
    ("The two said nothing more to the guards.", "two"),
    ("All nine said they had been sent abroad.", "nine"),
    ("Camp 12 was moved to 15 in the records.", "15"),
    ("Page 44 said little about the camp.", "44"),
])
def test_anaphoric_and_identifier_numbers_stay_out(sentence, number):
    assert number not in found(sentence)


def test_a_place_before_a_number_is_no_age():
    assert "12" not in found("In Seoul, 12, the number rose.")


def test_a_rate_keeps_its_period_for_any_counted_noun():
    result = found("It imported about 500,000 barrels a year and sent 40 workers per month.")
    assert result["500,000 barrels a year"].unit == "barrels per year"
    assert result["40 workers per month"].unit == "workers per month"


def test_a_part_of_its_or_their_group_takes_the_group():
    result = found("Prosecutors charged two of its executives and three of their sailors.")
    assert result["two of its executives"].unit == "executives"
    assert "three of their sailors" in result


def test_one_year_is_a_duration_but_one_as_a_determiner_is_not():
    result = found("He was sent to the labour camp for one year. One report said one man died one year later.")
    assert result["one year"].value == 1 and result["one year"].unit == "years"
    assert not [t for t in result if t.lower().startswith("one") and t != "one year"]
    assert len([q for q in found("One year later he fled.").values()]) == 0


def test_ages_given_after_aged_are_each_an_age():
    result = found("She was taken with their two sons, then aged nine and 12, to the camp.")
    assert result["nine"].unit == result["12"].unit == "years (age)"
    assert result["12"].value == 12


def test_amounts_open_anywhere_a_number_can_in_any_case():
    text = ("THREE HUNDRED prisoners, a-thousand guards, 1,2345 kg, Twenty-one and a half years, "
            "US$40, between 5 and 7 officers, Dozens of people, ONE year, Once a week.")
    found = {q.text: q for q in quantities.find_quantities(text)}
    assert found["THREE HUNDRED prisoners"].value == 300
    assert found["a-thousand guards"].value == 1000
    assert found["Twenty-one and a half years"].value == 21.5
    assert found["US$40"].unit == "USD"
    assert (found["between 5 and 7 officers"].low, found["between 5 and 7 officers"].high) == (5, 7)
    assert found["Dozens of people"].qualifier == "vague"
    assert found["ONE year"].unit == "years"
    assert found["Once a week"].unit == "times per week"
