"""The romanization tables under ``dossier/data/romanization/``, read once per process.

The knowledge of how Korean is spelled in Latin letters is data, not code: the spellings
of each part of a syllable, the family names, the titles set before names, the
administrative suffixes of places and the words for kinds of detention facility.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from dossier.errors import InputError

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "romanization"
PARTS = ("initial", "vowel", "final")


@dataclass(frozen=True)
class Spelling:
    """One way to write one part of a syllable, and the Hangul letters it may stand for."""

    part: str
    text: str
    letters: frozenset[str]


@cache
def spellings() -> dict[str, list[Spelling]]:
    """The spellings of each part, longest first, so parsing tries "ch'" before "ch"."""
    found: dict[str, list[Spelling]] = {part: [] for part in PARTS}
    for number, fields in _rows("jamo.tsv"):
        if len(fields) < 3 or fields[0] not in PARTS:
            raise InputError(f"jamo.tsv line {number}", "expected part, spelling, letters")
        letters = frozenset("" if letter == "-" else letter for letter in fields[2].split())
        found[fields[0]].append(Spelling(fields[0], fields[1], letters))
    for part in PARTS:
        found[part].sort(key=lambda spelling: -len(spelling.text))
    return found


@cache
def surnames() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """(spelling → family-name groups, Hangul form → group): a group is its first Hangul form."""
    by_spelling: dict[str, set[str]] = {}
    by_hangul: dict[str, str] = {}
    for number, fields in _rows("surnames.tsv"):
        if len(fields) < 2:
            raise InputError(f"surnames.tsv line {number}", "expected Hangul forms, then spellings")
        forms = fields[0].split()
        for form in forms:
            by_hangul[form] = forms[0]
        for spelling in fields[1].split():
            by_spelling.setdefault(spelling, set()).add(forms[0])
    return {key: frozenset(groups) for key, groups in by_spelling.items()}, by_hangul


@cache
def titles() -> frozenset[str]:
    """Words that stand before a name as a title or office, lower case."""
    return frozenset(fields[0] for _, fields in _rows("titles.txt"))


@cache
def admin_suffixes() -> dict[str, Any]:
    """The administrative levels and province halves of ``admin_suffixes.yaml``."""
    data = _yaml("admin_suffixes.yaml")
    if not isinstance(data.get("levels"), dict) or not isinstance(data.get("halves"), dict):
        raise InputError("admin_suffixes.yaml", "needs 'levels' and 'halves' mappings")
    return data


@cache
def facility_kinds() -> dict[str, dict[str, Any]]:
    """Kinds of detention facility: label and the terms that name them."""
    kinds = _yaml("facility_types.yaml").get("kinds")
    if not isinstance(kinds, dict) or "generic" not in kinds:
        raise InputError("facility_types.yaml", "needs a 'kinds' mapping with a 'generic' kind")
    return kinds


def _rows(filename: str) -> list[tuple[int, list[str]]]:
    """Non-comment lines of a tab-separated table, with their line numbers."""
    path = DATA_DIR / filename
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(str(path), f"cannot read romanization table ({error.strerror})") from error
    return [
        (number, line.split("\t"))
        for number, line in enumerate(lines, start=1)
        if line.strip() and not line.startswith("#")
    ]


def _yaml(filename: str) -> dict[str, Any]:
    path = DATA_DIR / filename
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(str(path), f"cannot read romanization table ({error.strerror})") from error
    except yaml.YAMLError as error:
        raise InputError(filename, f"not valid YAML: {error}") from error
    if not isinstance(data, dict):
        raise InputError(filename, "expected a mapping at the top level")
    return data
