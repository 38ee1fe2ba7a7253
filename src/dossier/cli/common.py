"""What every command shares: the repository option, the acting user, JSON output."""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer._click.globals import get_current_context  # Typer runs on its own copy of click
from rich.console import Console

from dossier.access import commands
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

console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)


def actor() -> str:
    """The named local user the CLI acts as (recorded in the ledger): --user, $DOSSIER_USER, else the OS user."""
    return os.environ.get("DOSSIER_USER") or getpass.getuser()


def open_repo(repo: Path) -> Repository:
    """Open the repository (key from --key-file or $DOSSIER_KEY_FILE) if the acting user may run this command."""
    opened = Repository.open(repo, actor=actor())
    try:
        with opened.store.reading() as conn:
            opened.principal = commands.admit(conn, actor(), command_name())
    except BaseException:
        opened.close()
        raise
    return opened


def command_name() -> str:
    """The running command as written after `dossier`, e.g. "user add" (the access rules' key)."""
    names = []
    ctx = get_current_context(silent=True)
    while ctx is not None and ctx.parent is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    return " ".join(reversed(names))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def print_json_line(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def default_repo() -> Path:
    return Path(os.environ.get("DOSSIER_REPO") or DEFAULT_REPO)
