"""Who may run which command, and what the lower roles' outputs never contain.

The crawl runs the real Typer app in-process (as `dossier` would, minus process start-up)
over a repository built by real ingest from text naming a canary witness.
"""

import json

import pytest
from typer.testing import CliRunner

from dossier.access import keys
from dossier.access.commands import COMMANDS, admit
from dossier.access.users import add
from dossier.access.policy import Principal
from dossier.cli import _register, app
from dossier.errors import AccessDenied, AuthenticationError, DossierError
from dossier.model import Role
from dossier.repository import IngestOptions, Repository

PASSWORD = "correct horse battery"
ROLES = ("viewer", "analyst", "investigator", "admin")
CANARY = "Zhelvokorn Ansu-rae"
DOCS = {
    "public-report.txt": f"Report on forced repatriation.\n\n{CANARY} was returned from China in 2016 and held at Onsong.",
    "interview.txt": f"Interview notes.\n\nQ: Where were you held? A: With {CANARY.upper()} in the Chongjin holding centre.",
    "statement.txt": "Statement.\n\nThe guards at Camp 15 beat prisoners daily; nobody is named here.",
}

# Exactly which roles each command admits (the user-facing promise; mirrors docs/SECURITY.md).
EXPECTED = {
    "verify": {"viewer", "analyst", "investigator", "admin"},
    "user passwd": set(ROLES), "user token": set(ROLES), "user whoami": set(ROLES),
    "entity merge": {"analyst", "investigator", "admin"},
    "review": {"analyst", "investigator", "admin"},
    "entity split": {"analyst", "investigator", "admin"},
    "export": {"analyst", "investigator", "admin"},
    "case create": {"analyst", "investigator", "admin"}, "case list": {"analyst", "investigator", "admin"}, "case add": {"analyst", "investigator", "admin"},
    "case show": {"investigator", "admin"}, "corroboration": {"investigator", "admin"},
    "contradictions": {"investigator", "admin"}, "timeline": {"investigator", "admin"},
    "witness list": {"analyst", "investigator", "admin"},
    "witness show": {"analyst", "investigator", "admin"},
    "ingest": {"investigator", "admin"}, "reextract": {"investigator", "admin"}, "reindex": {"investigator", "admin"},
    "documents": set(ROLES), "show": set(ROLES), "entities": set(ROLES),
    "entity show": set(ROLES), "incidents": set(ROLES), "claims": set(ROLES),
    "recommendations": set(ROLES), "search": set(ROLES), "log": {"investigator", "admin"},
    "witness add": {"investigator", "admin"}, "witness reveal": {"investigator", "admin"},
    "witness consent": {"investigator", "admin"},
    "user add": {"admin"}, "user list": {"admin"}, "user disable": {"admin"}, "key rotate": {"admin"},
}
ENV: dict[str, str] = {}  # the key file, set once the module's repository exists
NO_REPOSITORY = {"init", "demo", "serve", "extract", "match", "eval"}  # do not open a repository through open_repo


@pytest.fixture(scope="module")
def populated(tmp_path_factory):
    """One repository for the whole module: three ingested documents, a user per role, a witness."""
    root = tmp_path_factory.mktemp("access-cli")
    key_file = root / "dossier.key"
    keys.create_key_file(key_file)
    repo = Repository.init(root / "repo", actor="root", key_file=key_file)
    for name, text in DOCS.items():
        sensitivity = "public" if name.startswith("public") else "restricted"
        assert repo.ingest_bytes(text.encode(), name, IngestOptions(sensitivity=sensitivity)).status == "ingested"
    with repo.store.transaction() as conn:
        for role in ROLES:
            add(conn, Principal("root", Role.ADMIN), role, role, PASSWORD)
    repo.close()
    ENV["DOSSIER_KEY_FILE"] = str(key_file)
    code, out = run(["witness", "add", "--pseudonym", "W-0017", "--name", CANARY, "--relatives-at-risk"], "investigator", repo.root)
    assert code == 0, out
    return repo.root


def run(args: list[str], user: str, root, stdin: str | None = None) -> tuple[int, str]:
    """Run `dossier --user USER ARGS --repo ROOT` in-process: exit code and everything printed."""
    _register()
    result = CliRunner().invoke(app, ["--user", user, *args, "--repo", str(root)], input=stdin, env={**ENV, "DOSSIER_USER": user})
    if isinstance(result.exception, DossierError):
        return result.exception.exit_code, result.output + str(result.exception)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def registered_commands() -> set[str]:
    _register()
    names = {c.name or c.callback.__name__ for c in app.registered_commands}
    for group in app.registered_groups:
        names |= {f"{group.name} {c.name or c.callback.__name__}" for c in group.typer_instance.registered_commands}
    return names


def test_every_command_has_a_decided_access_rule():
    assert registered_commands() - NO_REPOSITORY == set(COMMANDS) == set(EXPECTED)


@pytest.mark.parametrize("command", sorted(EXPECTED))
def test_the_authorization_matrix(populated, command):
    repo = Repository.open(populated, actor="admin")
    admitted = set()
    try:
        with repo.store.reading() as conn:
            for role in ROLES:
                try:
                    admit(conn, role, command)
                    admitted.add(role)
                except AccessDenied as exc:
                    assert role in str(exc)
    finally:
        repo.close()
    assert admitted == EXPECTED[command]


def test_strangers_and_disabled_users_are_refused_once_users_exist(populated):
    code, out = run(["verify"], "mallory", populated)
    assert code == 1 and "mallory: not a user" in out
    assert run(["user", "add", "temp", "--role", "viewer", "--password-stdin"], "admin", populated, PASSWORD + "\n")[0] == 0
    assert run(["verify"], "temp", populated)[0] == 0
    assert run(["user", "disable", "temp"], "viewer", populated)[0] == 1
    assert run(["user", "disable", "temp"], "admin", populated)[0] == 0
    code, out = run(["verify"], "temp", populated)
    assert code == 1 and "user temp: disabled" in out


CRAWL = [
    ["documents", "--json"], ["show", "1", "--json"], ["show", "2", "--json"], ["search", "Onsong", "--json"],
    ["search", "Zhelvokorn", "--json"], ["entities", "--json"], ["incidents", "--json"], ["log", "--json"],
    ["witness", "list", "--json"], ["witness", "show", "W-0017", "--json"], ["witness", "reveal", "W-0017", "--reason", "curious"],
    ["user", "whoami", "--json"], ["verify", "--json"], ["entity", "show", "1", "--json"],
    ["timeline", "--json"], ["corroboration", "--json"], ["export", "ftm", "--out", "-"], ["export", "graphml", "--out", "-"],
]


@pytest.mark.parametrize("role", ["viewer", "analyst"])
def test_lower_roles_never_see_the_protected_name(populated, role):
    answers = [run(args, role, populated) for args in CRAWL]
    for args, (code, out) in zip(CRAWL, answers):
        assert CANARY.lower() not in out.lower() and "zhelvokorn" not in out.lower(), args
    assert [code for code, _ in answers].count(0) >= 2  # some doors open, so the test reads real output


def test_incidents_come_from_the_documents_a_role_may_read_with_pseudonyms(populated):
    code, out = run(["documents", "--json"], "viewer", populated)
    public = {d["id"] for d in json.loads(out)}
    code, out = run(["incidents", "--json"], "viewer", populated)
    assert code == 0, out
    assert json.loads(out) and {i["document_id"] for i in json.loads(out)} <= public
    code, out = run(["incidents", "--json"], "investigator", populated)
    everything = json.loads(out)
    assert {i["document_id"] for i in everything} - public  # the restricted interview and statement
    held = [i for i in everything if CANARY.upper() in i["text"]]
    assert held  # the interview names the witness in an incident's span
    code, out = run(["incidents", "--json"], "analyst", populated)
    as_analyst = {i["id"]: i for i in json.loads(out)}
    assert "W-0017" in as_analyst[held[0]["id"]]["text"] and "ZHELVOKORN" not in out


def test_entities_for_a_viewer_are_those_of_public_documents(populated):
    code, out = run(["entities", "--json"], "investigator", populated)
    everything = {e["name"]: e for e in json.loads(out)}
    code, out = run(["entities", "--json"], "viewer", populated)
    assert code == 0, out
    public = {e["name"]: e for e in json.loads(out)}
    assert "Onsong" in public and "Chongjin" in everything and "Chongjin" not in public  # Chongjin: restricted interview only
    code, out = run(["entity", "show", str(everything["Chongjin"]["id"]), "--json"], "viewer", populated)
    assert code == 1 and "no such entity" in out
    code, out = run(["entity", "show", str(public["Onsong"]["id"]), "--json"], "viewer", populated)
    assert code == 0 and json.loads(out)["name"] == "Onsong"


def test_investigators_see_the_name_and_search_never_does(populated):
    code, out = run(["show", "1", "--json"], "investigator", populated)
    assert code == 0 and CANARY in json.loads(out)["text"]
    code, out = run(["search", "Zhelvokorn", "--json"], "admin", populated)
    assert code == 0 and json.loads(out)["total"] == 0
    code, out = run(["search", "Onsong", "--json"], "admin", populated)
    assert code == 0 and json.loads(out)["total"] >= 1 and "zhelvokorn" not in out.lower()


def test_reveal_as_a_lower_role_is_refused_and_leaves_no_trace(populated):
    code, out = run(["witness", "reveal", "W-0017", "--reason", "curious"], "analyst", populated)
    assert code == 1 and "not allowed to witness.reveal" in out
    code, out = run(["log", "--json"], "admin", populated)
    assert "witness_reveal" not in out
    code, out = run(["witness", "reveal", "W-0017", "--reason", "court order 12/2025", "--json"], "investigator", populated)
    assert code == 0 and json.loads(out)["name"] == CANARY
    entries = json.loads(run(["log", "--json"], "admin", populated)[1])
    assert (entries[-1]["actor"], entries[-1]["action"], entries[-1]["details"]["reason"]) == ("investigator", "witness_reveal", "court order 12/2025")


def test_unknown_user_message_does_not_depend_on_the_name_being_sql(populated):
    code, out = run(["verify"], "x' OR '1'='1", populated)
    assert code == 1 and isinstance(out, str) and "not a user" in out
    with pytest.raises(AuthenticationError):
        repo = Repository.open(populated, actor="admin")
        try:
            with repo.store.reading() as conn:
                admit(conn, "x' OR '1'='1", "verify")
        finally:
            repo.close()


@pytest.mark.parametrize("query", ['"Zhelvokorn', "Zhelvokorn* OR NEAR(", "'; DROP TABLE witnesses; --", "kind:report) OR (1=1", "W-0017\x00"])
def test_hostile_search_queries_are_answered_or_refused_cleanly(populated, query):
    code, out = run(["search", query, "--json"], "admin", populated)
    assert code in (0, 2), out
    assert "zhelvokorn ansu" not in out.lower() and "Traceback" not in out
    assert run(["witness", "list", "--json"], "admin", populated)[0] == 0  # the table is still there
