"""The service navigation and `may_open`: each role sees the links it may open, on every page including 403/404."""
import pytest
from django.urls import reverse

from assure.conftest import signed_in_client
from assure.core.access import may_open
from assure.core.templatetags.navigation import sections_for
from assure.partnerships.models import Role

STRUCTURE = ["Partnership"]


@pytest.mark.parametrize(("kind", "url_name", "allowed"), [
    (Role.Kind.BUSINESS_TEAM, "partnerships:account-list", True),
    (Role.Kind.MEMBER, "partnerships:account-list", False),
    (Role.Kind.READ_ONLY, "partnerships:account-list", False),
    (Role.Kind.MEMBER, "actions:mine", True),
    (Role.Kind.READ_ONLY, "actions:mine", False),
    (Role.Kind.READ_ONLY, "actions:log", True),
    (Role.Kind.READ_ONLY, "partnerships:person-list", True),
    (Role.Kind.MEMBER, "imports:list", False),
    (Role.Kind.BUSINESS_TEAM, "imports:list", True),
    (Role.Kind.READ_ONLY, "core:home", True),
])
def test_may_open_follows_the_view_s_access_level(kind, url_name, allowed):
    assert may_open(Role(kind=kind), url_name) is allowed


def test_may_open_refuses_a_name_that_is_no_page():
    with pytest.raises(ValueError, match="no URL named"):
        may_open(Role(kind=Role.Kind.BUSINESS_TEAM), "actions:no-such-page")


@pytest.mark.parametrize(("kind", "shown"), [
    (Role.Kind.BUSINESS_TEAM, ["Overview", "Meetings", "Action log", "My actions", "Reviews", "Assurance", "Risks", "Performance", "Training", "Budget", "Reports",
                               *STRUCTURE, "Import minutes"]),
    (Role.Kind.MEMBER, ["Overview", "Meetings", "Action log", "My actions", "Reviews", "Assurance", "Risks", "Performance", "Training", "Budget", "Reports",
                        *STRUCTURE]),
    (Role.Kind.READ_ONLY, ["Overview", "Meetings", "Action log", "Reviews", "Assurance", "Risks", "Performance", "Training", "Budget", "Reports",
                           *STRUCTURE]),
])
def test_each_role_sees_the_sections_it_may_open(kind, shown):
    assert [s["label"] for s in sections_for(Role(kind=kind), "")] == shown


@pytest.mark.parametrize(("current", "marked"), [
    ("actions:mine", "My actions"),
    ("actions:detail", "Action log"),
    ("partnerships:membership-edit", "Partnership"),
    ("partnerships:person-edit", "Partnership"),
    ("partnerships:priority-edit", "Partnership"),
    ("partnerships:account-list", "Partnership"),
    ("plans:plan", "Partnership"),            # the business plan is a part of the Partnership section
    ("plans:progress-add", "Partnership"),
    ("meetings:item-minutes", "Meetings"),
    ("reports:dashboard", "Overview"),
    ("reports:yearly-list", "Reports"),
    ("reports:yearly-checklist", "Reports"),
    ("assurance:risk-heat-map", "Risks"),
    ("assurance:risk-edit", "Risks"),
    ("assurance:activity-detail", "Assurance"),   # the longer "assurance:risk-" does not claim it
    ("assurance:programme", "Assurance"),
    ("assurance:escalation-stage-edit", "Assurance"),
    ("assurance:complaint-respond", "Assurance"),
    ("assurance:audit-return-add", "Assurance"),
    ("assurance:thematic-detail", "Assurance"),
    ("assurance:sa-round-detail", "Assurance"),
    ("assurance:sa-return-edit", "Assurance"),
])
def test_the_section_holding_the_current_page_is_marked(current, marked):
    sections = sections_for(Role(kind=Role.Kind.BUSINESS_TEAM), current)
    assert [s["label"] for s in sections if s["current"]] == [marked]


def test_the_403_page_keeps_the_partnership_s_navigation(partnership, readonly_user):
    response = signed_in_client(readonly_user).get(reverse("actions:mine", args=[partnership.slug]))
    page = response.content.decode()
    assert response.status_code == 403 and "You cannot do this" in page
    assert 'class="govuk-service-navigation"' in page and partnership.name in page
    assert reverse("partnerships:body-list", args=[partnership.slug]) in page
    assert reverse("actions:mine", args=[partnership.slug]) not in page.split("<main")[0]


def test_the_404_page_keeps_the_navigation(partnership, member_user):
    response = signed_in_client(member_user).get(reverse("actions:detail", args=[partnership.slug, 999999]))
    page = response.content.decode()
    assert response.status_code == 404 and "Page not found" in page
    assert reverse("actions:mine", args=[partnership.slug]) in page and "Sign out" in page


def test_structure_is_one_section_whose_pages_link_to_each_other(partnership, business_user, readonly_user):
    """The service navigation names the partnership's set-up once ("Partnership"); each of its list pages (the
    business plan among them) links to the others, and to sign-in accounts only for the business team."""
    for user, accounts in [(business_user, True), (readonly_user, False)]:
        client = signed_in_client(user)
        page = client.get(reverse("meetings:list", args=[partnership.slug])).content.decode()
        nav = page[page.index('class="govuk-service-navigation"'):page.index("<main")]
        assert reverse("partnerships:body-list", args=[partnership.slug]) in nav
        assert reverse("partnerships:person-list", args=[partnership.slug]) not in nav
        names = ["partnerships:body-list", "partnerships:priority-list", "plans:plan", "partnerships:organisation-list",
                 "partnerships:person-list"]
        for here in names:
            page = client.get(reverse(here, args=[partnership.slug])).content.decode()
            parts = page[page.index('aria-label="Parts of the partnership"'):]
            parts = parts[:parts.index("</nav>")]
            for name in names:
                assert (name == here) or reverse(name, args=[partnership.slug]) in parts
            assert (reverse("partnerships:account-list", args=[partnership.slug]) in parts) is accounts
