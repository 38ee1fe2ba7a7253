import pytest
from access_helpers import ADMIN

from dossier.access import csrf, users
from dossier.access.ratelimit import LoginLimiter, attempt_key
from dossier.access.sessions import SessionSigner
from dossier.errors import AccessDenied, AuthenticationError

SECRET = "s" * 48
PASSWORD = "correct horse battery"


@pytest.fixture
def conn(repo):
    with repo.store.transaction() as conn:
        users.add(conn, ADMIN, "ana", "analyst", PASSWORD)
        yield conn


def test_login_always_issues_a_new_session_id(conn):
    signer = SessionSigner(SECRET)
    planted, planted_token = signer.issue(users.registered(conn, "ana"))
    first, token = signer.login(conn, "ana", PASSWORD)
    second, _ = signer.login(conn, "ana", PASSWORD)
    assert len({planted.session_id, first.session_id, second.session_id}) == 3
    assert signer.read(conn, token).session_id == first.session_id != planted.session_id


def test_altered_foreign_or_expired_tokens_are_refused(conn):
    signer = SessionSigner(SECRET)
    _, token = signer.login(conn, "ana", PASSWORD)
    forged = token.replace(token.split(".")[0], token.split(".")[0][:-2] + "AA")
    for bad in (forged, SessionSigner("t" * 48).issue(users.registered(conn, "ana"))[1], "garbage"):
        with pytest.raises(AuthenticationError, match="not valid"):
            signer.read(conn, bad)
    with pytest.raises(AuthenticationError, match="expired"):
        SessionSigner(SECRET, max_age=-1).read(conn, token)


def test_a_session_dies_when_its_user_is_disabled(conn):
    signer = SessionSigner(SECRET)
    _, token = signer.login(conn, "ana", PASSWORD)
    users.disable(conn, ADMIN, "ana")
    with pytest.raises(AuthenticationError, match="disabled"):
        signer.read(conn, token)


def test_csrf_tokens_belong_to_one_session():
    mine = csrf.token_for(SECRET, "session-1")
    csrf.check(SECRET, "session-1", mine)
    for bad in (None, "", csrf.token_for(SECRET, "session-2"), mine[:-1] + "0"):
        with pytest.raises(AccessDenied, match="csrf_token"):
            csrf.check(SECRET, "session-1", bad)


def test_login_attempts_are_limited_per_name_and_client_then_released():
    now = [1000.0]
    limiter = LoginLimiter(limit=3, window=60, clock=lambda: now[0])
    keys = attempt_key("Ana", "203.0.113.9")
    for _ in range(3):
        for key in keys:
            limiter.check(key)
            limiter.failed(key)
    with pytest.raises(AuthenticationError, match="too many failed attempts"):
        limiter.check("user:ana")
    limiter.check("user:vic")
    now[0] += 61
    limiter.check("user:ana")
    limiter.failed("user:ana")
    limiter.succeeded("user:ana")
    assert limiter.retry_after("user:ana") == 0
