"""Saving an imported meeting keeps the whole meeting (minutes, time and place, due phrases, linked matters arising),
in a bounded number of queries."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from assure.actions.models import Action, ActionUpdate
from assure.conftest import make_user
from assure.imports import services
from assure.imports.queries import resolve_automatically, update_links
from assure.meetings.models import AgendaItem, Decision, ForwardPlanEntry, Meeting
from assure.partnerships.models import Role

from .realistic import earlier_meeting, known_people, realistic_record
from .records import make_draft

D = datetime.date


@pytest.fixture
def board(partnership, business_user, executive_board, organisations):
    known_people(partnership, organisations)
    _meeting, actions = earlier_meeting(partnership, executive_board, business_user)
    return actions


def save(partnership, user, rec):
    resolved, _notes = resolve_automatically(partnership, rec)
    return services.commit_import(make_draft(partnership, user, rec), record=resolved, by=user)


def test_the_whole_meeting_is_saved(partnership, business_user, board, organisations):
    rec = realistic_record(organisations)
    meeting = save(partnership, business_user, rec).meeting
    assert (meeting.start_time, meeting.location) == (datetime.time(14, 0), "Shire Hall, Room 2")
    items = list(meeting.items.order_by("position"))
    assert [i.discussion for i in items[2:]] == [i["discussion"] for i in rec["items"][2:]]
    assert items[0].discussion.startswith("Item 1. The chair introduced the item")
    assert Decision.objects.filter(item__meeting=meeting).count() == 4
    assert meeting.attendance.count() == 15
    saved = Action.objects.filter(meeting=meeting).order_by("id")
    assert saved.count() == 10
    assert [a.due_date for a in saved[:3]] == [D(2026, 3, 15), D(2026, 4, 15), D(2026, 2, 15)]
    share = saved.get(text__startswith="Share the exploitation")
    assert share.due_date is None and not share.due_at_next_meeting   # "ASAP": no date, noted
    assert ForwardPlanEntry.objects.filter(body=meeting.body).count() == 3


def test_a_due_phrase_is_read_when_the_extractor_fixed_no_date(partnership, business_user, board, organisations):
    rec = realistic_record(organisations)
    rec["actions"][0].update(due=None, due_text="by 4 December 2026")
    rec["actions"][1].update(due=None, due_text="next meeting")
    result = save(partnership, business_user, rec)
    first, second = Action.objects.filter(meeting=result.meeting).order_by("id")[:2]
    assert first.due_date == D(2026, 12, 4)
    assert second.due_at_next_meeting and second.due_date is None


def test_a_start_time_that_is_not_a_time_is_noted_not_guessed(partnership, business_user, board, organisations):
    rec = realistic_record(organisations)
    rec["start_time"] = "after lunch"
    result = save(partnership, business_user, rec)
    assert result.meeting.start_time is None
    assert any("Start time 'after lunch'" in note for note in result.notes)


def test_matters_arising_are_linked_and_completed_on_the_meetings_day(partnership, business_user, board,
                                                                       organisations, actor):
    rec = realistic_record(organisations)
    resolved, _notes = resolve_automatically(partnership, rec)
    assert [u["action_match"] for u in resolved["action_updates"]] == [board[0].pk, board[1].pk, board[3].pk,
                                                                        board[4].pk]
    result = services.commit_import(make_draft(partnership, business_user, rec), record=resolved, by=actor)
    assert result.linked_updates == 4
    for action in board:
        action.refresh_from_db()
    assert [a.status for a in board] == ["completed", "completed", "open", "carried_forward", "completed"]
    # Completed at the meeting (15 January), not on the day of the import (9 March).
    assert {a.completed_on for a in board if a.status == "completed"} == {D(2026, 1, 15)}
    updates = ActionUpdate.objects.filter(meeting=result.meeting)
    assert updates.count() == 4 and {u.author for u in updates} == {actor}
    history = Action.history.filter(id=board[0].pk).order_by("-history_id").first()
    assert history.history_user == actor and history.status == "completed"


def test_an_update_nobody_can_link_stays_in_the_minutes_and_is_listed(partnership, business_user, board, organisations):
    rec = realistic_record(organisations)
    rec["action_updates"].append({"item": "2", "text": "Annual conference venue confirmed", "status": "closed"})
    result = save(partnership, business_user, rec)
    matters = AgendaItem.objects.get(meeting=result.meeting, number="2")
    assert "Update not linked to an action: Annual conference venue confirmed (closed)" in matters.discussion
    assert any("Annual conference venue confirmed" in note and "not linked" in note for note in result.notes)


def test_an_unlinked_update_already_in_the_minutes_is_not_written_twice(partnership, business_user, board,
                                                                        organisations):
    rec = realistic_record(organisations)
    rec["items"][1]["discussion"] = "Matters arising. Annual conference venue confirmed – closed."
    rec["action_updates"].append({"item": "2", "text": "Annual conference venue confirmed", "status": "closed"})
    result = save(partnership, business_user, rec)
    matters = AgendaItem.objects.get(meeting=result.meeting, number="2")
    assert matters.discussion == "Matters arising. Annual conference venue confirmed – closed."


def test_linking_an_action_that_is_not_a_matter_arising_saves_nothing(partnership, business_user, board,
                                                                      organisations):
    rec = realistic_record(organisations)
    resolved, _notes = resolve_automatically(partnership, rec)
    later = Meeting.objects.create(partnership=partnership, body=board[0].meeting.body, date=D(2026, 2, 1))
    stranger = Action.objects.create(partnership=partnership, text="Agreed later", meeting=later)
    resolved["action_updates"][0]["action_match"] = stranger.pk
    meetings_before = Meeting.objects.count()
    with pytest.raises(ValidationError, match="not a matter arising"):
        services.commit_import(make_draft(partnership, business_user, rec), record=resolved, by=business_user)
    assert Meeting.objects.count() == meetings_before and not ActionUpdate.objects.exists()


def test_the_check_page_is_told_each_updates_proposal_and_every_open_action(partnership, board, organisations,
                                                                            executive_board):
    rec = realistic_record(organisations)
    rec["action_updates"].append({"item": "2", "text": "Annual conference venue confirmed", "status": "closed"})
    links = update_links(partnership, rec, executive_board.pk)
    assert [link.proposed for link in links] == [board[0], board[1], board[3], board[4], None]
    assert [link.confidence for link in links[:2]] == [100, 100]   # reference and words agree
    assert links[4].needs_a_person and not links[0].needs_a_person
    assert all(set(link.candidates) == set(board) for link in links)   # every open action can be chosen
    assert links[2].candidates[0] == board[3]                           # the likely one first


def test_year_and_item_references_name_the_earlier_actions(partnership, board, organisations, executive_board):
    rec = realistic_record(organisations)
    rec["action_updates"] = [{"item": "2", "text": "25/3 closed", "status": "closed"},
                             {"item": "2", "text": "3.2 complete", "status": "closed"}]
    links = update_links(partnership, rec, executive_board.pk)
    assert [link.proposed for link in links] == [board[2], board[2]]   # the 3rd action of 2025; item 3's 2nd


def test_an_imported_meeting_takes_at_most_42_queries(partnership, business_user, board, organisations,
                                                      django_assert_max_num_queries):
    """Eight items with minutes, fifteen people (five new, two new organisations), ten actions, four linked
    updates, decisions, forward plan and the next meeting, every row with its history (ADR 0063, 0112). Each of
    the two meetings it schedules brings its board's "next meeting" actions up to date: one query each (ADR 0152)."""
    rec = realistic_record(organisations)
    with django_assert_max_num_queries(4):
        resolved, _notes = resolve_automatically(partnership, rec)
    draft = make_draft(partnership, business_user, rec)
    with django_assert_max_num_queries(42):
        result = services.commit_import(draft, record=resolved, by=business_user)
    assert result.actions == 10 and result.linked_updates == 4 and result.created_people == 4


@pytest.fixture
def actor(partnership):
    """Someone other than the user who set the board up: the history must name who saved the import."""
    return make_user(partnership, Role.Kind.BUSINESS_TEAM, "cal", "Cal Acting")
