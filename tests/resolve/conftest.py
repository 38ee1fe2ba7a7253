from pathlib import Path

import pytest


def _shared() -> Path | None:
    for candidate in (Path(__file__).resolve().parents[2] / ".." / "shared", Path("/work/shared")):
        if (candidate / "corpus" / "hrnk-2018-compilation.txt").is_file():
            return candidate.resolve()
    return None


@pytest.fixture
def corpus_text() -> str:
    """The real HRNK compilation, or a clean skip where ../shared is absent."""
    shared = _shared()
    if shared is None:
        pytest.skip("../shared corpus is not present")
    return (shared / "corpus" / "hrnk-2018-compilation.txt").read_text(encoding="utf-8")


@pytest.fixture
def gold_dir() -> Path:
    shared = _shared()
    if shared is None:
        pytest.skip("../shared corpus is not present")
    return shared / "corpus" / "gold"
