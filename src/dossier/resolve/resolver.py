"""``Resolver``: the mentions of many documents → entities, with a reason for every merge.

Within a document, mentions with the same spelling are one cluster, and a short form the
text defines joins its long name ("Korea Mining Development Trading Corporation
(KOMID)"). Each cluster is compared, through blocking keys, with the entities known so
far (those given from the store, then those made along the way); the best ``match``
wins, or a new entity is made, named and located from the gazetteer. A bare surname
("Secretary Kerry") joins the one person of that name in its own document, or stays
apart. People's overrides come first: a spelling or mention that must be in an entity
goes there; one that must not be is kept out, whatever the matcher says.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from dossier.model import Alias, Entity, Label, MatchResult, Mention
from dossier.resolve import blocking, hangul, known, persons
from dossier.resolve.matcher import match
from dossier.resolve.records import DocumentMentions, Override, Placement, Resolution
from dossier.resolve.text import bare, key

KIND_OF_LABEL = {
    Label.PERSON: "person",
    Label.ORG: "org",
    Label.LOCATION: "place",
    Label.FACILITY: "facility",
    Label.LAW: "law",
}


def alias_key(name: str) -> str:
    """The key a spelling is stored and overridden under: case, accents, punctuation ignored."""
    return key(bare(name))


@dataclass
class _Cluster:
    """Mentions of one document taken to be one thing before looking at other documents."""

    kind: str
    mentions: list[Mention] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # spelling → why it belongs (acronyms)
    excluded: set[int] = field(default_factory=set)  # entity positions people ruled out
    pinned: tuple[int, str] | None = None  # (entity position, reason) a person decided

    @property
    def surname_only(self) -> bool:
        return self.kind == "person" and all(persons.is_surname_only(name) for name in self.names)


class Resolver:
    """Assigns mentions to entities across documents; keeps what it learns between calls."""

    def __init__(self, entities: Iterable[Entity] = (), overrides: Iterable[Override] = ()) -> None:
        self._entities: list[Entity] = []
        self._spellings: list[dict[str, str]] = []  # per entity: alias key → a spelling
        self._gazetteer_ids: list[str | None] = []
        self._blocks: dict[str, set[int]] = {}
        self._position_of_id: dict[int, int] = {}
        self._by_gazetteer: dict[str, int] = {}
        for entity in entities:
            self._remember(entity, [entity.name, *(alias.name for alias in entity.aliases)])
        self._overrides = list(overrides)
        self._by_mention: dict[int, list[Override]] = {}
        self._by_name: dict[str, list[Override]] = {}
        for override in self._overrides:
            if override.mention_id is not None:
                self._by_mention.setdefault(override.mention_id, []).append(override)
            else:
                self._by_name.setdefault(alias_key(override.name or ""), []).append(override)

    def resolve(self, documents: Iterable[DocumentMentions]) -> Resolution:
        """Place every mention of ``documents``; new entities become candidates at once."""
        resolution = Resolution()
        resolution.ignored_overrides = [o for o in self._overrides if o.entity_id not in self._position_of_id]
        for document in documents:
            self._resolve_document(document, resolution)
        return resolution

    # --- one document ----------------------------------------------------------------

    def _resolve_document(self, document: DocumentMentions, resolution: Resolution) -> None:
        clusters = self._clusters(document)
        placed: dict[int, tuple[int, str]] = {}  # id(cluster) → (entity position, reason)
        for cluster in clusters:
            if not cluster.surname_only:
                placed[id(cluster)] = self._place(cluster, resolution)
        people = [(cluster, placed[id(cluster)][0]) for cluster in clusters if cluster.kind == "person" and id(cluster) in placed]
        for cluster in clusters:
            if cluster.surname_only:
                placed[id(cluster)] = self._place_surname(cluster, people, resolution)
        self._emit(document, clusters, placed, resolution)

    def _clusters(self, document: DocumentMentions) -> list[_Cluster]:
        """Same spelling and kind → one cluster; a defined short form joins its long name."""
        by_key: dict[str, _Cluster] = {}
        clusters: list[_Cluster] = []
        for mention in document.mentions:
            kind = KIND_OF_LABEL[Label(mention.label)]
            own = mention.id is not None and mention.id in self._by_mention
            cluster = None if own else by_key.get(f"{kind}|{alias_key(mention.text)}")
            if cluster is None:
                cluster = _Cluster(kind)
                clusters.append(cluster)
                if own:
                    self._apply_mention_overrides(cluster, self._by_mention[mention.id or 0])
                else:
                    by_key[f"{kind}|{alias_key(mention.text)}"] = cluster
            cluster.mentions.append(mention)
            cluster.names.setdefault(bare(mention.text), "")
        clusters = self._join_canonical(clusters, by_key)
        return self._join_acronyms(clusters, by_key, document.acronyms)

    def _join_canonical(self, clusters: list[_Cluster], by_key: dict[str, _Cluster]) -> list[_Cluster]:
        """Spellings the extractor named as one thing in this document join one cluster: a
        report's title and its UN symbol, "Secretary Kerry" and "John Kerry"."""
        keyed = {id(c) for c in by_key.values()}  # clusters people pinned stay as they are
        by_canonical: dict[str, _Cluster] = {}
        for cluster in list(clusters):
            canonicals = {alias_key(m.canonical) for m in cluster.mentions if m.canonical} - {""}
            if id(cluster) not in keyed or len(canonicals) != 1:
                continue
            key = f"{cluster.kind}|{canonicals.pop()}"
            target = by_canonical.setdefault(key, cluster)
            if target is cluster:
                continue
            note = f"named as one by the extractor in this document: {bare(cluster.mentions[0].canonical or '')}"
            target.mentions.extend(cluster.mentions)
            for name, reason in cluster.names.items():
                target.names[name] = reason or note
            clusters.remove(cluster)
            for k, held in by_key.items():
                if held is cluster:
                    by_key[k] = target
        return clusters

    def _join_acronyms(
        self, clusters: list[_Cluster], by_key: dict[str, _Cluster], acronyms: dict[str, str]
    ) -> list[_Cluster]:
        for short, long in acronyms.items():
            kinds = {k.split("|", 1)[0] for k in by_key if k.split("|", 1)[1] == alias_key(long)}
            wanted = {f"{kind}|{alias_key(name)}" for kind in kinds for name in (short, long)}
            holders = list({id(c): c for k, c in by_key.items() if k in wanted}.values())
            if not holders:
                continue
            target = holders[0]
            for other in holders[1:]:
                target.mentions.extend(other.mentions)
                target.names.update(other.names)
                clusters.remove(other)
                for k, cluster in by_key.items():
                    if cluster is other:
                        by_key[k] = target
            note = f"acronym defined in the text: {bare(short)} = {bare(long)}"
            for name in (bare(short), bare(long)):
                target.names[name] = target.names.get(name) or note
        return clusters

    def _apply_mention_overrides(self, cluster: _Cluster, overrides: list[Override]) -> None:
        for override in overrides:
            position = self._position_of_id.get(override.entity_id)
            if position is None:
                continue
            if override.rule == "must":
                cluster.pinned = (position, f"placed by a person in {self._entities[position].name}")
            else:
                cluster.excluded.add(position)

    # --- placing a cluster -----------------------------------------------------------

    def _place(self, cluster: _Cluster, resolution: Resolution) -> tuple[int, str]:
        if cluster.pinned:
            return cluster.pinned
        for name in cluster.names:
            for override in self._by_name.get(alias_key(name), []):
                position = self._position_of_id.get(override.entity_id)
                if position is None:
                    continue
                if override.rule == "must":
                    return position, f"placed by a person: {name} belongs to {self._entities[position].name}"
                cluster.excluded.add(position)
        best = self._best_candidate(cluster)
        if best is not None:
            return best
        return self._new_entity(cluster, resolution)

    def _best_candidate(self, cluster: _Cluster) -> tuple[int, str] | None:
        best: tuple[int, MatchResult] | None = None
        for name in cluster.names:
            gazetteer_id = _gazetteer_id(name, cluster.kind)
            for position in sorted(self._candidates(name, cluster.kind) - cluster.excluded):
                if gazetteer_id and self._gazetteer_ids[position] not in (None, gazetteer_id):
                    continue
                result = self._compare(name, position, cluster.kind)
                if result.match and (best is None or result.score > best[1].score):
                    best = (position, result)
        return (best[0], best[1].reason) if best else None

    def _compare(self, name: str, position: int, kind: str) -> MatchResult:
        """The best match of ``name`` with any spelling of the entity at ``position``."""
        spellings = self._spellings[position]
        if alias_key(name) in spellings:
            return MatchResult(True, 1.0, f"same spelling as a known alias: {spellings[alias_key(name)]}")
        conflict = self._hangul_conflict(name, position, kind)
        if conflict is not None:
            return conflict
        best = MatchResult(False, 0.0, "no spelling compared")
        for spelling in spellings.values():
            if kind == "person" and persons.is_surname_only(spelling):
                continue  # a bare surname is evidence only inside its own document
            result = _match(name, spelling, kind)
            if result.match and result.score > best.score or not best.match and result.score > best.score:
                best = result
        return best

    def _hangul_conflict(self, name: str, position: int, kind: str) -> MatchResult | None:
        """A Hangul name must agree with the entity's own Hangul spellings, if it has any.

        Romanization loses letters (ㅓ and ㅗ are both "o"), so 김용남 and 김영남 both fit
        "Kim Yong Nam"; the Hangul is the exact evidence and decides.
        """
        if not hangul.is_hangul(name):
            return None
        entity = self._entities[position]
        written = [s for s in self._spellings[position].values() if hangul.is_hangul(s)]
        written += [str(form) for form in entity.attributes.get("hangul") or []]
        if not written or any(_match(name, form, kind).match for form in written):
            return None
        return MatchResult(False, 0.0, f"differs from the entity's Hangul spelling {written[0]}")

    def _candidates(self, name: str, kind: str) -> set[int]:
        found: set[int] = set()
        for block in blocking.keys(name, kind):
            found |= self._blocks.get(f"{kind}|{block}", set())
        return {position for position in found if self._entities[position].kind == kind}

    def _place_surname(
        self, cluster: _Cluster, people: list[tuple[_Cluster, int]], resolution: Resolution
    ) -> tuple[int, str]:
        """A bare surname joins the one person in its document who has it; else stays apart."""
        if cluster.pinned:
            return cluster.pinned
        name = next(iter(cluster.names))
        fits: dict[int, str] = {}
        for other, position in people:
            if position in cluster.excluded:
                continue
            for full in other.names:
                if not persons.is_surname_only(full) and persons.compare(name, full).match:
                    fits.setdefault(position, full)
        if len(fits) == 1:
            position, full = next(iter(fits.items()))
            return position, f"surname only, unambiguous in this document: {name} = {full}"
        if len(fits) > 1:
            reason = f"surname only, ambiguous in this document ({', '.join(sorted(fits.values()))}): kept apart"
        else:
            reason = "surname only, no full name in this document: kept apart"
        position, why = self._new_entity(cluster, resolution, searchable=False)
        return position, reason if why == "new entity" else why

    # --- entities --------------------------------------------------------------------

    def _new_entity(self, cluster: _Cluster, resolution: Resolution, searchable: bool = True) -> tuple[int, str]:
        """A new entity for the cluster, unless the gazetteer names one already made."""
        names = list(cluster.names)
        entry = next((e for e in (known.entry(n, cluster.kind) for n in names) if e is not None), None)
        if entry is not None and self._by_gazetteer.get(entry.id, -1) not in (-1, *cluster.excluded):
            return self._by_gazetteer[entry.id], f"known in gazetteer as {entry.name}"
        if entry is not None and self._by_gazetteer.get(entry.id) in cluster.excluded:
            entry = None  # a person ruled the gazetteer's entity out: keep this one apart
        canonical = next((m.canonical for m in cluster.mentions if m.canonical), None)
        attributes: dict = {}
        if entry is not None:
            attributes = {**entry.attributes, "gazetteer_id": entry.id}
            if entry.hangul:
                attributes["hangul"] = list(entry.hangul)
        name = entry.name if entry else canonical or max(names, key=len)
        entity = Entity(kind=cluster.kind, name=name, attributes=attributes)
        resolution.new_entities.append(entity)
        return self._remember(entity, [name, *names] if searchable else [], searchable), "new entity"

    def _remember(self, entity: Entity, names: list[str], searchable: bool = True) -> int:
        position = len(self._entities)
        self._entities.append(entity)
        self._spellings.append({})
        gazetteer_id = entity.attributes.get("gazetteer_id") or _gazetteer_id(entity.name, entity.kind)
        self._gazetteer_ids.append(gazetteer_id)
        if entity.id is not None:
            self._position_of_id[entity.id] = position
        if gazetteer_id and searchable:
            self._by_gazetteer.setdefault(gazetteer_id, position)
        for name in names:
            self._learn(position, name)
        return position

    def _learn(self, position: int, name: str) -> None:
        """Add a spelling to an entity and to the blocks that lead to it."""
        spelling = bare(name)
        if not spelling or alias_key(spelling) in self._spellings[position]:
            return
        self._spellings[position][alias_key(spelling)] = spelling
        kind = self._entities[position].kind
        for block in blocking.keys(spelling, kind):
            self._blocks.setdefault(f"{kind}|{block}", set()).add(position)

    # --- output ----------------------------------------------------------------------

    def _emit(
        self,
        document: DocumentMentions,
        clusters: list[_Cluster],
        placed: dict[int, tuple[int, str]],
        resolution: Resolution,
    ) -> None:
        """One placement per mention, in document order; an alias per new spelling per entity."""
        where: dict[int, tuple[_Cluster, int, str]] = {}
        for cluster in clusters:
            position, reason = placed[id(cluster)]
            for mention in cluster.mentions:
                where[id(mention)] = (cluster, position, reason)
        aliased: set[tuple[int, str]] = set()
        for mention in document.mentions:
            cluster, position, reason = where[id(mention)]
            note = cluster.names.get(bare(mention.text))
            why = f"{note}; {reason}" if note and reason != "new entity" else note or reason
            alias = None
            if (position, alias_key(mention.text)) not in aliased:
                aliased.add((position, alias_key(mention.text)))
                alias = Alias(mention.text, document.document_id, mention.start, mention.end, why)
            if not cluster.surname_only:
                self._learn(position, mention.text)
            resolution.placements.append(Placement(document.document_id, mention, self._entities[position], why, alias))


@lru_cache(maxsize=262144)
def _match(name: str, spelling: str, kind: str) -> MatchResult:
    return match(name, spelling, kind)


def _gazetteer_id(name: str, kind: str) -> str | None:
    entry = known.entry(name, kind)
    return entry.id if entry else None
