"""Who may see which case and review: stricter than the partnership role.

The business team sees everything. Anyone else sees a review only if they are named on it (its panel or its
independent reviewer, through the Person linked to their sign-in), and members of the Executive Board see a
review while the board is asked to sign it off (read-only). Everything else answers 404, like a record of
another partnership: its existence is not confirmed.
"""
from django.db.models import Q
from django.http import Http404

from assure.partnerships.models import Body, Membership, Role

from .models import Case, Publication, Recommendation, Review


def is_business_team(request) -> bool:
    return request.role.can_manage


def is_board_member(user, partnership) -> bool:
    return Membership.objects.filter(body__partnership=partnership, body__kind=Body.Kind.EXECUTIVE_BOARD,
                                     person__user=user).exists()


def _named_on_review(user, prefix: str = "") -> Q:
    return (Q(**{f"{prefix}independent_reviewer__user": user})
            | Q(**{f"{prefix}panel_members__person__user": user}))


def visible_reviews(request):
    reviews = Review.objects.filter(partnership=request.partnership)
    if is_business_team(request):
        return reviews
    q = _named_on_review(request.user)
    if is_board_member(request.user, request.partnership):
        q |= Q(stage=Review.Stage.SIGN_OFF)
    return reviews.filter(pk__in=Review.objects.filter(partnership=request.partnership).filter(q).values("pk"))


def visible_cases(request):
    """Cases whose whole record the user may see (board sign-off access is to the review only)."""
    cases = Case.objects.filter(partnership=request.partnership)
    if is_business_team(request):
        return cases
    named = Review.objects.filter(partnership=request.partnership).filter(_named_on_review(request.user))
    return cases.filter(pk__in=named.values("case_id"))


def get_case_or_404(request, case_id) -> Case:
    case = visible_cases(request).select_related("referring_agency").filter(pk=case_id).first()
    if case is None:
        raise Http404("No such case")
    return case


def get_review_or_404(request, review_id) -> Review:
    # The case's rapid review and the reviewer's organisation come along: the review page shows both.
    review = (visible_reviews(request)
              .select_related("case", "case__rapid_review", "independent_reviewer__organisation")
              .filter(pk=review_id).first())
    if review is None:
        raise Http404("No such review")
    return review


def get_recommendation_or_404(request, recommendation_id) -> Recommendation:
    rec = (Recommendation.objects.select_related("review", "lead_organisation")
           .filter(pk=recommendation_id, review__in=visible_reviews(request)).first())
    if rec is None:
        raise Http404("No such recommendation")
    return rec


def get_publication_or_404(request, publication_id) -> Publication:
    pub = (Publication.objects.select_related("review", "review__case")
           .filter(pk=publication_id, review__in=visible_reviews(request)).first())
    if pub is None:
        raise Http404("No such publication")
    return pub


def can_see_learning_report(request) -> bool:
    """The six-monthly learning report goes to the Executive Board."""
    return is_business_team(request) or is_board_member(request.user, request.partnership)


def receives_learning_report(user, partnership) -> bool:
    """`can_see_learning_report` without a request: for the service and the job that make its Word file."""
    return (Role.objects.filter(user=user, partnership=partnership, kind=Role.Kind.BUSINESS_TEAM).exists()
            or is_board_member(user, partnership))
