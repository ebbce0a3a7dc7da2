"""The demo's priorities and assurance programme, as the board reads them (the tests' clock: 9 March 2026)."""
import pytest
from django.urls import reverse

from assure.actions.models import Action
from assure.assurance.models import Activity
from assure.conftest import signed_in_client
from assure.demo.services import build_demo
from assure.meetings.models import ForwardPlanEntry
from assure.partnerships.models import Priority


@pytest.fixture(autouse=True)
def papers_in_a_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_the_demo_s_assurance_year_shows_what_was_learnt_done_and_still_open(db):
    p = build_demo().partnership
    readonly = p.roles.get(user__username="demo-readonly").user
    client = signed_in_client(readonly)

    priorities = Priority.objects.filter(partnership=p).order_by("position")
    assert [x.title for x in priorities] == ["Neglect", "Exploitation", "Transitional safeguarding", "Domestic abuse"]
    listing = client.get(reverse("partnerships:priority-list", args=[p.slug])).content.decode()
    assert "2024/25 to 2026/27" in listing and "from 2025/26" in listing

    # Two years of programme; each report is on the forward plan of the board that receives it.
    activities = Activity.objects.filter(partnership=p)
    assert {2025, 2026} <= set(activities.values_list("year", flat=True))
    assert activities.filter(status=Activity.Status.PLANNED, year=2026).count() >= 3
    booked = activities.filter(reporting_body__isnull=False, planned_report__isnull=False).exclude(
        status=Activity.Status.CANCELLED)
    assert booked.count() >= 9 and not booked.filter(forward_plan_entry__isnull=True).exists()
    assert ForwardPlanEntry.objects.filter(assurance_activity__isnull=False, month__gt="2026-04-01").count() >= 3

    response = client.get(reverse("assurance:overview", args=[p.slug]), {"year": 2025})
    page = response.content.decode()
    totals = response.context["totals"]
    assert response.status_code == 200
    assert totals["findings"] >= 5 and totals["done"] >= 2 and totals["open"] >= 3
    assert totals["without_evidence"] == 0
    assert "The neglect screening tool was used in 3 of the 10 cases." in page   # a finding
    assert "used in 41 of 45 neglect assessments" in page                        # a done action's evidence of impact
    assert "Train health visitors and school nurses" in page                     # an open action

    # The owners closed their own actions; the rest are live in the shared log, some overdue.
    linked = Action.objects.filter(partnership=p, assurance_link__isnull=False)
    completed = linked.filter(status=Action.Status.COMPLETED)
    assert {a.updates.latest("id").author.username for a in completed} == {"demo-lrs-chair", "demo-dcs", "demo-member"}
    assert linked.filter(status__in=Action.LIVE, due_date__lt="2026-03-09").exists()
