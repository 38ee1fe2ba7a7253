"""The ``dossier`` command line.

Commands live in modules named for what they act on; each registers on ``app``. This
module only turns errors into one line and an exit code: 1 for a failure, 2 for a
command written wrongly. No traceback ever reaches the user.
"""

from __future__ import annotations

import sys

import typer
from typer.exceptions import TyperException

from dossier.errors import DossierError

app = typer.Typer(
    name="dossier",
    help="An evidence repository for human-rights accountability.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register() -> None:
    from dossier.cli import analyze, demo, entities, export, records, repo, search, serve, users, witness  # noqa: F401  (commands register on import)


def main() -> None:
    _register()
    try:
        code = app(standalone_mode=False)
    except typer.Abort:
        sys.stderr.write("error: aborted\n")
        sys.exit(1)
    except TyperException as exc:  # Typer's usage errors: bad option, missing argument...
        sys.stderr.write(f"error: {_one_line(exc)}\n")
        sys.exit(getattr(exc, "exit_code", 2))
    except DossierError as exc:
        sys.stderr.write(f"error: {exc}\n")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("error: interrupted\n")
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)


def _one_line(exc: TyperException) -> str:
    message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    return " ".join(message.split())
