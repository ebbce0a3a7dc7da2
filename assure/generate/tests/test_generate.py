"""The generator at small scale (two partnerships, one year): the same seed writes the same data, the data is valid
(the pages of the large partnership answer, each record's history names the generator) and each partnership keeps
to itself."""
import hashlib
import json

import pytest
from django.db.models import F, Q
from django.urls import NoReverseMatch, resolve, reverse

from assure.actions import dues
from assure.actions.models import Action, ActionOwner, ActionUpdate
from assure.assurance.models import Risk
from assure.budget.models import Contribution
from assure.conftest import make_user, signed_in_client
from assure.core.audit import History
from assure.core.tests.test_permission_matrix import ALLOWED, partnership_url_names
from assure.generate.services import GENERATOR_USERNAME, GenerateError, generate
from assure.meetings.models import AgendaItem, Attendance, ForwardPlanEntry, Meeting
from assure.partnerships.models import Body, Membership, Partnership, Role
from assure.performance.models import Figure, Indicator
from assure.reviews.models import Case, PanelMember, RecommendationAction, Review
from assure.training.models import Booking

pytestmark = pytest.mark.django_db

SMALL = {"partnerships": 2, "years": 1}


def fingerprint() -> str:
    """A hash of the generated data's key fields, with no database ids in it."""
    rows = [
        list(Partnership.objects.order_by("slug").values_list("slug", "name")),
        list(Meeting.objects.order_by("partnership__slug", "body__name", "date")
             .values_list("partnership__slug", "body__name", "date", "status", "minutes_approved_on")),
        list(Attendance.objects.order_by("meeting__partnership__slug", "meeting__date", "meeting__body__name",
                                          "person__full_name")
             .values_list("meeting__date", "person__full_name", "status")),
        list(Action.objects.order_by("partnership__slug", "created_at", "text", "due_date", "status", "completed_on")
             .values_list("partnership__slug", "created_at", "text", "due_date", "status", "completed_on", "rag")),
        list(ActionUpdate.objects.order_by("action__partnership__slug", "created_at", "text", "status")
             .values_list("created_at", "text", "status")),
        list(Case.objects.order_by("partnership__slug", "date_aware", "pseudonym")
             .values_list("pseudonym", "date_aware", "date_notified", "closed_on", "rapid_review__decision")),
        list(Review.objects.order_by("partnership__slug", "case__date_aware").values_list("kind", "stage", "published_on")),
        list(Figure.objects.order_by("indicator__partnership__slug", "indicator__code", "period_start")
             .values_list("indicator__code", "period_start", "value")),
    ]
    return hashlib.sha256(json.dumps(rows, default=str).encode()).hexdigest()


def test_the_same_seed_writes_the_same_data_and_another_seed_does_not():
    first = generate(seed=7, **SMALL)
    once = fingerprint()
    again = generate(seed=7, replace=True, **SMALL)
    assert fingerprint() == once
    assert again["counts"] == first["counts"]
    generate(seed=8, replace=True, **SMALL)
    assert fingerprint() != once


def test_it_refuses_to_write_over_generated_partnerships_or_bad_arguments():
    generate(seed=1, partnerships=1, years=1, index=False)
    with pytest.raises(GenerateError, match="fresh database"):
        generate(seed=1, partnerships=1, years=1)
    with pytest.raises(GenerateError, match="--years"):
        generate(seed=1, partnerships=1, years=0)
    assert Partnership.objects.filter(slug__startswith="gen-").count() == 1


def test_the_large_partnership_is_the_larger_and_its_records_are_valid():
    summary = generate(seed=3, **SMALL)
    large, small = Partnership.objects.get(slug="gen-001"), Partnership.objects.get(slug="gen-002")
    assert Body.objects.filter(partnership=large).count() == 15
    assert Body.objects.filter(partnership=small).count() == 3
    assert summary["large"]["meetings.Meeting"] > 5 * Meeting.objects.filter(partnership=small).count()
    # Invariants the services keep.
    assert not Action.objects.filter(due_date__lt=F("meeting__date")).exists()
    assert not Action.objects.filter(due_date__isnull=False, due_at_next_meeting=True).exists()
    assert not Action.objects.filter(status="completed", completed_on__isnull=True).exists()
    assert not Action.objects.exclude(status="completed").filter(completed_on__isnull=False).exists()
    assert not ActionUpdate.objects.filter(created_at__lt=F("action__created_at")).exists()
    assert not Meeting.objects.filter(minutes_approved_at__date__lte=F("date")).exists()
    assert not Meeting.objects.filter(status="held", date__gt=summary["to"]).exists()
    assert not Case.objects.filter(date_notified__lt=F("date_aware")).exists()
    assert not Case.objects.filter(rapid_review__decision_agreed_on__lt=F("rapid_review__held_on")).exists()
    assert not Review.objects.filter(case__subject="child", kind="sar").exists()
    assert not ActionOwner.objects.filter(person__isnull=True, group_name="").exists()
    # Each action's effective due date and times carried over agree with its meeting's body and its updates.
    assert Action.objects.filter(effective_due__isnull=False).exists()
    assert Action.objects.filter(carried_over__gt=0).exists()
    assert dues.refresh_all() == 0


def test_every_record_has_its_creation_history_naming_the_generator():
    generate(seed=4, **SMALL)
    missing = []
    for model in sorted(History.registered, key=lambda m: m._meta.label):
        made = model.objects.count()
        if not made:
            continue
        created = model.history.filter(history_type="+")
        if created.count() < made or created.exclude(history_user__username=GENERATOR_USERNAME).exists():
            missing.append(model._meta.label)
    assert not missing, f"Without creation history by the generator: {missing}"
    meeting = Meeting.objects.filter(minutes_approved_on__isnull=False).first()
    dates = [row.history_date.date() for row in meeting.history.order_by("history_date")]
    assert dates[0] < meeting.date <= dates[-1] == meeting.minutes_approved_on


# Records that belong to a partnership through a parent, and the other records they name.
CROSS_LINKS = [
    (Meeting, "partnership", ["body__partnership"]),
    (Action, "partnership", ["body__partnership", "meeting__partnership", "owner_organisation__partnership",
                             "item__meeting__partnership"]),
    (ActionOwner, "action__partnership", ["person__partnership"]),
    (AgendaItem, "meeting__partnership", ["presenter__partnership"]),
    (Attendance, "meeting__partnership", ["person__partnership", "deputising_for__partnership"]),
    (Membership, "body__partnership", ["person__partnership", "deputy__partnership"]),
    (ForwardPlanEntry, "partnership", ["body__partnership", "meeting__partnership", "presenter__partnership"]),
    (Case, "partnership", ["referring_agency__partnership"]),
    (Review, "partnership", ["case__partnership", "independent_reviewer__partnership"]),
    (PanelMember, "review__partnership", ["person__partnership"]),
    (RecommendationAction, "recommendation__review__partnership", ["action__partnership"]),
    (Risk, "partnership", ["owner__partnership", "body__partnership", "owner_organisation__partnership"]),
    (Indicator, "partnership", ["owner__partnership", "priority__partnership", "source_organisation__partnership"]),
    (Booking, "event__course__partnership", ["delegate__partnership"]),
    (Contribution, "year__partnership", ["organisation__partnership"]),
]


def test_no_record_of_one_partnership_names_another_partnerships_record():
    generate(seed=5, **SMALL)
    crossed = []
    for model, own, others in CROSS_LINKS:
        for other in others:
            wrong = model.objects.filter(**{f"{other}__isnull": False}).filter(~Q(**{other: F(own)}))
            if wrong.exists():
                crossed.append(f"{model.__name__}.{other}")
    assert not crossed, crossed
    assert Action.objects.filter(partnership__slug="gen-002").exists()   # the small one has its own records


def test_the_large_partnerships_pages_answer_for_its_business_team():
    generate(seed=6, **SMALL)
    large = Partnership.objects.get(slug="gen-001")
    client = signed_in_client(make_user(large, Role.Kind.BUSINESS_TEAM, "bea", "Bea Business"))
    # Generated records themselves: 200.
    meeting = Meeting.objects.filter(partnership=large, status="held").order_by("-date").first()
    review = Review.objects.filter(partnership=large).order_by("-stage").first()
    pages = [("reports:dashboard", {}), ("actions:log", {}), ("meetings:list", {}), ("meetings:forward-plan", {}),
             ("meetings:detail", {"meeting_id": meeting.pk}),
             ("actions:detail", {"pk": Action.objects.filter(partnership=large, updates__isnull=False).first().pk}),
             ("reviews:dashboard", {}), ("reviews:review-detail", {"review_id": review.pk}),
             ("reviews:case-detail", {"case_id": review.case_id}), ("assurance:risk-list", {}),
             ("performance:dataset", {}), ("partnerships:body-list", {})]
    answers = {name: client.get(reverse(name, kwargs={"slug": large.slug, **kwargs})).status_code
               for name, kwargs in pages}
    assert set(answers.values()) == {200}, answers
    # Every page the permission matrix knows that needs no record's id: lists, dashboards, registers, downloads.
    wrong, walked = [], 0
    for name in partnership_url_names():
        try:
            url = reverse(name, kwargs={"slug": large.slug})
        except NoReverseMatch:
            continue   # a record's page: the generated ones above
        if "business" not in ALLOWED[resolve(url).func.access_level]:
            continue
        walked += 1
        response = client.get(url)
        sends_on = response.status_code == 302 and response["Location"].startswith(f"/p/{large.slug}/")
        if response.status_code != 200 and not sends_on:   # an old address that sends on (the action log's CSV)
            wrong.append(f"{name} {url}: {response.status_code}")
    assert walked > 50
    assert not wrong, "\n".join(wrong)
