"""Logging in through the pages: session cookie, CSRF on every POST, rate limit, logout."""

import re

import pytest
from dossier.api import create_app

from api_sites import PASSWORD, client_for

TOKEN = re.compile(r'name="csrf_token" value="([0-9a-f]+)"')


def form_token(client, url: str = "/login") -> str:
    return TOKEN.search(client.get(url).text).group(1)


def log_in(client, password: str = PASSWORD, next_url: str = "/"):
    token = form_token(client)
    return client.post("/login", data={"username": "admin", "password": password, "csrf_token": token, "next": next_url},
                       follow_redirects=False)


@pytest.fixture
def browser(site):
    """A browser-like client of an app of its own (so its login rate limit is its own)."""
    return client_for(create_app(site.root))


def test_pages_send_anonymous_visitors_to_the_login_page(browser):
    response = browser.get("/documents?kind=testimony", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fdocuments%3Fkind%3Dtestimony"


def test_logging_in_sets_a_strict_http_only_session_cookie(browser):
    response = log_in(browser, next_url="/incidents")
    assert response.status_code == 303 and response.headers["location"] == "/incidents"
    cookie = next(c for c in response.headers.get_list("set-cookie") if c.startswith("dossier_session="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    page = browser.get("/")
    assert page.status_code == 200 and "admin" in page.text


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(browser):
    response = log_in(browser, password="not the password at all")
    assert response.status_code == 401
    assert "wrong user name or password" in response.text
    assert "dossier_session" not in response.cookies


def test_login_without_the_form_token_is_refused(browser):
    browser.get("/login")
    response = browser.post("/login", data={"username": "admin", "password": PASSWORD}, follow_redirects=False)
    assert response.status_code == 403 and "csrf_token" in response.text


def test_an_open_redirect_after_login_goes_home_instead(browser):
    assert log_in(browser, next_url="//evil.example/").headers["location"] == "/"


def test_a_cookie_planted_before_login_is_replaced(browser):
    planted = {"Cookie": "dossier_session=planted-by-an-attacker"}
    assert browser.get("/", headers=planted, follow_redirects=False).status_code == 303
    issued = log_in(browser).cookies["dossier_session"]
    assert issued != "planted-by-an-attacker"
    assert browser.get("/").status_code == 200


def test_session_posts_need_the_csrf_token(browser):
    log_in(browser)
    refused = browser.post("/api/verify")
    assert refused.status_code == 403 and "csrf_token" in refused.json()["error"]
    token = re.search(r'name="csrf-token" content="([0-9a-f]+)"', browser.get("/ledger").text).group(1)
    accepted = browser.post("/api/verify", headers={"X-CSRF-Token": token})
    assert accepted.status_code == 200 and accepted.json()["ledger_entries"] >= 1
    assert browser.post("/ledger/verify", data={"csrf_token": "0" * 64}, follow_redirects=False).status_code == 403
    upload = browser.post("/api/uploads", files={"file": ("a.txt", b"Some report text about Onsong.\n")})
    assert upload.status_code == 403


def test_api_tokens_need_no_csrf_token(site):
    client = client_for(create_app(site.root), site.tokens["viewer"])
    assert client.post("/api/verify").status_code == 200


def test_repeated_failures_lock_the_name_out(browser):
    for _ in range(5):
        assert log_in(browser, password="wrong password guess").status_code == 401
    locked = log_in(browser)  # even the right password waits
    assert locked.status_code == 401 and "too many failed attempts" in locked.text


def test_logging_out_ends_the_session(browser):
    log_in(browser)
    token = form_token(browser, "/")
    response = browser.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert response.headers["location"] == "/login"
    assert browser.get("/", follow_redirects=False).status_code == 303


def test_the_upload_form_works_without_javascript(fresh_site):
    browser = client_for(create_app(fresh_site.root))  # the upload changes the repository: one of its own
    log_in(browser)
    token = form_token(browser, "/upload")
    sent = browser.post("/upload", data={"csrf_token": token, "sensitivity": "public"},
                        files={"file": ("plain.txt", b"Statement on Hyesan\n\nGuards beat detainees in Hyesan in 2017.\n")},
                        follow_redirects=False)
    assert sent.status_code == 303 and sent.headers["location"].startswith("/upload?job=")
    page = browser.get(sent.headers["location"])
    assert "plain.txt: " in page.text and '<progress id="upload-progress"' in page.text
