from dossier import analyze


def test_events_are_ordered_by_the_span_their_partial_dates_cover(corpus):
    with corpus.repo.store.reading() as conn:
        events = analyze.timeline(conn, corpus.public)
    torture = [(e.date, e.period.start, e.period.end) for e in events if e.label == "vt_torture"]
    assert torture == [
        ("1990s", "1990-01-01", "1999-12-31"),
        ("1997", "1997-01-01", "1997-12-31"),
        ("1998", "1998-01-01", "1998-12-31"),
    ]
    starts = [e.period.start for e in events]
    assert starts == sorted(starts)


def test_dated_claims_take_their_place_with_the_value_as_stated(corpus):
    with corpus.repo.store.reading() as conn:
        events = analyze.timeline(conn, corpus.public)
    lee = next(e for e in events if e.kind == "claim" and e.document_id == corpus.ids["lee"])
    assert (lee.date, lee.precision, lee.period.start, lee.period.end) == ("2015-03", "month", "2015-03-01", "2015-03-31")
    assert lee.label == "political prisoners (count): 80,000–120,000"
    assert not any(e.document_id == corpus.ids["secret"] for e in events)


def test_an_entity_timeline_holds_only_records_whose_words_name_it(corpus):
    ministry = corpus.entity("lee", "Ministry of State Security")
    with corpus.repo.store.reading() as conn:
        events = analyze.timeline(conn, corpus.public, entity_ids=[ministry])
    # the one sentence that names the ministry: torture at Yodok, and detention in that camp
    assert {(e.kind, e.document_id, e.date) for e in events} == {("incident", corpus.ids["lee"], "1998")}
    assert len(events) == 2
