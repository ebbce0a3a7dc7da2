import pytest

from assure.actions import rules
from assure.actions.tests import factories as f
from assure.partnerships.models import Role


@pytest.mark.parametrize("role_kind, owns, expected", [
    (Role.Kind.BUSINESS_TEAM, False, True),
    (Role.Kind.BUSINESS_TEAM, True, True),
    (Role.Kind.MEMBER, True, True),
    (Role.Kind.MEMBER, False, False),
    (Role.Kind.READ_ONLY, True, False),   # owning an action does not lift a read-only role
    (Role.Kind.READ_ONLY, False, False),
])
def test_who_may_post_updates(partnership, member_user, business_user, role_kind, owns, expected):
    Role.objects.filter(user=member_user).update(kind=role_kind)
    role = Role.objects.get(user=member_user)
    owner = f.person_of(member_user if owns else business_user, partnership)
    action = f.action(partnership, owners=[owner])
    assert rules.can_post_update(action, member_user, role) is expected


def test_owning_a_group_action_is_not_owning(partnership, member_user):
    action = f.action(partnership)  # owned by the group 'Business team'
    assert not rules.is_owner(action, member_user)


@pytest.mark.parametrize("role_kind, expected", [
    (Role.Kind.BUSINESS_TEAM, ["open", "in_progress", "completed", "carried_forward", "superseded"]),
    (Role.Kind.MEMBER, ["open", "in_progress", "completed"]),
])
def test_statuses_each_role_may_choose(role_kind, expected):
    assert [value for value, _ in rules.statuses_for(Role(kind=role_kind))] == expected
