import datetime

import pytest
from django.core.exceptions import ValidationError

from assure.actions.models import Action, ActionUpdate
from assure.actions.services import Owner, create_action
from assure.core.concurrency import EditConflict
from assure.documents.checks import EmptyDocument
from assure.documents.document import Document, Paragraph
from assure.imports import services
from assure.imports.models import ImportedDocument
from assure.imports.queries import resolve_automatically
from assure.meetings import services as meeting_services
from assure.meetings.models import AgendaItem, Attendance, Decision, ForwardPlanEntry, Meeting
from assure.partnerships.models import Body, Organisation, Person

from .records import make_draft, record

D = datetime.date


@pytest.fixture
def known_people(partnership, organisations, executive_board):
    council, police = organisations["local_authority"], organisations["police"]
    return {
        "jackie": Person.objects.create(partnership=partnership, full_name="Jackie Channell", initials="JC", organisation=council),
        "tom": Person.objects.create(partnership=partnership, full_name="Tom Price", initials="TP", organisation=police),
        "owen": Person.objects.create(partnership=partnership, full_name="Owen Hart", initials="OH", organisation=police),
    }


def commit(partnership, user, rec, **kwargs):
    resolved, notes = resolve_automatically(partnership, rec, **kwargs)
    draft = make_draft(partnership, user, rec)
    result = services.commit_import(draft, record=resolved, by=user)
    return draft, result, notes


def test_commit_saves_the_whole_meeting(partnership, business_user, executive_board, known_people, organisations):
    draft, result, notes = commit(partnership, business_user, record())
    meeting = result.meeting

    assert (meeting.body, meeting.date, meeting.status) == (executive_board, D(2026, 1, 15), Meeting.Status.HELD)
    draft.refresh_from_db()
    assert draft.status == ImportedDocument.Status.SAVED and draft.meeting == meeting
    assert draft.saved_by == business_user

    attendance = {(a.person.full_name, a.status, a.deputising_for.full_name if a.deputising_for else None)
                  for a in meeting.attendance.select_related("person", "deputising_for")}
    assert attendance == {
        ("Jackie Channell", "present", None), ("Nadia Okafor", "present", None),
        ("Tom Price", "present", "Owen Hart"), ("Bea Business", "in_attendance", None), ("Owen Hart", "apologies", None),
    }
    # Only the one person nobody resembled is new; her organisation is new too.
    assert result.created_people == 1
    nadia = Person.objects.get(partnership=partnership, full_name="Nadia Okafor")
    assert (nadia.initials, nadia.job_title, nadia.organisation.name) == ("NO", "Head of Service", "Fenshire Fire and Rescue")
    assert Person.objects.filter(partnership=partnership, full_name="Jackie Channell").count() == 1

    assert [(i.number, i.title) for i in meeting.items.order_by("position")] == [
        ("1", "Welcome and apologies"), ("2", "Matters arising"), ("3", "Neglect strategy"),
        ("3.1", "Neglect toolkit")]
    assert list(Decision.objects.filter(item__meeting=meeting).values_list("item__number", "text")) == [
        ("3", "The board agreed the neglect strategy.")]

    strategy = Action.objects.get(meeting=meeting, text__startswith="Circulate")
    assert strategy.item.number == "3" and strategy.due_date == D(2026, 2, 28) and strategy.body == executive_board
    assert {o.person.full_name for o in strategy.owners.all()} == {"Jackie Channell", "Nadia Okafor"}
    toolkit = Action.objects.get(meeting=meeting, text__startswith="Bring")
    assert toolkit.due_at_next_meeting and toolkit.due_date is None
    assert [o.group_name for o in toolkit.owners.all()] == ["WS Business Team"]
    audit = Action.objects.get(meeting=meeting, text__startswith="Share")
    assert audit.due_date == D(2026, 3, 31) and audit.item is None and audit.meeting == meeting   # item 9 unknown
    assert [o.person for o in audit.owners.all()] == [known_people["tom"]]   # "TP" from the attendance list

    plan = {e.title: (e.month, e.every_year_in) for e in ForwardPlanEntry.objects.filter(body=executive_board)}
    assert plan == {"Neglect strategy: six-month review": (D(2026, 7, 1), None),
                    "LADO annual report": (None, 9), "Training needs analysis": (None, None)}
    # The next meeting goes in the diary.
    assert Meeting.objects.filter(body=executive_board, date=D(2026, 3, 19), status=Meeting.Status.SCHEDULED).exists()
    assert any("Q3" in n for n in result.notes)


def test_a_failure_half_way_leaves_nothing(partnership, business_user, executive_board, known_people):
    rec = record()
    rec["actions"].append({"item": "3", "text": "  ", "owner_text": "JC", "owners": ["Jackie Channell"], "due": None})
    resolved, _ = resolve_automatically(partnership, rec)
    draft = make_draft(partnership, business_user, rec)
    counts = (Meeting.objects.count(), Person.objects.count(), Organisation.objects.count(), Action.objects.count(),
              AgendaItem.objects.count(), ForwardPlanEntry.objects.count())

    with pytest.raises(ValidationError, match="Each action needs its text"):
        services.commit_import(draft, record=resolved, by=business_user)

    assert counts == (Meeting.objects.count(), Person.objects.count(), Organisation.objects.count(),
                      Action.objects.count(), AgendaItem.objects.count(), ForwardPlanEntry.objects.count())
    assert not Person.objects.filter(full_name="Nadia Okafor").exists()
    draft.refresh_from_db()
    assert draft.status == ImportedDocument.Status.DRAFT and draft.meeting is None


def test_a_failure_in_a_later_service_rolls_back_too(partnership, business_user, executive_board, known_people, monkeypatch):
    def broken(*args, **kwargs):
        raise ValidationError("The forward plan could not be saved.")

    monkeypatch.setattr(meeting_services, "book_forward_plan_entries", broken)
    with pytest.raises(ValidationError):
        commit(partnership, business_user, record())
    assert not Meeting.objects.exists() and not Action.objects.exists()
    assert not Person.objects.filter(full_name="Nadia Okafor").exists()


def test_action_updates_close_and_carry_forward_earlier_open_actions(partnership, business_user, executive_board, known_people):
    earlier = Meeting.objects.create(partnership=partnership, body=executive_board, date=D(2025, 11, 20), status="held")
    llb = create_action(partnership=partnership, meeting=earlier, text="Adult LLB to be progressed and shared with partners",
                        owners=[Owner(person=known_people["jackie"])], by=business_user)
    audit = create_action(partnership=partnership, meeting=earlier, text="Complete the multi-agency neglect audit",
                          owners=[Owner(group_name="Business team")], by=business_user)
    elsewhere = Body.objects.create(partnership=partnership, name="Education Subgroup")
    other_meeting = Meeting.objects.create(partnership=partnership, body=elsewhere, date=D(2025, 11, 1), status="held")
    other_body = create_action(partnership=partnership, meeting=other_meeting, text="Adult LLB to be progressed",
                               owners=[Owner(group_name="All")], by=business_user)
    rec = record(action_updates=[
        {"item": "2", "text": "Adult LLB to be progressed", "status": "closed"},
        {"item": "2", "text": "Complete the multi agency neglect audit", "status": "carried_forward"},
        {"item": "2", "text": "Something nobody agreed", "status": "open"},
    ])

    _draft, result, _notes = commit(partnership, business_user, rec)

    llb.refresh_from_db(), audit.refresh_from_db(), other_body.refresh_from_db()
    assert llb.status == Action.Status.COMPLETED and llb.completed_on is not None
    assert audit.status == Action.Status.CARRIED_FORWARD
    assert other_body.status == Action.Status.OPEN          # another body's action is never touched
    update = ActionUpdate.objects.get(action=llb)
    assert update.meeting == result.meeting and update.text == "Adult LLB to be progressed"
    assert result.linked_updates == 2
    assert any("Something nobody agreed" in n for n in result.notes)


def test_linking_to_an_action_of_another_body_is_refused(partnership, business_user, executive_board, known_people):
    elsewhere = Body.objects.create(partnership=partnership, name="Education Subgroup")
    other_meeting = Meeting.objects.create(partnership=partnership, body=elsewhere, date=D(2025, 11, 1), status="held")
    foreign = create_action(partnership=partnership, meeting=other_meeting, text="Visit schools",
                            owners=[Owner(group_name="All")], by=business_user)
    resolved, _ = resolve_automatically(partnership, record(action_updates=[{"item": "2", "text": "Visit schools", "status": "closed"}]))
    resolved["action_updates"][0]["action_match"] = foreign.pk
    with pytest.raises(ValidationError, match="choose an open action"):
        services.commit_import(make_draft(partnership, business_user), record=resolved, by=business_user)
    foreign.refresh_from_db()
    assert foreign.status == Action.Status.OPEN and not Meeting.objects.filter(body=executive_board).exists()


def test_colliding_initials_become_a_group_owner_and_a_note(partnership, business_user, executive_board, known_people):
    rec = record()
    rec["people"]["present"].append({"name": "James Cole", "initials": "JC", "role": "", "organisation": "", "deputising_for": None})
    rec["actions"] = [{"item": "3", "text": "Write to schools", "owner_text": "JC", "owners": [], "due": None}]
    _draft, result, _ = commit(partnership, business_user, rec)
    action = Action.objects.get(meeting=result.meeting)
    assert [(o.person, o.group_name) for o in action.owners.all()] == [(None, "JC")]
    assert any("Owner 'JC'" in n for n in result.notes)


@pytest.mark.parametrize("due, saved", [
    ("end of January", D(2026, 1, 31)),        # the meeting was on 15 January 2026: this month, not yet over
    ("end of February", D(2026, 2, 28)),
    ("10 January", D(2027, 1, 10)),            # already past at the meeting: next year's
    ("by 18/12/26", D(2026, 12, 18)),
    ("20 March", D(2026, 3, 20)),
])
def test_a_due_date_in_words_is_read_against_the_meeting(partnership, business_user, executive_board, known_people,
                                                          due, saved):
    rec = record(actions=[{"item": "3", "text": "Write to schools", "owner_text": "JC", "owners": ["Jackie Channell"],
                           "due": due}])
    _draft, result, _ = commit(partnership, business_user, rec)
    assert Action.objects.get(meeting=result.meeting).due_date == saved
    assert not any("is not a date" in n for n in result.notes)


def test_an_owner_named_in_full_who_is_nobody_yet_becomes_a_person(partnership, business_user, executive_board, known_people):
    rec = record(actions=[
        {"item": "3", "text": "Contact the designated doctor", "owner_text": "Holly Reed", "owners": ["Holly Reed"], "due": None},
        {"item": "3", "text": "Report back", "owner_text": "Holly Reed", "owners": ["Dr Holly Reed"], "due": None},
    ])
    _draft, result, _ = commit(partnership, business_user, rec)
    holly = Person.objects.get(partnership=partnership, full_name="Holly Reed")
    assert {a.owners.get().person for a in Action.objects.filter(meeting=result.meeting)} == {holly}
    assert not Attendance.objects.filter(person=holly).exists()
    assert any("New person added for owner 'Holly Reed'" in n for n in result.notes)


def test_ambiguous_people_are_left_out_by_the_bulk_import(partnership, business_user, executive_board, known_people):
    Person.objects.create(partnership=partnership, full_name="Sam Patel")
    Person.objects.create(partnership=partnership, full_name="Sam Patel")
    rec = record()
    rec["people"]["present"].append({"name": "Sam Patel", "initials": "SP", "role": "", "organisation": "", "deputising_for": None})
    resolved, notes = resolve_automatically(partnership, rec)
    assert resolved["people"]["present"][-1]["match"] == "skip"
    assert any("Sam Patel is not certainly anyone" in n for n in notes)


def test_body_given_must_exist(partnership, executive_board):
    with pytest.raises(ValidationError, match="no board or group called 'Exploitation'"):
        resolve_automatically(partnership, record(), body_name="Exploitation")
    resolved, _ = resolve_automatically(partnership, record(body=""), body_name="executive board")
    assert resolved["body_match"] == executive_board.pk


def test_a_new_body_is_created_when_the_minutes_name_one_nobody_has(partnership, business_user, executive_board):
    _draft, result, notes = commit(partnership, business_user, record(body="Exploitation Subgroup"))
    assert result.meeting.body.name == "Exploitation Subgroup" and result.meeting.body.kind == Body.Kind.SUBGROUP
    assert "New board or group created: Exploitation Subgroup." in notes


def test_minutes_of_a_meeting_in_the_diary_fill_it_in(partnership, business_user, executive_board, known_people):
    commit(partnership, business_user, record())
    # A diary entry already passed (the tests' today is 9 March 2026): its attendance can be recorded.
    diary = meeting_services.schedule_meeting(partnership=partnership, body=executive_board, date=D(2026, 3, 5),
                                              by=business_user)
    second = make_draft(partnership, business_user, record(date="2026-03-05", next_meeting_date=None), name="march.txt",
                        data=b"march")
    resolved, _ = resolve_automatically(partnership, second.record)
    result = services.commit_import(second, record=resolved, by=business_user)
    assert result.meeting.pk == diary.pk and result.meeting.status == Meeting.Status.HELD


def test_the_same_meeting_twice_is_refused(partnership, business_user, executive_board, known_people):
    commit(partnership, business_user, record())
    again = make_draft(partnership, business_user, record(), name="copy.pdf", data=b"another file, same meeting")
    resolved, _ = resolve_automatically(partnership, again.record)
    with pytest.raises(ValidationError, match="already recorded"):
        services.commit_import(again, record=resolved, by=business_user)


def test_a_saved_import_cannot_be_saved_again_and_stale_versions_are_refused(partnership, business_user, executive_board, known_people):
    draft, _result, _ = commit(partnership, business_user, record())
    resolved, _ = resolve_automatically(partnership, record())
    with pytest.raises(ValidationError, match="already been saved"):
        services.commit_import(draft, record=resolved, by=business_user)
    other = make_draft(partnership, business_user, record(date="2026-02-01"), data=b"other")
    with pytest.raises(EditConflict):
        services.commit_import(other, record=resolved, by=business_user, expected_version=other.version + 5)


# --- taking in files ---------------------------------------------------------------------------------

@pytest.fixture
def fake_reader(monkeypatch):
    calls = []

    def read_upload(file_name, data, max_bytes=None):
        calls.append(file_name)
        if not data:
            raise EmptyDocument("The file is empty.")
        return Document([Paragraph("Executive Board minutes"), Paragraph(data.decode())], source=file_name, kind="text"), record()

    monkeypatch.setattr(services, "read_upload", read_upload)
    return calls


def test_the_same_file_twice_changes_nothing(partnership, business_user, fake_reader):
    first, created = services.start_import(partnership=partnership, file_name="jan.txt", data=b"minutes", by=business_user)
    assert created and first.status == ImportedDocument.Status.DRAFT
    assert first.content_hash == services.fingerprint(b"minutes") and first.size == 7
    assert "Executive Board minutes" in first.source_text and first.record["date"] == "2026-01-15"

    again, created = services.start_import(partnership=partnership, file_name="renamed.txt", data=b"minutes", by=business_user)
    assert not created and again.pk == first.pk and again.file_name == "jan.txt"
    assert fake_reader == ["jan.txt"]          # not even read again
    assert ImportedDocument.objects.count() == 1


def test_the_same_file_in_another_partnership_is_a_new_import(partnership, other_partnership, business_user,
                                                                outsider_user, fake_reader):
    services.start_import(partnership=partnership, file_name="jan.txt", data=b"minutes", by=business_user)
    _doc, created = services.start_import(partnership=other_partnership, file_name="jan.txt", data=b"minutes",
                                          by=outsider_user)
    assert created


def test_a_refused_file_leaves_only_its_audit_row(partnership, business_user, fake_reader):
    with pytest.raises(services.ImportRefused, match="The file is empty.") as refused:
        services.start_import(partnership=partnership, file_name="C:\\docs\\empty.docx", data=b"", by=business_user)
    row = refused.value.document
    assert (row.status, row.file_name, row.failure_reason, row.record, row.source_text) == (
        ImportedDocument.Status.FAILED, "empty.docx", "The file is empty.", {}, "")
    assert not Meeting.objects.exists()


def test_an_unexpected_reader_error_is_a_reason_not_a_crash(partnership, business_user, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("bug in a parser")

    monkeypatch.setattr(services, "read_upload", explode)
    with pytest.raises(services.ImportRefused, match="could not be read"):
        services.start_import(partnership=partnership, file_name="x.pdf", data=b"%PDF-", by=business_user)


def test_a_once_refused_file_can_be_tried_again(partnership, business_user, monkeypatch, fake_reader):
    def refuse(*args, **kwargs):
        raise EmptyDocument("Reader not ready.")

    real = services.read_upload
    monkeypatch.setattr(services, "read_upload", refuse)
    with pytest.raises(services.ImportRefused):
        services.start_import(partnership=partnership, file_name="jan.txt", data=b"minutes", by=business_user)
    monkeypatch.setattr(services, "read_upload", real)
    document, created = services.start_import(partnership=partnership, file_name="jan.txt", data=b"minutes", by=business_user)
    assert created and document.status == ImportedDocument.Status.DRAFT and document.failure_reason == ""
    assert ImportedDocument.objects.count() == 1


def test_discard_removes_a_draft_but_not_a_saved_import(partnership, business_user, executive_board, known_people):
    draft = make_draft(partnership, business_user, data=b"x")
    services.discard_import(draft, by=business_user)
    assert not ImportedDocument.objects.filter(pk=draft.pk).exists()
    saved, _result, _ = commit(partnership, business_user, record())
    with pytest.raises(ValidationError):
        services.discard_import(saved, by=business_user)


@pytest.mark.parametrize("rec", [
    {"body": "Executive Board", "date": "2026-01-15"},                                    # nothing else at all
    {"body": "Executive Board", "date": "2026-01-15", "people": {"present": [{"name": None, "initials": "XY"}]},
     "items": [{"number": None, "title": None}], "actions": [{"text": "Do it", "owners": None, "owner_text": None}],
     "decisions": [{"item": None, "text": "Agreed."}], "forward_plan": [{"text": "Report", "when": None}],
     "action_updates": [{"text": "Old thing", "status": "weird"}], "flags": ["a plain string flag"]},
])
def test_sparse_or_odd_records_save_or_give_a_reason(partnership, business_user, executive_board, rec):
    resolved, _ = resolve_automatically(partnership, rec)
    result = services.commit_import(make_draft(partnership, business_user, rec), record=resolved, by=business_user)
    assert result.meeting.date == D(2026, 1, 15)


def test_a_record_without_a_date_is_refused_with_a_reason(partnership, business_user, executive_board):
    resolved, _ = resolve_automatically(partnership, {"body": "Executive Board", "date": None})
    with pytest.raises(ValidationError, match="Enter the date of the meeting"):
        services.commit_import(make_draft(partnership, business_user, {}), record=resolved, by=business_user)
    assert not Meeting.objects.exists()


def test_everything_saved_has_its_history_naming_who_imported(partnership, business_user, executive_board, known_people):
    _draft, result, _notes = commit(partnership, business_user, record())
    meeting = result.meeting

    created = {h.history_user for h in AgendaItem.history.filter(meeting=meeting, history_type="+")}
    created |= {h.history_user for h in Attendance.history.filter(meeting=meeting, history_type="+")}
    created |= {h.history_user for h in Person.history.filter(full_name="Nadia Okafor", history_type="+")}
    created |= {h.history_user for h in Action.history.filter(meeting=meeting, history_type="+")}
    assert created == {business_user}
    assert AgendaItem.history.filter(meeting=meeting, history_type="+").count() == meeting.items.count() == 4
    assert Attendance.history.filter(meeting=meeting, history_type="+").count() == meeting.attendance.count() == 5


def test_saving_a_meeting_does_not_query_row_by_row(partnership, business_user, executive_board, known_people,
                                                    django_assert_max_num_queries):
    """Guards against N+1 lookups and per-row writes coming back: the items, attendance and new people
    are written in bulk, lookups loaded once (79 queries when written, savepoints included)."""
    resolved, _ = resolve_automatically(partnership, record())
    draft = make_draft(partnership, business_user, record())

    with django_assert_max_num_queries(85):
        services.commit_import(draft, record=resolved, by=business_user)


def test_implausible_dates_in_minutes_are_noted_or_refused(partnership, business_user, executive_board, known_people):
    actions = [dict(record()["actions"][0], due="2025-12-01")]   # due before the 15 January 2026 meeting
    _d, result, _ = commit(partnership, business_user, record(actions=actions, next_meeting_date="2036-01-15"))
    saved = Action.objects.get(meeting=result.meeting)
    assert saved.due_date is None
    assert any("before the meeting; saved without a date" in note for note in result.notes)
    assert any("too far ahead" in note for note in result.notes)
    assert not Meeting.objects.filter(date=D(2036, 1, 15)).exists()
    old = make_draft(partnership, business_user, record(date="1926-01-15"), name="old.txt", data=b"1926")
    resolved, _ = resolve_automatically(partnership, old.record)
    with pytest.raises(ValidationError, match="before 1 January 2000"):
        services.commit_import(old, record=resolved, by=business_user)
    assert not Meeting.objects.filter(date=D(1926, 1, 15)).exists()
