"""Fixtures of the API tests: a repository built once per session, clients per role."""

from __future__ import annotations

import pytest

from dossier.api import create_app

from api_sites import FILES, Site, build_site, client_for


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    base = tmp_path_factory.mktemp("site")
    return build_site(base / "repo", base / "files")


@pytest.fixture(scope="session")
def app(site):
    return create_app(site.root)


@pytest.fixture(scope="session")
def public_app(site):
    return create_app(site.root, public_mode=True)


@pytest.fixture(scope="session")
def as_admin(app, site) -> TestClient:
    return client_for(app, site.tokens["admin"])


@pytest.fixture(scope="session")
def as_viewer(app, site) -> TestClient:
    return client_for(app, site.tokens["viewer"])


@pytest.fixture(scope="session")
def as_analyst(app, site) -> TestClient:
    return client_for(app, site.tokens["analyst"])


@pytest.fixture(scope="session")
def anonymous(app) -> TestClient:
    return client_for(app)


@pytest.fixture(scope="session")
def public(public_app) -> TestClient:
    return client_for(public_app)


@pytest.fixture
def fresh_site(tmp_path) -> Site:
    """A repository of its own, for tests that change it (uploads, tampering)."""
    return build_site(tmp_path / "repo", tmp_path / "files", [FILES[0]])
