"""One family of exceptions whose messages a user can act on.

The CLI prints ``str(error)`` as a single line and exits with ``exit_code``; the API
turns ``http_status`` into the answer. Nothing else is shown, so every message names
the file, field or argument at fault and the reason.
"""

from __future__ import annotations


class DossierError(Exception):
    exit_code = 1
    http_status = 400


class UsageError(DossierError):
    """A command or query was written wrongly (exit 2 on the CLI, 400 on the API)."""

    exit_code = 2
    http_status = 400


class InputError(DossierError):
    """A file could not be read: corrupt, truncated, wrong type, empty, too large..."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class QueryError(UsageError):
    """A search query that cannot be parsed."""


class NotFound(DossierError):
    http_status = 404


class RepositoryError(DossierError):
    """The repository folder is missing, not initialised, or locked."""


class IntegrityError(DossierError):
    """An original or a ledger entry no longer matches its recorded hash."""


class AccessDenied(DossierError):
    http_status = 403


class AuthenticationError(DossierError):
    http_status = 401


class KeyMissing(DossierError):
    """A missing or wrong key for an encrypted repository or protected field."""
