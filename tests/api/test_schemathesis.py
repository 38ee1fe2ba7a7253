"""The OpenAPI contract holds: generated requests (valid and invalid) never get a 5xx,
and every answer matches the schema published at /openapi.json."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from dossier.api import create_app

from api_sites import FILES, build_site

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_headers_conformance, response_schema_conformance]
EXAMPLES = 10  # per operation: enough to hit edge values, small enough to stay fast


@pytest.fixture(scope="module")
def contract(tmp_path_factory):
    base = tmp_path_factory.mktemp("contract")
    site = build_site(base / "repo", base / "files", [FILES[0], FILES[3]])
    return create_app(site.root, max_upload_bytes=64 * 1024), site.tokens["admin"]


def test_the_api_keeps_its_contract(contract):
    app, token = contract
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures = {}
    for result in schema.get_all_operations():
        operation = result.ok()
        try:
            _exercise(operation, token)
        except Exception as exc:  # collect every operation's failure, then report them together
            failures[operation.label] = f"{type(exc).__name__}: {exc}"
    assert not failures, "\n\n".join(f"{label}\n{why}" for label, why in failures.items())


def _exercise(operation, token: str) -> None:
    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case):
        case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=CHECKS)

    check()


def test_the_schema_names_every_resource(contract):
    from fastapi.testclient import TestClient

    paths = TestClient(contract[0]).get("/openapi.json").json()["paths"]
    assert {"/api/documents", "/api/documents/{document_id}", "/api/search", "/api/uploads", "/api/uploads/{job_id}",
            "/api/entities/{entity_id}", "/api/incidents", "/api/claims", "/api/recommendations", "/api/ledger",
            "/api/verify", "/api/sources"} <= set(paths)
    assert not any(p in paths for p in ("/", "/login", "/documents/{document_id}"))
