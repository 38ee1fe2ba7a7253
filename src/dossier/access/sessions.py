"""Signed browser sessions that cannot be fixed in advance or forged.

A session token is ``itsdangerous``-signed JSON naming the user, a random session id
and the time it was issued; nothing secret is inside and nothing is stored on the
server. ``login`` always issues a fresh token with a new random id (so a token planted
before login is worthless: no session fixation), ``read`` refuses a token that is
unsigned, altered, expired, or whose user has since been disabled; the role is read
afresh from the database on every request, so a demotion takes effect at once. The
signing secret is the server process's (``SessionSigner(secret)``): a new secret logs
everyone out.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import Connection

from dossier.access import users
from dossier.access.policy import Principal
from dossier.errors import AuthenticationError

DEFAULT_MAX_AGE = 8 * 3600  # one working day


@dataclass(frozen=True)
class Session:
    principal: Principal
    session_id: str  # random; also the key the CSRF token is bound to
    issued_at: float


class SessionSigner:
    """Issues and checks session tokens with the server's secret (at least 32 bytes)."""

    def __init__(self, secret: bytes | str, *, max_age: int = DEFAULT_MAX_AGE) -> None:
        if len(secret) < 32:
            raise ValueError("session secret: must be at least 32 bytes")
        self._serializer = URLSafeTimedSerializer(secret, salt="dossier-session")
        self.max_age = max_age

    def login(self, conn: Connection, name: str, password: str) -> tuple[Session, str]:
        """Check the password; return a new session and its token (always a new id)."""
        principal = users.login(conn, name, password)
        return self.issue(principal)

    def issue(self, principal: Principal) -> tuple[Session, str]:
        session = Session(principal, secrets.token_urlsafe(32), time.time())
        token = self._serializer.dumps({"user": principal.name, "sid": session.session_id, "at": session.issued_at})
        return session, token

    def read(self, conn: Connection, token: str) -> Session:
        """The session a cookie's token stands for; AuthenticationError if it is not valid now."""
        try:
            data = self._serializer.loads(token, max_age=self.max_age)
        except SignatureExpired:
            raise AuthenticationError("session: expired; log in again") from None
        except BadSignature:
            raise AuthenticationError("session: not valid; log in again") from None
        principal = users.registered(conn, data["user"])
        return Session(principal, data["sid"], data["at"])
