"""Who reads and comments on a yearly report: the business team and the Executive Board read drafts; members of
the Executive comment; everyone else reads only what is published; another partnership finds nothing."""
import pytest
from django.urls import reverse
from django.utils.html import escape

from assure.conftest import make_user
from assure.partnerships.models import Role
from assure.reports import access

from . import factories


def url(name, report, *args):
    return reverse(f"reports:{name}", args=[report.partnership.slug, report.pk, *args])


@pytest.fixture
def draft(partnership, business_user):
    return factories.draft(partnership, business_user)


@pytest.fixture
def published(partnership, business_user):
    return factories.published(partnership, business_user)


def test_a_member_of_the_executive_reads_the_draft_and_comments(client_for, draft, member_user, partnership):
    factories.executive_member(partnership, member_user)
    client = client_for(member_user)
    assert client.get(url("yearly-detail", draft)).status_code == 200
    response = client.post(url("yearly-comment", draft), {"text": "Say which priority was slowest.",
                                                          "key": "priorities"})
    assert response.status_code == 302 and draft.comments.get().author == member_user
    assert client.get(url("yearly-section-edit", draft, "foreword")).status_code == 403


def test_a_member_outside_the_executive_sees_only_published_reports(client_for, draft, published, member_user):
    client = client_for(member_user)
    assert client.get(url("yearly-detail", draft)).status_code == 403
    assert client.post(url("yearly-comment", draft), {"text": "Hello"}).status_code == 403
    assert client.get(url("yearly-detail", published)).status_code == 200
    listed = client.get(reverse("reports:yearly-list", args=[draft.partnership.slug])).content.decode()
    assert escape(published.title) in listed and escape(draft.title) not in listed


def test_read_only_reads_the_published_files_and_nothing_else(client_for, draft, published, readonly_user):
    client = client_for(readonly_user)
    for name in ("yearly-detail", "yearly-checklist"):
        assert client.get(url(name, draft)).status_code == 403
    assert client.get(url("yearly-download", draft, "html")).status_code == 403
    response = client.get(url("yearly-download", published, "pdf"))
    assert response.status_code == 200 and response.content == b"kept pdf"
    assert 'filename="yearly-report.pdf"' in response["Content-Disposition"]


def test_read_only_on_the_executive_still_reads_only_what_is_published(client_for, draft, published,
                                                                       readonly_user, partnership):
    factories.executive_member(partnership, readonly_user)
    client = client_for(readonly_user)
    assert client.get(url("yearly-detail", draft)).status_code == 403
    assert client.get(url("yearly-download", draft, "pdf")).status_code == 403
    page = client.get(url("yearly-detail", published)).content.decode()
    assert "Add a comment" not in page and "/comment/" not in page
    listed = client.get(reverse("reports:yearly-list", args=[partnership.slug])).content.decode()
    assert escape(draft.title) not in listed


def test_another_partnership_gets_404(client_for, draft, published, other_partnership):
    outsider = make_user(other_partnership, Role.Kind.BUSINESS_TEAM, "otto")
    client = client_for(outsider)
    for report in (draft, published):
        assert client.get(url("yearly-detail", report)).status_code == 404
        other = reverse("reports:yearly-detail", args=[other_partnership.slug, report.pk])
        assert client.get(other).status_code == 404


def test_an_executive_membership_in_another_partnership_does_not_count(partnership, other_partnership,
                                                                       member_user):
    factories.executive_member(partnership, member_user)
    assert access.is_executive_member(partnership, member_user)
    assert not access.is_executive_member(other_partnership, member_user)
