import pytest

from dossier import analyze
from dossier.errors import NotFound, UsageError
from dossier.repository import Repository
from dossier.store import ledger


def torture_case(corpus, name: str):
    incidents = [corpus.incident(doc) for doc in ("lee", "kim", "park")]
    with corpus.repo.store.transaction() as conn:
        analyze.create_case(conn, name, actor="tester", theory="Torture of prisoners at Yodok",
                            acts=["cah_torture"], modes=["mol_aiding_abetting"])
        analyze.add_to_case(conn, name, actor="tester", incidents=incidents,
                            entities=[corpus.entity("lee", "Ministry of State Security")], document_ids=corpus.public)
    return incidents


def test_the_matrix_counts_independent_sources_per_element_and_shows_gaps(corpus):
    incidents = torture_case(corpus, "Yodok torture")
    with corpus.repo.store.reading() as conn:
        matrix = analyze.case_matrix(conn, "Yodok torture", corpus.public)
    conduct = matrix.row("cah_torture", "cah_torture_e1")
    assert (sorted(conduct.incidents), conduct.documents, conduct.independent_sources, conduct.gap) == (sorted(incidents), 3, 3, False)
    assert matrix.row("cah_torture", "cah_ctx_knowledge_of_attack").gap  # mental: no incident proves knowledge
    assert {r.act for r in matrix.rows} == {"cah_torture", "mol_aiding_abetting"}
    assert all(r.gap for r in matrix.rows if r.act == "mol_aiding_abetting")  # torture is not argued as assistance
    assert [e["name"] for e in matrix.entities] == ["Ministry of State Security (DPRK)"]
    shape = matrix.to_dict()
    assert shape["gaps"] == len(matrix.gaps()) and shape["case"]["acts"] == ["cah_torture"]
    with corpus.repo.store.reading() as conn:
        assert "Yodok torture" in analyze.case_names(conn)


def test_case_changes_are_on_the_ledger_and_the_chain_still_verifies(corpus):
    torture_case(corpus, "Ledgered")
    entries = [e for e in corpus.repo.log() if e.subject == "case Ledgered"]
    assert [e.action for e in entries] == ["case_create", "case_add"]
    assert entries[0].details["acts"] == ["cah_torture"] and len(entries[1].details["incidents"]) == 3
    assert corpus.repo.verify().ok


def test_adding_what_is_already_in_the_case_changes_nothing(corpus):
    incidents = torture_case(corpus, "Twice")
    with corpus.repo.store.reading() as conn:
        before = ledger.count(conn)
    with corpus.repo.store.transaction() as conn:
        case = analyze.add_to_case(conn, "Twice", actor="tester", incidents=incidents[:1])
    with corpus.repo.store.reading() as conn:
        assert ledger.count(conn) == before
    assert case.incidents == incidents


def test_wrong_theories_and_ids_are_refused_with_the_option_at_fault(corpus):
    with corpus.repo.store.transaction() as conn:
        with pytest.raises(UsageError, match="--act cah_murderr: not an id"):
            analyze.create_case(conn, "Bad", actor="tester", acts=["cah_murderr"])
        with pytest.raises(UsageError, match="--act mol_ordering: Ordering is a mode of liability; give it with --mode"):
            analyze.create_case(conn, "Bad", actor="tester", acts=["mol_ordering"])
        with pytest.raises(NotFound, match="case 'Nowhere': no such case"):
            analyze.add_to_case(conn, "Nowhere", actor="tester", incidents=[1])
    torture_case(corpus, "Refusals")
    with corpus.repo.store.transaction() as conn:
        with pytest.raises(UsageError, match="already exists"):
            analyze.create_case(conn, "Refusals", actor="tester")
        with pytest.raises(NotFound, match="incident 9999: no such incident"):
            analyze.add_to_case(conn, "Refusals", actor="tester", incidents=[9999])
        with pytest.raises(NotFound, match="entity 9999: no such entity"):
            analyze.add_to_case(conn, "Refusals", actor="tester", entities=[9999])


def test_a_case_without_acts_takes_them_from_its_incidents(corpus):
    with corpus.repo.store.transaction() as conn:
        analyze.create_case(conn, "Open theory", actor="tester")
        analyze.add_to_case(conn, "Open theory", actor="tester", incidents=[corpus.incident("kim")])
    with corpus.repo.store.reading() as conn:
        matrix = analyze.case_matrix(conn, "Open theory", corpus.public)
    assert {"cah_torture", "cah_other_inhumane_acts"} <= {r.act for r in matrix.rows}
    assert matrix.row("cah_torture", "cah_torture_e1").independent_sources == 1


def test_case_timeline_follows_its_incidents_and_entities(corpus):
    torture_case(corpus, "Timeline")
    with corpus.repo.store.reading() as conn:
        events = analyze.case_timeline(conn, "Timeline", corpus.public)
    # the three torture incidents, and the camp detention the ministry's sentence also tells
    assert [e.date for e in events] == ["1990s", "1997", "1998", "1998"]


def test_an_older_repository_gains_the_case_tables_on_first_use(tmp_path):
    with Repository.init(tmp_path / "old", actor="tester") as repo:
        with repo.store.transaction() as conn:
            conn.exec_driver_sql("DROP TABLE case_items")
            conn.exec_driver_sql("DROP TABLE cases")
        with repo.store.transaction() as conn:
            assert analyze.create_case(conn, "First", actor="tester").name == "First"


def test_confidential_incidents_stay_out_of_a_readers_matrix(corpus):
    secret = corpus.incident("secret")
    torture_case(corpus, "Cleared")
    with corpus.repo.store.transaction() as conn:
        with pytest.raises(NotFound, match=f"incident {secret}: no such incident"):
            analyze.add_to_case(conn, "Cleared", actor="tester", incidents=[secret], document_ids=corpus.public)
        analyze.add_to_case(conn, "Cleared", actor="tester", incidents=[secret])
    with corpus.repo.store.reading() as conn:
        public = analyze.case_matrix(conn, "Cleared", corpus.public).row("cah_torture", "cah_torture_e1")
        cleared = analyze.case_matrix(conn, "Cleared", None).row("cah_torture", "cah_torture_e1")
    assert (public.documents, public.independent_sources, secret in public.incidents) == (3, 3, False)
    assert (cleared.documents, cleared.independent_sources, secret in cleared.incidents) == (4, 4, True)
