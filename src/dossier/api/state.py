"""What one running web app holds: the open repository, the upload queue, the last check.

One ``AppState`` per app, reached from a request with ``state_of(request)``. Reads share
the repository's store (its engine pools connections across request threads); writes
go through ``acting_as(actor)`` so the ledger names the person who made them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime

from fastapi import Request

from dossier.access.ratelimit import LoginLimiter
from dossier.access.sessions import SessionSigner
from dossier.api.uploads import UploadQueue
from dossier.repository import Repository, VerifyReport


@dataclass
class VerifyState:
    report: VerifyReport
    checked_at: str


@dataclass
class AppState:
    repo: Repository
    public_mode: bool
    uploads: UploadQueue
    max_upload_bytes: int
    secret: bytes  # signs sessions and CSRF tokens; a new one logs everyone out
    sessions: SessionSigner
    login_limiter: LoginLimiter = field(default_factory=LoginLimiter)
    last_verify: VerifyState | None = None
    _verify_lock: threading.Lock = field(default_factory=threading.Lock)

    def acting_as(self, actor: str) -> Repository:
        """The same repository, with ``actor`` recorded in the ledger for what it writes."""
        return Repository(self.repo.root, self.repo.store, self.repo.blobs, actor)

    def run_verify(self) -> VerifyState:
        """Re-hash everything now; one check at a time, the latest result kept."""
        with self._verify_lock:
            report = self.repo.verify()
            self.last_verify = VerifyState(report, datetime.now(UTC).isoformat(timespec="seconds"))
            return self.last_verify


def state_of(request: Request) -> AppState:
    return request.app.state.dossier
