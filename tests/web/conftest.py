"""Fixtures of the end-to-end tests: a live server and headless Chromium.

The server is uvicorn on 127.0.0.1 with a free port, in a thread of the test process,
over a repository built like the API tests' one. Screenshots go to tests/web/artifacts/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.api import create_app
from web_helpers import ARTIFACTS, LiveServer, log_in, sites

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def web_site(tmp_path_factory):
    base = tmp_path_factory.mktemp("web")
    return sites.build_site(base / "repo", base / "files")


@pytest.fixture(scope="session")
def server(web_site):
    with LiveServer(create_app(web_site.root)) as live:
        yield live


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def admin_state(browser, server):
    """The cookies of one login as admin, reused by tests that start signed in."""
    context = browser.new_context()
    log_in(context.new_page(), server)
    state = context.storage_state()
    context.close()
    return state


@pytest.fixture
def page(browser):
    """A fresh, signed-out browser profile; every dialog (alert, confirm) is recorded and dismissed."""
    yield from _page(browser, None)


@pytest.fixture
def signed_in(browser, admin_state):
    """A fresh browser profile already logged in as admin."""
    yield from _page(browser, admin_state)


def _page(browser, state):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, storage_state=state)
    opened = context.new_page()
    opened.dialogs = []
    opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    yield opened
    context.close()
