import datetime

import pytest
from django.core.exceptions import ValidationError

from assure.actions import services
from assure.actions.models import Action, ActionOwner, ActionUpdate
from assure.actions.tests import factories as f
from assure.core.concurrency import EditConflict
from assure.partnerships.models import Body, Organisation, Person

TODAY = datetime.date(2026, 3, 9)


@pytest.fixture
def owner(partnership, member_user):
    return f.person_of(member_user, partnership)


@pytest.fixture
def action(partnership, owner, business_user):
    return f.action(partnership, owners=[owner], by=business_user, due_date=datetime.date(2026, 4, 1))


class TestCreate:
    def test_creates_with_owners_and_body_from_meeting(self, partnership, executive_board, owner, business_user):
        m = f.meeting(executive_board, datetime.date(2026, 2, 1))
        a = f.action(partnership, owners=[owner, services.Owner(group_name=" All members ")], by=business_user,
                     meeting=m, item=f.item(m), due_at_next_meeting=True)
        assert a.body == executive_board
        assert sorted(str(o) for o in a.owners.all()) == ["All members", "Mo Member"]
        assert a.history.first().history_user == business_user

    @pytest.mark.parametrize("kwargs, message", [
        ({"text": "  "}, "Enter what needs to be done"),
        ({"owners": []}, "at least one owner"),
        ({"owners": [services.Owner(group_name=" ")]}, "person or a group name"),
        ({"due_date": datetime.date(2026, 4, 1), "due_at_next_meeting": True}, "not both"),
        ({"due_at_next_meeting": True}, "must come from a meeting"),
        ({"status": "finished"}, "status from the list"),
    ])
    def test_refuses_bad_input_and_writes_nothing(self, partnership, business_user, kwargs, message):
        with pytest.raises(ValidationError, match=message):
            f.action(partnership, by=business_user, **kwargs)
        assert not Action.objects.exists() and not ActionOwner.objects.exists()

    def test_refuses_owner_from_another_partnership(self, partnership, other_partnership, business_user):
        stranger = Person.objects.create(partnership=other_partnership, full_name="Sam Stranger")
        with pytest.raises(ValidationError, match="person in this partnership"):
            f.action(partnership, owners=[stranger], by=business_user)
        assert not Action.objects.exists()

    def test_refuses_meeting_body_or_organisation_of_another_partnership(self, partnership, other_partnership,
                                                                          business_user):
        their_body = Body.objects.create(partnership=other_partnership, name="Their Board")
        their_org = Organisation.objects.create(partnership=other_partnership, name="Their Council", kind="police")
        with pytest.raises(ValidationError, match="another partnership"):
            f.action(partnership, by=business_user, meeting=f.meeting(their_body, TODAY))
        with pytest.raises(ValidationError, match="another partnership"):
            f.action(partnership, by=business_user, body=their_body)
        with pytest.raises(ValidationError, match="another partnership"):
            f.action(partnership, by=business_user, owner_organisation=their_org)
        assert not Action.objects.exists()

    def test_item_must_belong_to_the_meeting(self, partnership, executive_board, business_user):
        m1, m2 = f.meeting(executive_board, TODAY), f.meeting(executive_board, TODAY + f.days(30))
        with pytest.raises(ValidationError, match="agenda item"):
            f.action(partnership, by=business_user, meeting=m1, item=f.item(m2))


class TestPostUpdate:
    def test_records_who_when_what_and_status(self, action, member_user):
        update = services.post_update(action, text="Draft shared with leads", status=Action.Status.IN_PROGRESS,
                                      by=member_user, expected_version=action.version)
        action.refresh_from_db()
        assert action.status == Action.Status.IN_PROGRESS
        assert action.version == 2
        assert (update.author, update.text, update.status) == (member_user, "Draft shared with leads", "in_progress")
        assert update.created_at == datetime.datetime(2026, 3, 9, 10, 0, tzinfo=datetime.UTC)

    def test_completing_sets_completed_on_and_reopening_clears_it(self, action, member_user):
        services.complete_action(action, by=member_user, expected_version=1)
        action.refresh_from_db()
        assert (action.status, action.completed_on) == (Action.Status.COMPLETED, TODAY)
        assert action.updates.get().text == "Completed"
        services.post_update(action, text="Found a gap, reopening", status=Action.Status.OPEN, by=member_user,
                             expected_version=action.version)
        action.refresh_from_db()
        assert (action.status, action.completed_on) == (Action.Status.OPEN, None)

    def test_update_without_text_or_new_status_is_refused(self, action, member_user):
        with pytest.raises(ValidationError, match="Enter an update"):
            services.post_update(action, text="  ", by=member_user, expected_version=1)
        action.refresh_from_db()
        assert action.version == 1 and not action.updates.exists()

    def test_status_change_alone_gets_a_generated_note(self, action, member_user):
        update = services.post_update(action, text="", status=Action.Status.IN_PROGRESS, by=member_user,
                                      expected_version=1)
        assert update.text == "Status changed to in progress"

    def test_unknown_status_refused(self, action, member_user):
        with pytest.raises(ValidationError, match="status from the list"):
            services.post_update(action, text="x", status="done-ish", by=member_user, expected_version=1)

    def test_stale_version_refused_and_nothing_written(self, action, member_user, business_user):
        services.post_update(action, text="First", by=business_user, expected_version=1)
        with pytest.raises(EditConflict, match="Someone else changed this record"):
            services.complete_action(action, note="Second", by=member_user, expected_version=1)
        action.refresh_from_db()
        assert action.status == Action.Status.OPEN and action.completed_on is None
        assert list(action.updates.values_list("text", flat=True)) == ["First"]

    def test_carry_forward_records_the_meeting(self, action, business_user, executive_board):
        m = f.meeting(executive_board, TODAY)
        update = services.carry_forward(action, by=business_user, expected_version=1, meeting=m)
        assert (update.status, update.meeting) == (Action.Status.CARRIED_FORWARD, m)

    def test_cannot_carry_forward_a_completed_action(self, action, business_user):
        services.complete_action(action, by=business_user, expected_version=1)
        action.refresh_from_db()
        with pytest.raises(ValidationError, match="still open"):
            services.carry_forward(action, by=business_user, expected_version=action.version)


class TestEdit:
    def test_changes_fields_owners_and_records_status_change(self, action, business_user, partnership,
                                                             organisations, readonly_user):
        rita = f.person_of(readonly_user, partnership)
        services.edit_action(action, by=business_user, expected_version=1, text="Circulate the revised findings",
                             owners=[services.Owner(person=rita)], status=Action.Status.SUPERSEDED, rag="red",
                             owner_organisation=organisations["police"], evidence_of_impact="Fewer re-referrals",
                             note="Replaced by the new audit")
        action.refresh_from_db()
        assert action.text == "Circulate the revised findings"
        assert [o.person for o in action.owners.all()] == [rita]
        assert (action.status, action.rag, action.owner_organisation) == ("superseded", "red", organisations["police"])
        update = action.updates.get()
        assert (update.status, update.text, update.author) == ("superseded", "Replaced by the new audit", business_user)

    def test_unpassed_fields_stay(self, action, business_user):
        services.edit_action(action, by=business_user, expected_version=1, rag="amber")
        action.refresh_from_db()
        assert action.due_date == datetime.date(2026, 4, 1) and action.text == "Circulate the audit findings"
        assert not action.updates.exists()

    def test_clearing_the_due_date(self, action, business_user):
        services.edit_action(action, by=business_user, expected_version=1, due_date=None)
        action.refresh_from_db()
        assert action.due_date is None

    def test_conflict_refused_and_nothing_written(self, action, business_user, partnership, readonly_user):
        services.edit_action(action, by=business_user, expected_version=1, text="Changed by the first person")
        with pytest.raises(EditConflict):
            services.edit_action(action, by=business_user, expected_version=1, text="Changed by the second",
                                 owners=[services.Owner(person=f.person_of(readonly_user, partnership))])
        action.refresh_from_db()
        assert action.text == "Changed by the first person"
        assert [str(o) for o in action.owners.all()] == ["Mo Member"]

    @pytest.mark.parametrize("kwargs, message", [
        ({"text": ""}, "Enter what needs to be done"),
        ({"due_at_next_meeting": True}, "not both"),
        ({"due_date": None, "due_at_next_meeting": True}, "agreed at a meeting"),
        ({"status": "nearly"}, "status from the list"),
        ({"rag": "purple"}, "RAG"),
        ({"owners": []}, "at least one owner"),
    ])
    def test_invalid_edit_writes_nothing(self, action, business_user, kwargs, message):
        with pytest.raises(ValidationError, match=message):
            services.edit_action(action, by=business_user, expected_version=1, **{"text": "New text", **kwargs})
        action.refresh_from_db()
        assert (action.version, action.text) == (1, "Circulate the audit findings")

    def test_owner_from_another_partnership_refused(self, action, business_user, other_partnership):
        stranger = Person.objects.create(partnership=other_partnership, full_name="Sam Stranger")
        with pytest.raises(ValidationError, match="person in this partnership"):
            services.edit_action(action, by=business_user, expected_version=1, owners=[services.Owner(person=stranger)])
        assert [str(o) for o in action.owners.all()] == ["Mo Member"]

    def test_unchanged_owners_are_kept_not_recreated(self, action, business_user, owner):
        before = action.owners.get().pk
        services.edit_action(action, by=business_user, expected_version=1,
                             owners=[services.Owner(person=owner), services.Owner(group_name="Business team")])
        assert action.owners.filter(person=owner).get().pk == before
        assert ActionUpdate.objects.count() == 0
