from dossier.analyze import Topic, topic_of
from dossier.analyze.topics import head_lemma
from dossier.model import Claim


def claim(sentence: str, subject: str, measure: str = "count") -> Claim:
    return Claim(text=sentence, start=0, end=len(sentence), subject=subject, measure=measure, value=1.0, unit=subject)


def test_head_noun_is_singular_and_ignores_modifiers_and_what_follows_a_preposition():
    assert head_lemma("political prisoners") == "prisoner"
    assert head_lemma("North Koreans") == "korean"
    assert head_lemma("women") == "woman"
    assert head_lemma("families") == "family"
    assert head_lemma("times per month") == "time"
    assert head_lemma("1,418") is None


def test_verbs_that_say_the_same_thing_share_a_topic():
    held = topic_of(claim("An estimated 120,000 political prisoners are held in the camps.", "political prisoners", "held"))
    holds = topic_of(claim("North Korea holds between 80,000 and 120,000 political prisoners.", "political prisoners"))
    died = topic_of(claim("Some 200,000 political prisoners died in the camps.", "political prisoners", "died"))
    assert held == holds == Topic("prisoner", "held")
    assert died == Topic("prisoner", "deaths")


def test_the_verb_before_the_number_tells_rescues_from_repatriations():
    rescued = topic_of(claim("We have rescued about 270 refugees from North Korea.", "refugees"))
    returned = topic_of(claim("China forcibly returned a group of ten refugees to North Korea.", "refugees"))
    assert rescued == Topic("refugee", "rescued")
    assert returned == Topic("refugee", "repatriations")


def test_units_and_shares_are_not_comparable_subjects():
    assert topic_of(claim("The area is 605 square kilometers.", "square kilometers")) is None
    assert topic_of(claim("Up to 90 percent of women fall prey to traffickers.", "percent", "share")) is None
    assert topic_of(claim("He served 7 years.", "years", "duration")) is None
