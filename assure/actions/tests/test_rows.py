"""actions.rows: each row's words worked out in Python say what the templates used to work out from the records."""
import datetime

import pytest
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.text import Truncator

from assure.actions import queries, rows, services
from assure.actions.models import Action, ActionOwner
from assure.actions.tests import factories as f
from assure.core import dates
from assure.core.templatetags.govuk import status_tag
from assure.partnerships.models import Organisation, Person

TODAY = datetime.date(2026, 3, 9)


@pytest.mark.parametrize("text", ["", "Short", "x" * 119, "x" * 120, "x" * 121, "y" * 300, "e\u0301" * 70,
                                  "e\u0301" * 130, "Caf\u00e9 " * 30, "a" + "\u0301" * 200])
@pytest.mark.parametrize("length", [60, 120, 160])
def test_text_is_cut_as_truncatechars_cuts_it(text, length):
    assert rows._short(text, length) == Truncator(text).chars(length)


@pytest.fixture
def varied(partnership, executive_board, business_user):
    """Actions with and without a body, meeting, item, owner organisation, owners; due in every way."""
    ann = Person.objects.create(partnership=partnership, full_name="Ann Zeal")
    bob = Person.objects.create(partnership=partnership, full_name="Bob Able")
    council = Organisation.objects.create(partnership=partnership, name="Elmsworth Council", kind="local_authority")
    m = f.meeting(executive_board, datetime.date(2026, 1, 14))
    f.meeting(executive_board, datetime.date(2026, 3, 12), status="scheduled")
    made = [
        f.action(partnership, text="x" * 200, meeting=m, item=f.item(m, "4.2"), due_at_next_meeting=True,
                 owners=[ann, services.Owner(group_name="All members"), bob], owner_organisation=council),
        f.action(partnership, text="Agreed by the board itself", body=executive_board, due_date=TODAY - f.days(1)),
        f.action(partnership, text="No meeting, no body <b>bold</b>", due_date=TODAY),
        f.action(partnership, text="At the meeting, no item", meeting=m, due_date=TODAY + f.days(40)),
        f.action(partnership, text="Done", due_date=TODAY - f.days(3)),
    ]
    services.complete_action(made[-1], by=business_user, expected_version=made[-1].version)
    ActionOwner.objects.filter(action=made[2]).delete()
    Action.objects.filter(pk=made[3].pk).update(body=None)   # as older records have it: the meeting's body shows
    return [Action.objects.select_related("meeting__body", "body", "item", "owner_organisation").get(pk=a.pk)
            for a in made]


def _values(partnership, actions):
    return queries.row_values(partnership, [a.pk for a in actions])


def test_log_rows_say_what_the_records_say(partnership, varied):
    to = rows.links(partnership.slug)
    owners = queries.owner_names([a.pk for a in varied])
    for action, values in zip(varied, _values(partnership, varied), strict=True):
        row = rows.log_row(values, owners.get(action.pk, ""), TODAY, to)
        overdue = dates.is_overdue(action.effective_due, action.is_live, TODAY)
        soon = dates.is_due_soon(action.effective_due, action.is_live, TODAY)
        assert row == rows.LogRow(
            href=reverse("actions:detail", args=[partnership.slug, action.pk]),
            text=Truncator(action.text).chars(160),
            source=str(action.body) if action.body else str(action.meeting.body) if action.meeting else "",
            meeting_href=reverse("meetings:detail", args=[partnership.slug, action.meeting_id]) if action.meeting
            else "",
            meeting_date=date_format(action.meeting.date, "j M Y") if action.meeting else "",
            item_number=action.item.number if action.item else None,
            owners=action.owner_text,
            organisation=str(action.owner_organisation) if action.owner_organisation else None,
            due_text=dates.due_label(action.effective_due, action.due_at_next_meeting),
            due_tag=status_tag("overdue", "Overdue") if overdue else status_tag("due", "Due soon") if soon else "",
            status_tag=status_tag(action.status, action.get_status_display()),
            carried_over=action.carried_over)


def test_owners_are_named_in_the_order_they_were_added(partnership, varied):
    assert queries.owner_names([varied[0].pk]) == {varied[0].pk: "Ann Zeal, All members, Bob Able"}
    assert varied[2].pk not in queries.owner_names([varied[2].pk])   # no owners: the log shows nothing


def test_my_rows_say_what_the_records_say(partnership, varied):
    to = rows.links(partnership.slug)
    for action, values in zip(varied, _values(partnership, varied), strict=True):
        row = rows.my_row(values, TODAY, to)
        assert row.agreed_at == (str(action.meeting) if action.meeting else str(action.body) if action.body else "")
        assert row.text == Truncator(action.text).chars(120) and row.short_text == Truncator(action.text).chars(60)
        assert row.update_href == reverse("actions:update", args=[partnership.slug, action.pk]) + "?next=mine"
        assert row.group == dates.due_group(action.effective_due, action.is_live, TODAY)
    done = rows.completed_row(_values(partnership, varied[-1:])[0], to)
    assert done.completed_on == date_format(varied[-1].completed_on, "j M Y")


def test_row_values_keep_the_keys_order_and_the_partnership(partnership, other_partnership, varied, outsider_user):
    theirs = f.action(other_partnership, by=outsider_user, text="Another partnership's")
    keys = [varied[3].pk, theirs.pk, varied[0].pk]
    assert [v["pk"] for v in queries.row_values(partnership, keys)] == [varied[3].pk, varied[0].pk]
    assert queries.row_values(partnership, []) == []
