"""Entity resolution across documents: merges with reasons, people's overrides, the corpus."""

import json
from collections import defaultdict

import pytest

from dossier.errors import UsageError
from dossier.model import Alias, Entity, Label, Mention
from dossier.resolve import DocumentMentions, Override, Resolver, alias_key
from dossier.resolve.acronyms import defined_acronyms

LABELS = {"PERSON": Label.PERSON, "ORG": Label.ORG, "LOCATION": Label.LOCATION,
          "FACILITY": Label.FACILITY, "LAW_OR_DOCUMENT": Label.LAW}


def mentions_in(text: str, names: list[tuple[str, str]], first_id: int = 1) -> list[Mention]:
    """Every occurrence of each (surface, label) in ``text``, as the extractor would give it."""
    found = []
    for surface, label in names:
        start = text.find(surface)
        while start != -1:
            found.append(Mention(surface, LABELS[label], start, start + len(surface)))
            start = text.find(surface, start + len(surface))
    found.sort(key=lambda mention: mention.start)
    for number, mention in enumerate(found, start=first_id):
        mention.id = number
    return found


def document(doc_id: int, text: str, names: list[tuple[str, str]], first_id: int = 1) -> DocumentMentions:
    found = mentions_in(text, names, first_id)
    return DocumentMentions(doc_id, found, defined_acronyms(text, found))


def entity_of(resolution, text: str) -> Entity:
    return next(p.entity for p in resolution.placements if p.mention.text == text)


ARTICLE = (
    "The Korea Mining Development Trading Corporation (KOMID) shipped parts to Syria. "
    "KOMID was designated in 2015. Kim Jong-il and Kim Il-sung ruled before Kim Jong-Un. "
    "Secretary of State John Kerry spoke; Secretary Kerry said more. Camp 12 at Jongo-ri flooded."
)
INTERVIEW = (
    "KIM Il-Sung's portrait hangs in Hamhŭng City. The Bo-wi-bu watched. "
    "Kim Jong-un and Kim Jong-il. Kyo-hwa-so Number 12 held 5,000 prisoners. 김일성 was born in 1912."
)
STATEMENT = "The State Security Department arrested him in Hamhung. Kerry was not there. Kim Jong Il died."


def resolve_three(resolver: Resolver | None = None):
    docs = [
        document(1, ARTICLE, [("Korea Mining Development Trading Corporation", "ORG"), ("KOMID", "ORG"),
                              ("Syria", "LOCATION"), ("Kim Jong-il", "PERSON"), ("Kim Il-sung", "PERSON"),
                              ("Kim Jong-Un", "PERSON"), ("John Kerry", "PERSON"), ("Secretary Kerry", "PERSON"),
                              ("Camp 12", "FACILITY"), ("Jongo-ri", "LOCATION")]),
        document(2, INTERVIEW, [("KIM Il-Sung", "PERSON"), ("Hamhŭng City", "LOCATION"), ("Bo-wi-bu", "ORG"),
                                ("Kim Jong-un", "PERSON"), ("Kim Jong-il", "PERSON"),
                                ("Kyo-hwa-so Number 12", "FACILITY"), ("김일성", "PERSON")], first_id=100),
        document(3, STATEMENT, [("State Security Department", "ORG"), ("Hamhung", "LOCATION"),
                                ("Kerry", "PERSON"), ("Kim Jong Il", "PERSON")], first_id=200),
    ]
    return (resolver or Resolver()).resolve(docs)


def test_every_mention_is_placed_once_in_document_order():
    resolution = resolve_three()
    assert [p.mention.id for p in resolution.placements] == sorted(p.mention.id for p in resolution.placements)
    assert len(resolution.placements) == 22


def test_one_person_across_spellings_and_documents():
    resolution = resolve_three()
    kim_il_sung = entity_of(resolution, "Kim Il-sung")
    assert entity_of(resolution, "KIM Il-Sung") is kim_il_sung
    assert entity_of(resolution, "김일성") is kim_il_sung
    assert kim_il_sung.name == "Kim Il Sung"  # the gazetteer's name
    assert entity_of(resolution, "Kim Jong Il") is entity_of(resolution, "Kim Jong-il")
    assert entity_of(resolution, "Kim Jong-un") is entity_of(resolution, "Kim Jong-Un")
    assert len({id(entity_of(resolution, n)) for n in ("Kim Il-sung", "Kim Jong-il", "Kim Jong-un")}) == 3


def test_defined_acronym_and_long_name_are_one_entity():
    resolution = resolve_three()
    komid = entity_of(resolution, "KOMID")
    assert entity_of(resolution, "Korea Mining Development Trading Corporation") is komid
    reasons = {p.reason for p in resolution.placements if p.mention.text == "KOMID"}
    assert "acronym defined in the text: KOMID = Korea Mining Development Trading Corporation" in reasons


def test_local_term_and_english_name_are_one_entity_with_reason():
    resolution = resolve_three()
    assert entity_of(resolution, "Bo-wi-bu") is entity_of(resolution, "State Security Department")
    placement = next(p for p in resolution.placements if p.mention.text == "State Security Department")
    assert "gazetteer" in placement.reason
    assert placement.alias is not None and placement.alias.reason == placement.reason


def test_places_get_coordinates_and_admin_parent_from_the_gazetteer():
    resolution = resolve_three()
    hamhung = entity_of(resolution, "Hamhung")
    assert entity_of(resolution, "Hamhŭng City") is hamhung
    assert hamhung.attributes["admin_parent"] == "South Hamgyong Province"
    assert 39 < hamhung.attributes["lat"] < 41 and 127 < hamhung.attributes["lon"] < 128


def test_numbered_facility_merges_across_documents():
    resolution = resolve_three()
    assert entity_of(resolution, "Kyo-hwa-so Number 12") is entity_of(resolution, "Camp 12")


def test_surname_with_title_joins_the_one_full_name_in_its_document():
    resolution = resolve_three()
    placement = next(p for p in resolution.placements if p.mention.text == "Secretary Kerry")
    assert placement.entity is entity_of(resolution, "John Kerry")
    assert placement.reason == "surname only, unambiguous in this document: Secretary Kerry = John Kerry"


def test_ambiguous_surname_stays_apart():
    text = "Kim Jong-il met Kim Il-sung. Later Kim spoke."
    resolution = Resolver().resolve([document(1, text, [("Kim Jong-il", "PERSON"), ("Kim Il-sung", "PERSON"),
                                                        ("Kim", "PERSON")])])
    kim = entity_of(resolution, "Kim")
    assert kim not in (entity_of(resolution, "Kim Jong-il"), entity_of(resolution, "Kim Il-sung"))
    assert "ambiguous" in next(p.reason for p in resolution.placements if p.mention.text == "Kim")


def test_existing_entities_are_reused_by_id():
    stored = Entity("person", "Kim Il Sung", [Alias("Kim Il Sung"), Alias("Kim Il-sung")], id=41)
    resolution = resolve_three(Resolver([stored]))
    assert entity_of(resolution, "김일성").id == 41
    assert all(entity.id is None for entity in resolution.new_entities)
    assert stored not in resolution.new_entities


def test_one_alias_per_new_spelling_per_entity_and_document():
    resolution = resolve_three()
    aliases = [(entity.name, alias.name, alias.document_id) for entity, alias in resolution.new_aliases()]
    assert aliases.count(("Korea Mining Development Trading Corporation (KOMID)", "KOMID", 1)) == 1
    komid = next(a for e, a in resolution.new_aliases() if a.name == "KOMID")
    assert ARTICLE[komid.start : komid.end] == "KOMID"


def test_must_not_override_keeps_a_spelling_out_of_an_entity():
    stored = Entity("person", "Kim Jong Il", [Alias("Kim Jong Il")], id=7)
    rule = Override(7, "must_not", name="Kim Jong-il")
    resolution = resolve_three(Resolver([stored], [rule]))
    spelled = [p.entity for p in resolution.placements if alias_key(p.mention.text) == "kimjongil"]
    assert len(spelled) == 3  # "Kim Jong-il" twice, "Kim Jong Il" once: one key
    assert all(entity is spelled[0] and entity.id != 7 for entity in spelled)


def test_must_override_by_mention_moves_one_mention_only():
    stored = Entity("person", "Kim Jong Un", [Alias("Kim Jong Un")], id=9)
    other = Entity("person", "Someone Else", [Alias("Someone Else")], id=10)
    resolution = resolve_three(Resolver([stored, other], [Override(10, "must", mention_id=104)]))
    moved = next(p for p in resolution.placements if p.mention.id == 104)
    assert moved.entity.id == 10 and "placed by a person" in moved.reason
    assert {p.entity.id for p in resolution.placements if p.mention.id != 104 and "Jong-un" in p.mention.text} <= {9}


def test_must_override_by_name_survives_reextraction():
    stored = Entity("org", "Office 39", [Alias("Office 39")], id=3)
    rule = Override(3, "must", name="Bureau 39")
    for _ in range(2):  # the same rule applies however often the text is extracted again
        resolution = Resolver([stored], [rule]).resolve([document(5, "Bureau 39 earns cash.", [("Bureau 39", "ORG")])])
        assert entity_of(resolution, "Bureau 39").id == 3


def test_overrides_need_a_name_or_a_mention():
    with pytest.raises(UsageError):
        Override(1, "must")
    with pytest.raises(UsageError):
        Override(1, "maybe", name="x")


def test_override_of_an_unknown_entity_is_reported():
    resolution = Resolver([], [Override(99, "must", name="KOMID")]).resolve([])
    assert resolution.ignored_overrides == [Override(99, "must", name="KOMID")]


def test_alias_key_ignores_case_accents_and_punctuation():
    assert alias_key("Kim Il-Sung") == alias_key("kim il sung") == alias_key("KIM ILSUNG")
    assert alias_key("Hamhŭng") == "hamhung"


def test_blocking_keeps_resolution_linear(benchmark_size=3000):
    """3,000 documents of synthetic people: compared only within blocks, fast."""
    import time

    docs = [
        document(n, f"Person{n % 1000} Testname{n % 1000} and Hamhung.",
                 [(f"Person{n % 1000} Testname{n % 1000}", "PERSON"), ("Hamhung", "LOCATION")], first_id=n * 10)
        for n in range(benchmark_size)
    ]
    started = time.perf_counter()
    resolution = Resolver().resolve(docs)
    assert time.perf_counter() - started < 20
    assert len(resolution.new_entities) == 1001


# --- the real corpus ----------------------------------------------------------------------


def gold_documents(corpus_text: str, gold_dir) -> tuple[list[DocumentMentions], dict[str, str]]:
    """The five publications, their gold entities located in the real text, and their canonicals."""
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(gold_dir.glob("*.json"))]
    starts = [corpus_text.index(gold["document"]["title"]) for gold in golds] + [len(corpus_text)]
    docs, canonical = [], {}
    for number, gold in enumerate(golds):
        body = corpus_text[starts[number] : starts[number + 1]]
        names = [(e["text"], e["type"]) for e in gold["entities"]]
        canonical.update({e["text"]: e["canonical"] for e in gold["entities"]})
        docs.append(document(number + 1, body, names, first_id=(number + 1) * 10000))
    return docs, canonical


def test_corpus_kim_family_resolves_across_case_variants(corpus_text, gold_dir):
    docs, _ = gold_documents(corpus_text, gold_dir)
    resolution = Resolver().resolve(docs)
    by_entity = defaultdict(set)
    for placement in resolution.placements:
        if placement.mention.text.startswith("Kim J") or placement.mention.text.startswith("Kim I"):
            by_entity[placement.entity.name].add(placement.mention.text)
    assert by_entity["Kim Il Sung"] >= {"Kim Il-sung", "Kim Il-Sung"}
    assert by_entity["Kim Jong Il"] >= {"Kim Jong-il", "Kim Jong-Il"}
    assert by_entity["Kim Jong Un"] >= {"Kim Jong-Un", "Kim Jong-un"}
    assert "Kim Jung-Suk" in by_entity["Kim Jong Suk"]


def test_corpus_komid_and_state_security(corpus_text, gold_dir):
    docs, _ = gold_documents(corpus_text, gold_dir)
    resolution = Resolver().resolve(docs)
    assert entity_of(resolution, "KOMID") is entity_of(resolution, "Korea Mining Development Trading Corporation")
    assert entity_of(resolution, "Bo-wi-bu") is entity_of(resolution, "State Security Department")


def test_corpus_clusters_agree_with_gold_canonicals(corpus_text, gold_dir):
    """Pairwise precision and recall of the resolver's clusters against the gold canonicals."""
    docs, canonical = gold_documents(corpus_text, gold_dir)
    resolution = Resolver().resolve(docs)
    entity = {}
    for placement in resolution.placements:
        entity[placement.mention.text] = id(placement.entity)
    names = sorted(entity)
    same_gold = {(a, b) for a in names for b in names if a < b and canonical[a] == canonical[b]}
    same_ours = {(a, b) for a in names for b in names if a < b and entity[a] == entity[b]}
    precision = len(same_gold & same_ours) / len(same_ours)
    recall = len(same_gold & same_ours) / len(same_gold)
    assert precision >= 0.9 and recall >= 0.6, (precision, recall, sorted(same_ours - same_gold)[:10])


def test_hangul_spellings_that_romanize_alike_stay_apart():
    """김영남 and 김용남 both fit "Kim Yong Nam"; the Hangul decides, so no chain forms."""
    docs = [document(1, "김영남 spoke.", [("김영남", "PERSON")]),
            document(2, "김용남 spoke.", [("김용남", "PERSON")], first_id=10),
            document(3, "Kim Yong-nam spoke.", [("Kim Yong-nam", "PERSON")], first_id=20)]
    resolution = Resolver().resolve(docs)
    assert entity_of(resolution, "김영남") is not entity_of(resolution, "김용남")
    assert entity_of(resolution, "Kim Yong-nam") is entity_of(resolution, "김영남")  # the gazetteer's Hangul


def test_spellings_the_extractor_named_as_one_join_within_a_document():
    text = "The Report of the Special Envoy on Detention (A/HRC/99/12) was tabled. A/HRC/99/12 found abuses. A/HRC/98/3 did not."
    canonical = "Report of the Special Envoy on Detention (A/HRC/99/12)"
    found = mentions_in(text, [("Report of the Special Envoy on Detention", "LAW_OR_DOCUMENT"), ("A/HRC/99/12", "LAW_OR_DOCUMENT"),
                               ("A/HRC/98/3", "LAW_OR_DOCUMENT")])
    for mention in found:
        mention.canonical = canonical if mention.text != "A/HRC/98/3" else None
    resolution = Resolver().resolve([DocumentMentions(1, found)])
    report = entity_of(resolution, "Report of the Special Envoy on Detention")
    assert entity_of(resolution, "A/HRC/99/12") is report
    assert entity_of(resolution, "A/HRC/98/3") is not report
    reasons = {p.reason for p in resolution.placements if p.entity is report}
    assert any("named as one by the extractor" in reason for reason in reasons)


def test_short_form_defined_with_henceforth_joins_the_document_its_note_cites():
    text = ("[2] Final report of the Panel on Fisheries, S/2031/77, 4 May 2031, para. 9 [henceforth Panel 2031].\n"
            "[3] Panel 2031, para. 12; S/2030/5, para. 3.\n")
    names = [("Final report of the Panel on Fisheries", "LAW_OR_DOCUMENT"), ("S/2031/77", "LAW_OR_DOCUMENT"),
             ("Panel 2031", "LAW_OR_DOCUMENT"), ("S/2030/5", "LAW_OR_DOCUMENT")]
    resolution = Resolver().resolve([DocumentMentions.read(1, text, mentions_in(text, names))])
    short = entity_of(resolution, "Panel 2031")
    assert entity_of(resolution, "S/2031/77") is short
    assert entity_of(resolution, "S/2030/5") is not short
    assert any("Panel 2031 = S/2031/77" in p.reason for p in resolution.placements if p.mention.text == "Panel 2031")


def test_a_name_in_brackets_defines_nothing_across_labels():
    text = "Concluding observations on China (CEDAW/C/CHN/CO/9) were adopted."
    found = mentions_in(text, [("China", "LOCATION"), ("CEDAW/C/CHN/CO/9", "LAW_OR_DOCUMENT")])
    assert DocumentMentions.read(1, text, found).acronyms == {}


def test_resolutions_join_by_number_across_forms_and_documents():
    first = "Security Council resolution 2397 (2017) capped refined oil. Resolution 2375 came first; resolution 2397 went further."
    second = "Under S/RES/2397 (2017) workers abroad had to be sent home."
    docs = [document(1, first, [("Security Council resolution 2397 (2017)", "LAW_OR_DOCUMENT"),
                                ("Resolution 2375", "LAW_OR_DOCUMENT"), ("resolution 2397", "LAW_OR_DOCUMENT")]),
            document(2, second, [("S/RES/2397 (2017)", "LAW_OR_DOCUMENT")], first_id=10)]
    resolution = Resolver().resolve(docs)
    oil_cap = entity_of(resolution, "Security Council resolution 2397 (2017)")
    assert entity_of(resolution, "resolution 2397") is oil_cap
    assert entity_of(resolution, "S/RES/2397 (2017)") is oil_cap
    assert entity_of(resolution, "Resolution 2375") is not oil_cap
    assert any("same resolution number" in p.reason for p in resolution.placements if p.mention.text == "S/RES/2397 (2017)")


def test_korean_surname_with_courtesy_title_joins_the_one_full_name():
    text = "탈북민 최영남 씨는 체포됐다. 최씨는 구타를 당했다. 김 씨는 다른 사람이다."
    names = [("최영남", "PERSON"), ("최씨", "PERSON"), ("김 씨", "PERSON")]
    resolution = Resolver().resolve([document(1, text, names)])
    assert entity_of(resolution, "최씨") is entity_of(resolution, "최영남")
    assert entity_of(resolution, "김 씨") is not entity_of(resolution, "최영남")
