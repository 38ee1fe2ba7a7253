"""`dossier export FORMAT`: the export package on the command line.

The command only reads its options and prints what was written; what goes into the
file, and what the acting user may see of it, is decided in ``dossier.export``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from dossier.access import keys, users
from dossier.cli import app
from dossier.cli.common import JsonOption, RepoOption, actor, console, err_console, open_repo, print_json
from dossier.export import FORMATS, STDOUT, ExportResult, Scope, export, exporter


@app.command("export")
def export_command(
    format_name: Annotated[str, typer.Argument(metavar="FORMAT", help=f"One of: {', '.join(FORMATS)}.")],
    out: Annotated[Optional[str], typer.Option(
        "--out", help="File to write ('-': standard output); for csv a .zip file or a new folder. Default: export-FORMAT in this folder.",
        show_default=False)] = None,
    kind: Annotated[Optional[list[str]], typer.Option("--kind", help="Only documents of this kind (repeatable).")] = None,
    document: Annotated[Optional[list[int]], typer.Option("--document", help="Only this document id (repeatable).")] = None,
    key_file: Annotated[Optional[Path], typer.Option(
        "--key-file", help="The repository key (default: $DOSSIER_KEY_FILE), needed to redact protected names.")] = None,
    repo: RepoOption = Path("./dossier-data"),
    as_json: JsonOption = False,
) -> None:
    """Export what you may see as FollowTheMoney JSON lines, CSV, GeoJSON, GraphML or an HTML case dossier; the ledger records it."""
    module = exporter(format_name)
    target = out or f"export-{module.NAME}{module.SUFFIX}"
    if key_file is not None:
        os.environ[keys.KEY_FILE_ENV] = str(key_file)
    scope = Scope(kinds=kind or [], document_ids=document or [])
    with open_repo(repo) as opened:
        with opened.store.reading() as conn:
            principal = users.acting(conn, actor())
        result = export(opened, principal, module.NAME, target, scope, stdout=sys.stdout.buffer)
    if as_json and target != STDOUT:  # on stdout the export itself is the output
        print_json(result.to_dict())
        return
    _report(result, err_console if target == STDOUT else console)


def _report(result: ExportResult, screen: Console) -> None:
    counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
    where = "standard output" if result.target == STDOUT else result.target
    screen.print(f"exported {result.format} to {where}: {counts}", highlight=False, markup=False)
    screen.print(f"sha256 {result.sha256} (recorded in the ledger)", highlight=False, markup=False)
    for problem in result.problems:
        err_console.print(f"warning: {problem}", style="bold red", highlight=False, markup=False)
