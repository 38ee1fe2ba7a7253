"""Rendering the server-side pages: one Jinja2 environment, autoescaped, and the error page.

Every page gets the reader, the CSRF token for its forms and the navigation from here,
so templates never look anything up themselves.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from dossier import law
from dossier.api import auth
from dossier.errors import NotFound

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
TEMPLATES.env.autoescape = True  # every .html and any other template: stored text is never markup

NAV = [("/", "Dashboard"), ("/search", "Search"), ("/documents", "Documents"), ("/entities", "Entities"),
       ("/incidents", "Incidents"), ("/upload", "Upload"), ("/ledger", "Ledger")]


def render(request: Request, template: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    principal = auth.principal_of(request)
    base = {
        "principal": principal,
        "public_mode": auth.public_mode(request),
        "csrf_token": auth.csrf_token(request),
        "nav": NAV,
        "path": request.url.path,
        "query": lambda **changes: query_link(request, **changes),
    }
    return TEMPLATES.TemplateResponse(request, template, {**base, **context}, status_code=status)


def render_error(request: Request, status: int, message: str) -> Response:
    """People get the login page for 401 and a plain error page for the rest."""
    if status == 401:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
    try:
        return render(request, "error.html", {"status": status, "message": message}, status)
    except Exception:  # rendering the error page must never raise a second error
        return HTMLResponse(f"<!doctype html><title>Error {status}</title><p>Error {status}</p>", status_code=status)


# --- filters the templates use -------------------------------------------------------------

_MARK = re.compile(r"(</?mark>)")


def snippet_html(snippet: str) -> Markup:
    """A search snippet as markup where only <mark> survives: everything else is re-escaped."""
    parts = _MARK.split(snippet or "")
    return Markup("".join(p if p in ("<mark>", "</mark>") else str(escape(html.unescape(p))) for p in parts))


def is_web_url(url: str) -> bool:
    """Only http(s) links are made clickable; javascript:, data: and the rest stay text."""
    return urlsplit(url.strip()).scheme.lower() in ("http", "https")


def has_hangul(text: str) -> bool:
    return any("\uac00" <= c <= "\ud7a3" or "\u1100" <= c <= "\u11ff" or "\u3130" <= c <= "\u318f" for c in text or "")


def violation_label(type_id: str) -> str:
    """The vocabulary's label of an incident type ("vt_torture" → "Torture"); the id if unknown."""
    try:
        return law.violation_type(type_id).label
    except NotFound:
        return type_id


def number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def query_link(request: Request, **changes: object) -> str:
    """This page's query string with ``changes`` applied (pagination and facet links)."""
    params = dict(request.query_params)
    params.update({k: str(v) for k, v in changes.items() if v is not None})
    return urlencode(params)


TEMPLATES.env.filters.update(
    snippet=snippet_html, is_web_url=is_web_url, has_hangul=has_hangul, number=number, violation=violation_label
)
