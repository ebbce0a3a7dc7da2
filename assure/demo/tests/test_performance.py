"""The demo's performance dataset, as the board and the business team read it (the tests' clock: 9 March 2026)."""
import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from django.urls import reverse

from assure import performance
from assure.conftest import signed_in_client
from assure.demo.services import build_demo
from assure.performance import periods, services
from assure.performance.models import (
    Authority,
    Commentary,
    ComparatorFigure,
    Figure,
    Indicator,
    Neighbour,
    QuarterApproval,
)
from assure.performance.pack import data
from assure.performance.queries import live_indicators
from assure.performance.series import dataset_series


@pytest.fixture(autouse=True)
def papers_in_a_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_the_demo_s_dataset_has_a_catalogue_figures_and_comparators(db):
    p = build_demo().partnership
    indicators = list(live_indicators(p))
    assert 24 <= len(indicators) <= 30
    assert all(i.owner is not None for i in indicators)
    assert {"neglect", "exploitation", "domestic abuse"} <= {i.priority.title.lower() for i in indicators if i.priority}
    assert {i.comparators for i in indicators} == {"none", "published", "entered"}
    assert {i.frequency for i in indicators} == {"monthly", "quarterly", "yearly"}

    own = Authority.objects.get(partnership=p, is_own_area=True)
    assert (own.name, own.region_name) == ("Marshcombe", "Northern Fells")
    assert Neighbour.objects.filter(partnership=p).count() == 10

    # Quarterly figures for three financial years, up to the last complete quarter (Q3 2025/26).
    rereferrals = Indicator.objects.get(partnership=p, code="CSC-REREF")
    codes = [f.period.code for f in rereferrals.figures.order_by("period_start")]
    assert codes[0] == "2023-Q1" and codes[-1] == "2025-Q3" and len(codes) == 11
    assert Figure.objects.filter(indicator__partnership=p, suppression="c").count() == 2
    assert ComparatorFigure.objects.filter(indicator__partnership=p, suppression="c").exists()

    series = dataset_series(p, indicators)
    ratings = {series[i.pk].rating.code for i in indicators}
    assert {"green", "amber", "red", "not_rated"} <= ratings
    cp_2yr = series[Indicator.objects.get(partnership=p, code="CPP-2YR").pk]
    assert cp_2yr.rating.code == "red" and cp_2yr.latest.value == Decimal("4.9")
    england = cp_2yr.comparator_for("england", periods.parse_period("2024/25"))
    assert england.value is not None and cp_2yr.line("neighbours").points[-1].published == 9

    # The pages read it, for a reader too.
    client = signed_in_client(p.roles.get(user__username="demo-readonly").user)
    catalogue = client.get(reverse("performance:indicator-list", args=[p.slug])).content.decode()
    assert "Child protection plans lasting 2 years or more" in catalogue and "Add an indicator" not in catalogue
    area = client.get(reverse("performance:area", args=[p.slug])).content.decode()
    assert "Marshcombe (E10000901, old code 901)" in area and "Saltcote" in area


def test_the_demo_s_last_complete_quarter_is_commented_and_the_ones_before_it_approved(db):
    p = build_demo().partnership
    client = signed_in_client(p.roles.get(user__username="demo-readonly").user)

    # The last complete quarter (Q3 2025/26): a draft whose red indicators all have their owner's commentary.
    latest = data.assemble(p, periods.parse_period("2025-Q3"))
    reds = [e for e in latest.entries if e.is_red]
    assert reds and latest.is_draft and all(e.commentary for e in reds)
    owned = Commentary.objects.filter(indicator__partnership=p, updated_by__username="demo-lrs-chair")
    assert owned.exists()   # Bethan Lloyd writes her own; the business team writes for owners without an account
    page = client.get(reverse("performance:quarter", args=[p.slug, "2025-Q3"])).content.decode()
    assert "Download the pack as PDF" in page and "govuk-tag--red\">Missing" not in page
    pack = client.get(reverse("performance:pack-docx", args=[p.slug, "2025-Q3"]))
    assert pack.status_code == 200 and pack["Content-Disposition"].endswith('.docx"')

    # The quarters before it are approved: two months after each ended, or (before the dataset was set up, on 13 April
    # 2025) brought across approved from the old spreadsheet.
    approved = {a.quarter.code: a.approved_at.date() for a in QuarterApproval.objects.filter(partnership=p)}
    assert min(approved) == "2022-Q4" and max(approved) == "2025-Q2" and len(approved) == 11
    assert (approved["2024-Q3"], approved["2024-Q4"], approved["2025-Q2"]) == (
        datetime.date(2025, 4, 13), datetime.date(2025, 6, 2), datetime.date(2025, 12, 2))
    quarters = client.get(reverse("performance:quarter-list", args=[p.slug])).content.decode()
    assert "Approved" in quarters and "Draft" in quarters


def test_the_fictional_files_to_try_agree_with_the_demo_s_area_and_catalogue(db):
    # The import pages offer these files to try: on the demo every row is accepted and four indicators use them.
    p = build_demo().partnership
    by = p.roles.get(user__username="demo-business").user
    fixtures = Path(performance.__file__).parent / "fixtures"
    published = services.import_dataset(partnership=p, by=by, file_name="cin.csv", dry_run=True,
                                        data=(fixtures / "dfe_children_in_need_fictional.csv").read_bytes())
    assert published["refused"] == [] and published["own_area"] == "Marshcombe"
    assert set(published["measures_used"].values()) == {"CPP-RATE", "CPP-2YR", "CPP-REPEAT", "CSC-REREF"}
    neighbours = services.import_dataset(partnership=p, by=by, file_name="sn.csv", dry_run=True,
                                         data=(fixtures / "dfe_statistical_neighbours_fictional.csv").read_bytes())
    assert neighbours["refused"] == [] and neighbours["accepted"] == 20
