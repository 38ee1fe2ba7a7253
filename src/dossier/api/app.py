"""The app factory: one FastAPI app serving the JSON API (/api/), the pages and their assets."""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from dossier.access.sessions import SessionSigner
from dossier.api import failures, security
from dossier.api.routes import ROUTERS as API_ROUTERS
from dossier.api.state import AppState
from dossier.api.uploads import UploadQueue
from dossier.api.views import ROUTERS as PAGE_ROUTERS
from dossier.errors import UsageError
from dossier.repository import Repository

STATIC = Path(__file__).parent / "static"
MAX_UPLOAD_BYTES = 100 * 1024 * 1024
SERVER_ACTOR = "web"
SECRET_ENV = "DOSSIER_SESSION_SECRET"  # recorded only for work the server does on its own behalf


def create_app(
    repo_dir: Path,
    *,
    public_mode: bool = False,
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
    session_secret: bytes | None = None,
    key_file: Path | None = None,
) -> FastAPI:
    """The web app over the repository in ``repo_dir``; ``public_mode`` serves public material without login.

    Sessions are signed with ``session_secret``, else ``$DOSSIER_SESSION_SECRET``, else a
    random secret of this process (several processes behind one address must share one).
    The repository key (``key_file`` or ``$DOSSIER_KEY_FILE``) lets the app pseudonymise
    protected witnesses' names for readers without the right to see them.
    """
    repo = Repository.open(Path(repo_dir), actor=SERVER_ACTOR, key_file=key_file)
    secret = session_secret or os.environ.get(SECRET_ENV, "").encode() or secrets.token_bytes(32)
    if len(secret) < 32:
        raise UsageError(f"${SECRET_ENV}: the session secret must be at least 32 bytes long")
    state = AppState(
        repo=repo, public_mode=public_mode, uploads=UploadQueue(), max_upload_bytes=max_upload_bytes,
        secret=secret, sessions=SessionSigner(secret),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        state.uploads.close()
        repo.close()

    app = FastAPI(
        title="Dossier",
        summary="An evidence repository for human-rights accountability.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,  # the interactive docs load scripts from a CDN; /openapi.json is the contract
        redoc_url=None,
    )
    app.state.dossier = state
    failures.install(app)
    security.install(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for router in API_ROUTERS + PAGE_ROUTERS:
        app.include_router(router)
    return app
