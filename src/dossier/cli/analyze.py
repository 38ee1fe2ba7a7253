"""Commands of analysis: cases and their element matrix, corroboration, contradictions,
timelines. Each cuts its output to the documents the acting user may see; the logic
lives in ``dossier.analyze``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from sqlalchemy import Connection

from dossier import analyze
from dossier.access import users
from dossier.access.policy import max_sensitivity
from dossier.analyze import CaseMatrix, ClaimGroup, Contradiction, IncidentGroup, Period
from dossier.cli import app
from dossier.cli.common import JsonOption, RepoOption, actor, console, open_repo, print_json
from dossier.store import documents

case_app = typer.Typer(help="Cases: a legal theory over chosen incidents and entities.", no_args_is_help=True)
app.add_typer(case_app, name="case")

CaseName = Annotated[str, typer.Argument(help="The case's name.")]


@case_app.command("create")
def create_case(
    name: CaseName,
    theory: Annotated[str, typer.Option(help="The legal theory in a sentence or two.")] = "",
    act: Annotated[Optional[list[str]], typer.Option("--act", help="A legal act the case argues (e.g. cah_murder); repeat for more.")] = None,
    mode: Annotated[Optional[list[str]], typer.Option("--mode", help="A mode of liability (e.g. mol_aiding_abetting); repeat for more.")] = None,
    repo: RepoOption = Path("./dossier-data"),
    as_json: JsonOption = False,
) -> None:
    """Create a case with its legal theory: acts and modes of liability."""
    with open_repo(repo) as opened, opened.store.transaction() as conn:
        case = analyze.create_case(conn, name, actor=opened.actor, theory=theory, acts=act or [], modes=mode or [])
    if as_json:
        print_json(case.to_dict())
        return
    console.print(f"created case {case.name!r} (acts: {', '.join(case.acts) or 'from its incidents'})", highlight=False, markup=False)


@case_app.command("add")
def add_to_case(
    name: CaseName,
    incident: Annotated[Optional[list[int]], typer.Option("--incident", help="An incident id; repeat for more.")] = None,
    entity: Annotated[Optional[list[int]], typer.Option("--entity", help="A person or organisation of interest (entity id); repeat for more.")] = None,
    repo: RepoOption = Path("./dossier-data"),
    as_json: JsonOption = False,
) -> None:
    """Add incidents and entities to a case."""
    with open_repo(repo) as opened, opened.store.transaction() as conn:
        case = analyze.add_to_case(
            conn, name, actor=opened.actor, incidents=incident or [], entities=entity or [], document_ids=_visible(conn)
        )
    if as_json:
        print_json(case.to_dict())
        return
    console.print(f"case {case.name!r}: {len(case.incidents)} incident(s), {len(case.entities)} entity(ies)", highlight=False, markup=False)


@case_app.command("show")
def show_case(name: CaseName, repo: RepoOption = Path("./dossier-data"), as_json: JsonOption = False) -> None:
    """The case's element matrix: per act and element, supporting incidents, independent sources, gaps."""
    with open_repo(repo) as opened, opened.store.reading() as conn:
        matrix = analyze.case_matrix(conn, name, _visible(conn))
    if as_json:
        print_json(matrix.to_dict())
        return
    _print_matrix(matrix)


@case_app.command("list")
def list_cases(repo: RepoOption = Path("./dossier-data"), as_json: JsonOption = False) -> None:
    """The names of the repository's cases."""
    with open_repo(repo) as opened, opened.store.reading() as conn:
        names = analyze.case_names(conn)
    if as_json:
        print_json(names)
        return
    for name in names:
        console.print(name, highlight=False, markup=False)


@app.command("corroboration")
def corroboration(
    repo: RepoOption = Path("./dossier-data"),
    min_documents: Annotated[int, typer.Option(min=1, help="Only incident groups reported by at least this many documents.")] = 2,
    as_json: JsonOption = False,
) -> None:
    """Facts stated by several documents, with the number of independent sources behind each."""
    with open_repo(repo) as opened, opened.store.reading() as conn:
        found = analyze.corroboration(conn, _visible(conn), min_documents=min_documents)
    if as_json:
        print_json(found.to_dict())
        return
    for group in found.claims:
        _print_claim_group(group)
    for incidents in found.incidents:
        _print_incident_group(incidents)
    if not found.claims and not found.incidents:
        console.print("no fact is stated by more than one document", highlight=False)


@app.command("contradictions")
def contradictions(repo: RepoOption = Path("./dossier-data"), as_json: JsonOption = False) -> None:
    """Claims about the same subject and measure whose values differ between documents."""
    with open_repo(repo) as opened, opened.store.reading() as conn:
        found = analyze.contradictions(conn, _visible(conn))
    if as_json:
        print_json([c.to_dict() for c in found])
        return
    for contradiction in found:
        _print_contradiction(contradiction)
    if not found:
        console.print("no contradictions found", highlight=False)


@app.command("timeline")
def timeline(
    repo: RepoOption = Path("./dossier-data"),
    entity: Annotated[Optional[int], typer.Option(help="Only records whose words name this entity id.")] = None,
    case: Annotated[Optional[str], typer.Option(help="Only this case's incidents and entities.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Incidents and dated claims in date order; a partial date shows the span it covers."""
    with open_repo(repo) as opened, opened.store.reading() as conn:
        visible = _visible(conn)
        if case is not None:
            events = analyze.case_timeline(conn, case, visible)
        else:
            events = analyze.timeline(conn, visible, entity_ids=[entity] if entity is not None else None)
    if as_json:
        print_json([e.to_dict() for e in events])
        return
    for event in events:
        console.print(
            f"{_span(event.period):<23} {event.kind:<8} doc {event.document_id:<4} {event.label}: {event.text[:90]}",
            highlight=False, markup=False,
        )


def _visible(conn: Connection) -> list[int]:
    """The documents the acting user may see: the analysis draws on nothing else."""
    return documents.visible_ids(conn, max_sensitivity(users.acting(conn, actor())))


def _print_matrix(matrix: CaseMatrix) -> None:
    case = matrix.case
    console.print(f"[bold]{case.name}[/bold]  {case.theory}", highlight=False)
    names = ", ".join(e["name"] or f"#{e['id']} (no longer exists)" for e in matrix.entities) or "none"
    console.print(f"{len(matrix.incidents)} incident(s); entities: {names}", highlight=False, markup=False)
    act = None
    for row in matrix.rows:
        if row.act != act:
            act = row.act
            console.print(f"\n{row.act_name} ({row.article}) [{row.act}]", highlight=False, markup=False)
        status = "GAP " if row.gap else "    "
        support = "no evidence yet" if row.gap else f"{len(row.incidents)} incident(s), {row.independent_sources} independent source(s)"
        console.print(f"  {status}{row.kind:<12} {row.element}: {support}", highlight=False, markup=False)
        console.print(" " * 19 + row.text, highlight=False, markup=False)
    console.print(f"\n{len(matrix.gaps())} of {len(matrix.rows)} element(s) are gaps", highlight=False)


def _print_claim_group(group: ClaimGroup) -> None:
    console.print(
        f"[bold]{group.subject} ({group.measure})[/bold]: {len(group.claims)} claims; "
        f"the best-supported value has {group.independent_sources} independent source(s)",
        highlight=False,
    )
    for agreement in group.agreements:
        values = ", ".join(c.stated for c in group.claims if c.id in agreement.claims)
        console.print(
            f"  {values}: documents {', '.join(map(str, agreement.documents))}, {agreement.independent_sources} independent source(s)",
            highlight=False, markup=False,
        )
        for reason in agreement.not_independent:
            console.print(f"    not independent: {reason}", highlight=False, markup=False)
    if group.contradictions:
        console.print(f"  {len(group.contradictions)} contradiction(s): see `dossier contradictions`", highlight=False)


def _print_incident_group(group: IncidentGroup) -> None:
    when = _span(group.period) if group.period else "undated"
    console.print(
        f"[bold]{group.type}[/bold] at {group.place} ({when}): {group.documents} documents, "
        f"{group.independent_sources} independent source(s)",
        highlight=False,
    )
    for incident in group.incidents:
        console.print(f"  doc {incident.document_id:<4} {incident.text[:100]}", highlight=False, markup=False)


def _print_contradiction(found: Contradiction) -> None:
    note = f"  (one source: {found.same_source})" if found.same_source else ""
    console.print(f"[bold]{found.subject} ({found.measure})[/bold]: {found.first.stated} vs {found.second.stated}{note}", highlight=False)
    for claim in (found.first, found.second):
        console.print(f"  doc {claim.document_id:<4} [{claim.start}:{claim.end}] {claim.text[:110]}", highlight=False, markup=False)


def _span(period: Period) -> str:
    return period.start if period.start == period.end else f"{period.start}..{period.end}"
