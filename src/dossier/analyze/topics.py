"""What a quantitative claim is about: the lemma of its subject's head noun and the
class of its measure. Claims with the same topic are compared across sources.

The word lists are data (``topics.yaml`` beside this module): which verbs state the
same measure, which measures are units rather than things, and irregular plurals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from dossier.errors import InputError
from dossier.model import Claim

TOPICS = Path(__file__).resolve().with_name("topics.yaml")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TOKEN = re.compile(r"[\w'’.,-]+|[;:()\[\]]")
_NUMBER = re.compile(r"^[\d.,]+$")
_WORDS_BEFORE = 8  # how far back from the counted thing its verb is looked for


@dataclass(frozen=True)
class Topic:
    subject: str  # lemma of the head noun: "prisoner"
    measure: str  # measure class: "count", "deaths", or the verb itself

    @property
    def label(self) -> str:
        return f"{self.subject} ({self.measure})"


@dataclass(frozen=True)
class _Words:
    not_comparable: frozenset[str]
    unit_heads: frozenset[str]
    before_number_skip: frozenset[str]
    measure_class: dict[str, str]
    head_ends_before: frozenset[str]
    irregular: dict[str, str]


def topic_of(claim: Claim) -> Topic | None:
    """The claim's topic, or None when its subject is a unit ("percent", "tons") or has no noun."""
    words = _words()
    measure = (claim.measure or "count").lower()
    if measure in words.not_comparable:
        return None
    subject = head_lemma(claim.subject)
    if subject is None or subject in words.unit_heads:
        return None
    if measure == "count":
        measure = _verb_before(claim, words) or measure
    return Topic(subject, words.measure_class.get(measure, measure))


def _verb_before(claim: Claim, words: _Words) -> str | None:
    """The verb just before the number: "rescued" in "rescued about 270 refugees"."""
    sentence = claim.text.lower()
    at = sentence.find((claim.unit or claim.subject).lower())
    if at < 0:
        return None
    for token in reversed(_TOKEN.findall(sentence[:at])[-_WORDS_BEFORE:]):
        word = token.strip(".,")
        if _NUMBER.match(token) or word in words.before_number_skip:
            continue
        if token != word and not _NUMBER.match(token):
            return None  # a clause ends here: "..., 270 refugees"
        return word if word in words.measure_class or word.endswith("ed") else None
    return None


def head_lemma(subject: str) -> str | None:
    """"political prisoners" → "prisoner"; "times per month" → "time"; "1,418" → None."""
    words = _words()
    head = None
    for word in _WORD.findall(subject.lower()):
        if word in words.head_ends_before and head is not None:
            break
        head = word
    return _singular(head, words.irregular) if head else None


def _singular(word: str, irregular: dict[str, str]) -> str:
    if word in irregular:
        return irregular[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = _read(TOPICS)
    classes = {verb: name for name, verbs in data["measure_classes"].items() for verb in verbs}
    return _Words(
        not_comparable=frozenset(data["not_comparable"]),
        unit_heads=frozenset(data["unit_heads"]),
        before_number_skip=frozenset(data["before_number_skip"]),
        measure_class=classes,
        head_ends_before=frozenset(data["head_ends_before"]),
        irregular=dict(data["irregular_plurals"]),
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise InputError(str(path), f"cannot be read: {error}".splitlines()[0]) from error
    keys = ("not_comparable", "unit_heads", "before_number_skip", "measure_classes", "head_ends_before", "irregular_plurals")
    for key in keys:
        if not isinstance(data, dict) or key not in data:
            raise InputError(str(path), f"field {key!r} is missing")
    return data
