"""Names across documents → entities: the name matcher and entity resolution.

``match(a, b, kind)`` says whether two names stand for the same person, place,
organization or facility, with a score and a reason a person can check. ``Resolver``
assigns the mentions of many documents to entities, honouring the merges and splits
people made.
"""

from dossier.resolve.matcher import guess_kind, match
from dossier.resolve.records import DocumentMentions, Override, Placement, Resolution
from dossier.resolve.resolver import Resolver, alias_key

__all__ = [
    "DocumentMentions",
    "Override",
    "Placement",
    "Resolution",
    "Resolver",
    "alias_key",
    "guess_kind",
    "match",
]
