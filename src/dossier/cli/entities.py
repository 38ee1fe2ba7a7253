"""Commands on entities: list, show, people's merges and splits, and the name matcher."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Annotated, Optional

import typer

from dossier.cli import app
from dossier.cli.common import JsonOption, RepoOption, console, open_repo, print_json, print_json_line
from dossier.errors import InputError, UsageError
from dossier.resolve import match as match_names

entity_app = typer.Typer(help="Show, merge and split entities.", no_args_is_help=True)
app.add_typer(entity_app, name="entity")

KINDS = ("person", "place", "org", "facility")


@app.command("entities")
def list_entities(
    repo: RepoOption = Path("./dossier-data"),
    kind: Annotated[Optional[str], typer.Option(help="person, place, org, facility or law.")] = None,
    limit: Annotated[Optional[int], typer.Option(min=0, help="At most this many.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List the entities recognised across documents, with how often each is mentioned."""
    with open_repo(repo) as opened:
        rows = opened.entity_summaries(kind=kind, limit=limit)
    if as_json:
        print_json(rows)
        return
    for r in rows:
        console.print(f"{r['id']:>5}  {r['kind']:<9} {r['name']:<40} {r['mentions']:>4} mention(s)", highlight=False, markup=False)


@entity_app.command("show")
def show_entity(
    entity_id: Annotated[int, typer.Argument(help="Entity id.")],
    repo: RepoOption = Path("./dossier-data"),
    as_json: JsonOption = False,
) -> None:
    """An entity with every alias, where each was seen, and why it was merged."""
    with open_repo(repo) as opened:
        record = opened.entity_record(entity_id)
    if as_json:
        print_json(record)
        return
    console.print(f"[bold]{record['name']}[/bold] ({record['kind']})", highlight=False)
    for key, value in record["attributes"].items():
        console.print(f"  {key}: {value}", highlight=False, markup=False)
    for alias in record["aliases"]:
        where = f"document {alias['document_id']} at {alias['start']}" if alias["document_id"] else "gazetteer"
        console.print(f"  {alias['name']:<36} {where:<24} {alias['reason']}", highlight=False, markup=False)


@entity_app.command("merge")
def merge(
    keep: Annotated[int, typer.Argument(help="The entity that stays.")],
    other: Annotated[int, typer.Argument(help="The entity folded into it.")],
    repo: RepoOption = Path("./dossier-data"),
) -> None:
    """Merge two entities; the correction survives re-extraction and goes into the ledger."""
    with open_repo(repo) as opened:
        opened.merge_entities(keep, other)
    console.print(f"merged entity {other} into {keep}")


@entity_app.command("split")
def split(
    entity_id: Annotated[int, typer.Argument(help="The entity to split.")],
    alias: Annotated[str, typer.Argument(help="The alias (and its mentions) to move into a new entity.")],
    repo: RepoOption = Path("./dossier-data"),
) -> None:
    """Move one spelling out of an entity into a new one; survives re-extraction."""
    with open_repo(repo) as opened:
        new_id = opened.split_entity(entity_id, alias)
    console.print(f"split {alias!r} out of entity {entity_id} into new entity {new_id}", highlight=False)


@app.command()
def match(
    name1: Annotated[Optional[str], typer.Argument(help="First name.")] = None,
    name2: Annotated[Optional[str], typer.Argument(help="Second name.")] = None,
    kind: Annotated[Optional[str], typer.Option(help="person, place, org or facility.")] = None,
    pairs: Annotated[Optional[Path], typer.Option("--pairs", help="TSV file with columns name1, name2, kind.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Do two names denote the same person, place, organization or facility?"""
    if kind is not None and kind not in KINDS:
        raise UsageError(f"--kind: must be one of {', '.join(KINDS)} (got {kind!r})")
    if pairs is not None:
        if name1 or name2:
            raise UsageError("give either NAME1 NAME2 or --pairs FILE, not both")
        for a, b, k in _read_pairs(pairs):
            _print_match(match_names(a, b, k or kind).to_dict(), as_json=True)
        return
    if not name1 or not name2:
        raise UsageError("match needs NAME1 and NAME2 (or --pairs FILE)")
    _print_match(match_names(name1, name2, kind).to_dict(), as_json)


def _print_match(result: dict, as_json: bool) -> None:
    if as_json:
        print_json_line(result)
    else:
        verdict = "same" if result["match"] else "different"
        console.print(f"{verdict} (score {result['score']:.2f}): {result['reason']}", highlight=False, markup=False)


def _read_pairs(path: Path) -> list[tuple[str, str, str | None]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read ({exc})") from None
    rows = []
    for line_no, row in enumerate(csv.reader(text.splitlines(), delimiter="\t"), start=1):
        if not row or row[0].startswith("#") or (line_no == 1 and row[:2] == ["name1", "name2"]):
            continue
        if len(row) < 2:
            raise InputError(str(path), f"line {line_no}: needs at least two tab-separated columns")
        kind = row[2].strip() if len(row) > 2 and row[2].strip() else None
        if kind is not None and kind not in KINDS:
            raise InputError(str(path), f"line {line_no}: kind must be one of {', '.join(KINDS)} (got {kind!r})")
        rows.append((row[0], row[1], kind))
    return rows
