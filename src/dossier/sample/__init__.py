"""The sample corpus Dossier ships: fictional documents for the demo and the tests.

The files sit next to this module so they travel inside the wheel (``sample/**/*`` is
package data); ``sample_files()`` is the one list of them, so the demo, the tests and the
benchmark generator agree on what the corpus is.
"""

from __future__ import annotations

from pathlib import Path

SAMPLE_DIR = Path(__file__).parent

# What lives beside the corpus but is not part of it: this package's notes and its code.
_README = "README.md"


def sample_files() -> list[Path]:
    """The corpus files, sorted by name, without the README and the Python modules."""
    return sorted(
        path
        for path in SAMPLE_DIR.iterdir()
        if path.is_file() and path.name != _README and path.suffix != ".py"
    )
