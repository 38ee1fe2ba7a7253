"""Mentions in English text: known names, names by their shape, recurring short forms."""

import pytest

from dossier.extract.mentions import EXTRACTOR, find_mentions
from dossier.model import Annotations, Document, Label


def found(text: str) -> dict[str, str]:
    return {m.text: m.label.value for m in find_mentions(text)}


def test_spans_are_exact_and_tagged():
    text = "In 2013, Kim Jong-un visited the 105th Research Institute in Kanggye City, Jagang Province."
    document = Document(title="t", text=text)
    annotations = Annotations()
    EXTRACTOR.run(document, annotations)
    assert annotations.mentions
    for mention in annotations.mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.extractor == "mentions@" + EXTRACTOR.version
    by_text = {m.text: m for m in annotations.mentions}
    assert by_text["Kim Jong-un"].canonical == "Kim Jong Un"
    assert by_text["Kanggye City"].canonical == "Kanggye"
    assert by_text["Jagang Province"].canonical == "Chagang Province"
    assert by_text["105th Research Institute"].label is Label.ORG


def test_acronym_defined_in_text_recurs_with_the_same_canonical():
    text = (
        "The Seoul Center for Transitional Justice (SCTJ) interviewed 64 people. "
        "Later, SCTJ published its findings."
    )
    mentions = [m for m in find_mentions(text) if m.label is Label.ORG]
    assert [m.text for m in mentions] == ["Seoul Center for Transitional Justice", "SCTJ", "SCTJ"]
    assert {m.canonical for m in mentions[1:]} == {"Seoul Center for Transitional Justice (SCTJ)"}


def test_titles_are_left_out_of_person_spans_except_courtesy_titles():
    names = found("Dr. Helen Marsh met Chairman Smith and Mr. Lee. Captain Ryu Song-chol said nothing.")
    assert names["Helen Marsh"] == "PERSON"
    assert names["Mr. Lee"] == "PERSON"
    assert names["Ryu Song-chol"] == "PERSON"
    assert "Dr. Helen Marsh" not in names


def test_romanized_korean_names_in_either_order():
    names = found("Yoon Hae-jin crossed with Hye-soo Kim and Dohyun Kim.")
    assert names == {"Yoon Hae-jin": "PERSON", "Hye-soo Kim": "PERSON", "Dohyun Kim": "PERSON"}


def test_surname_of_a_person_named_in_full_recurs():
    mentions = find_mentions("Sarah Whitfield wrote the report. Whitfield said it was incomplete.")
    assert [(m.text, m.canonical) for m in mentions] == [
        ("Sarah Whitfield", None),
        ("Whitfield", "Sarah Whitfield"),
    ]


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("She was held at Kyo-hwa-so No. 1 for a year.", "Kyo-hwa-so No. 1", "FACILITY"),
        ("Families were sent to Political Prison Camp No. 16 in Hwasong County.", "Political Prison Camp No. 16", "FACILITY"),
        ("Families were sent to Political Prison Camp No. 16 in Hwasong County.", "Hwasong County", "LOCATION"),
        ("The Tishreen Military Hospital in Damascus received them.", "Tishreen Military Hospital", "FACILITY"),
        ("It violates Security Council Resolution 1874 and the Rome Statute.", "Security Council Resolution 1874", "LAW"),
        ("See the report A/HRC/49/74 and CEDAW/C/PRK/CO/2-4.", "CEDAW/C/PRK/CO/2-4", "LAW"),
        ("The Korea Institute for Maritime Strategy published it.", "Korea Institute for Maritime Strategy", "ORG"),
        ("Professor Marsh of Leiden University agreed.", "Leiden University", "ORG"),
        ("The European Union and the Republic of Korea paid.", "Republic of Korea", "LOCATION"),
    ],
)
def test_names_by_their_head_word(text, name, label):
    assert found(text).get(name) == label


def test_demonyms_common_nouns_and_sentence_openers_are_not_names():
    names = found(
        "North Korean officials and the Chinese government met. Hearing of the delay, the "
        "hearing was moved. The Party decided. us and them."
    )
    assert "North Korean" not in names and "Chinese" not in names
    assert "The Party" not in names and "Party" not in names
    assert "us" not in names
    assert not any(name.startswith("Hearing") for name in names)


def test_possessive_and_nested_names():
    names = found("the Democratic People’s Republic of Korea and Kim Il-sung’s birthplace")
    assert names["Democratic People’s Republic of Korea"] == "LOCATION"
    assert names["Kim Il-sung"] == "PERSON"


def test_names_in_web_addresses_are_not_mentions():
    assert "Pyongyang" not in found("Source: https://example.org/Pyongyang/2017/report.html")


def test_family_name_of_a_korean_name_recurs_in_every_spelling_of_it():
    text = ("Pak Myong-suk (박명숙) left Chongjin in 2012. Park said the guards knew her.\n"
            "Pak: I was held for a month. Kim Jong Un was in power then.")
    names = found(text)
    assert names["Park"] == names["Pak"] == names["박명숙"] == "PERSON"
    assert "Kim" not in names


def test_a_family_name_shared_by_two_people_is_not_given_to_either():
    names = found("Ri Chol-ho and Ri Song-mi were arrested. Ri was released in June.")
    assert "Ri" not in names


def test_a_single_name_given_to_a_person_word_is_a_person():
    names = found("She was sold to a trader named Liu who lived near Dandong. They crossed a river called Yalu.")
    assert names["Liu"] == "PERSON"
    assert names.get("Yalu") != "PERSON"


def test_the_place_where_an_organization_is_based_is_not_part_of_its_name():
    names = found("The London-based Korea Future Documentation Committee published the list.")
    assert "Korea Future Documentation Committee" in names
    assert not any(name.startswith("London-based") for name in names)


def test_member_states_name_no_person():
    names = found("The Special Rapporteur urged all Member States to respect non-refoulement.")
    assert "States" not in names and "Member States" not in names


def test_datelines_and_diacritic_spellings_find_their_places():
    names = found("GENEVA (3 May 2024) – Witnesses from Chŏnggŏ-ri and Myŏnggan spoke in Geneva.")
    assert names == {"GENEVA": "LOCATION", "Chŏnggŏ-ri": "LOCATION", "Myŏnggan": "LOCATION", "Geneva": "LOCATION"}


def test_a_camp_spelled_kwalliso_keeps_its_number():
    assert found("New housing appears inside Kwalliso 25 near Chongjin.")["Kwalliso 25"] == "FACILITY"


def test_a_numbered_resolution_or_convention_is_named_with_its_year_or_number():
    names = found("Exports were barred by Security Council resolution 2375 (2017) and S/RES/2371 (2017), "
                  "and the Minimum Age Convention, 1973 (No. 138) applies.")
    assert names["Security Council resolution 2375 (2017)"] == "LAW"
    assert names["S/RES/2371 (2017)"] == "LAW"
    assert names["Minimum Age Convention, 1973 (No. 138)"] == "LAW"


def test_a_named_act_leaves_its_bracketed_year_outside():
    assert "Sex Offender Registration Act" in found("Under the Sex Offender Registration Act (2006) courts may act.")



def test_a_un_document_cited_before_its_symbol_is_named_by_its_whole_title():
    text = ("[2] Report of the Independent Expert on the enjoyment of rights by older persons, "
            "A/HRC/51/27, 2022, para. 4.")
    mentions = {m.text: m for m in find_mentions(text)}
    title = "Report of the Independent Expert on the enjoyment of rights by older persons"
    assert mentions[title].label is Label.LAW
    assert mentions["A/HRC/51/27"].canonical == mentions[title].canonical == f"{title} (A/HRC/51/27)"


def test_an_organization_cited_before_a_symbol_is_not_a_document_title():
    names = found("[4] UN Committee against Torture, CAT/C/JPN/CO/3, 2013.")
    assert names["CAT/C/JPN/CO/3"] == "LAW"
    assert not any(label == "LAW" and name.startswith("UN Committee") for name, label in names.items())


def test_a_report_named_by_its_mandate_runs_to_the_country():
    text = "She cited the Report of the Special Rapporteur on the situation of human rights in Belarus last year."
    assert found(text)["Report of the Special Rapporteur on the situation of human rights in Belarus"] == "LAW"


def test_resolutions_cited_in_lower_case_keep_the_adopting_body():
    names = found("The General Assembly adopted resolution 77/226; Human Rights Council resolution 52/28 followed.")
    assert names["resolution 77/226"] == "LAW"
    assert names["Human Rights Council resolution 52/28"] == "LAW"


def test_a_year_before_the_article_is_not_part_of_the_name():
    names = found("In May 2021 the Security Council met again.")
    assert names["Security Council"] == "ORG"
    assert not any(name.startswith("2021") for name in names)


def test_a_single_word_before_for_is_not_part_of_an_organization():
    names = found("Written for the Global Justice Network\nby the authors.")
    assert names.get("Global Justice Network") == "ORG"
    assert not any(name.startswith("Written") for name in names)


def test_to_with_a_capitalised_verb_stays_inside_an_organization_name():
    assert found("The Committee to Protect Journalists wrote to them.")["Committee to Protect Journalists"] == "ORG"
    assert "Committee" not in found("They sent it to the Committee to review.")


def test_people_named_after_a_reporting_verb_or_in_a_byline_list():
    names = found('"We will return," said Teresa Alvarado Quiroga, the envoy.\nBy Tom Reyes and Seo Ji-ah')
    assert names["Teresa Alvarado Quiroga"] == "PERSON"
    assert names["Tom Reyes"] == names["Seo Ji-ah"] == "PERSON"


def test_korean_given_names_written_as_two_separate_syllables():
    assert found("Records list her as Pak Kum Hui, born in Hoeryong.")["Pak Kum Hui"] == "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Foreign Minister Wang Yi visited Seoul.", "Wang Yi"),
        ("The dissident Liu Xiaobo won the prize.", "Liu Xiaobo"),
        ("Her parents searched for Megumi Yokota for decades.", "Megumi Yokota"),
        ("Japanese records name the abductee Tanaka Minoru.", "Tanaka Minoru"),
    ],
)
def test_chinese_and_japanese_names_by_family_name_and_shape(text, name):
    assert found(text).get(name) == "PERSON"


def test_chinese_family_names_before_english_words_are_not_people():
    names = found("The Long March and the Han Dynasty were taught. He Said nothing.")
    assert not any(label == "PERSON" for label in names.values())


def test_company_names_ending_in_technologies():
    assert found("Images came from Corvid Technologies.")["Corvid Technologies"] == "ORG"



def test_a_facility_in_a_town_leaves_the_town_a_place():
    assert found("She was held in a holding centre in Hyesan for a week.")["Hyesan"] == "LOCATION"


def test_books_cited_with_their_publisher_or_introduced_as_entitled():
    names = found("[4]Anna Fifield, The Great Successor (New York: PublicAffairs, 2019), p. 12.\n"
                  "Her study entitled The Cleanest Race appeared later.")
    assert names["The Great Successor"] == "LAW"
    assert names["The Cleanest Race"] == "LAW"


def test_the_author_who_opens_an_endnote_is_a_person_but_an_outlet_is_not():
    names = found("[7] Joanna Ferris, “Border Trade Revives,” Korea Herald, 3 May 2019.\n"
                  "[8] Korea Herald, “Prices Rise,” 4 May 2019.")
    assert names["Joanna Ferris"] == "PERSON"
    assert names.get("Korea Herald") != "PERSON"


def test_the_constitution_is_a_document_but_other_heads_alone_are_shorthands():
    names = found("Its Constitution grants citizenship, and the Convention forbids return.")
    assert names["Constitution"] == "LAW"
    assert "Convention" not in names



def test_a_known_name_in_the_possessive_is_apart_from_the_name_it_owns():
    names = found("Syria joined the United Nations’ Chemical Weapons Convention late; the Korean Workers’ Party did not.")
    assert names["United Nations"] == "ORG"
    assert names["Chemical Weapons Convention"] == "LAW"
    assert names["Korean Workers’ Party"] == "ORG"



def test_the_outlet_between_an_article_title_and_its_date_is_an_organization():
    names = found("[3] Lena Park, “Rice Prices Double,” Hankyoreh Weekly, 2 March 2020.\n"
                  "[4] Omar Idris, “Ships Seized,” seatrade.com, June 5, 2021.\n"
                  "“We will stay,” Moon said in 2019.")
    assert names["Hankyoreh Weekly"] == names["seatrade.com"] == "ORG"
    assert names.get("Moon") != "ORG"


def test_on_joins_a_committee_to_its_subject_but_not_to_a_date():
    names = found(
        "The Subcommittee on Maritime Security of the Standing Committee on Trade and Industry met. "
        "The Regional Ocean Council on Tuesday voted."
    )
    assert names["Subcommittee on Maritime Security of the Standing Committee on Trade and Industry"] == "ORG"
    assert names["Regional Ocean Council"] == "ORG"
    assert not any("Tuesday" in name for name in names)


def test_a_report_on_a_resolution_is_two_names():
    names = found("They read the Expert Group Report on Security Council Resolution 2094 closely.")
    assert names["Security Council Resolution 2094"] == "LAW"


def test_an_institution_in_a_known_place_ends_before_the_place():
    names = found("She was held by the Ministry of Public Security in Hamhung for a month.")
    assert names["Ministry of Public Security"] == "ORG"
    assert names["Hamhung"] == "LOCATION"
    assert found("The Centre for Human Rights in Myanmar wrote.") == {"Centre for Human Rights in Myanmar": "ORG"}


def test_under_separates_a_body_from_the_instrument_that_founds_it():
    names = found("It accepted the Regional Court of Justice under the Charter of the Southern Union in 2001.")
    assert names["Regional Court of Justice"] == "ORG"
    assert names["Charter of the Southern Union"] == "LAW"


def test_a_noun_after_the_opens_a_statute_name_with_for():
    names = found("Parliament passed the Compensation for Families of Missing Fishermen Act last year.")
    assert names == {"Parliament": "ORG", "Compensation for Families of Missing Fishermen Act": "LAW"}


def test_a_place_of_a_larger_place_is_two_places():
    names = found("She lived in Hunchun Border Prefecture of Heilong Province for years.")
    assert names["Hunchun Border Prefecture"] == "LOCATION"
    assert names["Heilong Province"] == "LOCATION"


def test_resolutions_numbered_by_year_and_by_the_body_named_alone():
    names = found(
        "The mandate dates from Commission on Human Rights resolution 1998/41, renewed by Council resolution 31/18."
    )
    assert names["Commission on Human Rights resolution 1998/41"] == "LAW"
    assert names["Council resolution 31/18"] == "LAW"


def test_lower_case_citation_title_before_its_symbol():
    text = "[4] Committee against Torture, concluding observations on the third report of Ruritania, CAT/C/RUR/CO/3, para. 9."
    names = found(text)
    assert names["concluding observations on the third report of Ruritania"] == "LAW"


def test_lower_case_administrative_units_after_a_name():
    names = found("They were held in Heilong province and Yushu county; each province differs.")
    assert names["Heilong province"] == "LOCATION"
    assert names["Yushu county"] == "LOCATION"
    assert "each province" not in names


def test_lower_case_un_commission_with_its_mandate():
    names = found("The commission of inquiry on human rights in Eritrea found abuses. Later the commission of inquiry said more.")
    assert names["commission of inquiry on human rights in Eritrea"] == "ORG"
    assert names["commission of inquiry"] == "ORG"


def test_new_organization_heads():
    names = found("The Northern Testimony Archive and the Coastal Wire quoted the Headquarters for Missing Persons.")
    assert names == {
        "Northern Testimony Archive": "ORG",
        "Coastal Wire": "ORG",
        "Headquarters for Missing Persons": "ORG",
    }


def test_byline_person_whose_surname_is_a_head_word():
    names = found("(Reporting by Kim Ha-eun; Editing by Mary Hall)")
    assert names["Mary Hall"] == "PERSON"


def test_person_set_off_by_commas_after_a_title():
    names = found("The report of the Special Rapporteur, Lucia Fernanda Rocha, was delayed.")
    assert names["Lucia Fernanda Rocha"] == "PERSON"


def test_name_told_after_the_fact():
    assert found("A woman in the next cell died. Her name was Ok.")["Ok"] == "PERSON"


def test_east_asian_family_names_recur_alone():
    mentions = find_mentions("Liu Xiaoming, a farmer, hid them. Liu said the police came twice. Kondo Akiko agreed, Kondo said.")
    by_text = {(m.text, m.canonical) for m in mentions}
    assert ("Liu", "Liu Xiaoming") in by_text
    assert ("Kondo", "Kondo Akiko") in by_text
    assert found("Sun Lina and Jin Meihua were sent back.") == {"Sun Lina": "PERSON", "Jin Meihua": "PERSON"}


def test_acronym_of_a_body_before_one_of_its_offices_is_left_out():
    names = found("The UN Special Rapporteur visited. The UN has no office there.")
    assert list(names) == ["UN"]
    assert len([m for m in find_mentions("The UN Special Rapporteur visited. The UN has no office there.")]) == 1


def test_a_korean_place_with_its_romanized_unit_stands_alone():
    names = found("Guards patrolled the Sinpo-ri sector and the fields near Hadong-gun.")
    assert names == {"Sinpo-ri": "LOCATION", "Hadong-gun": "LOCATION"}


def test_the_known_place_in_a_based_adjective():
    names = found("The Tokyo-based charity and a web-based survey agreed; The Seoul-based team did not.")
    assert names["Tokyo"] == "LOCATION"
    assert names["Seoul"] == "LOCATION"
    assert "The Seoul" not in names


def test_places_of_publication_in_a_book_citation():
    names = found("[5] Jane Roe, Rivers of Ash (Lincoln, Nebraska: Prairie Press, 2009).")
    assert names["Lincoln"] == "LOCATION"
    assert names["Nebraska"] == "LOCATION"
    assert names["Rivers of Ash"] == "LAW"


def test_a_gerund_opening_a_sentence_is_no_facility_name():
    names = found("Building upon Security Council resolution 2270, the States acted.")
    assert names == {"Security Council resolution 2270": "LAW"}


def test_a_second_and_joins_two_names_and_a_list_of_bodies_after_by_names_no_one():
    names = found("The photographs were taken by Northwind Air and Sea and Polaris Technologies last May.")
    assert names["Polaris Technologies"] == "ORG"
    assert "PERSON" not in names.values()


def test_romanized_security_bodies_and_departments_with_commas_are_known():
    text = (
        "Agents of the Kukka Bowisong, which defectors also call the Powibu, handed her to the Sahoe Anjonsong. "
        "The Foreign, Commonwealth and Development Office and Immigration, Refugees and Citizenship Canada replied."
    )
    names = found(text)
    assert names["Kukka Bowisong"] == names["Powibu"] == names["Sahoe Anjonsong"] == "ORG"
    assert names["Foreign, Commonwealth and Development Office"] == "ORG"
    assert names["Immigration, Refugees and Citizenship Canada"] == "ORG"
    assert "Foreign" not in names and "Commonwealth and Development Office" not in names


def test_parliament_is_a_body_only_when_capitalised():
    assert found("The motion went before Parliament in May.")["Parliament"] == "ORG"
    assert "parliament" not in found("a parliament of owls sat in the yard")


def test_company_heads_make_organizations():
    names = found("Satellite images from SeaLedger Analytics were shown at the Japan National Press Club.")
    assert names["SeaLedger Analytics"] == "ORG"
    assert names["Japan National Press Club"] == "ORG"


def test_a_peoples_possessive_stays_inside_the_name():
    names = found("She gave birth in Hoeryong City People's Hospital, then met the Children's Union.")
    assert names["Hoeryong City People's Hospital"] == "FACILITY"
    assert "Hoeryong City People" not in names


def test_an_envoys_office_runs_on_with_to():
    text = "A note from the Permanent Mission of Japan to the United Nations Office at Geneva was received."
    assert found(text) == {"Permanent Mission of Japan to the United Nations Office at Geneva": "ORG"}


def test_a_known_body_in_a_known_place_is_two_names():
    names = found("Staff of the Office of the United Nations High Commissioner for Human Rights in Bangkok met him.")
    assert names["Office of the United Nations High Commissioner for Human Rights"] == "ORG"
    assert names["Bangkok"] == "LOCATION"


def test_a_date_between_two_names_separates_them():
    names = found("The interview took place in Busan on 3 March 2022 for the Border Testimony Project.")
    assert names["Border Testimony Project"] == "ORG"
    assert names["Busan"] == "LOCATION"


def test_a_known_place_and_a_lower_case_facility_are_one_facility():
    names = found("He dug at the Musan mine and later at the Chongori copper mine, then lay in Hwasong hospital.")
    assert names["Musan mine"] == names["Chongori copper mine"] == names["Hwasong hospital"] == "FACILITY"


def test_generic_facilities_in_lower_case_are_no_names():
    assert found("They took him to the hospital, then to a mine and the factory.") == {}
    assert found("She stayed in a Pyongyang hospital for a week.") == {"Pyongyang": "LOCATION"}


def test_a_facility_named_after_a_date():
    names = found("Workers of the April 13 Textile Factory and of the February 8 Vinalon Complex were sent.")
    assert names["April 13 Textile Factory"] == names["February 8 Vinalon Complex"] == "FACILITY"
    assert "February" not in " ".join(found("On February 8 the leader visited Hamhung."))


def test_works_told_by_their_shape_are_one_document_span():
    names = found("She read Lee Hyeon-seo's The Girl with Seven Names and a memoir, Nights in Camp 15 by Anna Sorensen, later.")
    assert names["The Girl with Seven Names"] == "LAW"
    assert names["Nights in Camp 15"] == "LAW"
    assert "Camp 15" not in names
    assert "The Party" not in found("Kim's The Party line was clear to all.")


def test_a_report_cited_with_place_and_date():
    text = "[3] Amnesty International, Hidden Horrors: Detention in Hoeryong (London, May 2019), p. 4."
    assert found(text)["Hidden Horrors: Detention in Hoeryong"] == "LAW"


def test_numbered_general_comments_cases_and_sanctions_regimes_are_documents():
    names = found(
        "Under General Recommendation No. 30 and in Otto Warmbier v. North Korea the court relied on "
        "the European Union Human Rights sanctions regime."
    )
    assert names["General Recommendation No. 30"] == "LAW"
    assert names["Otto Warmbier v. North Korea"] == "LAW"
    assert names["European Union Human Rights sanctions regime"] == "LAW"
    assert "Recommendation 2" not in found("Recommendation 2 asks the Government to act.")
    assert "general comment" not in " ".join(found("a general comment no. 3 was made"))


def test_a_company_recurs_without_its_legal_form_or_business():
    names = {m.text: (m.label.value, m.canonical) for m in find_mentions(
        "The tanker was run by Cayman-registered Blue Reef Shipping Ltd. Blue Reef Shipping denied it, "
        "and Blue Reef said it had sold the ship. Pyongyang Trading Co. also traded in Pyongyang."
    )}
    assert names["Blue Reef Shipping Ltd."][0] == "ORG"  # the sentence's full stop is the abbreviation's
    assert names["Blue Reef Shipping"] == names["Blue Reef"] == ("ORG", "Blue Reef Shipping Ltd.")
    assert not any(name.startswith("Cayman-registered") for name in names)
    assert names["Pyongyang"][0] == "LOCATION"


def test_state_security_and_un_mechanisms_are_known():
    names = found("They took us to the State Security cells. The Special Procedures of the Human Rights Council wrote.")
    assert names["State Security"] == "ORG"
    assert names["Special Procedures of the Human Rights Council"] == "ORG"
