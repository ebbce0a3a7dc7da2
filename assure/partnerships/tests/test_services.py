import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from assure.conftest import make_user
from assure.core.concurrency import EditConflict
from assure.partnerships import services
from assure.partnerships.models import Membership, Organisation, Person, Role


@pytest.fixture
def person(partnership, organisations):
    return Person.objects.create(partnership=partnership, full_name="Jo Colley", initials="JCol",
                                 organisation=organisations["police"])


@pytest.fixture
def outsider_person(other_partnership):
    return Person.objects.create(partnership=other_partnership, full_name="Olly Other", initials="OO")


# --- Organisations -------------------------------------------------------------------------------

def test_create_organisation_records_who_added_it(partnership, business_user):
    org = services.create_organisation(partnership=partnership, name="  Fenbridge   Fire and Rescue ", kind="fire",
                                       by=business_user)
    assert org.name == "Fenbridge Fire and Rescue"
    assert org.history.first().history_user == business_user


def test_duplicate_organisation_name_is_refused_whatever_the_case(partnership, organisations, business_user):
    with pytest.raises(ValidationError, match="already an organisation called 'Fenshire Police'"):
        services.create_organisation(partnership=partnership, name="fenshire police", kind="police", by=business_user)
    assert Organisation.objects.filter(partnership=partnership).count() == 4


def test_same_organisation_name_is_fine_in_another_partnership(other_partnership, organisations, business_user):
    org = services.create_organisation(partnership=other_partnership, name="Fenshire Police", kind="police",
                                       by=business_user)
    assert org.partnership == other_partnership


@pytest.mark.parametrize("name, kind, message", [
    ("", "police", "Enter the organisation's name"),
    ("Somewhere", "spaceship", "Choose what kind"),
])
def test_organisation_bad_input(partnership, business_user, name, kind, message):
    with pytest.raises(ValidationError, match=message):
        services.create_organisation(partnership=partnership, name=name, kind=kind, by=business_user)
    assert not Organisation.objects.exists()


def test_update_organisation_with_a_stale_version_is_refused(organisations, business_user):
    org = organisations["education"]
    services.update_organisation(org, name="Fenbridge Learning Trust", kind="education", by=business_user,
                                 expected_version=1)
    with pytest.raises(EditConflict):
        services.update_organisation(org, name="Something else", kind="education", by=business_user,
                                     expected_version=1)
    org.refresh_from_db()
    assert org.name == "Fenbridge Learning Trust" and org.version == 2


def test_renaming_an_organisation_onto_another_is_refused(organisations, business_user):
    with pytest.raises(ValidationError, match="already an organisation"):
        services.update_organisation(organisations["education"], name="Fenbridge Council", kind="education",
                                     by=business_user, expected_version=1)


# --- People --------------------------------------------------------------------------------------

def test_create_person_takes_initials_from_the_name_when_none_given(partnership, organisations, business_user):
    person = services.create_person(partnership=partnership, full_name="Priya Nair", job_title="DCS",
                                    organisation=organisations["local_authority"], by=business_user)
    assert person.initials == "PN" and person.user is None


def test_person_cannot_belong_to_another_partnerships_organisation(other_partnership, organisations, business_user):
    with pytest.raises(ValidationError, match="organisation must belong to Harrowdale"):
        services.create_person(partnership=other_partnership, full_name="Sam Cross",
                               organisation=organisations["police"], by=business_user)
    assert not Person.objects.filter(full_name="Sam Cross").exists()


def test_update_person_refuses_a_stale_save(person, business_user):
    services.update_person(person, full_name="Jo Colley", initials="JC", by=business_user, expected_version=1)
    with pytest.raises(EditConflict):
        services.update_person(person, full_name="Joanne Colley", by=business_user, expected_version=1)
    person.refresh_from_db()
    assert person.full_name == "Jo Colley" and person.initials == "JC"


# --- Bodies --------------------------------------------------------------------------------------

def test_create_subgroup_reporting_to_the_board(partnership, executive_board, business_user):
    body = services.create_body(partnership=partnership, name="Exploitation Subgroup", kind="subgroup",
                                reports_to=executive_board, by=business_user)
    assert list(executive_board.subgroups.all()) == [body]


def test_duplicate_body_name_is_refused(partnership, executive_board, business_user):
    with pytest.raises(ValidationError, match="already a board or group"):
        services.create_body(partnership=partnership, name="executive board", kind="subgroup", by=business_user)


def test_body_cannot_report_to_another_partnerships_body(other_partnership, executive_board, business_user):
    with pytest.raises(ValidationError, match="must belong to Harrowdale"):
        services.create_body(partnership=other_partnership, name="Sub", kind="subgroup", reports_to=executive_board,
                             by=business_user)


def test_reporting_loop_is_refused(partnership, executive_board, business_user):
    sub = services.create_body(partnership=partnership, name="Sub", kind="subgroup", reports_to=executive_board,
                               by=business_user)
    subsub = services.create_body(partnership=partnership, name="Task group", kind="subgroup", reports_to=sub,
                                  by=business_user)
    with pytest.raises(ValidationError, match="loop"):
        services.update_body(executive_board, name="Executive Board", kind="executive_board", reports_to=subsub,
                             by=business_user, expected_version=1)
    executive_board.refresh_from_db()
    assert executive_board.reports_to is None and executive_board.version == 1


# --- Memberships ---------------------------------------------------------------------------------

def test_add_member_with_a_deputy(executive_board, person, business_user, member_user):
    deputy = Person.objects.get(user=member_user)
    membership = services.add_member(executive_board, person=person, role="chair", deputy=deputy, by=business_user)
    assert membership.deputy == deputy and membership.get_role_display() == "Chair"
    assert list(deputy.deputy_for.all()) == [membership]


def test_deputy_from_another_partnership_is_refused(executive_board, person, outsider_person, business_user):
    with pytest.raises(ValidationError, match="deputy must be one of the people of Fenbridge"):
        services.add_member(executive_board, person=person, deputy=outsider_person, by=business_user)
    assert not Membership.objects.exists()


def test_member_from_another_partnership_is_refused(executive_board, outsider_person, business_user):
    with pytest.raises(ValidationError, match="member must be one of the people"):
        services.add_member(executive_board, person=outsider_person, by=business_user)


def test_member_cannot_deputise_for_themselves(executive_board, person, business_user):
    with pytest.raises(ValidationError, match="own deputy"):
        services.add_member(executive_board, person=person, deputy=person, by=business_user)


def test_duplicate_membership_is_refused(executive_board, person, business_user):
    services.add_member(executive_board, person=person, by=business_user)
    with pytest.raises(ValidationError, match="already a member of Executive Board"):
        services.add_member(executive_board, person=person, role="chair", by=business_user)
    assert Membership.objects.get().role == "member"


def test_update_and_remove_membership_keep_history(executive_board, person, business_user, member_user):
    membership = services.add_member(executive_board, person=person, by=business_user)
    services.update_membership(membership, role="vice_chair", deputy=Person.objects.get(user=member_user),
                               by=business_user, expected_version=1)
    with pytest.raises(EditConflict):
        services.update_membership(membership, role="member", by=business_user, expected_version=1)
    pk = membership.pk
    services.remove_member(membership, by=business_user)
    assert not Membership.objects.exists()
    history = Membership.history.filter(id=pk).order_by("history_date")
    assert [h.history_type for h in history] == ["+", "~", "-"]
    assert all(h.history_user == business_user for h in history)


# --- Accounts ------------------------------------------------------------------------------------

def test_create_account_links_the_person_and_gives_a_usable_password(partnership, person, business_user):
    role, password = services.create_account(partnership=partnership, person=person, username="jcolley",
                                             kind="member", by=business_user)
    person.refresh_from_db()
    assert person.user == role.user and role.kind == "member"
    assert role.user.check_password(password) and len(password) >= 20
    assert not TOTPDevice.objects.filter(user=role.user).exists()  # set up at first sign-in


@pytest.mark.parametrize("username, message", [
    ("", "Enter a username"), ("has space", "only letters"), ("BEA", "is taken"),
])
def test_create_account_bad_usernames(partnership, person, business_user, username, message):
    with pytest.raises(ValidationError, match=message):
        services.create_account(partnership=partnership, person=person, username=username, kind="member",
                                by=business_user)
    person.refresh_from_db()
    assert person.user is None


def test_create_account_refuses_a_person_who_has_one(partnership, business_user, member_user):
    with pytest.raises(ValidationError, match="already has an account"):
        services.create_account(partnership=partnership, person=Person.objects.get(user=member_user),
                                username="mo2", kind="member", by=business_user)


def test_create_account_refuses_another_partnerships_person(partnership, outsider_person, business_user):
    with pytest.raises(ValidationError, match="person must belong"):
        services.create_account(partnership=partnership, person=outsider_person, username="olly", kind="member",
                                by=business_user)
    assert not get_user_model().objects.filter(username="olly").exists()


def test_change_role(partnership, business_user, member_user):
    role = services.change_role(Role.objects.get(user=member_user), kind="read_only", by=business_user)
    assert role.kind == "read_only"


def test_last_business_team_account_cannot_be_demoted(partnership, business_user):
    with pytest.raises(ValidationError, match="last business team account"):
        services.change_role(Role.objects.get(user=business_user), kind="member", by=business_user)


def test_deactivate_removes_access_and_stops_sign_in(partnership, business_user, member_user):
    services.deactivate_account(Role.objects.get(user=member_user), by=business_user)
    member_user.refresh_from_db()
    assert not member_user.is_active
    assert not Role.objects.filter(user=member_user).exists()
    assert Person.objects.get(user=member_user)  # still on minutes and actions


def test_deactivate_keeps_an_account_that_serves_another_partnership(partnership, other_partnership, business_user,
                                                                     member_user):
    Role.objects.create(user=member_user, partnership=other_partnership, kind="member")
    services.deactivate_account(Role.objects.get(user=member_user, partnership=partnership), by=business_user)
    member_user.refresh_from_db()
    assert member_user.is_active


def test_cannot_deactivate_yourself(partnership, business_user):
    with pytest.raises(ValidationError, match="your own account"):
        services.deactivate_account(Role.objects.get(user=business_user), by=business_user)


def test_cannot_deactivate_the_last_business_team_account(partnership, business_user):
    other = make_user(partnership, Role.Kind.BUSINESS_TEAM, "ben", "Ben Two")
    services.deactivate_account(Role.objects.get(user=other), by=business_user)
    third = make_user(partnership, Role.Kind.BUSINESS_TEAM, "cat", "Cat Three")
    services.change_role(Role.objects.get(user=business_user), kind="member", by=business_user)
    with pytest.raises(ValidationError, match="last business team account"):
        services.deactivate_account(Role.objects.get(user=third), by=business_user)


def test_reactivate_gives_access_again(partnership, business_user, member_user):
    services.deactivate_account(Role.objects.get(user=member_user), by=business_user)
    role = services.reactivate_account(Person.objects.get(user=member_user), kind="read_only", by=business_user)
    member_user.refresh_from_db()
    assert member_user.is_active and role.kind == "read_only"
    with pytest.raises(ValidationError, match="already has access"):
        services.reactivate_account(Person.objects.get(user=member_user), kind="member", by=business_user)


def test_reset_sign_in_removes_second_factors(partnership, business_user, member_user):
    TOTPDevice.objects.create(user=member_user, name="phone", confirmed=True)
    StaticDevice.objects.create(user=member_user, name="Backup codes", confirmed=True)
    password = services.reset_sign_in(Role.objects.get(user=member_user), by=business_user)
    member_user.refresh_from_db()
    assert member_user.check_password(password)
    assert not TOTPDevice.objects.filter(user=member_user).exists()
    assert not StaticDevice.objects.filter(user=member_user).exists()


def test_reset_sign_in_refused_for_an_account_shared_with_another_partnership(partnership, other_partnership,
                                                                             business_user, member_user):
    Role.objects.create(user=member_user, partnership=other_partnership, kind="member")
    with pytest.raises(ValidationError, match="another partnership"):
        services.reset_sign_in(Role.objects.get(user=member_user, partnership=partnership), by=business_user)
    member_user.refresh_from_db()
    assert member_user.check_password("correct horse battery staple")


def test_create_account_for_a_deactivated_person_points_to_reactivation(partnership, business_user, member_user):
    services.deactivate_account(Role.objects.get(user=member_user), by=business_user)
    with pytest.raises(ValidationError, match="Give it access again"):
        services.create_account(partnership=partnership, person=Person.objects.get(user=member_user),
                                username="mo-again", kind="member", by=business_user)


def test_create_people_creates_each_with_initials_and_history(partnership, organisations, business_user):
    made = services.create_people(partnership=partnership, by=business_user, people=[
        dict(full_name="  Priya   Nair ", job_title="DCS", organisation=organisations["local_authority"]),
        dict(full_name="Sam Cross", initials="S C")])

    assert [(p.full_name, p.initials, p.pk is not None) for p in made] == [("Priya Nair", "PN", True), ("Sam Cross", "SC", True)]
    assert Person.objects.get(pk=made[0].pk).organisation == organisations["local_authority"]
    assert {h.history_user for h in Person.history.filter(id__in=[p.pk for p in made])} == {business_user}


def test_create_people_refused_creates_nobody(partnership, other_partnership, organisations, business_user):
    with pytest.raises(ValidationError, match="organisation must belong to Harrowdale"):
        services.create_people(partnership=other_partnership, by=business_user, people=[
            dict(full_name="Ann Other"), dict(full_name="Sam Cross", organisation=organisations["police"])])
    with pytest.raises(ValidationError, match="full name"):
        services.create_people(partnership=partnership, by=business_user, people=[dict(full_name="Ann Other"),
                                                                                    dict(full_name=" ")])
    assert not Person.objects.filter(full_name__in=["Ann Other", "Sam Cross"]).exists()
