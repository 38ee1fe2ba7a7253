"""Every free-text field of a record passed through the reader's redaction.

Exports walk whole records instead of naming the fields to redact: a field added to a
record later is redacted by default, and only the structural fields listed here, per
record type (kinds, enums, vocabulary ids, hashes), are left as stored, because the
exporters branch on them and they cannot hold a person's name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass, replace
from typing import Any

Redact = Callable[[str], str]

# Per record type, the fields left as stored: vocabulary ids, enums, hashes and times.
# Named per type because a name can mean either: LedgerEntry.action is a verb from a
# fixed list, Recommendation.action is words from a document.
STRUCTURAL: dict[str, frozenset[str]] = {
    "Document": frozenset({"kind", "sensitivity", "language", "source_sha256"}),
    "Source": frozenset({"sha256", "media_type", "sensitivity", "language", "parent_sha256", "hash_algorithm",
                         "acquired_at"}),
    "PartialDate": frozenset({"value", "end_value", "precision", "extractor"}),
    "Author": frozenset({"role"}),
    "Entity": frozenset({"kind"}),
    "Incident": frozenset({"type", "modality", "status", "legal", "extractor"}),
    "Claim": frozenset({"extractor"}),
    "Recommendation": frozenset({"status", "extractor"}),
    "LedgerEntry": frozenset({"action", "time", "hash", "prev_hash"}),
    "Node": frozenset({"kind"}),
    "Edge": frozenset({"relation"}),
    "Principal": frozenset({"role"}),
}


def redact_record(record: Any, redact: Redact) -> Any:
    """A copy of ``record`` (a dataclass, frozen ones too) with every non-structural string redacted."""
    keep = STRUCTURAL.get(type(record).__name__, frozenset())
    changes = {
        item.name: redact_value(getattr(record, item.name), redact)
        for item in fields(record)
        if item.init and item.name not in keep
    }
    return replace(record, **changes)


def redact_value(value: Any, redact: Redact) -> Any:
    """Strings redacted, containers and nested records walked, anything else kept."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [redact_value(v, redact) for v in value]
    if isinstance(value, dict):
        return {k: redact_value(v, redact) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        return redact_record(value, redact)
    return value
