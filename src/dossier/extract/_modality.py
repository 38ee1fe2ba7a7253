"""Whether a sentence asserts the act a cue names, or only recommends, fears or denies it.

The decision is local to the cue, not to the sentence: "urge China to halt its forcible
repatriation" does not assert a return, but "sanction officials involved in forced
repatriations" does, though both sentences recommend. So each test looks at the few
words that govern the cue: a stop verb or "ensure ... not" (recommendation), a modal or
a fear (hypothetical; but "every night they would beat us", "they would beat anyone who
spoke" are habitual narration), a negation (negated; in Hangul it follows the verb), or a claim by someone else (reported_claim,
or denied when the claim is itself a denial, is a negation or a minimising "only", or when
the account is named a lie: "called such findings 'a smear campaign'").
"""

from __future__ import annotations

import re

ASSERTED = "asserted"

_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\b(?:but|who|which|whom|while|whereas|because|although|though)\b", re.I)
_WORD = re.compile(r"[\w’'-]+")
# A stop verb before a verb of giving ("stopped giving rations") stops a provision, and
# that stopping is itself the act told, not its end.
_STOP_VERB = re.compile(
    r"\b(?:halt\w*|stop\w*|cease[sd]?|ceasing|end(?!\s+up\b)|ending(?!\s+up\b)|prevent\w*|moratorium\s+on|protection\s+from|"
    r"decriminali[sz]\w*|abolish\w*|refrain\w*\s+from|put\s+an\s+end\s+to|eliminat\w+|"
    r"forbids?|forbidding|prohibits?|prohibiting)\b"
    r"(?!\s+(?:giving|providing|handing|distributing|supplying|paying|feeding)\b)",
    re.I,
)
# Hangul puts the negation after the verb: "돌려보내지 말고" (do not send back), "때려서는 안
# 된다" (must not beat) forbid the act; "때리지 않았다" (did not beat) negates it.
_FORBIDDEN_AFTER_KO = re.compile(r"\S{0,4}(?:지\s?(?:말|마라|마십시오|않도록)|서는\s?안\s?(?:된|되))")
_NEGATED_AFTER_KO = re.compile(r"\S{0,4}지\s?(?:않|못)")
# "강제북송을 중단할 것을 촉구했다": the stop verb follows its object in Hangul.
_STOPPED_AFTER_KO = re.compile(r"\S{0,3}\s?(?:중단|중지|멈추|멈춰|금지|폐지|근절|철폐)")
_RECOMMENDING_KO = re.compile(r"해야|촉구|요구|권고|호소|(?:할|하라는|하도록)\s?것")
_CONDITION_BEFORE_STOP = re.compile(r"\b(?:until|unless|as\s+long\s+as)\b[^,;]*$", re.I)
_KEEP_FROM = re.compile(r"\b(?:stop|prevent|prohibit|protect|bar|keep)\w*\b[^,;.]*\bfrom\b[^,;.]*$", re.I)
_ENSURE_NOT = re.compile(r"\b(?:ensure|assure|make\s+sure|guarantee)\b[^;.]*\bnot\b[^;.]*$", re.I)
_STOPPED_AFTER = re.compile(r"^[^,;.]{0,40}\b(?:must|should|has\s+to|needs?\s+to)\s+be\s+(?:prevented|stopped|halted|ended|cut\s+off)\b", re.I)
_MODAL = re.compile(r"\b(?:would|could|might|shall)\b|(?<!their )(?<!his )(?<!her )(?<!own )\bwill\b|\w+['’]d\b", re.I)
_FEAR = re.compile(r"\b(?:fear\w*|afraid|risk|danger|threat\s+of)\b", re.I)
_UNCERTAIN = re.compile(r"\b(?:potential|possible|possibly|alleged|allegedly|suspected|probabl[ey]|presumably|likely|surely)\b", re.I)
# "no political prison camps", "no detainee had been subjected to torture": "no" before
# the act or before the people it would befall, with their verb.
_NO_ACT = re.compile(
    r"\bno\s+(?:\w+\s+){0,2}(?:(?:is|are|was|were|has|have|had|will|would|can|could)\s+(?:be\s+|been\s+)?(?:\w+\s+){0,2})?$"
    r"|\bno\s+$",
    re.I,
)
# "no repatriated person is tortured": the act names the people "no" counts, not the act.
_PEOPLE_AFTER = re.compile(
    r"\s+(?:persons?|people|refugees|women|men|North\s+Koreans|returnees|detainees|prisoners|citizens|individuals)\b", re.I
)
# "political prison camps do not exist", "고문이나 공개처형이 존재하지 않는다": the act denied
# after it is named.
_NOT_EXISTING = re.compile(
    r"[^.;:]{0,40}?(?:\b(?:do|does|did)\s+not\s+exist|\b(?:don|doesn|didn)['’]t\s+exist|\bnever\s+existed"
    r"|\bno\s+longer\s+exist|존재하지\s?않)",
    re.I,
)
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|no\s+more|nor)\b(?!\s+only)|n['’]t\b", re.I)
_CLAIM = re.compile(
    r"\b(?:claim(?:s|ed)?|den(?:y|ies|ied)|insist(?:s|ed)?|maintain(?:s|ed)?|contend(?:s|ed)?|"
    r"argu(?:es|ed))\s+that\b",
    re.I,
)
# "denies that returnees are held": the claim is itself the denial of the act.
_DENIAL = re.compile(r"den(?:y|ies|ied)\b", re.I)
# A subject pronoun after the negation opens a clause of its own: "when my answers did
# not please him he kicked me" asserts the kick.
_SUBJECT_PRONOUN = re.compile(r"\b(?:I|he|she|we|they)\b", re.I)
_MINIMISING = re.compile(r"\b(?:not|never|no|only|none)\b", re.I)
# The accused naming the account a lie: "has called such findings 'a smear campaign'",
# "dismissed reports of torture as fabrications".
_DISMISSING_VERB = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|describ(?:es|ed|ing)|label(?:s|l?ed|l?ing)?|brand(?:s|ed|ing)?|"
    r"reject(?:s|ed|ing)?)\b",
    re.I,
)
_FALSEHOOD_AFTER = re.compile(
    r"^[^.;,]{0,60}?(?:\bas\b|\ban?\b|[\"“‘])\s*[\"“‘]?(?:an?\s+)?(?:\w+\s+)?"
    r"(?:smear|fabricat\w+|lies|slander\w*|fake|groundless|baseless|false(?:hoods?)?|hoax(?:es)?|"
    r"fictions?|inventions?|propaganda|distortions?)\b",
    re.I,
)
_PARTICIPLE_AFTER = re.compile(r"(?:\d|\b(?:those|refugees|women|people|persons|North Koreans|thousands))\s*$", re.I)
_RECOMMENDING = re.compile(
    r"\b(?:should|must|urge[sd]?|call(?:s|ed)?\s+(?:on|upon)|recommend\w*|ensure|assure|need\s+to|want\s+to|"
    r"ask\w*|request\w*|to\s+stop|to\s+prevent)\b",
    re.I,
)
# What makes "would" habitual: the act came again and again ("every night", "whenever",
# "often", "used to", "for hours"), or befell whoever did something in the past told
# ("anyone who spoke", "when we moved").
_FREQUENCY = re.compile(
    r"\b(?:(?:every|each)\s+(?:single\s+)?(?:day|morning|night|evening|afternoon|week|month|year|time|other\s+day|"
    r"winter|summer|season|occasion|meal|shift|roll\s+call|session)|whenever|always|often|usually|regularly|routinely|sometimes|"
    r"frequently|constantly|repeatedly|at\s+night|day\s+after\s+day|night\s+after\s+night|used\s+to|"
    r"again\s+and\s+again|over\s+and\s+over|for\s+hours|for\s+(?:days|weeks)\s+on\s+end|all\s+(?:day|night)(?:\s+long)?|"
    r"(?:anyone|anybody|whoever|everyone|those|people|prisoners|inmates|detainees)\s+who\s+(?:\w+ed|spoke|moved|fell|ran|"
    r"stole|ate|slept|talked|was|were|did|could\s+not|couldn['’]t)|"
    r"when\s+(?:we|they|someone|somebody|anyone|he|she|I|a\s+\w+)\s+(?:\w+ed|spoke|moved|fell|ran|stole|ate|slept|"
    r"was|were|did|could\s+not|couldn['’]t))\b",
    re.I,
)
# "They said the guards would beat him": "would" after a verb of saying or fearing is a
# future seen from the past, not a habit.
_FUTURE_IN_PAST = re.compile(
    r"\b(?:said|says|told|tell|warned|threatened|promised|feared|fear|thought|think|believed|knew|expected|worried|"
    r"afraid|hoped|sure|claimed|announced|decided|planned|predicted)\b[^.;]*\bwould\b",
    re.I,
)
# "if he were caught", "unless", "otherwise" make "would" a condition's; "if one of us
# was slow" tells, in the past indicative, what set off a habit.
_CONDITION_OF_WOULD = re.compile(
    r"\b(?:unless|otherwise)\b|\bif\b(?!\s+(?:(?!were\b|had\b)\w+\s+){0,4}(?:was|did|moved|fell|spoke|stopped|talked|tried)\b)",
    re.I,
)
_HEDGED_WOULD = re.compile(r"\bwould\s+(?:likely|probably|be\s+able|have\b|rather|like)", re.I)
_CONDITIONAL_OPENING = re.compile(r"^(?:Should|Were|Had)\s+\w+", re.I)
# "conduct could amount to aiding ... where repatriations are directed toward ...".
_CONDITIONAL_CLAUSE = re.compile(r"\b(?:could|would|might)\b[^.;]*\b(?:where|if|unless)\b[^,;.]*$", re.I)
# A list item is a few words after a comma that follows a noun, not a verb of its own.
_LIST_ITEM_WORDS = 3
_ACT_BEFORE_COMMA = re.compile(r"\b(?:\w+(?:ion|ence|ment|ure|ty|ing)|rape|abuse|labou?r)\s*$", re.I)
_LAST_WORD = re.compile(r"(\S+)\s*$")
# "If he is sent back, ...": an open condition, in the present, asserts nothing; "If a man
# was accused, his family was taken" tells what happened whenever it did, so past stays.
_OPEN_CONDITION = re.compile(r"\b(?:if|unless|in\s+case)\b(?![^,;.]*\b(?:was|were|had|did)\b)[^,;.]*$", re.I)


def modality(sentence: str, start: int, end: int) -> str:
    """How ``sentence`` presents the act named by ``sentence[start:end]``."""
    before = sentence[:start]
    clause = _last_clause(before)
    if _CONDITIONAL_OPENING.match(sentence) or _CONDITIONAL_CLAUSE.search(before) or _OPEN_CONDITION.search(clause):
        return "hypothetical"
    if _STOP_VERB.match(sentence, start) or _STOPPED_AFTER_KO.match(sentence, end) \
            or _is_stopped(before, clause, sentence[end:]):
        recommending = _RECOMMENDING.search(sentence) or _RECOMMENDING_KO.search(sentence)
        return "recommendation" if recommending else "negated"
    if _ENSURE_NOT.search(before) or _FORBIDDEN_AFTER_KO.match(sentence, end):
        return "recommendation"
    if _dismissed(clause, sentence[end:]):
        return "denied"
    claim = _last_claim(before)
    if claim is not None and not _is_participle(sentence, start, end):
        denial = _DENIAL.match(claim.group()) or _MINIMISING.search(before[claim.end():])
        return "denied" if denial else "reported_claim"
    if (_within(clause, _MODAL, 6) and not _habitual(sentence, clause)) or _within(clause, _FEAR, 8) \
            or ("would" in clause.lower() and _FUTURE_IN_PAST.search(clause)) \
            or _within(clause, _UNCERTAIN, 2):
        return "hypothetical"
    if _negates(clause) or _NEGATED_AFTER_KO.match(sentence, end) or _NOT_EXISTING.match(sentence, end) \
            or (_NO_ACT.search(clause) and not _PEOPLE_AFTER.match(sentence, end)):
        return "negated"
    return ASSERTED


def _last_clause(before: str) -> str:
    """The words that govern the act: from the last clause break, but a comma that only
    parts the items of a list ("would face torture, sexual violence or imprisonment")
    leaves the list in the clause of its first item."""
    breaks = list(_CLAUSE_BREAK.finditer(before))
    while breaks and breaks[-1].group() == "," and _words(before[breaks[-1].end():]) <= _LIST_ITEM_WORDS \
            and _ACT_BEFORE_COMMA.search(before[max(0, breaks[-1].start() - 30):breaks[-1].start()]):
        breaks.pop()
    return before[breaks[-1].end():] if breaks else before


def _is_stopped(before: str, clause: str, after: str) -> bool:
    stop = None
    for stop in _STOP_VERB.finditer(clause):
        pass
    if stop is not None and _words(clause[stop.start():]) <= 7 and not _CONDITION_BEFORE_STOP.search(clause[:stop.start()]):
        return True
    return bool(_KEEP_FROM.search(before) or _STOPPED_AFTER.match(after))


def _last_claim(before: str) -> re.Match[str] | None:
    claims = list(_CLAIM.finditer(before))
    return claims[-1] if claims else None


def _dismissed(clause: str, after: str) -> bool:
    """The act is the object of a verb of naming whose label calls it false."""
    return bool(_DISMISSING_VERB.search(clause) and _FALSEHOOD_AFTER.match(after))


def _is_participle(sentence: str, start: int, end: int) -> bool:
    """"6,452 returned", "those returned", "returnees": the act is background even inside
    a claim, since it names the people it befell."""
    last = _LAST_WORD.search(sentence, start, end)
    if last is None:
        return False
    word = last.group(1).lower()
    if word.endswith(("ee", "ees")):
        return True
    if not word.endswith("ed"):
        return False
    return bool(_PARTICIPLE_AFTER.search(sentence, 0, last.start()))


def _habitual(sentence: str, clause: str) -> bool:
    """"Every morning the guards would beat us": "would" with a frequency tells what was
    done again and again, in past narration, not what might be; "would likely", "would
    be able", a verb of saying or fearing before it and a condition keep it hypothetical.
    The last six words are read, as for any modal: "would likely be sent to a camp"."""
    modals = [m.group().lower() for m in _MODAL.finditer(" ".join(_WORD.findall(clause)[-6:]))]
    if not modals or any(modal != "would" for modal in modals):
        return False
    return bool(_FREQUENCY.search(sentence)) and not _HEDGED_WOULD.search(sentence) \
        and not _FUTURE_IN_PAST.search(sentence) and not _CONDITION_OF_WOULD.search(sentence)


def _within(clause: str, pattern: re.Pattern[str], words: int) -> bool:
    tail = " ".join(_WORD.findall(clause)[-words:])
    return bool(pattern.search(tail))


def _negates(clause: str) -> bool:
    """A negation among the last 8 words of ``clause`` with no new subject after it."""
    tail = " ".join(_WORD.findall(clause)[-8:])
    negations = list(_NEGATION.finditer(tail))
    return bool(negations) and not _SUBJECT_PRONOUN.search(tail, negations[-1].end())


def _words(text: str) -> int:
    return len(_WORD.findall(text))
