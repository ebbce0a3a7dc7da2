import datetime
from types import SimpleNamespace

import pytest

from assure.actions import queries, services
from assure.actions.filters import ActionLogFilter
from assure.actions.models import Action
from assure.actions.tests import factories as f
from assure.core import dates
from assure.meetings.models import Meeting
from assure.partnerships.models import Body, Person

TODAY = datetime.date(2026, 3, 9)


def log(partnership, **filters):
    """The log as the filter form would narrow it (records given as records, sent as their ids)."""
    data = {name: getattr(value, "pk", value) for name, value in filters.items()}
    log_filter = ActionLogFilter(data, queryset=queries.action_log(partnership),
                                 request=SimpleNamespace(partnership=partnership))
    assert log_filter.is_valid(), log_filter.errors
    return list(log_filter.qs)


@pytest.fixture
def subgroup(partnership):
    return Body.objects.create(partnership=partnership, name="Exploitation Subgroup")


@pytest.fixture
def people(partnership, organisations):
    return {
        "ana": Person.objects.create(partnership=partnership, full_name="Ana Police", organisation=organisations["police"]),
        "ben": Person.objects.create(partnership=partnership, full_name="Ben Health", organisation=organisations["health"]),
    }


class TestEffectiveDue:
    def test_next_meeting_resolves_to_the_bodys_following_meeting(self, partnership, executive_board, subgroup):
        agreed = f.meeting(executive_board, datetime.date(2026, 1, 10))
        f.meeting(subgroup, datetime.date(2026, 1, 20))  # another body: ignored
        f.meeting(executive_board, datetime.date(2026, 2, 1), status=Meeting.Status.CANCELLED)  # ignored
        f.meeting(executive_board, datetime.date(2026, 3, 15), status=Meeting.Status.SCHEDULED)
        f.meeting(executive_board, datetime.date(2026, 5, 15), status=Meeting.Status.SCHEDULED)
        a = f.action(partnership, meeting=agreed, due_at_next_meeting=True)
        row = queries.action_for_page(partnership, a.pk)
        assert row.effective_due == datetime.date(2026, 3, 15)

    def test_next_meeting_not_scheduled_yet_is_undated(self, partnership, executive_board):
        a = f.action(partnership, meeting=f.meeting(executive_board, datetime.date(2026, 1, 10)), due_at_next_meeting=True)
        assert queries.action_for_page(partnership, a.pk).effective_due is None

    def test_query_agrees_with_pure_rules(self, partnership, executive_board):
        """Every combination the log shows: SQL filters and the pure functions must agree."""
        agreed = f.meeting(executive_board, datetime.date(2026, 1, 10))
        f.meeting(executive_board, datetime.date(2026, 3, 20), status=Meeting.Status.SCHEDULED)
        cases = []
        for due in (TODAY - f.days(1), TODAY, TODAY + f.days(14), TODAY + f.days(15), None):
            for status in Action.Status.values:
                cases.append(f.action(partnership, due_date=due, status=status))
        cases.append(f.action(partnership, meeting=agreed, due_at_next_meeting=True))
        overdue = {a.pk for a in log(partnership, due=queries.OVERDUE)}
        soon = {a.pk for a in log(partnership, due=queries.DUE_SOON)}
        for row in log(partnership):
            next_meeting = datetime.date(2026, 3, 20) if row.meeting_id == agreed.pk else None
            expected_due = dates.effective_due_date(row.due_date, row.due_at_next_meeting, next_meeting)
            assert row.effective_due == expected_due
            assert (row.pk in overdue) == dates.is_overdue(expected_due, row.status in Action.LIVE, TODAY)
            assert (row.pk in soon) == dates.is_due_soon(expected_due, row.status in Action.LIVE, TODAY)
        assert len(overdue) == 3 and len(soon) == 3 * 2 + 1


class TestFilters:
    @pytest.fixture
    def actions(self, partnership, executive_board, subgroup, people, organisations):
        board_meeting = f.meeting(executive_board, datetime.date(2026, 1, 10))
        return {
            "ana_late": f.action(partnership, text="Ana late", owners=[people["ana"]], meeting=board_meeting,
                                 due_date=TODAY - f.days(10)),
            "ben_soon": f.action(partnership, text="Ben soon", owners=[people["ben"]], body=subgroup,
                                 due_date=TODAY + f.days(3), status=Action.Status.IN_PROGRESS),
            "both_done": f.action(partnership, text="Both done", owners=[people["ana"], people["ben"]],
                                  body=subgroup, due_date=TODAY - f.days(30), status=Action.Status.COMPLETED),
            "group_org": f.action(partnership, text="Group with org", owner_organisation=organisations["health"],
                                  body=executive_board, due_date=TODAY + f.days(60)),
        }

    @pytest.mark.parametrize("filters, expected", [
        ({}, {"ana_late", "ben_soon", "both_done", "group_org"}),
        ({"owner": "ana"}, {"ana_late", "both_done"}),
        ({"organisation": "health"}, {"ben_soon", "both_done", "group_org"}),
        ({"body": "executive_board"}, {"ana_late", "group_org"}),
        ({"status": "completed"}, {"both_done"}),
        ({"status": queries.LIVE}, {"ana_late", "ben_soon", "group_org"}),
        ({"due": queries.OVERDUE}, {"ana_late"}),
        ({"due": queries.DUE_SOON}, {"ben_soon"}),
        ({"owner": "ben", "due": queries.OVERDUE}, set()),
        ({"organisation": "health", "body": "subgroup", "status": "in_progress"}, {"ben_soon"}),
    ])
    def test_filters_combine(self, partnership, actions, people, organisations, executive_board, subgroup,
                             filters, expected):
        lookup = {"ana": people["ana"], "ben": people["ben"], "health": organisations["health"],
                  "executive_board": executive_board, "subgroup": subgroup}
        resolved = {k: lookup.get(v, v) for k, v in filters.items()}
        names = {a.pk: name for name, a in actions.items()}
        rows = log(partnership, **resolved)
        assert {names[a.pk] for a in rows} == expected
        assert len(rows) == len(expected)  # no duplicates from owner joins

    def test_live_first_then_soonest_due_and_undated_last(self, partnership, actions):
        undated = f.action(partnership, text="Undated")
        order = [a.text for a in log(partnership)]
        assert order == ["Ana late", "Ben soon", "Group with org", "Undated", "Both done"]
        assert undated.pk

    def test_other_partnerships_actions_never_appear(self, partnership, other_partnership, actions):
        f.action(other_partnership, text="Theirs")
        assert "Theirs" not in [a.text for a in log(partnership)]


def test_carried_over_counts_carries(partnership, executive_board, business_user):
    a = f.action(partnership, by=business_user)
    for n, date in enumerate([datetime.date(2026, 1, 10), datetime.date(2026, 2, 10)], start=1):
        services.carry_forward(a, by=business_user, expected_version=n, meeting=f.meeting(executive_board, date))
        a.refresh_from_db()
    services.post_update(a, text="Progressing", status=Action.Status.IN_PROGRESS, by=business_user,
                         expected_version=a.version)
    assert queries.action_for_page(partnership, a.pk).carried_over == 2
    assert queries.action_for_page(partnership, f.action(partnership).pk).carried_over == 0


class TestMine:
    def test_live_and_recent_completed(self, partnership, member_user, business_user):
        me = f.person_of(member_user, partnership)
        late = f.action(partnership, owners=[me], text="Late", due_date=TODAY - f.days(1))
        later = f.action(partnership, owners=[me], text="Later", due_date=TODAY + f.days(20))
        f.action(partnership, text="Not mine", due_date=TODAY)
        done = f.action(partnership, owners=[me], text="Done")
        services.complete_action(done, by=member_user, expected_version=1)
        old = f.action(partnership, owners=[me], text="Done long ago", status=Action.Status.COMPLETED)
        Action.objects.filter(pk=old.pk).update(completed_on=TODAY - f.days(200))
        assert [a.text for a in queries.my_live_actions(partnership, me)] == ["Late", "Later"]
        assert [a.text for a in queries.my_recently_completed(partnership, me, TODAY)] == ["Done"]
        assert late.pk and later.pk

    def test_no_person_means_no_actions(self, partnership):
        f.action(partnership)
        assert list(queries.my_live_actions(partnership, None)) == []
        assert list(queries.my_recently_completed(partnership, None, TODAY)) == []
