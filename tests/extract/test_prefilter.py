"""The word screen in front of the incident cues must never hide a match."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from dossier import law
from dossier.extract import _spans
from dossier.extract._prefilter import Screen, WordStarts, finditer_at, fold, required
from dossier.extract.sentences import sentences

OWN_GOLD = Path(__file__).resolve().parents[2] / "gold"
CUES = [(violation.id, cue) for violation in law.vocabulary() for cue in violation.cues]


def test_required_words_of_a_pattern():
    assert required(re.compile(r"\brepatriat(?:e|ed|ion)\b", re.I)) == {"repatriat"}
    assert required(re.compile(r"\b(?:turn|send)(?:s|ed)?\s+backwards\b", re.I)) == {"backwards"}
    assert required(re.compile(r"\b(?:beaten|tortured)\s+(?:in|at)\s+", re.I)) == {"beaten", "tortured"}
    assert required(re.compile(r"\b(?:kwanliso|관리소)\b")) == {"kwanliso", "관리소"}


def test_a_function_word_is_the_requirement_of_last_resort():
    assert required(re.compile(r"\bfrom\s+(?:\w+\s+)?dawn\b", re.I)) == {"dawn"}
    assert required(re.compile(r"\bwithout\s+(?:her|the)\s+baby\b", re.I)) == {"baby"}
    assert required(re.compile(r"\bafter\s+\w+\b", re.I)) == {"after"}


def test_patterns_a_match_may_avoid_every_word_of_have_no_requirement():
    assert required(re.compile(r"\b(?:camp|)\s+\w+")) is None
    assert required(re.compile(r"(?:prison)?\w+")) is None
    assert required(re.compile(r"[a-z]+\d")) is None


def test_every_cue_of_the_vocabulary_is_screened_by_some_word():
    assert all(required(cue.pattern) for _type, cue in CUES)


def test_fold_keeps_every_case_insensitive_match_of_an_ascii_character():
    plane = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000)
    for char in string.ascii_letters + string.digits + string.punctuation:
        for equal in re.findall(re.escape(char), plane, re.I):
            assert fold(equal) == char.lower(), (char, equal)
    assert len(fold("İstanbul ſtate")) == len("İstanbul ſtate")


def _own_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(OWN_GOLD.glob("*.txt"))]


@pytest.mark.parametrize("text", _own_texts() + ["FORCIBLY REPATRIATED women were ſent back to the DPRK.", "China practises refoulement"])
def test_screen_admits_every_cue_that_matches_a_sentence(text):
    readable = _spans.masked(text)
    spans = sentences(text)
    admitted = Screen(CUES, lambda item: item[1].pattern).candidates(readable, spans)
    matched_somewhere = 0
    for (start, end), candidates in zip(spans, admitted):
        matching = [item for item in CUES if item[1].pattern.search(readable[start:end])]
        assert all(item in candidates for item in matching), readable[start:end]
        matched_somewhere += bool(matching)
    assert matched_somewhere > 0


def test_screen_admits_every_matching_cue_in_the_shared_corpus(gold_documents):
    for gold in gold_documents:
        readable = _spans.masked(gold.document.text)
        spans = sentences(gold.document.text)
        admitted = Screen(CUES, lambda item: item[1].pattern).candidates(readable, spans)
        for (start, end), candidates in zip(spans, admitted):
            sentence = readable[start:end]
            assert all(item in candidates for item in CUES if item[1].pattern.search(sentence)), sentence


def test_overlapping_words_each_admit_their_cue_only_inside_one_stretch():
    items = [re.compile(r"\bbeat(?:en|ing)\b", re.I), re.compile(r"\beating\b", re.I), re.compile(r"\bnever\b", re.I)]
    text = "He was BEATING them. Not eating. Nev er."
    spans = [(0, 20), (21, 32), (33, 40)]
    admitted = Screen(items, lambda pattern: pattern).candidates(text, spans)
    assert admitted == [[items[0], items[1]], [items[1]], []]  # "nev er" holds no "never"
    straddling = Screen(items, lambda pattern: pattern).candidates("beating", [(0, 4), (4, 7)])
    assert straddling == [[items[0]], []]  # "eating" runs across the two stretches


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\d+(?:,\d{3})*", "1,2345 and 12 34,567,8"),  # a match may end inside a run of digits
        (r"(?i:mid|early)[\s-]+\d{4}", "mid-2019, Early 2020 and mid 1999midmid 2001"),
        (r"a+b?", "aaab aab ab b a"),
    ],
)
def test_trying_a_pattern_only_where_its_matches_can_open_finds_what_finditer_finds(pattern, text):
    regex = re.compile(pattern)
    opens = [position for position in range(len(text)) if regex.match(text, position)]
    expected = [(m.start(), m.end()) for m in regex.finditer(text)]
    assert [(m.start(), m.end()) for m in finditer_at(regex, text, opens)] == expected


def test_word_starts_finds_every_occurrence_of_each_kind_even_overlapping_ones():
    words = WordStarts({"time": ("mid", "midnight", "night"), "also midnight": ("midnight",)})
    assert words.find(fold("MIDNIGHT at mid-day")) == {"time": [0, 0, 3, 12], "also midnight": [0]}


def test_fold_keeps_offsets_and_lower_cases_the_characters_ignorecase_equates():
    assert fold("İSTANBUL ſeptember ıNDIA") == "istanbul september india"
