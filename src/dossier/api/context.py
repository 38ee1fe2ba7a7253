"""The per-request context every route and page starts from: who asks, and what they may see.

``Ctx`` is a FastAPI dependency: it finds the principal (``auth``), refuses anonymous
callers unless the app runs in public mode, and carries the reader's ``Scope`` and
redaction, so no route decides visibility on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query, Request

from dossier.access import Principal, require, sees_protected
from dossier.access.redaction import matcher
from dossier.api import auth
from dossier.api.reads import Paging
from dossier.api.scope import Scope
from dossier.api.state import AppState, state_of
from dossier.errors import AuthenticationError


@dataclass
class Context:
    request: Request
    state: AppState
    principal: Principal
    scope: Scope

    def require(self, action: str) -> None:
        require(self.principal, action)

    def redactor(self) -> Callable[[str], str]:
        """A function that pseudonymises protected names for this reader (identity if cleared)."""
        if sees_protected(self.principal):
            return _unchanged
        with self.state.repo.store.reading() as conn:
            return matcher(conn).redact


def _unchanged(text: str) -> str:
    return text


def context(request: Request, principal: Annotated[Principal | None, Depends(auth.current_principal)]) -> Context:
    request.state.principal = principal
    if principal is None:
        raise AuthenticationError("not logged in: log in at /login or send Authorization: Bearer <token>")
    return Context(request, state_of(request), principal, auth.scope_of(principal))


def paging(
    limit: Annotated[int, Query(ge=1, le=500, description="Records per page.")] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000, description="Records to skip.")] = 0,
) -> Paging:
    return Paging(limit=limit, offset=offset)


Ctx = Annotated[Context, Depends(context)]
PagingDep = Annotated[Paging, Depends(paging)]
