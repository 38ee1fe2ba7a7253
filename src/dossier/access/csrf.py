"""CSRF tokens bound to a session, for every state-changing browser request.

The token is an HMAC of the session id under the server secret: a page embeds
``token_for(secret, session_id)`` in its forms (or a header for fetch calls), and the
handler calls ``check`` before acting. A token from another session, or none, is
refused; comparison is constant-time. No server-side storage is needed.
"""

from __future__ import annotations

import hashlib
import hmac

from dossier.errors import AccessDenied

FIELD = "csrf_token"  # form field name
HEADER = "X-CSRF-Token"  # header name for scripts


def token_for(secret: bytes | str, session_id: str) -> str:
    key = secret.encode() if isinstance(secret, str) else secret
    return hmac.new(key, b"dossier-csrf\x1f" + session_id.encode(), hashlib.sha256).hexdigest()


def valid(secret: bytes | str, session_id: str, token: str | None) -> bool:
    return bool(token) and hmac.compare_digest(token_for(secret, session_id), token or "")


def check(secret: bytes | str, session_id: str, token: str | None) -> None:
    """AccessDenied unless ``token`` is this session's CSRF token."""
    if not valid(secret, session_id, token):
        raise AccessDenied(f"{FIELD}: missing or not this session's; reload the page and try again")
