"""Who may do what: the one access check every front end goes through.

The CLI, the web pages, the JSON API, search and the exporters all ask ``can`` or
``require`` here, so a rule changes in one place and the authorization tests cover every
door at once. A decision has two parts: the role must hold the action, and the record's
sensitivity must be one the role may see.
"""

from __future__ import annotations

from dataclasses import dataclass

from dossier.errors import AccessDenied, UsageError
from dossier.model import Role, Sensitivity

# Actions, by role. Each higher role holds everything of the one below it.
_VIEWER = frozenset({"document.read", "search", "verify"})
_ANALYST = _VIEWER | {"review", "entity.merge", "export", "ledger.read", "witness.list"}
_INVESTIGATOR = _ANALYST | {
    "ingest", "reextract", "protected.read", "witness.add", "witness.reveal", "witness.consent",
}
_ADMIN = _INVESTIGATOR | {"user.manage", "key.rotate"}

ACTIONS: dict[Role, frozenset[str]] = {
    Role.VIEWER: _VIEWER,
    Role.ANALYST: frozenset(_ANALYST),
    Role.INVESTIGATOR: frozenset(_INVESTIGATOR),
    Role.ADMIN: frozenset(_ADMIN),
}
ALL_ACTIONS = ACTIONS[Role.ADMIN]

_SENSITIVITIES: dict[Role, tuple[Sensitivity, ...]] = {
    Role.VIEWER: (Sensitivity.PUBLIC,),
    Role.ANALYST: (Sensitivity.PUBLIC, Sensitivity.RESTRICTED),
    Role.INVESTIGATOR: tuple(Sensitivity),
    Role.ADMIN: tuple(Sensitivity),
}


@dataclass(frozen=True)
class Principal:
    """Someone acting on the repository: a user of the CLI, a logged-in browser, a token."""

    name: str
    role: Role

    def __post_init__(self) -> None:
        object.__setattr__(self, "role", parse_role(str(self.role)))


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise UsageError(f"--role: {text!r} is not a role; choose one of {', '.join(r.value for r in Role)}") from None


def visible_sensitivities(principal: Principal) -> list[str]:
    """The sensitivities whose records this principal may see, least sensitive first."""
    return [str(s) for s in _SENSITIVITIES[principal.role]]


def max_sensitivity(principal: Principal) -> Sensitivity:
    """The most sensitive level visible (what ``DocumentFilter.max_sensitivity`` takes)."""
    return _SENSITIVITIES[principal.role][-1]


def can(principal: Principal, action: str, sensitivity: str = Sensitivity.PUBLIC) -> bool:
    """Whether ``principal`` may do ``action`` on a record of ``sensitivity``."""
    if action not in ALL_ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    return action in ACTIONS[principal.role] and str(sensitivity) in visible_sensitivities(principal)


def require(principal: Principal, action: str, sensitivity: str = Sensitivity.PUBLIC) -> None:
    """``can`` or AccessDenied, with a message that names the action and the role."""
    if not can(principal, action, sensitivity):
        if action in ACTIONS[principal.role]:
            raise AccessDenied(f"{principal.name} ({principal.role}): may not see {sensitivity} records")
        raise AccessDenied(f"{principal.name} ({principal.role}): not allowed to {action}")


def sees_protected(principal: Principal) -> bool:
    """Whether this principal sees protected names as written (else they are pseudonymised)."""
    return "protected.read" in ACTIONS[principal.role]
