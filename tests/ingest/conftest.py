"""Fixtures of the ingest tests: the shared corpus (skipped when absent) and real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from . import samples


def _shared() -> Path | None:
    for candidate in (Path(__file__).resolve().parents[3] / "shared", Path("/work/shared")):
        if (candidate / "corpus" / "hrnk-2018-compilation.txt").is_file():
            return candidate
    return None


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The real HRNK compilation and its gold folder; skips without ../shared."""
    shared = _shared()
    if shared is None:
        pytest.skip("../shared/corpus is not present")
    return shared / "corpus"


@pytest.fixture(scope="session")
def text_pdf() -> bytes:
    return samples.pdf_with_text(["Page one: forced repatriation from China.", "Page two: detention in Onsong."])


@pytest.fixture(scope="session")
def scanned_pdf() -> bytes:
    return samples.pdf_with_scanned_page("Prison camp")


@pytest.fixture(scope="session")
def word_document() -> bytes:
    return samples.docx_with_table_and_footnote()


@pytest.fixture(scope="session")
def message() -> bytes:
    return samples.eml_with_attachment()
