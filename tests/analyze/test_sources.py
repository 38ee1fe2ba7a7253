from dossier.analyze import Origin, dependence, independent_sources


def origin(doc: int, source: int, speakers=(), works=()) -> Origin:
    return Origin(doc, source, frozenset(speakers), frozenset(works))


def test_documents_are_independent_only_with_different_originals_authors_and_works():
    assert dependence(origin(1, 10, {"jane lee"}), origin(2, 20, {"peter kim"})) is None
    assert "one original" in dependence(origin(1, 10), origin(2, 10))
    lee = Origin(1, 10, frozenset({"janelee"}), frozenset(), {"janelee": "Jane Lee"})
    assert "share the author Jane Lee" in dependence(lee, origin(2, 20, {"janelee"}))
    assert "both cite un:A/HRC/25/63" in dependence(origin(1, 10, works={"un:A/HRC/25/63"}), origin(2, 20, works={"un:A/HRC/25/63"}))


def test_counting_merges_chains_of_dependent_evidence():
    origins = [
        origin(1, 10, {"a"}, {"w"}),
        origin(2, 20, {"b"}, {"w"}),  # cites the same work as 1
        origin(3, 30, {"b"}),  # shares an author with 2, so with 1 too
        origin(4, 40, {"c"}),
        origin(4, 40, {"c"}),  # the same document twice is one source
    ]
    count, reasons = independent_sources(origins)
    assert count == 2
    assert len(reasons) == 2 and not any("twice" in r for r in reasons)
