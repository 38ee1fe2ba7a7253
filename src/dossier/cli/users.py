"""Commands on people and keys: `dossier user ...`, `dossier key rotate`, and the global
--user / --key-file options that say who acts and with which key."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from dossier.access import keys, rotation
from dossier.access import users as accounts
from dossier.cli import app
from dossier.cli.common import JsonOption, RepoOption, actor, console, err_console, open_repo, print_json
from dossier.errors import UsageError

user_app = typer.Typer(help="Add, list and disable users; passwords and API tokens.", no_args_is_help=True)
key_app = typer.Typer(help="The repository key.", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(key_app, name="key")


@app.callback()
def global_options(
    user: Annotated[Optional[str], typer.Option("--user", help="Act as this user (default: $DOSSIER_USER, else the OS user).")] = None,
    key_file: Annotated[
        Optional[Path], typer.Option("--key-file", help="The repository key, kept outside the repository (default: $DOSSIER_KEY_FILE).")
    ] = None,
) -> None:
    """An evidence repository for human-rights accountability."""
    # The same as the environment variables, so every command and library call sees them.
    if user:
        os.environ["DOSSIER_USER"] = user
    if key_file:
        os.environ[keys.KEY_FILE_ENV] = str(key_file)


@user_app.command("add")
def add_user(
    name: Annotated[str, typer.Argument(help="The user's name (no spaces).")],
    role: Annotated[str, typer.Option("--role", help="admin, investigator, analyst or viewer.")],
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from standard input.")] = False,
    repo: RepoOption = Path("./dossier-data"),
) -> None:
    """Register a user (admins only; the first user may be added by anyone on the machine)."""
    with open_repo(repo) as opened:
        password = _password(password_stdin, f"password for {name}")
        with opened.store.transaction() as conn:
            bootstrap = accounts.is_bootstrap(conn)
            acting = _principal(conn)
            user = accounts.add(conn, acting, name, role, password)
    console.print(f"added user {user.name} ({user.role})", highlight=False)
    if bootstrap:
        err_console.print(f"note: {acting.name} acted as admin because the repository had no users; from now on act as a registered user", highlight=False)


@user_app.command("list")
def list_users(repo: RepoOption = Path("./dossier-data"), as_json: JsonOption = False) -> None:
    """List users: name, role, and whether they are active."""
    with open_repo(repo) as opened, opened.store.reading() as conn:
        found = accounts.list_users(conn, _principal(conn))
    if as_json:
        print_json([{"name": u.name, "role": str(u.role), "active": u.active} for u in found])
        return
    for u in found:
        console.print(f"{u.name:<24} {u.role:<13} {'active' if u.active else 'disabled'}", highlight=False, markup=False)


@user_app.command("disable")
def disable_user(name: Annotated[str, typer.Argument(help="The user to disable.")], repo: RepoOption = Path("./dossier-data")) -> None:
    """Disable a user and revoke their API tokens (the record stays, for the ledger)."""
    with open_repo(repo) as opened, opened.store.transaction() as conn:
        accounts.disable(conn, _principal(conn), name)
    console.print(f"disabled user {name}", highlight=False)


@user_app.command("passwd")
def change_password(
    name: Annotated[str, typer.Argument(help="Whose password (yours, or anyone's for an admin).")],
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from standard input.")] = False,
    repo: RepoOption = Path("./dossier-data"),
) -> None:
    """Set a new password."""
    with open_repo(repo) as opened:
        password = _password(password_stdin, f"new password for {name}")
        with opened.store.transaction() as conn:
            accounts.set_password(conn, _principal(conn), name, password)
    console.print(f"password changed for {name}", highlight=False)


@user_app.command("token")
def make_token(name: Annotated[str, typer.Argument(help="Whose token (yours, or anyone's for an admin).")], repo: RepoOption = Path("./dossier-data")) -> None:
    """Make an API token and print it once; only its hash is kept."""
    with open_repo(repo) as opened, opened.store.transaction() as conn:
        token = accounts.new_token(conn, _principal(conn), name)
    sys.stdout.write(token + "\n")


@user_app.command("whoami")
def whoami(repo: RepoOption = Path("./dossier-data"), as_json: JsonOption = False) -> None:
    """Say who the command line acts as, in which role, and whether by bootstrap."""
    with open_repo(repo) as opened, opened.store.reading() as conn:
        principal, bootstrap = _principal(conn), accounts.is_bootstrap(conn)
    if as_json:
        print_json({"name": principal.name, "role": str(principal.role), "bootstrap": bootstrap})
        return
    note = " (bootstrap: the repository has no users, so the OS user acts as admin)" if bootstrap else ""
    console.print(f"{principal.name} ({principal.role}){note}", highlight=False, markup=False)


@key_app.command("rotate")
def rotate_key(
    key_file: Annotated[Path, typer.Option("--key-file", help="The current key file.")],
    new_key_file: Annotated[Path, typer.Option("--new-key-file", help="Where the new key goes (created if absent).")],
    repo: RepoOption = Path("./dossier-data"),
) -> None:
    """Re-encrypt every protected field (and an encrypted repository's database and originals) under a new key."""
    done = rotation.rotate(repo, actor=actor(), old_key_file=key_file, new_key_file=new_key_file)
    console.print(
        f"re-encrypted {done.witnesses} witness(es), {done.originals} original(s)"
        f"{' and the database' if done.database else ''}; keep {new_key_file} safe and destroy the old key",
        highlight=False, markup=False,
    )


def _principal(conn):  # type: ignore[no-untyped-def]
    return accounts.acting(conn, actor())


def _password(from_stdin: bool, prompt: str) -> str:
    """From a terminal prompt (typed twice), else the first line of standard input."""
    if not from_stdin and sys.stdin.isatty():
        first = getpass.getpass(f"{prompt}: ")
        if getpass.getpass("again: ") != first:
            raise UsageError("password: the two entries differ")
        return first
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise UsageError("--password-stdin: no password on standard input")
    return line
