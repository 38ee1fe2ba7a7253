"""The ``dossier`` command line.

Commands live in modules named for what they act on; each registers on ``app``. This
module only turns errors into one line and an exit code: 1 for a failure, 2 for a
command written wrongly. No traceback ever reaches the user.
"""

from __future__ import annotations

import sys

import click
import typer

from dossier.errors import DossierError

app = typer.Typer(
    name="dossier",
    help="An evidence repository for human-rights accountability.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register() -> None:
    from dossier.cli import demo, entities, records, repo  # noqa: F401  (commands register on import)


def main() -> None:
    _register()
    try:
        code = app(standalone_mode=False)
    except click.exceptions.Abort:
        sys.stderr.write("error: aborted\n")
        sys.exit(1)
    except click.exceptions.ClickException as exc:
        sys.stderr.write(f"error: {exc.format_message()}\n")
        sys.exit(exc.exit_code)
    except DossierError as exc:
        sys.stderr.write(f"error: {exc}\n")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("error: interrupted\n")
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
