"""What the resolver is given and what it gives back.

The store keeps entities, aliases and people's overrides; the repository reads them,
hands them to ``Resolver`` with the mentions of new documents, and writes back the
``Resolution``. Nothing here touches a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.errors import UsageError
from dossier.model import Alias, Entity, Mention

RULES = ("must", "must_not")


@dataclass
class DocumentMentions:
    """One document's mentions and the short forms its text defines ("KOMID" → long name)."""

    document_id: int | None
    mentions: list[Mention]
    acronyms: dict[str, str] = field(default_factory=dict)  # short form → long name

    @classmethod
    def read(cls, document_id: int | None, text: str, mentions: list[Mention]) -> DocumentMentions:
        """The mentions with the short forms ``text`` defines for them, as every caller
        (the repository, the evaluation) must give them, so both group alike."""
        from dossier.resolve.acronyms import defined_acronyms

        return cls(document_id, mentions, defined_acronyms(text, mentions))


@dataclass(frozen=True)
class Override:
    """A person's correction: a spelling (or one mention) must, or must not, be in an entity.

    Overrides outlive re-extraction because they name the spelling (compared by
    ``alias_key``) or the mention, not the machine's output.
    """

    entity_id: int
    rule: str  # "must" or "must_not"
    name: str | None = None
    mention_id: int | None = None

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise UsageError(f"override rule: must be 'must' or 'must_not', not {self.rule!r}")
        if (self.name is None) == (self.mention_id is None):
            raise UsageError("override: give either an alias name or a mention id, not both or neither")


@dataclass
class Placement:
    """Where one mention went, why, and the alias it adds (its first new spelling per document)."""

    document_id: int | None
    mention: Mention
    entity: Entity  # an existing entity (id set) or one of ``Resolution.new_entities``
    reason: str
    alias: Alias | None = None


@dataclass
class Resolution:
    """Everything one ``Resolver.resolve`` call decided.

    Write ``new_entities`` first (they have no id yet), then each placement's ``alias``
    under its entity, then set each mention's entity.
    """

    placements: list[Placement] = field(default_factory=list)
    new_entities: list[Entity] = field(default_factory=list)
    ignored_overrides: list[Override] = field(default_factory=list)  # name an entity not given

    def new_aliases(self) -> list[tuple[Entity, Alias]]:
        """(entity, alias) for every spelling newly attached to an entity, in order."""
        return [(placement.entity, placement.alias) for placement in self.placements if placement.alias]
