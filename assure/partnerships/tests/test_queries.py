import datetime

import pytest

from assure.partnerships import queries, services
from assure.partnerships.models import Body, Membership, Organisation, Person, Role

TODAY = datetime.date(2026, 3, 9)  # the fixed test clock


def person(partnership, name, initials="", organisation=None):
    return Person.objects.create(partnership=partnership, full_name=name, initials=initials, organisation=organisation)


def test_organisations_statutory_first_then_by_name(partnership):
    for name, kind in [("Zeta Voluntary", "voluntary"), ("Health Board", "health"), ("Alpha Academy", "education"),
                       ("County Council", "local_authority"), ("Constabulary", "police")]:
        Organisation.objects.create(partnership=partnership, name=name, kind=kind)
    assert [o.name for o in queries.organisations(partnership)] == [
        "County Council", "Constabulary", "Health Board", "Alpha Academy", "Zeta Voluntary"]


def test_shared_initials_ignore_case_and_blanks_and_other_partnerships(partnership, other_partnership):
    a = person(partnership, "Jo Colley", "JCol")
    person(partnership, "Jane Colwell", "jcol")
    person(partnership, "No Initials")
    person(partnership, "Also None")
    person(other_partnership, "Jim Collins", "JCOL")
    assert queries.shared_initials(partnership) == {"JCOL"}
    assert [p.full_name for p in queries.people_sharing_initials(a)] == ["Jane Colwell"]
    assert not queries.people_sharing_initials(person(partnership, "Blank"))


def test_members_in_role_order(partnership, executive_board):
    for name, role in [("Ann Adviser", "adviser"), ("Mel Member", "member"), ("Cath Chair", "chair"),
                       ("Vic Vice", "vice_chair"), ("Abe Member", "member")]:
        Membership.objects.create(body=executive_board, person=person(partnership, name), role=role)
    assert [m.person.full_name for m in queries.members_of(executive_board)] == [
        "Cath Chair", "Vic Vice", "Abe Member", "Mel Member", "Ann Adviser"]


def test_bodies_board_first(partnership, executive_board):
    Body.objects.create(partnership=partnership, name="A Subgroup", kind="subgroup", reports_to=executive_board)
    Body.objects.create(partnership=partnership, name="B Group", kind="partnership_group")
    assert [b.name for b in queries.bodies(partnership)] == ["Executive Board", "B Group", "A Subgroup"]


def test_accounts_and_deactivated(partnership, business_user, member_user, outsider_user):
    services.deactivate_account(Role.objects.get(user=member_user), by=business_user)
    assert [r.user.username for r in queries.accounts(partnership)] == ["bea"]
    assert queries.accounts(partnership)[0].person.full_name == "Bea Business"
    assert [p.full_name for p in queries.deactivated_accounts(partnership)] == ["Mo Member"]


def test_a_deactivated_account_cannot_be_named_by_a_command(partnership, business_user):
    from assure.partnerships.queries import command_actor

    assert command_actor(partnership, " bea ", doing="importing minutes") == business_user
    business_user.is_active = False
    business_user.save()
    with pytest.raises(ValueError, match="'bea' is deactivated, so it cannot be named as importing minutes"):
        command_actor(partnership, "bea", doing="importing minutes")
