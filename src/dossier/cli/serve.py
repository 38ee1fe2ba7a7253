"""`dossier serve`: the web app and JSON API over a repository."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from dossier.cli import app
from dossier.cli.common import RepoOption, console


@app.command()
def serve(
    repo: RepoOption = Path("./dossier-data"),
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    public: Annotated[bool, typer.Option("--public", help="No login; show public material only.")] = False,
    key_file: Annotated[
        Optional[Path], typer.Option("--key-file", help="Repository key (default: $DOSSIER_KEY_FILE), to pseudonymise witnesses.")
    ] = None,
) -> None:
    """Serve the web pages and the JSON API (/api/, schema at /openapi.json)."""
    from dossier.api import serve as run_server  # the web stack loads only for this command

    mode = "public mode, no login" if public else "log in with a user of the repository"
    console.print(f"Serving {repo} at http://{host}:{port}/ ({mode}); Ctrl+C to stop", highlight=False)
    run_server(repo, host, port, public_mode=public, key_file=key_file)
