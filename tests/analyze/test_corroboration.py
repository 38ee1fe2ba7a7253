from dossier import analyze


def group(found, subject: str, measure: str):
    return next(g for g in found.claims if (g.subject, g.measure) == (subject, measure))


def test_differing_figures_are_contradictions_with_both_sentences_and_sources(corpus):
    with corpus.repo.store.reading() as conn:
        found = analyze.contradictions(conn, corpus.public)
    pairs = {(c.first.stated, c.second.stated) for c in found}
    assert pairs == {("80,000–120,000", "50,000"), ("120,000", "50,000")}
    park = next(c.second for c in found)
    assert (park.document_id, park.title) == (corpus.ids["park"], "Voices from Yodok")
    text = corpus.repo.document(park.document_id).text
    assert text[park.start:park.end] == "Some 50,000 political prisoners are held in the camps."
    assert all(c.same_source is None for c in found)


def test_agreeing_figures_that_cite_the_same_report_count_as_one_source(corpus):
    with corpus.repo.store.reading() as conn:
        held = group(analyze.corroboration(conn, corpus.public), "prisoner", "held")
    agreeing = next(a for a in held.agreements if len(a.documents) == 2)
    assert agreeing.documents == sorted([corpus.ids["lee"], corpus.ids["kim"]])
    assert (agreeing.low, agreeing.high, agreeing.independent_sources) == (80000, 120000, 1)
    assert agreeing.not_independent == [f"documents {corpus.ids['lee']} and {corpus.ids['kim']} both cite un:A/HRC/25/63"]


def test_a_shared_author_does_not_add_an_independent_source(corpus):
    with corpus.repo.store.reading() as conn:
        deaths = group(analyze.corroboration(conn, corpus.public), "prisoner", "deaths")
    (agreement,) = deaths.agreements
    assert agreement.documents == sorted([corpus.ids["kim"], corpus.ids["park"], corpus.ids["park_again"]])
    assert agreement.independent_sources == 2
    assert any("share the author Sun Park" in reason for reason in agreement.not_independent)
    assert deaths.contradictions == []


def test_a_confidential_figure_counts_only_for_readers_who_may_see_it(corpus):
    with corpus.repo.store.reading() as conn:
        hidden = analyze.contradictions(conn, corpus.public)
        everything = analyze.contradictions(conn, None)
    assert not any("300,000" in (c.first.stated, c.second.stated) for c in hidden)
    secret = [c for c in everything if corpus.ids["secret"] in (c.first.document_id, c.second.document_id)]
    assert {c.first.stated if c.second.stated == "300,000" else c.second.stated for c in secret} == {
        "80,000–120,000", "120,000", "50,000"
    }


def test_one_incident_told_by_three_documents_over_overlapping_periods(corpus):
    with corpus.repo.store.reading() as conn:
        found = analyze.corroboration(conn, corpus.public)
    (torture,) = [g for g in found.incidents if g.type == "vt_torture"]
    assert torture.place_id == corpus.entity("lee", "Yodok")
    assert torture.documents == 3 and torture.independent_sources == 3
    assert (torture.period.start, torture.period.end) == ("1990-01-01", "1999-12-31")
    assert sorted(i.date for i in torture.incidents) == ["1990s", "1997", "1998"]
    with corpus.repo.store.reading() as conn:
        (cleared,) = [g for g in analyze.corroboration(conn, None).incidents if g.type == "vt_torture"]
    assert (cleared.documents, cleared.independent_sources) == (4, 4)


def test_results_are_json_ready(corpus):
    import json

    with corpus.repo.store.reading() as conn:
        shape = json.loads(json.dumps(analyze.corroboration(conn, corpus.public).to_dict()))
    assert {g["subject"] for g in shape["claims"]} == {"prisoner"}
    assert shape["incidents"][0]["incidents"][0]["period"]["start"].startswith("19")
