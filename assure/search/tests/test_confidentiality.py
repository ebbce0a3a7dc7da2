"""Nobody finds what they may not open: another partnership's records, a review they are not named on (nor its
publications), assurance records outside their bodies or organisation. Not in the results, the snippets or the
counts per type."""
from django.urls import reverse

from assure.conftest import make_user, signed_in_client
from assure.partnerships.models import Body, Membership, Person, Role
from assure.reviews.models import PanelMember, Review

from .testset import build


def page(user, partnership, q, **params):
    response = signed_in_client(user).get(reverse("search:results", args=[partnership.slug]), {"q": q, **params})
    return response, response.content.decode()


def test_another_partnership_s_user_sees_nothing_of_this_one(elmsworth, settings):
    partnership, _ = elmsworth
    other, _ = build("Harrowby Safeguarding Board", "harrowby")
    outsider = make_user(other, Role.Kind.BUSINESS_TEAM, "olly", "Olly Outsider")
    assert signed_in_client(outsider).get(reverse("search:results", args=[partnership.slug]),
                                          {"q": "Child R"}).status_code == 404
    # searching their own partnership finds their own twin records only
    response, _ = page(outsider, other, "safer sleep")
    assert response.context["results"]
    assert {r.partnership_id for r in response.context["results"]} == {other.pk}


def test_a_member_not_named_on_a_review_never_sees_it(elmsworth):
    partnership, keys = elmsworth
    member = make_user(partnership, Role.Kind.MEMBER, "mo", "Mo Member")
    response, html = page(member, partnership, "safer sleep")
    assert not any(r.kind in ("review", "publication") for r in response.context["results"])
    assert "sleeping arrangements" not in html and "Lessons learned briefing" not in html
    counts = {kind for kind, _, _ in response.context["counts"]}
    assert "review" not in counts and "publication" not in counts
    response, html = page(member, partnership, "Child R", kind="review")
    assert response.context["page"].paginator.count == 0
    response, html = page(member, partnership, "sleeping arrangements")  # "arrangements": an action they may see
    assert not any(r.kind in ("review", "publication") for r in response.context["results"])
    assert "Professionals did not see" not in html


def test_a_panel_member_sees_their_review_and_its_publications(elmsworth):
    partnership, keys = elmsworth
    member = make_user(partnership, Role.Kind.MEMBER, "pam", "Pam Panel")
    review = Review.objects.get(pk=keys["review_r"][1])
    PanelMember.objects.create(review=review, person=Person.objects.get(user=member))
    response, html = page(member, partnership, "safer sleep")
    kinds = {(r.kind, r.record_id) for r in response.context["results"]}
    assert keys["review_r"] in kinds and keys["pub_llb"] in kinds
    assert keys["review_d"] not in {(r.kind, r.record_id) for r in page(member, partnership, "self-neglect")[0]
                                    .context["results"]}


def test_a_board_member_sees_a_review_at_sign_off_only(elmsworth):
    partnership, keys = elmsworth
    member = make_user(partnership, Role.Kind.MEMBER, "bo", "Bo Board")
    board = Body.objects.get(partnership=partnership, kind=Body.Kind.EXECUTIVE_BOARD)
    Membership.objects.create(body=board, person=Person.objects.get(user=member))
    found = {(r.kind, r.record_id) for r in page(member, partnership, "Child R OR Mr D")[0].context["results"]}
    assert keys["review_r"] in found        # at sign-off
    assert keys["review_d"] not in found    # at draft


def test_a_member_sees_no_complaints_and_only_their_organisation_s_escalations(elmsworth):
    partnership, keys = elmsworth
    member = make_user(partnership, Role.Kind.MEMBER, "mo", "Mo Member")
    response, html = page(member, partnership, "review panel complaint")
    assert keys["complaint"] not in {(r.kind, r.record_id) for r in response.context["results"]}
    assert "did not speak to them" not in html
    response, html = page(member, partnership, "health visiting")
    assert keys["escalation_hv"] not in {(r.kind, r.record_id) for r in response.context["results"]}
    assert "escalation" not in {kind for kind, _, _ in response.context["counts"]} and "step a family down" not in html


def test_the_business_team_and_read_only_users_see_everything(elmsworth, elmsworth_manager):
    partnership, keys = elmsworth
    reader = make_user(partnership, Role.Kind.READ_ONLY, "rita", "Rita Reader")
    for user in (elmsworth_manager, reader):
        found = {(r.kind, r.record_id) for r in page(user, partnership, "health visiting")[0].context["results"]}
        assert keys["escalation_hv"] in found
    found = {(r.kind, r.record_id) for r in page(elmsworth_manager, partnership, "safer sleep")[0].context["results"]}
    assert keys["review_r"] in found and keys["pub_llb"] in found
