"""The figures each action keeps for the log (dues.py, ADR 0152): its effective due date follows its body's
meetings as they are scheduled, moved and cancelled, and `carried_over` counts every carry however it is made.
`refresh_all` (worked out afresh from the records) finds nothing to change after the services have run."""
import datetime

import pytest

from assure.actions import dues, services
from assure.actions.models import Action
from assure.meetings import services as meeting_services
from assure.partnerships.models import Body

from . import factories as f

D = datetime.date


@pytest.fixture
def subgroup(partnership):
    return Body.objects.create(partnership=partnership, name="Exploitation Subgroup")


@pytest.mark.parametrize("day, expected", [
    (D(2026, 1, 1), D(2026, 1, 10)),
    (D(2026, 1, 10), D(2026, 3, 5)),   # strictly after the meeting that agreed it
    (D(2026, 3, 4), D(2026, 3, 5)),
    (D(2026, 3, 5), None),
])
def test_next_meeting_after(day, expected):
    assert dues.next_meeting_after([D(2026, 1, 10), D(2026, 3, 5)], day) == expected


def test_an_action_due_at_the_next_meeting_follows_the_body_s_diary(partnership, executive_board, subgroup,
                                                                    business_user):
    agreed = meeting_services.schedule_meeting(partnership=partnership, body=executive_board, date=D(2026, 2, 2),
                                               by=business_user)
    action = services.create_action(partnership=partnership, text="Bring the audit back", owners=[services.Owner(group_name="Business team")],
                                    meeting=agreed, due_at_next_meeting=True, by=business_user)
    assert action.effective_due is None   # no next meeting yet

    def due():
        action.refresh_from_db()
        return action.effective_due

    meeting_services.schedule_meeting(partnership=partnership, body=subgroup, date=D(2026, 3, 3), by=business_user)
    assert due() is None   # another body's meeting
    later = meeting_services.schedule_meeting(partnership=partnership, body=executive_board, date=D(2026, 5, 4),
                                              by=business_user)
    assert due() == D(2026, 5, 4)
    sooner = meeting_services.schedule_meeting(partnership=partnership, body=executive_board, date=D(2026, 4, 6),
                                               by=business_user)
    assert due() == D(2026, 4, 6)
    meeting_services.edit_meeting(sooner, by=business_user, expected_version=sooner.version, date=D(2026, 4, 13))
    assert due() == D(2026, 4, 13)
    sooner.refresh_from_db()
    meeting_services.cancel_meeting(sooner, by=business_user, expected_version=sooner.version, reason="No quorum")
    assert due() == later.date
    assert dues.refresh_all() == 0


def test_own_due_date_wins_and_an_edit_keeps_the_figure(partnership, executive_board, business_user):
    agreed = meeting_services.schedule_meeting(partnership=partnership, body=executive_board, date=D(2026, 2, 2),
                                               by=business_user)
    meeting_services.schedule_meeting(partnership=partnership, body=executive_board, date=D(2026, 4, 6),
                                      by=business_user)
    action = services.create_action(partnership=partnership, text="Bring the audit back", owners=[services.Owner(group_name="Business team")],
                                    meeting=agreed, due_at_next_meeting=True, by=business_user)
    assert action.effective_due == D(2026, 4, 6)
    services.edit_action(action, by=business_user, expected_version=action.version, due_date=D(2026, 3, 20),
                         due_at_next_meeting=False)
    action.refresh_from_db()
    assert action.effective_due == D(2026, 3, 20)
    assert dues.refresh_all() == 0


def test_every_kind_of_carry_is_counted(partnership, executive_board, business_user):
    first = f.meeting(executive_board, D(2026, 1, 10))
    action = f.action(partnership, by=business_user, meeting=first, body=executive_board)
    services.carry_forward(action, by=business_user, expected_version=action.version,
                           meeting=f.meeting(executive_board, D(2026, 2, 10)))
    action.refresh_from_db()
    services.post_meeting_updates(f.meeting(executive_board, D(2026, 3, 2)), by=business_user, updates=[
        services.MeetingUpdate(action, "Carried again", Action.Status.CARRIED_FORWARD)])
    action.refresh_from_db()
    services.edit_action(action, by=business_user, expected_version=action.version, status=Action.Status.OPEN)
    action.refresh_from_db()
    services.edit_action(action, by=business_user, expected_version=action.version,
                         status=Action.Status.CARRIED_FORWARD)
    action.refresh_from_db()
    assert action.carried_over == 3 == action.updates.filter(status=Action.Status.CARRIED_FORWARD).count()
    assert dues.refresh_all() == 0


def test_refresh_all_puts_right_figures_written_without_the_services(partnership, executive_board, business_user):
    action = f.action(partnership, by=business_user, due_date=D(2026, 4, 1))
    Action.objects.filter(pk=action.pk).update(effective_due=None, carried_over=7)
    assert dues.refresh_all() == 1
    action.refresh_from_db()
    assert (action.effective_due, action.carried_over) == (D(2026, 4, 1), 0)
