"""Failures answer one JSON line with a 4xx, and a bug never shows its traceback."""

import logging

from dossier.api import reads


def test_wrong_parameters_are_422_with_the_field_named(as_admin):
    response = as_admin.get("/api/documents", params={"limit": "many"})
    assert response.status_code == 422
    assert response.json()["error"].startswith("query.limit:")


def test_unknown_api_paths_are_json_404(as_admin):
    response = as_admin.get("/api/no-such-thing")
    assert response.status_code == 404 and response.json() == {"error": "Not Found"}


def test_a_bug_becomes_a_generic_500_and_is_logged(as_admin, monkeypatch, caplog):
    def broken(*_args, **_kwargs):
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(reads, "documents_page", broken)
    with caplog.at_level(logging.ERROR, logger="dossier.api"):
        response = as_admin.get("/api/documents")
    assert response.status_code == 500
    assert response.json() == {"error": "internal error: the server log has the details"}
    assert "secret internals" not in response.text
    assert "secret internals" in caplog.text


def test_a_bug_on_a_page_gives_an_error_page(as_admin, monkeypatch):
    monkeypatch.setattr(reads, "holdings", lambda *_a, **_k: 1 / 0)
    response = as_admin.get("/")
    assert response.status_code == 500
    assert "ZeroDivisionError" not in response.text and "Error 500" in response.text


def test_every_answer_carries_the_security_headers(as_admin):
    for url in ("/", "/api/documents", "/static/style.css", "/api/nope"):
        headers = as_admin.get(url).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "unsafe-inline" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
