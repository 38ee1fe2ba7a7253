"""What a piece of evidence rests on, and when two pieces count as independent sources.

Two documents are independent only if they come from different originals and share no
author (or interviewee: the people whose word the text carries; translators, editors
and interviewers do not make two texts one source). A sentence that cites a work in its
notes rests on that work, so two sentences citing the same work (same ``work_key``,
"ibid." followed to the note it stands for) are one underlying source, whoever wrote
them. Counting independent sources is counting groups of evidence that no such link
joins.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection

from dossier.resolve import alias_key
from dossier.store import analysis
from dossier.store.analysis import DocumentOrigin

_VOICES = frozenset({"author", "interviewee"})


@dataclass(frozen=True)
class Origin:
    """One piece of evidence (a claim's sentence, an incident's span) and what it rests on."""

    document_id: int
    source_id: int
    speakers: frozenset[str]  # alias keys of authors and interviewees
    works: frozenset[str]  # work keys of the notes cited inside the span
    names: dict[str, str] = field(default_factory=dict, compare=False, hash=False)  # speaker key → name as printed


def dependence(a: Origin, b: Origin) -> str | None:
    """Why ``a`` and ``b`` are not independent sources, or None when they are."""
    if a.document_id == b.document_id:
        return f"document {a.document_id} twice"
    if a.source_id == b.source_id:
        return f"documents {a.document_id} and {b.document_id} come from one original"
    shared = sorted(a.speakers & b.speakers)
    if shared:
        name = a.names.get(shared[0], shared[0])
        return f"documents {a.document_id} and {b.document_id} share the author {name}"
    cited = sorted(a.works & b.works)
    if cited:
        return f"documents {a.document_id} and {b.document_id} both cite {cited[0]}"
    return None


def independent_sources(origins: list[Origin]) -> tuple[int, list[str]]:
    """How many independent sources ``origins`` amount to, and the links that merged some."""
    parent = list(range(len(origins)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    reasons = []
    for i in range(len(origins)):
        for j in range(i + 1, len(origins)):
            reason = dependence(origins[i], origins[j])
            if reason and root(i) != root(j):
                parent[root(i)] = root(j)
                if origins[i].document_id != origins[j].document_id:
                    reasons.append(reason)
    return len({root(i) for i in range(len(origins))}), reasons


class Provenance:
    """The documents of an analysis and the works cited in their bodies, read once."""

    def __init__(self, documents: dict[int, DocumentOrigin], citations: list[analysis.CitedWork]) -> None:
        self.documents = documents
        self._markers: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for cited in citations:
            self._markers[cited.document_id].append((cited.start, cited.work_key))
        for markers in self._markers.values():
            markers.sort()

    @classmethod
    def load(cls, conn: Connection, doc_ids: list[int]) -> Provenance:
        doc_ids = sorted(set(doc_ids))
        return cls(analysis.document_origins(conn, doc_ids), analysis.cited_works(conn, doc_ids))

    def title(self, document_id: int) -> str:
        found = self.documents.get(document_id)
        return found.title if found else ""

    def origin(self, document_id: int, start: int, end: int) -> Origin:
        """The origin of the text ``start``..``end`` of a document: its markers cite works."""
        doc = self.documents[document_id]
        markers = self._markers.get(document_id, [])
        first = bisect_left(markers, (start, ""))
        works = set()
        for position, work in markers[first:]:
            if position >= end:
                break
            works.add(work)
        names = {alias_key(a.name): a.name for a in doc.authors if a.role in _VOICES}
        return Origin(document_id, doc.source_id, frozenset(names), frozenset(works), names)
