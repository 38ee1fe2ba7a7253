"""Which role may run which command of the command line: the CLI's door to ``policy``.

``dossier.cli.common.open_repo`` asks ``admit`` before any command touches a
repository. A command whose output is not yet cut to the principal's sensitivities and
pseudonymised (``filtered=False``) is open only to roles that see everything as
written; when a command learns to filter (with ``access.views``), mark it filtered here
and lower roles gain it at once. A command missing from the table is admin-only, so a
new command fails closed until someone decides who may run it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from dossier.access import users
from dossier.access.policy import Principal, can, require, sees_protected
from dossier.errors import AccessDenied
from dossier.model import Sensitivity


@dataclass(frozen=True)
class Rule:
    action: str | None  # None: any registered user (the command checks for itself)
    filtered: bool = True  # whether its output is already cut to what the principal may see


COMMANDS: dict[str, Rule] = {
    "ingest": Rule("ingest"),
    "reextract": Rule("reextract"),
    "reindex": Rule("reextract"),
    "verify": Rule("verify"),
    "log": Rule("ledger.read", filtered=False),  # entries name files and origins as given
    "documents": Rule("document.read"),  # through access.views
    "show": Rule("document.read"),
    "entities": Rule("document.read"),  # through access.views.entities_visible
    "entity show": Rule("document.read"),
    "review": Rule("review"),
    "entity merge": Rule("entity.merge"),
    "entity split": Rule("entity.merge"),
    "incidents": Rule("document.read"),  # through access.views.facts_visible
    "claims": Rule("document.read"),
    "recommendations": Rule("document.read"),
    "search": Rule("search"),  # visible levels only; the index holds pseudonyms only
    "corroboration": Rule("document.read", filtered=False),
    "contradictions": Rule("document.read", filtered=False),
    "timeline": Rule("document.read", filtered=False),
    "case create": Rule("review"),
    "case add": Rule("review"),
    "case list": Rule("review"),  # case names and counts, as the analysts who made them wrote them
    "case show": Rule("document.read", filtered=False),
    "export": Rule("export"),  # dossier.export cuts and redacts for the principal
    "user add": Rule("user.manage"),
    "user list": Rule("user.manage"),
    "user disable": Rule("user.manage"),
    "user passwd": Rule(None),
    "user token": Rule(None),
    "user whoami": Rule(None),
    "witness add": Rule("witness.add"),
    "witness list": Rule("witness.list"),
    "witness show": Rule("witness.list"),
    "witness reveal": Rule("witness.reveal"),
    "witness consent": Rule("witness.consent"),
    "key rotate": Rule("key.rotate"),
}
_UNLISTED = Rule("user.manage", filtered=False)


def admit(conn: Connection, user_name: str, command: str) -> Principal:
    """The principal running ``command``, or AccessDenied/AuthenticationError naming why not."""
    principal = users.acting(conn, user_name)
    rule = COMMANDS.get(command, _UNLISTED)
    if rule.action is not None:
        require(principal, rule.action)
    if not rule.filtered and not _sees_everything(principal):
        raise AccessDenied(
            f"{principal.name} ({principal.role}): `{command}` prints records as stored; "
            "your role sees them through the web app, which shows only what it may"
        )
    return principal


def _sees_everything(principal: Principal) -> bool:
    return sees_protected(principal) and can(principal, "document.read", Sensitivity.CONFIDENTIAL)
