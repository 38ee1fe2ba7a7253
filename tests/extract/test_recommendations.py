from dossier.extract import recommendations
from dossier.model import Author, Document, PartialDate, Precision

LIST = """Our findings are grave. We therefore recommend the following:
First, the European Union should press Beijing to end the detention of escapees.
Second, to that end, Japan and South Korea should fund legal aid for returnees. They should also report yearly.
Third, more shelters should be opened near the border.
Fourth, I urge the Security Council to refer the situation to the ICC.
"""


def test_each_numbered_item_says_who_should_do_what():
    document = Document(title="t", text=LIST, authors=[Author(name="Jane Roe")],
                        date=PartialDate(text="2019", value="2019-05", precision=Precision.MONTH))
    found = recommendations.find_recommendations(document)
    assert [(r.item, r.to, r.action) for r in found] == [
        ("First", "the European Union", "press Beijing to end the detention of escapees"),
        ("Second", "Japan and South Korea", "fund legal aid for returnees"),
        ("Third", None, "more shelters should be opened near the border"),
        ("Fourth", "the Security Council", "refer the situation to the ICC"),
    ]
    assert {(r.by, r.date) for r in found} == {("Jane Roe", "2019-05")}
    assert LIST[found[0].start:found[0].end] == found[0].text


def test_ordinals_without_an_announced_list_are_not_recommendations():
    text = "First, in the north, the disabled are hidden.\nSecond, the state should be honest."
    assert recommendations.find_recommendations(Document(title="t", text=text)) == []


def test_explicit_first_person_recommendations_without_a_list():
    document = Document(title="t", text="We urge the government of Thailand to grant asylum to the ten refugees.")
    (found,) = recommendations.find_recommendations(document)
    assert (found.to, found.action, found.item) == ("the government of Thailand", "grant asylum to the ten refugees", None)


def test_the_recommendation_lists_of_both_statements_match_the_gold(gold_documents):
    for item in gold_documents:
        found = recommendations.find_recommendations(item.document)
        assert [(r.by, r.to, r.action, r.item) for r in found] == [
            (g["by"], g["to"], g["action_text"], g.get("item")) for g in item.gold["recommendations"]
        ], item.name
