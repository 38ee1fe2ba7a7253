"""Ingest: bytes → text (one reader per format), compilations → documents, notes.

Pure functions: nothing here touches the database or the vault; ``repository.py``
calls ``read`` and ``documents_from`` and stores what they return.
"""

from dossier.ingest.documents import documents_from
from dossier.ingest.reading import read
from dossier.ingest.sniffing import sniff

__all__ = ["documents_from", "read", "sniff"]
