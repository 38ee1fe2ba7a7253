"""Turn one document into annotations traced to exact words.

``EXTRACTORS`` is the registry, in the order they run: later extractors read what
earlier ones found (incidents use mentions and dates; claims use quantities and notes).
"""

from __future__ import annotations

from dossier.extract.base import Extractor
from dossier.model import Annotations, Document


def _registry() -> list[Extractor]:
    from dossier.extract import claims, dates, incidents, mentions, quantities, recommendations

    return [
        mentions.EXTRACTOR,
        dates.EXTRACTOR,
        quantities.EXTRACTOR,
        recommendations.EXTRACTOR,
        incidents.EXTRACTOR,
        claims.EXTRACTOR,
    ]


def extract(document: Document) -> Annotations:
    """Run every registered extractor over ``document``, in order."""
    found = Annotations()
    for extractor in _registry():
        extractor.run(document, found)
        found.extractors[extractor.name] = extractor.version
    return found


def versions() -> dict[str, str]:
    """Name and version of every registered extractor, as recorded in the ledger."""
    return {extractor.name: extractor.version for extractor in _registry()}


__all__ = ["Extractor", "extract", "versions"]
