"""The meetings list and the forward plan as spreadsheets (jobs.exports, ADR 0148)."""
import datetime

import pytest
from django.urls import reverse

from assure.jobs.tests.downloads import column, csv_rows, xlsx_rows
from assure.meetings.models import ForwardPlanEntry, Meeting
from assure.partnerships.models import Body


def url(name, partnership):
    return reverse(f"meetings:{name}", kwargs={"slug": partnership.slug})


@pytest.fixture
def meetings(partnership, executive_board, other_partnership):
    group = Body.objects.create(partnership=partnership, name="Learning and Improvement Group", kind="subgroup")
    made = []
    for n in range(40):
        made.append(Meeting.objects.create(partnership=partnership, body=executive_board if n % 2 else group,
                                           date=datetime.date(2025, 1, 6) + datetime.timedelta(weeks=n),
                                           location="=cmd|' /C calc'!A0" if n == 0 else "Room 2"))
    foreign = Body.objects.create(partnership=other_partnership, name="Harrowdale Board", kind="executive_board")
    Meeting.objects.create(partnership=other_partnership, body=foreign, date=datetime.date(2026, 1, 5))
    return group


@pytest.mark.parametrize("filtered", [False, True])
def test_meetings_download_has_every_meeting_the_page_lists(client_for, readonly_user, partnership,
                                                           executive_board, meetings, filtered):
    query = {"body": executive_board.pk} if filtered else {}
    response = client_for(readonly_user).get(url("list", partnership), {**query, "download": "xlsx"})
    rows = xlsx_rows(response)
    expected = Meeting.objects.filter(partnership=partnership, **({"body": executive_board} if filtered else {}))
    dates = column(rows, "Date")
    assert sorted(d.date() for d in dates) == sorted(m.date for m in expected)  # real dates, every page
    assert set(column(rows, "Board or group")) == {m.body.name for m in expected}
    assert "Harrowdale Board" not in column(rows, "Board or group")


def test_meetings_csv_neutralises_a_formula(client_for, readonly_user, partnership, meetings):
    rows = csv_rows(client_for(readonly_user).get(url("list", partnership), {"download": "csv"}))
    assert "'=cmd|' /C calc'!A0" in column(rows, "Location")
    assert rows[0][:3] == ["Date", "Start time", "Board or group"]


def test_a_board_of_another_partnership_is_ignored_as_on_the_page(client_for, readonly_user, partnership, meetings,
                                                                   other_partnership):
    foreign = Body.objects.get(partnership=other_partnership)
    rows = csv_rows(client_for(readonly_user).get(url("list", partnership), {"body": foreign.pk, "download": "csv"}))
    assert len(rows) - 1 == Meeting.objects.filter(partnership=partnership).count()


def test_forward_plan_download(client_for, readonly_user, partnership, executive_board, meetings):
    ForwardPlanEntry.objects.create(partnership=partnership, body=executive_board, title="Annual report",
                                    every_year_in=9)
    ForwardPlanEntry.objects.create(partnership=partnership, body=meetings, title="Audit findings",
                                    month=datetime.date(2026, 5, 1))
    rows = csv_rows(client_for(readonly_user).get(url("forward-plan", partnership),
                                                  {"body": executive_board.pk, "download": "csv"}))
    assert column(rows, "Item") == ["Annual report"] and column(rows, "When") == ["Every September"]


def test_another_partnerships_user_gets_404(client_for, outsider_user, partnership, meetings):
    for name in ("list", "forward-plan"):
        assert client_for(outsider_user).get(url(name, partnership), {"download": "csv"}).status_code == 404
