"""The action log as a spreadsheet (jobs.exports, ADR 0148): the page's filters, every row, safe cells."""
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from assure.actions import queries, services
from assure.actions.filters import ActionLogFilter
from assure.actions.models import Action
from assure.actions.tests import factories as f
from assure.jobs.tests.downloads import column, csv_rows, xlsx_rows

TODAY = datetime.date(2026, 3, 9)


def log_url(partnership):
    return reverse("actions:log", kwargs={"slug": partnership.slug})


@pytest.fixture
def actions(partnership, executive_board, business_user, readonly_user):
    m = f.meeting(executive_board, datetime.date(2026, 1, 14))
    made = [f.action(partnership, text=f"Overdue action {n}", due_date=TODAY - f.days(n + 1), meeting=m,
                     item=f.item(m, f"4.{n}")) for n in range(3)]
    made += [f.action(partnership, text=f"Later action {n}", due_date=TODAY + f.days(30 + n)) for n in range(30)]
    made.append(f.action(partnership, text='=HYPERLINK("http://example.invalid/x","Click")',
                         due_date=TODAY - f.days(10), owners=[f.person_of(readonly_user, partnership)]))
    return made


def expected_texts(partnership, **query):
    """The records the page lists for this query, from the page's own filterset (every page of them)."""
    class Request:
        GET = query
    Request.partnership = partnership
    return [a.text for a in ActionLogFilter(query or None, queryset=queries.action_log(partnership),
                                            request=Request).qs]


@pytest.mark.parametrize("query", [{}, {"due": "overdue"}, {"status": "open", "due": "overdue"}])
def test_csv_has_every_row_the_filtered_page_lists(client_for, readonly_user, partnership, actions, query,
                                                     other_partnership, outsider_user):
    f.action(other_partnership, text="Harrowdale secret action", by=outsider_user)
    response = client_for(readonly_user).get(log_url(partnership), {**query, "download": "csv", "page": "2"})
    assert response.status_code == 200 and response.streaming
    assert response["Content-Disposition"].startswith('attachment; filename="actions-')
    rows = csv_rows(response)
    texts = column(rows, "Action")
    assert [t.lstrip("'") for t in texts] == expected_texts(partnership, **query)  # all rows, in the page's order
    assert "Harrowdale secret action" not in texts
    assert len(texts) > 25 or query  # more than one page when unfiltered


def test_hostile_text_is_written_as_text(client_for, readonly_user, partnership, actions):
    client = client_for(readonly_user)
    csv_texts = column(csv_rows(client.get(log_url(partnership), {"download": "csv"})), "Action")
    xlsx_texts = column(xlsx_rows(client.get(log_url(partnership), {"download": "xlsx"})), "Action")
    assert "'=HYPERLINK(\"http://example.invalid/x\",\"Click\")" in csv_texts
    assert not any(str(t).startswith("=") for t in csv_texts + xlsx_texts)


def test_xlsx_has_real_dates_and_numbers(client_for, readonly_user, partnership, actions):
    response = client_for(readonly_user).get(log_url(partnership), {"download": "xlsx", "due": "overdue"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    rows = xlsx_rows(response)
    assert rows[0][:3] == ["Reference", "Action", "Board or group"]
    by_text = {row[1]: row for row in rows[1:]}
    first = by_text["Overdue action 0"]
    heading = rows[0]
    assert first[heading.index("Due")] == datetime.datetime(2026, 3, 8)  # a date cell, not text
    assert first[heading.index("Meeting")] == datetime.datetime(2026, 1, 14)
    assert first[heading.index("Reference")] == Action.objects.get(text="Overdue action 0").pk
    assert first[heading.index("Overdue")] == "yes" and first[heading.index("Status")] == "Open"


def test_owner_of_another_partnership_is_ignored_as_on_the_page(client_for, readonly_user, partnership, actions,
                                                                  other_partnership, outsider_user):
    outsider = f.person_of(outsider_user, other_partnership)
    rows = csv_rows(client_for(readonly_user).get(log_url(partnership), {"owner": outsider.pk, "download": "csv"}))
    assert len(rows) - 1 == Action.objects.filter(partnership=partnership).count()


def test_another_partnerships_user_gets_404(client_for, outsider_user, partnership, actions):
    assert client_for(outsider_user).get(log_url(partnership), {"download": "csv"}).status_code == 404
    assert client_for(outsider_user).get(log_url(partnership), {"download": "xlsx"}).status_code == 404


def test_old_csv_address_redirects_with_its_filters(client_for, readonly_user, partnership, actions):
    client = client_for(readonly_user)
    response = client.get(reverse("actions:export", kwargs={"slug": partnership.slug}), {"due": "overdue"})
    assert response.status_code == 302
    rows = csv_rows(client.get(response["Location"]))
    assert [t.lstrip("'") for t in column(rows, "Action")] == expected_texts(partnership, due="overdue")


def downloaded_rows(client, partnership, kind) -> int:
    response = client.get(log_url(partnership), {"download": kind})
    return len(xlsx_rows(response) if kind == "xlsx" else csv_rows(response)) - 1


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_queries_do_not_grow_with_rows(client_for, readonly_user, partnership, executive_board, kind):
    client = client_for(readonly_user)
    m = f.meeting(executive_board, datetime.date(2026, 1, 14))
    owner = f.person_of(readonly_user, partnership)

    def add(start, n):
        for i in range(start, start + n):
            f.action(partnership, text=f"Action {i}", meeting=m, item=f.item(m, str(i)),
                     owners=[owner, services.Owner(group_name="All members")])

    add(0, 10)
    with CaptureQueriesContext(connection) as ten:
        assert downloaded_rows(client, partnership, kind) == 10
    add(10, 190)
    with CaptureQueriesContext(connection) as two_hundred:
        assert downloaded_rows(client, partnership, kind) == 200
    assert len(two_hundred.captured_queries) == len(ten.captured_queries)


def test_page_links_to_both_downloads_with_its_filters(client_for, readonly_user, partnership, actions):
    html = client_for(readonly_user).get(log_url(partnership), {"due": "overdue", "page": "1"}).content.decode()
    assert "?due=overdue&amp;download=xlsx" in html and "?due=overdue&amp;download=csv" in html
