"""`dossier demo`: a repository built from the shipped sample corpus, then the web app."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Annotated

import typer

from dossier.access import users
from dossier.cli import app
from dossier.cli.common import actor, console
from dossier.errors import RepositoryError
from dossier.model import Sensitivity
from dossier.repository import CONFIG_FILE, IngestOptions, Repository
from dossier.sample import sample_files
from dossier.store import annotations, entities


@app.command()
def demo(
    repo: Annotated[Path, typer.Option("--repo", help="Where to build the demo repository.")] = Path("./dossier-demo"),
    serve: Annotated[bool, typer.Option("--serve/--no-serve", help="Start the web app at the end.")] = True,
    host: Annotated[str, typer.Option(help="Address for the web app.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port for the web app.")] = 8000,
) -> None:
    """Build a repository from the sample corpus, show what it holds, and start the web app."""
    opened = _open_or_create(repo)
    with opened:
        options = IngestOptions(origin="Dossier sample corpus (fictional)", sensitivity=Sensitivity.PUBLIC)
        results = opened.ingest_paths(sample_files(), options)
        failed = [r for r in results if r.status == "failed"]
        for result in failed:
            console.print(f"[red]failed[/red] {result.error}", highlight=False)
        _print_holdings(opened)
        login = _demo_login(opened)
        report = opened.verify()
    console.print(f"verify: {'intact' if report.ok else 'TAMPERED'} ({report.blobs_checked} originals, {report.ledger_entries} ledger entries)")
    _print_next_steps(repo)
    console.print(f"Web app: {login}", highlight=False, markup=False)
    if failed:
        raise typer.Exit(1)
    if serve:
        from dossier.api import serve as serve_app

        console.print(f"Serving the demo at http://{host}:{port}/  (Ctrl+C to stop); {login}", highlight=False, markup=False)
        serve_app(repo, host, port)


def _open_or_create(repo: Path) -> Repository:
    if (repo / CONFIG_FILE).exists():
        return Repository.open(repo, actor=actor())
    if repo.exists() and any(repo.iterdir()):
        raise RepositoryError(f"{repo}: folder exists and is not a Dossier repository; choose another --repo")
    return Repository.init(repo, actor=actor())


def _demo_login(repo: Repository) -> str:
    """An admin account for the web app named after the local user, made once per demo repository."""
    name = actor()
    with repo.store.transaction() as conn:
        if not users.is_bootstrap(conn):
            return f"log in as {name} with the password made on the first run"
        password = secrets.token_urlsafe(12)
        users.add(conn, users.bootstrap_principal(name), name, "admin", password)
    return f"log in as {name} with password {password}"


def _print_holdings(repo: Repository) -> None:
    docs = repo.document_summaries()
    console.print(f"\n[bold]The demo repository holds {len(docs)} documents[/bold]")
    for d in docs:
        authors = ", ".join(a["name"] + (" (pseudonym)" if a["pseudonym"] else "") for a in d["authors"])
        console.print(f"  {d['id']:>3}  {d['kind']:<12} {d['date'] or 'undated':<10} {d['title'][:60]}  {authors}", highlight=False, markup=False)
    with repo.store.reading() as conn:
        n_entities = entities.count(conn)
        by_type = annotations.incident_type_counts(conn)
    console.print(f"\n{n_entities} entities resolved; asserted incidents by type:")
    for kind, n in sorted(by_type.items(), key=lambda kv: -kv[1]):
        console.print(f"  {kind:<36} {n}", highlight=False)


def _print_next_steps(repo: Path) -> None:
    console.print(
        "\nTry next:\n"
        f"  dossier documents --repo {repo}\n"
        f"  dossier show 1 --repo {repo} --json\n"
        f"  dossier search 'forced repatriation' --repo {repo}\n"
        f"  dossier search 북한 --repo {repo}\n"
        f"  dossier incidents --type vt_torture --repo {repo}\n"
        f"  dossier entities --repo {repo}\n"
        f"  dossier match 'Kim Il-sung' 김일성 --json\n"
        f"  dossier verify --repo {repo}",
        highlight=False,
        markup=False,
    )
