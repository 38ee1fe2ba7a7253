"""Reading the shipped legal data files, with errors that name the file and the field.

The vocabulary and the legal elements are data (``data/violations.yaml``,
``data/legal_elements.yaml``); this module only turns them into typed records once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from dossier.errors import InputError

DATA = Path(__file__).resolve().parents[1] / "data"
VIOLATIONS = DATA / "violations.yaml"
LEGAL_ELEMENTS = DATA / "legal_elements.yaml"


@dataclass(frozen=True)
class Cue:
    """Words that signal a violation type inside one sentence."""

    pattern: re.Pattern[str]
    near: re.Pattern[str] | None = None
    within: int | None = None  # words between the cue and ``near``; None: anywhere in the sentence
    unless: re.Pattern[str] | None = None


@dataclass(frozen=True)
class ViolationType:
    id: str
    label: str
    label_ko: str
    definition: str
    section: str | None
    acts: tuple[str, ...]
    duties: tuple[str, ...]
    modes: tuple[str, ...]
    cues: tuple[Cue, ...]
    broader_than: tuple[str, ...] = ()

    @property
    def legal(self) -> list[str]:
        """Every legal act and duty an incident of this type may fall under."""
        return [*self.acts, *self.duties]


@dataclass(frozen=True)
class Element:
    id: str
    act: str
    kind: str  # conduct, consequence, circumstance, mental, contextual
    text: str


@dataclass(frozen=True)
class LegalAct:
    id: str
    name: str
    article: str
    family: str  # crime_against_humanity, treaty_duty, mode_of_liability
    elements: tuple[Element, ...]
    instrument: str | None = None


@dataclass(frozen=True)
class LegalData:
    types: dict[str, ViolationType]
    acts: dict[str, LegalAct]
    contextual: tuple[Element, ...]


@lru_cache(maxsize=4)
def load(violations: Path = VIOLATIONS, legal_elements: Path = LEGAL_ELEMENTS) -> LegalData:
    """Both files, parsed and cross-checked: every act a type names must exist."""
    elements = _read(legal_elements)
    acts = _acts(elements, legal_elements)
    contextual = tuple(_element(item, "cah_context", legal_elements) for item in _list(elements, "contextual", legal_elements))
    types = {item["id"]: _violation_type(item, violations) for item in _list(_read(violations), "types", violations)}
    for violation in types.values():
        for act_id in (*violation.legal, *violation.modes):
            if act_id not in acts:
                raise InputError(str(violations), f"{violation.id} names unknown legal act {act_id!r}")
    return LegalData(types=types, acts=acts, contextual=contextual)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise InputError(str(path), f"cannot be read: {error}".splitlines()[0]) from error
    if not isinstance(data, dict):
        raise InputError(str(path), "is not a YAML mapping")
    return data


def _list(data: dict[str, Any], key: str, path: Path) -> list[dict[str, Any]]:
    items = data.get(key)
    if not isinstance(items, list):
        raise InputError(str(path), f"field {key!r} must be a list")
    return items


def _acts(data: dict[str, Any], path: Path) -> dict[str, LegalAct]:
    families = {"acts": "crime_against_humanity", "duties": "treaty_duty", "modes": "mode_of_liability"}
    acts: dict[str, LegalAct] = {}
    for key, family in families.items():
        for item in _list(data, key, path):
            act = LegalAct(
                id=_field(item, "id", path), name=_field(item, "name", path),
                article=str(_field(item, "article", path)), family=family,
                elements=tuple(_element(e, item["id"], path) for e in item.get("elements", [])),
                instrument=item.get("instrument"),
            )
            acts[act.id] = act
    return acts


def _element(item: dict[str, Any], act: str, path: Path) -> Element:
    return Element(id=_field(item, "id", path), act=act, kind=_field(item, "kind", path), text=_field(item, "text", path))


def _violation_type(item: dict[str, Any], path: Path) -> ViolationType:
    type_id = _field(item, "id", path)
    return ViolationType(
        id=type_id, label=_field(item, "label", path), label_ko=item.get("label_ko", ""),
        definition=_field(item, "definition", path), section=item.get("section"),
        acts=tuple(item.get("acts") or ()), duties=tuple(item.get("duties") or ()),
        modes=tuple(item.get("modes") or ()),
        cues=tuple(_cue(cue, type_id, path) for cue in item.get("cues") or ()),
        broader_than=tuple(item.get("broader_than") or ()),
    )


def _cue(item: str | dict[str, Any], type_id: str, path: Path) -> Cue:
    if isinstance(item, str):
        return Cue(pattern=_regex(item, type_id, path))
    return Cue(
        pattern=_regex(_field(item, "pattern", path), type_id, path),
        near=_regex(item["near"], type_id, path) if "near" in item else None,
        within=item.get("within"),
        unless=_regex(item["unless"], type_id, path) if "unless" in item else None,
    )


def _regex(pattern: str, type_id: str, path: Path) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise InputError(str(path), f"cue of {type_id} is not a valid pattern: {error}") from error


def _field(item: dict[str, Any], key: str, path: Path) -> Any:
    if not isinstance(item, dict) or item.get(key) in (None, ""):
        where = item.get("id", "an entry") if isinstance(item, dict) else "an entry"
        raise InputError(str(path), f"{where} has no {key!r}")
    return item[key]
