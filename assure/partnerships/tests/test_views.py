
import pytest
from django.test import Client
from django.urls import reverse

from assure.partnerships.models import Body, Membership, Organisation, Person, Role


def url(name, partnership, *args):
    return reverse(f"partnerships:{name}", args=[partnership.slug, *args])


@pytest.fixture
def business(client_for, business_user):
    return client_for(business_user)


@pytest.fixture
def police_officer(partnership, organisations):
    return Person.objects.create(partnership=partnership, full_name="Jo Colley", initials="JCol",
                                 organisation=organisations["police"], job_title="Detective Superintendent")


def errors(response):
    return response.content.decode()


# --- Organisations -------------------------------------------------------------------------------

def test_statutory_partners_are_listed_first(partnership, organisations, client_for, readonly_user):
    Organisation.objects.create(partnership=partnership, name="Age Concern Fenbridge", kind="voluntary")
    response = client_for(readonly_user).get(url("organisation-list", partnership))
    names = [o.name for o in response.context["organisations"]]
    assert names == ["Fenbridge Council", "Fenshire Police", "Fenshire Integrated Care Board",
                     "Age Concern Fenbridge", "Fenbridge Schools Trust"]
    assert "Statutory partner" in response.content.decode()


def test_add_organisation(partnership, business):
    response = business.post(url("organisation-add", partnership), {"name": "Fenshire Fire", "kind": "fire"})
    assert response.status_code == 302
    assert Organisation.objects.get(partnership=partnership).name == "Fenshire Fire"


def test_duplicate_organisation_is_refused_with_a_clear_message(partnership, organisations, business):
    response = business.post(url("organisation-add", partnership), {"name": "FENSHIRE POLICE", "kind": "police"})
    assert response.status_code == 200
    assert "There is already an organisation called" in errors(response)
    assert "govuk-error-summary" in errors(response)
    assert Organisation.objects.filter(partnership=partnership).count() == 4


def test_organisation_form_requires_name_and_kind(partnership, business):
    response = business.post(url("organisation-add", partnership), {"name": "", "kind": "banana"})
    assert response.status_code == 200
    assert "Enter the organisation" in errors(response) and "Select a valid choice" in errors(response)
    assert not Organisation.objects.exists()


def test_stale_organisation_edit_is_refused(partnership, organisations, business):
    org = organisations["education"]
    Organisation.objects.filter(pk=org.pk).update(version=2)  # someone else saved meanwhile
    response = business.post(url("organisation-edit", partnership, org.pk),
                             {"name": "New name", "kind": "education", "version": 1})
    assert response.status_code == 200
    assert "Someone else changed this record" in errors(response)
    org.refresh_from_db()
    assert org.name == "Fenbridge Schools Trust"


def test_member_cannot_add_an_organisation(partnership, client_for, member_user):
    response = client_for(member_user).post(url("organisation-add", partnership), {"name": "X", "kind": "fire"})
    assert response.status_code == 403
    assert not Organisation.objects.exists()


def test_organisation_page_shows_its_people_and_history(partnership, police_officer, business, organisations):
    business.post(url("organisation-edit", partnership, organisations["police"].pk),
                  {"name": "Fenshire Constabulary", "kind": "police", "version": 1})
    response = business.get(url("organisation-detail", partnership, organisations["police"].pk))
    page = response.content.decode()
    assert "Jo Colley" in page and "Fenshire Constabulary" in page
    newest = response.context["history"][0]
    assert newest.who == "Bea Business" and newest.kind == "Changed"
    assert [(c.old, c.new) for c in newest.changes] == [("Fenshire Police", "Fenshire Constabulary")]


# --- People --------------------------------------------------------------------------------------

@pytest.mark.parametrize("q, expected", [
    ("colley", ["Jo Colley"]), ("JCol", ["Jo Colley"]), ("jcol", ["Jo Colley"]), ("police", ["Jo Colley"]),
    ("nobody", []), ("", ["Bea Business", "Jo Colley"]),
])
def test_people_search(partnership, police_officer, business, q, expected):
    response = business.get(url("person-list", partnership), {"q": q})
    assert [p.full_name for p in response.context["people"]] == expected


def test_add_person_without_a_login(partnership, organisations, business):
    response = business.post(url("person-add", partnership), {
        "full_name": "Priya Nair", "job_title": "Head of Safeguarding",
        "organisation": organisations["health"].pk, "email": "priya@example.org"})
    person = Person.objects.get(full_name="Priya Nair")
    assert response.status_code == 302 and person.user is None and person.initials == "PN"


def test_shared_initials_are_warned_about_but_saved(partnership, police_officer, business):
    response = business.post(url("person-add", partnership), {"full_name": "Jane Colwell", "initials": "jcol"},
                             follow=True)
    page = response.content.decode()
    assert "shares the initials jcol with Jo Colley" in page
    assert "also the initials of" in page
    assert Person.objects.filter(initials__iexact="jcol").count() == 2
    listing = business.get(url("person-list", partnership)).content.decode()
    assert "shared" in listing


def test_person_with_another_partnerships_organisation_is_refused(partnership, other_partnership, business):
    theirs = Organisation.objects.create(partnership=other_partnership, name="Harrowdale Police", kind="police")
    response = business.post(url("person-add", partnership), {"full_name": "Sam Cross", "organisation": theirs.pk})
    assert response.status_code == 200 and "Choose an organisation from the list" in errors(response)
    assert not Person.objects.filter(full_name="Sam Cross").exists()


def test_bad_email_is_refused(partnership, business):
    response = business.post(url("person-add", partnership), {"full_name": "Sam Cross", "email": "not an email"})
    assert response.status_code == 200 and "Enter an email address in the right format" in errors(response)


# --- Bodies and memberships ----------------------------------------------------------------------

def test_add_subgroup_reporting_to_the_board(partnership, executive_board, business):
    response = business.post(url("body-add", partnership), {
        "name": "Learning and Review Subgroup", "kind": "subgroup", "reports_to": executive_board.pk})
    body = Body.objects.get(name="Learning and Review Subgroup")
    assert response.status_code == 302 and body.reports_to == executive_board
    listing = business.get(url("body-list", partnership))
    assert [b.name for b in listing.context["bodies"]] == ["Executive Board", "Learning and Review Subgroup"]


def test_add_member_with_deputy_and_see_them_on_the_body_page(partnership, executive_board, police_officer,
                                                              business, business_user):
    deputy = Person.objects.get(user=business_user)
    response = business.post(url("membership-add", partnership, executive_board.pk),
                             {"person": police_officer.pk, "role": "chair", "deputy": deputy.pk})
    assert response.status_code == 302
    page = business.get(url("body-detail", partnership, executive_board.pk)).content.decode()
    assert "Jo Colley" in page and "Chair" in page and "Bea Business" in page


def test_deputy_from_another_partnership_is_refused_on_the_form(partnership, other_partnership, executive_board,
                                                                police_officer, business):
    theirs = Person.objects.create(partnership=other_partnership, full_name="Olly Other")
    response = business.post(url("membership-add", partnership, executive_board.pk),
                             {"person": police_officer.pk, "role": "member", "deputy": theirs.pk})
    assert response.status_code == 200
    assert "Choose a deputy from the list of this partnership" in errors(response)
    assert not Membership.objects.exists()


def test_duplicate_membership_is_refused_on_the_form(partnership, executive_board, police_officer, business):
    Membership.objects.create(body=executive_board, person=police_officer)
    response = business.post(url("membership-add", partnership, executive_board.pk),
                             {"person": police_officer.pk, "role": "chair"})
    assert response.status_code == 200 and "Jo Colley is already a member of Executive Board" in errors(response)
    assert Membership.objects.get().role == "member"


def test_change_and_remove_membership(partnership, executive_board, police_officer, business):
    membership = Membership.objects.create(body=executive_board, person=police_officer)
    response = business.post(url("membership-edit", partnership, membership.pk), {"role": "vice_chair", "version": 1})
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role == "vice_chair"
    assert business.get(url("membership-remove", partnership, membership.pk)).status_code == 200
    assert business.post(url("membership-remove", partnership, membership.pk)).status_code == 302
    assert not Membership.objects.exists()


def test_membership_of_another_partnership_is_not_found(partnership, other_partnership, business):
    theirs_body = Body.objects.create(partnership=other_partnership, name="Their board")
    theirs = Membership.objects.create(body=theirs_body, person=Person.objects.create(
        partnership=other_partnership, full_name="Olly Other"))
    assert business.post(url("membership-remove", partnership, theirs.pk)).status_code == 404
    assert Membership.objects.filter(pk=theirs.pk).exists()


# --- Accounts ------------------------------------------------------------------------------------

def test_create_account_shows_the_password_once_and_the_user_then_sets_up_their_app(partnership, police_officer,
                                                                                     business):
    response = business.post(url("account-add", partnership),
                             {"person": police_officer.pk, "username": "jcolley", "kind": "member"})
    assert response.status_code == 200
    password = response.context["password"]
    assert password in response.content.decode()
    assert Role.objects.get(user__username="jcolley").kind == "member"
    # The new user signs in with it and is asked to set up an authenticator app.
    sign_in = Client().post(reverse("core:sign-in"), {"username": "jcolley", "password": password})
    assert sign_in.status_code == 302 and sign_in.url == reverse("core:set-up-code")


def test_account_form_offers_only_people_without_an_account(partnership, police_officer, business):
    response = business.get(url("account-add", partnership))
    assert list(response.context["form"].fields["person"].queryset) == [police_officer]


def test_taken_username_is_refused(partnership, police_officer, business):
    response = business.post(url("account-add", partnership),
                             {"person": police_officer.pk, "username": "bea", "kind": "member"})
    assert response.status_code == 200 and "is taken. Choose another" in errors(response)
    police_officer.refresh_from_db()
    assert police_officer.user is None


def test_change_role_and_deactivate(partnership, business, member_user, client_for):
    member_client = client_for(member_user)
    role = Role.objects.get(user=member_user)
    assert business.post(url("account-edit", partnership, role.pk), {"kind": "read_only"}).status_code == 302
    role.refresh_from_db()
    assert role.kind == "read_only"
    assert business.post(url("account-deactivate", partnership, role.pk)).status_code == 302
    assert not Role.objects.filter(pk=role.pk).exists()
    # Their open session no longer reaches the partnership.
    response = member_client.get(reverse("reports:dashboard", args=[partnership.slug]))
    assert response.status_code in (302, 404)
    listing = business.get(url("account-list", partnership)).content.decode()
    assert "Deactivated" in listing and "Mo Member" in listing


def test_deactivating_yourself_is_refused_with_a_message(partnership, business, business_user):
    role = Role.objects.get(user=business_user)
    response = business.post(url("account-deactivate", partnership, role.pk))
    assert response.status_code == 200 and "cannot deactivate your own account" in errors(response)
    assert Role.objects.filter(pk=role.pk).exists()


def test_reset_sign_in_shows_a_new_password(partnership, business, member_user):
    role = Role.objects.get(user=member_user)
    response = business.post(url("account-reset", partnership, role.pk))
    assert response.status_code == 200
    member_user.refresh_from_db()
    assert member_user.check_password(response.context["password"])


def test_reactivate(partnership, business, business_user, member_user):
    from assure.partnerships import services
    services.deactivate_account(Role.objects.get(user=member_user), by=business_user)
    person = Person.objects.get(user=member_user)
    response = business.post(url("account-reactivate", partnership, person.pk), {"kind": "member"})
    assert response.status_code == 302 and Role.objects.get(user=member_user).kind == "member"


def test_role_of_another_partnership_is_not_found(partnership, business, outsider_user):
    theirs = Role.objects.get(user=outsider_user)
    assert business.post(url("account-deactivate", partnership, theirs.pk)).status_code == 404
    assert business.post(url("account-edit", partnership, theirs.pk), {"kind": "read_only"}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.kind == "business_team"


def test_giving_up_your_own_business_team_role_lands_on_the_overview(partnership, business, business_user):
    from assure.conftest import make_user
    make_user(partnership, Role.Kind.BUSINESS_TEAM, "ben", "Ben Two")
    role = Role.objects.get(user=business_user)
    response = business.post(url("account-edit", partnership, role.pk), {"kind": "member"})
    assert response.status_code == 302 and response.url == reverse("reports:dashboard", args=[partnership.slug])


def test_forms_refuse_a_post_without_the_csrf_token(partnership, client_for, business_user):
    client = client_for(business_user, enforce_csrf_checks=True)
    response = client.post(url("organisation-add", partnership), {"name": "Fenshire Fire", "kind": "fire"})
    assert response.status_code == 403
    assert not Organisation.objects.exists()


def test_people_filter_by_organisation_and_bad_values_are_messages(partnership, police_officer, business, organisations,
                                                                   other_partnership):
    response = business.get(url("person-list", partnership), {"organisation": organisations["police"].pk})
    assert [p.full_name for p in response.context["people"]] == ["Jo Colley"]
    theirs = Organisation.objects.create(partnership=other_partnership, name="Harrowdale Police", kind="police")
    for params in ({"organisation": theirs.pk}, {"organisation": "abc"}, {"q": "x" * 101}, {"page": "-2"}):
        response = business.get(url("person-list", partnership), params)
        assert response.status_code == 200
        if "page" not in params:
            assert "There is a problem" in response.content.decode()
        assert "Jo Colley" in response.content.decode()  # the bad filter is ignored, the list still shows


def test_people_list_is_paged_keeping_the_search(partnership, business):
    for n in range(60):
        Person.objects.create(partnership=partnership, full_name=f"Pat Number{n:02d}")
    first = business.get(url("person-list", partnership), {"q": "pat"}).content.decode()
    assert "Pat Number00" in first and "Pat Number59" not in first and "60 matches" in first
    second = business.get(url("person-list", partnership), {"q": "pat", "page": "2"}).content.decode()
    assert "Pat Number59" in second and "Pat Number00" not in second


@pytest.mark.parametrize("name", ["person-list", "organisation-list"])
def test_list_pages_do_not_grow_queries_with_rows(partnership, business, organisations, name,
                                                 django_assert_max_num_queries):
    with django_assert_max_num_queries(30) as few:
        business.get(url(name, partnership))
    for n in range(40):
        org = Organisation.objects.create(partnership=partnership, name=f"Trust {n:02d}", kind="other")
        Person.objects.create(partnership=partnership, full_name=f"Member {n:02d}", organisation=org)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert business.get(url(name, partnership)).status_code == 200
