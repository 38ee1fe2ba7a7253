"""Commands on the repository itself: init, ingest, verify, log."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dossier.cli import app
from dossier.cli.common import JsonOption, RepoOption, actor, console, err_console, open_repo, print_json, print_json_line
from dossier.errors import UsageError
from dossier.model import IngestResult, Sensitivity
from dossier.repository import IngestOptions, Repository, expand_paths


@app.command()
def init(
    directory: Annotated[Optional[Path], typer.Argument(help="Folder to create (default: --repo).")] = None,
    repo: RepoOption = Path("./dossier-data"),
    database: Annotated[
        Optional[str], typer.Option("--database", help="Database URL for a team server, e.g. postgresql+psycopg://host/db.")
    ] = None,
    encrypt: Annotated[bool, typer.Option("--encrypt", help="Encrypt the database and originals with the key.")] = False,
    key_file: Annotated[
        Optional[Path], typer.Option("--key-file", help="Key file outside the folder (created if absent; default: $DOSSIER_KEY_FILE).")
    ] = None,
) -> None:
    """Create a repository: a database, a blob store of originals, and a ledger."""
    target = directory or repo
    created = Repository.init(target, actor=actor(), database_url=database, encrypt=encrypt, key_file=key_file)
    created.close()
    sealed = " (encrypted: keep the key file safe; without it nothing can be read)" if encrypt else ""
    console.print(f"Initialised an empty Dossier repository in {target}{sealed}", highlight=False, markup=False)


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (walked recursively).")],
    repo: RepoOption = Path("./dossier-data"),
    origin: Annotated[str, typer.Option(help="Where the material came from (URL or description).")] = "",
    collector: Annotated[Optional[str], typer.Option(help="Who collected it (default: the acting user).")] = None,
    sensitivity: Annotated[Sensitivity, typer.Option(help="public, restricted or confidential.")] = Sensitivity.RESTRICTED,
    language: Annotated[Optional[str], typer.Option(help="Language code, e.g. en or ko (default: detected).")] = None,
    extract: Annotated[bool, typer.Option("--extract/--no-extract", help="Extract facts now (default) or later with `reextract`.")] = True,
    as_json: JsonOption = False,
) -> None:
    """Add files to the repository: originals kept, text, documents, notes and facts extracted."""
    files = list(expand_paths(paths))
    options = IngestOptions(
        origin=origin, collector=collector, sensitivity=sensitivity, language=language, extract=extract
    )
    with open_repo(repo) as opened:
        results = _ingest_with_progress(opened, files, options, as_json)
    failed = [r for r in _flatten(results) if r.status == "failed"]
    if not as_json:
        _print_summary(results)
    if failed:
        raise typer.Exit(1)


def _ingest_with_progress(repo: Repository, files: list[Path], options: IngestOptions, as_json: bool) -> list[IngestResult]:
    def report(result: IngestResult) -> None:
        for each in _flatten([result]):
            if as_json:
                print_json_line(each.to_dict())
            elif each.status == "failed":
                err_console.print(f"[red]failed[/red] {each.error}", markup=True, highlight=False)

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err_console, transient=True, disable=not err_console.is_terminal,
    ) as progress:
        task = progress.add_task("ingesting", total=len(files))

        def step(result: IngestResult) -> None:
            report(result)
            progress.advance(task)

        return repo.ingest_paths(files, options, on_result=step)


def _flatten(results: list[IngestResult]) -> list[IngestResult]:
    out = []
    for result in results:
        out.append(result)
        out.extend(_flatten(result.children))
    return out


def _print_summary(results: list[IngestResult]) -> None:
    for result in _flatten(results):
        if result.status == "ingested":
            console.print(f"ingested {result.path}: {len(result.documents)} document(s), sha256 {result.sha256}", highlight=False)
        elif result.status == "already_present":
            console.print(f"already present {result.path} (sha256 {result.sha256})", highlight=False)
    counts = {s: sum(r.status == s for r in _flatten(results)) for s in ("ingested", "already_present", "failed")}
    console.print(f"{counts['ingested']} ingested, {counts['already_present']} already present, {counts['failed']} failed")


@app.command()
def verify(repo: RepoOption = Path("./dossier-data"), as_json: JsonOption = False) -> None:
    """Re-hash every original and the whole ledger chain; exit 1 naming the first difference."""
    with open_repo(repo) as opened:
        report = opened.verify()
    if as_json:
        print_json(report.to_dict())
    elif report.ok:
        console.print(f"intact: {report.blobs_checked} originals and {report.ledger_entries} ledger entries verified")
    else:
        for problem in report.problems:
            err_console.print(f"TAMPERED {problem}", highlight=False, markup=False)
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def log(
    repo: RepoOption = Path("./dossier-data"),
    after: Annotated[int, typer.Option(help="Only entries after this sequence number.")] = 0,
    limit: Annotated[Optional[int], typer.Option(help="At most this many entries.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Print the ledger: every change and every reveal, hash-chained."""
    if limit is not None and limit < 0:
        raise UsageError("--limit: must be zero or more")
    with open_repo(repo) as opened:
        entries = opened.log(after=after, limit=limit)
    if as_json:
        print_json([e.to_dict() for e in entries])
        return
    for e in entries:
        console.print(f"{e.seq:>5} {e.time} {e.actor:<12} {e.action:<10} {e.subject}", highlight=False, markup=False)
