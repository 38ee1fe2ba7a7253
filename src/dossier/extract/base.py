"""The contract every extractor keeps.

An extractor is a pure function of one document: it sees the document's text and
what earlier extractors found, never other documents or the database. Its name and
version go on every record it makes, so re-extraction can tell machine output from
what a person reviewed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from dossier.model import Annotations, Document

Run = Callable[[Document, Annotations], None]


@dataclass(frozen=True)
class Extractor:
    name: str
    version: str
    run: Run  # adds its findings to the Annotations it is given

    @property
    def tag(self) -> str:
        return f"{self.name}@{self.version}"
