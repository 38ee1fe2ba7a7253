"""Stored and reflected script, and forged posts: nothing runs, nothing is accepted."""

import pytest

from web_helpers import log_in, shot

pytestmark = pytest.mark.browser


def test_stored_script_handlers_and_javascript_links_stay_inert(signed_in, server, web_site):
    signed_in.goto(f"{server.url}/documents/{web_site.docs['hostile.txt'][0]}")
    signed_in.wait_for_load_state("load")
    text = signed_in.inner_text(".doc-text")
    assert "<script>window.__xss = 1" in text and 'onerror="window.__xss = 2' in text
    for note in signed_in.locator("details.note-block summary").all():
        note.click()
    assert signed_in.evaluate("window.__xss") is None
    assert signed_in.dialogs == []
    assert signed_in.locator(".doc-text script, .doc-text img, .doc-text b, main [onerror], main [onmouseover]").count() == 0
    assert signed_in.locator("a[href^='javascript:']").count() == 0
    assert signed_in.locator("title").inner_text().startswith("<script>")
    shot(signed_in, "hostile-document")


def test_a_search_query_cannot_inject_markup(signed_in, server):
    attack = '"><img src=x onerror="window.__xss=3;alert(3)"><script>alert(4)</script>'
    signed_in.goto(f"{server.url}/search?q={attack}")
    signed_in.wait_for_load_state("load")
    assert signed_in.evaluate("window.__xss") is None and signed_in.dialogs == []
    assert signed_in.locator("main img, main script").count() == 0
    assert signed_in.input_value("#q") == attack


def test_posts_without_the_csrf_token_are_refused(signed_in, server):
    signed_in.goto(f"{server.url}/ledger")
    forged = signed_in.evaluate("fetch('/api/verify', {method: 'POST'}).then(r => r.status)")
    genuine = signed_in.evaluate(
        "fetch('/api/verify', {method: 'POST', headers: {'X-CSRF-Token': window.dossier.csrfToken()}}).then(r => r.status)"
    )
    assert (forged, genuine) == (403, 200)
    form = signed_in.evaluate("""() => {
        const data = new FormData(); data.append('file', new Blob(['Report text on Onsong.']), 'x.txt');
        return fetch('/api/uploads', {method: 'POST', body: data}).then(r => r.status);
    }""")
    assert form == 403


def test_the_session_cookie_is_out_of_reach_of_scripts(page, server):
    log_in(page, server)
    assert "dossier_session" not in page.evaluate("document.cookie")
    cookie = next(c for c in page.context.cookies() if c["name"] == "dossier_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
