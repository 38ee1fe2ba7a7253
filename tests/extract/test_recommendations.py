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


KOREAN_LIST = """이 단체는 다음과 같이 권고한다.
첫째, 중국 정부는 체포된 탈북 여성들을 강제로 돌려보내지 말고 유엔난민기구의 접근을 허용해야 한다.
둘째, 국제사회에 북한 구금시설의 실태를 조사할 것을 촉구한다.
마지막으로, 통일부는 귀환자 가족에 대한 기록을 공개하여야 합니다.
"""


def test_a_korean_numbered_list_gives_who_should_act_and_what():
    found = recommendations.find_recommendations(Document(title="t", text=KOREAN_LIST))
    assert [(r.item, r.to, r.action) for r in found] == [
        ("첫째", "중국 정부", "체포된 탈북 여성들을 강제로 돌려보내지 말고 유엔난민기구의 접근을 허용해야 한다"),
        ("둘째", "국제사회", "북한 구금시설의 실태를 조사"),
        ("마지막으로", "통일부", "귀환자 가족에 대한 기록을 공개하여야 합니다"),
    ]


def test_an_announcement_by_urging_opens_a_numbered_list():
    text = ("The Special Rapporteur called on the authorities concerned to act without delay.\n"
            "First, Mongolia should screen every arrival for protection needs.\n"
            "Second, donors should fund the shelters.\n")
    found = recommendations.find_recommendations(Document(title="t", text=text))
    assert [(r.item, r.to, r.action) for r in found] == [
        ("First", "Mongolia", "screen every arrival for protection needs"), ("Second", "donors", "fund the shelters")]


def test_reported_urging_by_a_named_body_is_a_recommendation_by_it():
    text = "Human Rights Watch urged the Chinese government to release the detained women. The guards urged him to sign."
    (found,) = recommendations.find_recommendations(Document(title="t", text=text))
    assert (found.by, found.to, found.action) == ("Human Rights Watch", "the Chinese government", "release the detained women")


UN_STYLE = """IV. Recommendations

42. The Special Rapporteur recommends that the Government of Mongolia:
(a) Screen every arrival from the north for international protection needs;
(b) Allow the Office of the High Commissioner to visit the transit centres; and
(c) Publish the number of persons returned each year.
"""


def test_lettered_items_under_a_lead_in_take_its_addressee():
    found = recommendations.find_recommendations(Document(title="t", text=UN_STYLE))
    assert [(r.item, r.to, r.action) for r in found] == [
        ("(a)", "the Government of Mongolia", "Screen every arrival from the north for international protection needs"),
        ("(b)", "the Government of Mongolia", "Allow the Office of the High Commissioner to visit the transit centres"),
        ("(c)", "the Government of Mongolia", "Publish the number of persons returned each year"),
    ]


def test_labelled_recommendations_and_inline_ordinals():
    labelled = ("Our recommendations follow.\n\nRecommendation 1: The Council should fund a witness registry.\n\n"
                "Recommendation 2\nDonor states should support shelters in Thailand.\n")
    found = recommendations.find_recommendations(Document(title="t", text=labelled))
    assert [(r.item, r.to) for r in found] == [("Recommendation 1", "The Council"), ("Recommendation 2", "Donor states")]
    inline = "We urge two steps. First, Laos should stop the returns. Second, Japan should open its consulates to escapees.\n"
    found = recommendations.find_recommendations(Document(title="t", text=inline))
    assert [(r.item, r.to, r.action) for r in found] == [
        ("First", "Laos", "stop the returns"), ("Second", "Japan", "open its consulates to escapees")]


def test_a_lettered_line_without_an_announcement_or_modal_is_nothing():
    text = "The camp had three zones:\n(a) the mine;\n(b) the farm;\n(c) the barracks.\n"
    assert recommendations.find_recommendations(Document(title="t", text=text)) == []


TREATY_BODY = """Concluding observations

17. The Committee is concerned about reports of beatings in pre-trial detention.
18. The Committee recommends that the State party promptly investigate all reports of ill-treatment in detention and bring those responsible to justice.
19. The Committee urges the State party to abolish the practice of sending relatives to labour camps.
"""


def test_treaty_body_paragraphs_that_recommend_or_urge_take_their_number():
    found = recommendations.find_recommendations(Document(title="t", text=TREATY_BODY))
    assert [(r.item, r.by, r.to, " ".join(r.action.split()[:3])) for r in found] == [
        ("18", "The Committee", "the State party", "investigate all reports"),
        ("19", "The Committee", "the State party", "abolish the practice"),
    ]


def test_bulleted_items_after_an_announcement():
    text = ("We recommend the following steps.\n• Seoul should open a registry of abductees.\n"
            "• Tokyo and Seoul should share their files on the missing.\n")
    found = recommendations.find_recommendations(Document(title="t", text=text))
    assert [(r.item, r.to) for r in found] == [("•", "Seoul"), ("•", "Tokyo and Seoul")]


def test_we_ask_that_names_the_addressee_before_the_bare_verb():
    text = "To Laos: we ask once more that the Government end forced returns and grant UNHCR access to detainees."
    (found,) = recommendations.find_recommendations(Document(title="t", text=text))
    assert (found.to, found.action) == ("the Government", "end forced returns and grant UNHCR access to detainees")


RESOLUTION = """The Human Rights Council,

Recalling its earlier resolutions on the situation,

1. Condemns the systematic violations of human rights in the country;

2. Urges the Government to close all political prison camps and to release all political prisoners;

3. Also calls upon all States to respect the principle of non-refoulement;

4. Requests the Secretary-General to report on the implementation of the present resolution;

5. Strongly urges the Government:
(a) To end public executions;
(b) To allow families to visit detainees;
"""


def test_operative_paragraphs_urging_a_party_are_recommendations_by_the_adopting_body():
    found = recommendations.find_recommendations(Document(title="Situation of human rights", text=RESOLUTION))
    by_item = {r.item: r for r in found}
    assert by_item["2"].to == "the Government"
    assert by_item["2"].action == "close all political prison camps and to release all political prisoners"
    assert by_item["2"].by == "The Human Rights Council"
    assert by_item["3"].to == "all States"
    assert "1" not in by_item and "4" not in by_item  # condemning and requesting a report urge no one
    assert by_item["(a)"].action.startswith("To end public executions")
    assert by_item["(b)"].to == "the Government" and by_item["(b)"].by == "The Human Rights Council"
    assert [r.item for r in found] == ["2", "3", "(a)", "(b)"]


def test_we_recommend_that_names_the_addressee_before_a_bare_verb():
    text = "Recommendations\n\nFirst, we recommend that the Republic of Korea expand its archive of testimonies.\n"
    found = recommendations.find_recommendations(Document(title="t", text=text))
    assert [(r.to, r.action) for r in found] == [("the Republic of Korea", "expand its archive of testimonies")]
