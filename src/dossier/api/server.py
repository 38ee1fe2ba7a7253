"""Running the app under uvicorn: what `dossier serve` and `dossier demo` call."""

from __future__ import annotations

from pathlib import Path

import uvicorn

from dossier.api.app import create_app


def serve(
    repo_dir: Path, host: str = "127.0.0.1", port: int = 8000, public_mode: bool = False, key_file: Path | None = None
) -> None:
    """Serve the repository at http://host:port/ until interrupted."""
    app = create_app(Path(repo_dir), public_mode=public_mode, key_file=key_file)
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False, server_header=False)
