from dossier import analyze


def test_an_organisation_is_linked_to_the_place_of_its_incident_with_the_evidence(corpus):
    ministry, yodok = corpus.entity("lee", "Ministry of State Security"), corpus.entity("lee", "Yodok")
    with corpus.repo.store.reading() as conn:
        graph = analyze.network(conn, corpus.public)
    edge = next(e for e in graph.edges if (e.source, e.target, e.relation) == (ministry, yodok, "org_place"))
    (evidence,) = edge.evidence
    text = corpus.repo.document(evidence.document_id).text
    assert text[evidence.start:evidence.end] == evidence.text
    assert evidence.text.startswith("In 1998, guards of the Ministry of State Security tortured prisoners at Yodok.")
    assert edge.weight == 1


def test_names_in_one_sentence_are_co_mentioned_and_nodes_count_mentions(corpus):
    ministry, yodok = corpus.entity("lee", "Ministry of State Security"), corpus.entity("lee", "Yodok")
    with corpus.repo.store.reading() as conn:
        graph = analyze.network(conn, corpus.public)
    pair = tuple(sorted((ministry, yodok)))
    assert any((e.source, e.target, e.relation) == (*pair, "co_mention") for e in graph.edges)
    assert graph.node(yodok).mentions >= 3  # Yodok appears in the body of three public documents
    assert graph.node(yodok).kind in ("place", "facility")


def test_an_entity_network_keeps_only_its_own_links(corpus):
    ministry = corpus.entity("lee", "Ministry of State Security")
    with corpus.repo.store.reading() as conn:
        graph = analyze.network(conn, corpus.public, entity_id=ministry)
    assert graph.edges and all(ministry in (e.source, e.target) for e in graph.edges)
    assert graph.edges_of(ministry) == graph.edges
    assert {n.id for n in graph.nodes} == {ministry} | {e.source for e in graph.edges} | {e.target for e in graph.edges}
