"""The error answers every API route may give, declared once for the OpenAPI schema."""

from dossier.api.schemas import ErrorOut

ERRORS: dict[int | str, dict] = {
    400: {"model": ErrorOut, "description": "The request is wrong; the message says how."},
    401: {"model": ErrorOut, "description": "Not logged in and no API token."},
    403: {"model": ErrorOut, "description": "The role may not do this, or a CSRF token is missing."},
    404: {"model": ErrorOut, "description": "No such record, or not visible to this reader."},
    422: {"model": ErrorOut, "description": "A parameter has the wrong type or range."},
}
