"""What every command shares: the repository option, the acting user, JSON output."""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from dossier.repository import Repository

DEFAULT_REPO = "./dossier-data"

RepoOption = Annotated[
    Path,
    typer.Option(
        "--repo",
        envvar="DOSSIER_REPO",
        help="Repository folder (default: $DOSSIER_REPO, else ./dossier-data).",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print records as JSON.")]

console = Console()
err_console = Console(stderr=True)


def actor() -> str:
    """The named local user the CLI acts as (recorded in the ledger)."""
    return os.environ.get("DOSSIER_USER") or getpass.getuser()


def open_repo(repo: Path) -> Repository:
    return Repository.open(repo, actor=actor())


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def print_json_line(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def default_repo() -> Path:
    return Path(os.environ.get("DOSSIER_REPO") or DEFAULT_REPO)
