"""The analysis commands as a user runs them: one subprocess per command, kept few."""

import json


def test_case_create_add_show_from_the_command_line(corpus, cli):
    repo = str(corpus.root)
    created = cli("case", "create", "Camp guards", "--theory", "Guards tortured prisoners at Yodok",
                  "--act", "cah_torture", "--repo", repo)
    assert (created.returncode, created.stdout.strip()) == (0, "created case 'Camp guards' (acts: cah_torture)")
    incidents = [str(corpus.incident(doc)) for doc in ("lee", "kim")]
    added = cli("case", "add", "Camp guards", "--incident", incidents[0], "--incident", incidents[1], "--json", "--repo", repo)
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["incidents"] == [int(i) for i in incidents]
    matrix = json.loads(cli("case", "show", "Camp guards", "--json", "--repo", repo).stdout)
    conduct = next(r for r in matrix["rows"] if r["element"] == "cah_torture_e1")
    assert (conduct["independent_sources"], conduct["gap"]) == (2, False)
    text = cli("case", "show", "Camp guards", "--repo", repo).stdout
    assert "Torture (7(1)(f)) [cah_torture]" in text
    assert "GAP" in text and "2 incident(s), 2 independent source(s)" in text


def test_a_wrong_theory_is_one_line_and_exit_code_2(corpus, cli):
    wrong = cli("case", "create", "Wrong", "--act", "mol_ordering", "--repo", str(corpus.root))
    assert (wrong.returncode, wrong.stderr) == (
        2, "error: --act mol_ordering: Ordering is a mode of liability; give it with --mode\n"
    )


def test_contradictions_and_corroboration_print_figures_with_their_sentences(corpus, cli):
    contradictions = cli("contradictions", "--repo", str(corpus.root)).stdout
    assert "prisoner (held): 120,000 vs 50,000" in contradictions
    assert "Some 50,000 political prisoners are held in the camps." in contradictions
    assert "300,000" in contradictions  # the acting user is the bootstrap admin: cleared for everything
    shape = json.loads(cli("corroboration", "--json", "--repo", str(corpus.root)).stdout)
    deaths = next(g for g in shape["claims"] if g["measure"] == "deaths")
    assert deaths["agreements"][0]["independent_sources"] == 2


def test_timeline_of_an_entity(corpus, cli):
    ministry = corpus.entity("lee", "Ministry of State Security")
    result = cli("timeline", "--entity", str(ministry), "--json", "--repo", str(corpus.root))
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)
    assert {(e["kind"], e["date"], e["period"]["start"]) for e in events} == {("incident", "1998", "1998-01-01")}
