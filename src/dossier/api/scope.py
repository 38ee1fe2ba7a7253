"""What one reader may see, decided once per request from the access package's answer.

Every read in the web app goes through a ``Scope``: documents above the reader's
clearance, records drawn from them, and protected entities never leave the server.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from dossier.model import Sensitivity
from dossier.store import documents


@dataclass(frozen=True)
class Scope:
    max_sensitivity: Sensitivity
    sees_protected: bool = False

    @property
    def sees_everything(self) -> bool:
        return self.max_sensitivity == Sensitivity.CONFIDENTIAL

    def document_ids(self, conn: Connection) -> list[int] | None:
        """The visible documents, or None when the reader may see them all (no filter needed)."""
        if self.sees_everything:
            return None
        return documents.visible_ids(conn, self.max_sensitivity)

    def allows(self, sensitivity: Sensitivity | str) -> bool:
        return Sensitivity(sensitivity).rank <= self.max_sensitivity.rank

