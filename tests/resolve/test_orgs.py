"""Organizations: acronyms, small-word differences, local terms and their English names."""

from dossier.resolve import match
from dossier.resolve.orgs import acronym_fit, is_acronym


def test_local_term_and_english_name_match_through_the_gazetteer():
    result = match("Bo-wi-bu", "State Security Department")
    assert result.match
    assert result.reason.startswith("known alias in gazetteer: Bo-wi-bu = State Security Department")


def test_local_term_spellings_match_as_korean_words():
    assert match("Bo-wi-bu", "Bowibu", "org").match
    assert match("보위부", "Bo-wi-bu", "org").match
    assert not match("Bo-wi-bu", "An-jeon-bu", "org").match


def test_acronyms_made_of_initials_match_their_long_name():
    result = match("UN COI", "UN Commission of Inquiry", "org")
    assert result.match and result.reason.startswith("acronym of the long name")
    assert match("KCNA", "Korean Central News Agency", "org").match
    assert match("WPK", "Workers' Party of Korea", "org").match


def test_a_loose_acronym_needs_a_definition_in_the_text():
    assert acronym_fit("komid", ("korea", "mining", "development", "trading", "corporation")) == "loose"
    result = match("KOMID", "Korea Ministry of Defense", "org")
    assert not result.match
    assert "needs a definition in the text" in result.reason


def test_known_acronym_matches_its_long_name_through_the_gazetteer():
    assert match("KOMID", "Korea Mining Development Trading Corporation").match


def test_different_organizations_stay_apart():
    assert not match("Ministry of State Security", "Ministry of People's Security", "org").match
    assert not match("Office 39", "Office 99", "org").match
    assert not match("UNHCR", "UNICEF", "org").match


def test_small_words_and_dotted_initials_do_not_matter():
    assert match("U.S. Department of the Treasury", "US Department of Treasury", "org").match
    assert match("Korean Workers’ Party", "Korean Workers Party", "org").match


def test_what_counts_as_an_acronym():
    assert is_acronym("KOMID") and is_acronym("U.S.") and is_acronym("UN COI")
    assert not is_acronym("Bo-wi-bu") and not is_acronym("Daily NK Online")
