"""/login and /logout: a password form that starts a session, and the way out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from dossier.api import auth
from dossier.api.pages import render
from dossier.errors import AuthenticationError

router = APIRouter(include_in_schema=False)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: Annotated[str, Query(max_length=2000)] = "/") -> Response:
    if auth.public_mode(request):
        return RedirectResponse("/", status_code=303)
    auth.begin_login_form(request)
    response = render(request, "login.html", {"next": _local(next), "error": None, "username": ""})
    auth.remember_login_form(request, response)
    return response


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    username: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1000)],
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    auth.check_login_csrf(request, csrf_token)
    try:
        principal = auth.log_in(request, username, password)
    except AuthenticationError as exc:
        return render(request, "login.html", {"next": _local(next), "error": str(exc), "username": username}, 401)
    response = RedirectResponse(_local(next), status_code=303)
    auth.start_session(request, response, principal)
    return response


@router.post("/logout")
def logout(request: Request, csrf_token: Annotated[str, Form(max_length=200)] = "") -> Response:
    principal = auth.current_principal(request)
    if principal is not None:
        auth.check_csrf(request, principal, csrf_token)
    response = RedirectResponse("/login", status_code=303)
    auth.end_session(request, response)
    return response


def _local(target: str) -> str:
    """Only paths on this site: an open redirect would make the login page a phishing tool."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
