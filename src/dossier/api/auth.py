"""Who is asking: the one place the web app turns a request into a ``Principal``.

A request is answered as the public (a viewer of public material) when the app runs
in public mode, else as the owner of its API token (``Authorization: Bearer``) or of
its session cookie. Passwords, signed sessions, CSRF tokens and the login rate limit
are the access package's (``users``, ``sessions``, ``csrf``, ``ratelimit``); this
module only carries them between HTTP and those helpers.

Browser sessions need a CSRF token on every state-changing request; API tokens do
not (a browser never sends them on its own). The login form, which comes before any
session, is protected by a token bound to a short-lived pre-session cookie.
"""

from __future__ import annotations

import secrets

from fastapi import Request, Response

from dossier.access import Principal, csrf, max_sensitivity, sees_protected, users
from dossier.access.ratelimit import attempt_key
from dossier.api.scope import Scope
from dossier.api.state import state_of
from dossier.errors import AccessDenied, AuthenticationError
from dossier.model import Role

PUBLIC = Principal("public", Role.VIEWER)
SESSION_COOKIE = "dossier_session"
PRESESSION_COOKIE = "dossier_login"
PRESESSION_MAX_AGE = 3600


def public_mode(request: Request) -> bool:
    return state_of(request).public_mode


def current_principal(request: Request) -> Principal | None:
    """The principal of this request, or None for an anonymous caller (FastAPI dependency)."""
    if public_mode(request):
        return PUBLIC
    bearer = _bearer(request)
    if bearer is not None:
        with state_of(request).repo.store.reading() as conn:
            principal = users.authenticate_token(conn, bearer)
        request.state.via = "token"
        return principal
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        return None
    try:
        with state_of(request).repo.store.reading() as conn:
            session = state_of(request).sessions.read(conn, cookie)
    except AuthenticationError:
        return None  # an expired or foreign cookie is the same as none: log in again
    request.state.via = "session"
    request.state.session_id = session.session_id
    return session.principal


def principal_of(request: Request) -> Principal | None:
    """The principal found earlier in this request (pages read it for the header)."""
    return getattr(request.state, "principal", None)


def scope_of(principal: Principal) -> Scope:
    return Scope(max_sensitivity(principal), sees_protected(principal))


def refuse_in_public_mode(request: Request, action: str) -> None:
    if public_mode(request):
        raise AccessDenied(f"public mode: {action} is not available; run `dossier serve` without --public and log in")


# --- CSRF -----------------------------------------------------------------------------------


def csrf_token(request: Request) -> str:
    """The token this page's forms and scripts must send back ("" when no session or login form)."""
    binding = getattr(request.state, "session_id", None) or getattr(request.state, "presession_id", None)
    return csrf.token_for(state_of(request).secret, binding) if binding else ""


def check_csrf(request: Request, principal: Principal, submitted: str = "") -> None:
    """Refuse a state-changing request from a browser session without its CSRF token."""
    if getattr(request.state, "via", None) != "session":
        return  # API tokens and public mode: no ambient credential a forged request could ride on
    token = submitted or request.headers.get(csrf.HEADER, "")
    csrf.check(state_of(request).secret, request.state.session_id, token)


def begin_login_form(request: Request) -> str:
    """Bind the login form to a pre-session id (reused from its cookie when there is one)."""
    presession = request.cookies.get(PRESESSION_COOKIE) or secrets.token_urlsafe(32)
    request.state.presession_id = presession
    return presession


def check_login_csrf(request: Request, submitted: str) -> None:
    presession = request.cookies.get(PRESESSION_COOKIE)
    if not presession:
        raise AccessDenied(f"{csrf.FIELD}: the login form has expired; reload the page and try again")
    request.state.presession_id = presession
    csrf.check(state_of(request).secret, presession, submitted)


def remember_login_form(request: Request, response: Response) -> None:
    response.set_cookie(PRESESSION_COOKIE, request.state.presession_id, max_age=PRESESSION_MAX_AGE, path="/login",
                        httponly=True, samesite="strict", secure=_https(request))


# --- logging in and out --------------------------------------------------------------------------


def log_in(request: Request, username: str, password: str) -> Principal:
    """Check the password, counting failures per user name and per client address."""
    state = state_of(request)
    keys = attempt_key(username, request.client.host if request.client else "unknown")
    for key in keys:
        state.login_limiter.check(key)
    try:
        with state.repo.store.transaction() as conn:
            principal = users.login(conn, username, password)
    except AuthenticationError:
        for key in keys:
            state.login_limiter.failed(key)
        raise
    for key in keys:
        state.login_limiter.succeeded(key)
    return principal


def start_session(request: Request, response: Response, principal: Principal) -> None:
    """Always a new session id on login, so a cookie planted beforehand is worthless."""
    state = state_of(request)
    _session, token = state.sessions.issue(principal)
    response.set_cookie(SESSION_COOKIE, token, max_age=state.sessions.max_age, path="/",
                        httponly=True, samesite="strict", secure=_https(request))
    response.delete_cookie(PRESESSION_COOKIE, path="/login")


def end_session(request: Request, response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict", secure=_https(request))


def _bearer(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return None
    if not token.strip():
        raise AuthenticationError("Authorization: Bearer needs a token after it")
    return token.strip()


def _https(request: Request) -> bool:
    return request.url.scheme == "https"
