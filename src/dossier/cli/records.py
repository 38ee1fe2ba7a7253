"""Commands that print records: documents, their facts, and one-off extraction."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from dossier.access import views
from dossier.cli import app
from dossier.cli.common import JsonOption, RepoOption, console, open_repo, print_json
from dossier.errors import UsageError
from dossier.model import ReviewStatus
from dossier.repository import extraction_report
from dossier.store.annotations import RecordFilter


@app.command("documents")
def list_documents(
    repo: RepoOption = Path("./dossier-data"),
    kind: Annotated[Optional[str], typer.Option(help="Only documents of this kind.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List documents: title, authors, date, kind, the original's SHA-256, number of notes."""
    with open_repo(repo) as opened:
        rows = opened.document_summaries(kind=kind)
    if as_json:
        print_json(rows)
        return
    for row in rows:
        authors = ", ".join(a["name"] for a in row["authors"])
        console.print(
            f"{row['id']:>4}  {row['kind']:<10} {row['date'] or '':<10} {row['title'][:70]}  [{authors}]",
            highlight=False, markup=False,
        )


@app.command()
def show(
    document_id: Annotated[int, typer.Argument(help="Document id (see `dossier documents`).")],
    repo: RepoOption = Path("./dossier-data"),
    as_json: JsonOption = False,
) -> None:
    """Show one document with its text and parsed notes."""
    with open_repo(repo) as opened:
        record = opened.document_record(document_id)
    if as_json:
        print_json(record)
        return
    console.print(f"[bold]{record['title']}[/bold]", highlight=False)
    console.print(f"{record['kind']} · {record['date'] or 'undated'} · sha256 {record['sha256']}", highlight=False, markup=False)
    console.print(record["text"], highlight=False, markup=False)
    for note in record["notes"]:
        console.print(f"{note['marker']} {note['text']}", highlight=False, markup=False)


@app.command()
def extract(
    path: Annotated[Path, typer.Argument(help="A file to read and extract, without storing it.")],
    as_json: JsonOption = False,
) -> None:
    """Run ingest and extraction on one file and print the facts found; nothing is stored."""
    report = extraction_report(path)
    if as_json:
        print_json(report)
        return
    for doc in report["documents"]:
        console.print(f"[bold]{doc['title']}[/bold] ({doc['kind']}, {doc['date'] or 'undated'})", highlight=False)
        for key in ("mentions", "dates", "quantities", "incidents", "claims", "recommendations", "notes"):
            console.print(f"  {key}: {len(doc[key])}")


@app.command()
def reextract(repo: RepoOption = Path("./dossier-data")) -> None:
    """Rerun the current extractors over the repository, keeping what people reviewed."""
    with open_repo(repo) as opened:
        n = opened.reextract()
    console.print(f"re-extracted {n} document(s)")


def _records_command(name: str, help_text: str) -> None:
    @app.command(name, help=help_text)
    def command(
        repo: RepoOption = Path("./dossier-data"),
        document: Annotated[Optional[int], typer.Option(help="Only from this document id.")] = None,
        type_: Annotated[Optional[str], typer.Option("--type", help="Only of this type.")] = None,
        entity: Annotated[Optional[int], typer.Option(help="Only those involving this entity id.")] = None,
        limit: Annotated[Optional[int], typer.Option(min=0, help="At most this many.")] = None,
        as_json: JsonOption = False,
    ) -> None:
        flt = RecordFilter(document_id=document, type=type_, entity_id=entity, limit=limit)
        with open_repo(repo) as opened:
            with opened.store.reading() as conn:
                records = views.facts_visible(opened.principal, conn, name, flt)
        if as_json:
            print_json(records)
            return
        for r in records:
            head = r.get("type") or r.get("subject") or r.get("to") or ""
            console.print(f"{r['id']:>5} doc {r['document_id']:<4} {head}: {r['text'][:100]}", highlight=False, markup=False)


_records_command("incidents", "List incidents: who did what to whom, where, when (from the documents you may read).")
_records_command("claims", "List factual and quantitative claims (from the documents you may read).")
_records_command("recommendations", "List recommendations: who urges whom to do what (from the documents you may read).")


@app.command("review")
def review(
    incident_id: Annotated[int, typer.Argument(help="Incident id (see `dossier incidents`).")],
    status: Annotated[ReviewStatus, typer.Option(help="reviewed (confirmed by a person) or disputed.")] = ReviewStatus.REVIEWED,
    repo: RepoOption = Path("./dossier-data"),
) -> None:
    """Mark an incident as reviewed or disputed; re-extraction keeps it as the person left it."""
    with open_repo(repo) as opened:
        opened.review_incident(incident_id, status)
    console.print(f"incident {incident_id}: {status}")


@app.command("eval")
def evaluate_command(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold JSON files (texts beside them or one folder up).")],
    as_json: JsonOption = False,
) -> None:
    """Precision, recall and F1 per label of extraction and resolution against gold files."""
    from dossier.extract.evaluate import evaluate

    if not gold_dir.is_dir():
        raise UsageError(f"{gold_dir}: no such folder")
    report = evaluate(gold_dir)
    if as_json:
        print_json(report.to_dict())
    else:
        console.print(report.format_table(), highlight=False, markup=False)
