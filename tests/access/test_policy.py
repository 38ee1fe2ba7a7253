import pytest

from dossier.access.policy import ACTIONS, Principal, can, max_sensitivity, require, sees_protected, visible_sensitivities
from dossier.errors import AccessDenied, UsageError
from dossier.model import Role

VIEWER, ANALYST, INVESTIGATOR, ADMIN = (Principal(r.value, r) for r in (Role.VIEWER, Role.ANALYST, Role.INVESTIGATOR, Role.ADMIN))


def test_each_role_sees_exactly_its_sensitivities():
    assert visible_sensitivities(VIEWER) == ["public"]
    assert visible_sensitivities(ANALYST) == ["public", "restricted"]
    assert visible_sensitivities(INVESTIGATOR) == ["public", "restricted", "confidential"]
    assert visible_sensitivities(ADMIN) == ["public", "restricted", "confidential"]
    assert str(max_sensitivity(ANALYST)) == "restricted"


@pytest.mark.parametrize(
    "action, allowed",
    [
        ("document.read", {"viewer", "analyst", "investigator", "admin"}),
        ("search", {"viewer", "analyst", "investigator", "admin"}),
        ("verify", {"viewer", "analyst", "investigator", "admin"}),
        ("ledger.read", {"analyst", "investigator", "admin"}),
        ("export", {"analyst", "investigator", "admin"}),
        ("review", {"analyst", "investigator", "admin"}),
        ("entity.merge", {"analyst", "investigator", "admin"}),
        ("witness.list", {"analyst", "investigator", "admin"}),
        ("ingest", {"investigator", "admin"}),
        ("witness.add", {"investigator", "admin"}),
        ("witness.reveal", {"investigator", "admin"}),
        ("protected.read", {"investigator", "admin"}),
        ("user.manage", {"admin"}),
        ("key.rotate", {"admin"}),
    ],
)
def test_the_action_matrix(action, allowed):
    granted = {p.role.value for p in (VIEWER, ANALYST, INVESTIGATOR, ADMIN) if can(p, action)}
    assert granted == allowed


def test_an_allowed_action_on_a_too_sensitive_record_is_refused():
    assert can(ANALYST, "document.read", "restricted")
    assert not can(ANALYST, "document.read", "confidential")
    with pytest.raises(AccessDenied, match="may not see confidential"):
        require(ANALYST, "document.read", "confidential")
    with pytest.raises(AccessDenied, match="not allowed to witness.reveal"):
        require(ANALYST, "witness.reveal")


def test_only_investigators_and_admins_see_protected_names():
    assert [sees_protected(p) for p in (VIEWER, ANALYST, INVESTIGATOR, ADMIN)] == [False, False, True, True]


def test_unknown_actions_and_roles_are_errors_not_silent_refusals():
    with pytest.raises(ValueError, match="unknown action"):
        can(ADMIN, "docment.read")
    with pytest.raises(UsageError, match="--role"):
        Principal("x", "superuser")


def test_each_role_holds_everything_of_the_role_below():
    order = [Role.VIEWER, Role.ANALYST, Role.INVESTIGATOR, Role.ADMIN]
    for lower, higher in zip(order, order[1:]):
        assert ACTIONS[lower] < ACTIONS[higher]
