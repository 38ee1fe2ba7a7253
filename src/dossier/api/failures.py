"""How failures reach the client: one JSON line for the API, an error page for people.

Every ``DossierError`` becomes its ``http_status`` and its one-line message. Anything
else is a bug: it is logged with its traceback on the server and the client gets a
generic 500, never the traceback.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from dossier.api.pages import render_error
from dossier.errors import DossierError

log = logging.getLogger("dossier.api")

GENERIC_500 = "internal error: the server log has the details"


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, message: str) -> Response:
    if wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    return render_error(request, status, message)


def install(app: FastAPI) -> None:
    """Register the handlers and the last-resort guard on ``app``."""

    @app.exception_handler(DossierError)
    async def dossier_error(request: Request, exc: DossierError) -> Response:
        return error_response(request, exc.http_status, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, validation_message(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        response = error_response(request, exc.status_code, str(exc.detail))
        response.headers.update(exc.headers or {})
        return response


def validation_message(exc: RequestValidationError) -> str:
    """The first problem as ``where.field: reason``, e.g. ``query.limit: must be <= 500``."""
    errors = exc.errors()
    if not errors:
        return "invalid request"
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ()))
    return f"{where}: {first.get('msg', 'invalid value')}"


def crash_response(request: Request, exc: BaseException) -> Response:
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(request, 500, GENERIC_500)
