"""Is this short string a person's name? Used on bylines, credits and cited authors.

Names here come from headers and citations, where they stand alone between commas:
two to five capitalised words ("Robert L. Gallucci", "Kim Il-sung", "Hye-soo Kim"),
never words that name an office or an institution ("HRNK Research Interns").
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|(?:al|el|bin|ibn|de|da|del|della|der|di|du|la|le|van|von)(?:-\w+)?)$")
_NOT_NAMES = {
    "academy", "agency", "assembly", "association", "bureau", "center", "centre", "chair", "co-chair",
    "commission", "committee", "company", "corporation", "council", "daily", "department", "director",
    "editor", "emeritus", "executive", "fellow", "forum", "foundation", "government", "institute",
    "intern", "interns", "international", "journal", "korea", "ministry", "nations", "network", "news",
    "office", "online", "organization", "post", "press", "professor", "program", "programs", "publishing",
    "report", "republic", "research", "review", "secretary", "service", "shinmun", "sinmun", "ilbo", "staff",
    "times", "united",
    "university", "world", "others", "north", "south", "china", "the", "and", "of", "for",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
}


def looks_like_person(text: str) -> bool:
    """True for "Greg Scarlatoiu" or "ROBERTA COHEN"; False for "HRNK Research Intern"."""
    tokens = text.strip().split()
    if not 2 <= len(tokens) <= 5:
        return False
    if any(token.lower().strip(".,") in _NOT_NAMES or any(ch.isdigit() for ch in token) for token in tokens):
        return False
    if not all(_TOKEN.match(token) for token in tokens):
        return False
    shouted = [token.isupper() and sum(ch.isalpha() for ch in token) > 1 for token in tokens]
    return all(shouted) or not any(shouted)  # an acronym beside normal words is an organisation
