"""The item page: minutes, decisions and actions saved together by one form; nothing typed is silently dropped."""
import datetime

import pytest
from django.urls import reverse

from assure.actions.models import Action
from assure.meetings import services
from assure.meetings.models import AgendaItem, Decision

from .buttons import default_button_of_form_with_add_another

D = datetime.date


def url(item):
    return reverse("meetings:item-minutes", kwargs={"slug": item.meeting.partnership.slug,
                                                    "meeting_id": item.meeting_id, "item_id": item.pk})


def form_data(item, discussion="", decisions=(), actions=(), **extra):
    """The item page as posted: decisions are (id or "", text, remove) rows; actions are dicts of a row's fields."""
    data = {"version": item.version, "discussion": discussion,
            "decisions-TOTAL_FORMS": len(decisions), "decisions-INITIAL_FORMS": 0,
            "actions-TOTAL_FORMS": len(actions), "actions-INITIAL_FORMS": 0, **extra}
    for i, (pk, text, remove) in enumerate(decisions):
        data.update({f"decisions-{i}-id": pk, f"decisions-{i}-text": text})
        if remove:
            data[f"decisions-{i}-remove"] = "on"
    for i, row in enumerate(actions):
        row = dict(row)
        if "due_date" in row:   # the GOV.UK date input: day, month and year boxes
            for part, value in zip(("day", "month", "year"), row.pop("due_date")):
                data[f"actions-{i}-due_date_{part}"] = value
        data.update({f"actions-{i}-{name}": value for name, value in row.items()})
    return data


def test_minutes_a_decision_and_an_action_typed_together_are_all_saved(business, item, people):
    response = business.post(url(item), form_data(
        item, "The board discussed the Q3 dataset.", decisions=[("", "The board noted the dataset.", False)],
        actions=[{"text": "Audit missing episodes", "people": [people["police"].pk], "groups": "Business team",
                  "due_date": ("30", "4", "2026")}]))
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.discussion == "The board discussed the Q3 dataset."
    assert list(Decision.objects.filter(item=item).values_list("text", flat=True)) == ["The board noted the dataset."]
    action = Action.objects.get(item=item)
    assert (action.text, action.due_date) == ("Audit missing episodes", D(2026, 4, 30))
    assert sorted(str(o) for o in action.owners.all()) == ["Business team", "Paul Okafor"]


def test_an_error_in_one_part_saves_nothing_and_keeps_everything_typed(business, item, people):
    # The action has no owner: the minutes and decision typed beside it must not be saved alone, nor lost.
    response = business.post(url(item), form_data(
        item, "Typed minutes", decisions=[("", "Typed decision", False)], actions=[{"text": "Ownerless action"}]))
    page = response.content.decode()
    assert response.status_code == 200 and "New action 1: Choose at least one owner" in page
    assert "Typed minutes" in page and "Typed decision" in page and "Ownerless action" in page
    item.refresh_from_db()
    assert item.discussion == "" and not Decision.objects.exists() and not Action.objects.exists()


def test_a_refusal_by_the_service_saves_nothing(business, item, people):
    # Due before the meeting (2 March 2026): refused by the service after the minutes were written, all rolled back.
    response = business.post(url(item), form_data(
        item, "Typed minutes", decisions=[("", "Typed decision", False)],
        actions=[{"text": "Late already", "groups": "Business team", "due_date": ("1", "2", "2026")}]))
    page = response.content.decode()
    assert response.status_code == 200 and "before the meeting that agreed the action" in page
    assert "Typed minutes" in page and "Typed decision" in page
    item.refresh_from_db()
    assert item.discussion == "" and not Decision.objects.exists() and not Action.objects.exists()


def test_existing_decisions_can_be_changed_and_removed_on_the_same_form(business, item, business_user):
    keep = services.add_decision(item, text="First wording", by=business_user)
    drop = services.add_decision(item, text="Mistaken decision", by=business_user)
    item.refresh_from_db()
    page = business.get(url(item)).content.decode()
    assert "First wording" in page and "Mistaken decision" in page
    business.post(url(item), form_data(item, "Minutes", decisions=[
        (keep.pk, "Better wording", False), (drop.pk, "Mistaken decision", True), ("", "", False)]))
    assert list(Decision.objects.filter(item=item).values_list("pk", "text")) == [(keep.pk, "Better wording")]
    assert Decision.history.filter(id=drop.pk, history_type="-").get().history_user == business_user


def test_add_another_action_keeps_what_was_typed_and_saves_nothing(business, item, people):
    data = form_data(item, "Typed minutes", decisions=[("", "Typed decision", False)],
                     actions=[{"text": "First action", "people": [people["la"].pk]}], add_another="add_action")
    response = business.post(url(item), data)
    page = response.context["page"]
    assert len(page.actions.forms) == 2 and page.actions.forms[0]["text"].value() == "First action"
    assert page.minutes["discussion"].value() == "Typed minutes"
    assert page.decisions.forms[0]["text"].value() == "Typed decision"
    assert "There is a problem" not in response.content.decode()
    assert not Decision.objects.exists() and not Action.objects.exists()


def test_stale_minutes_are_refused_with_a_message(business, item, business_user):
    services.record_minutes(item, by=business_user, expected_version=1, discussion="Saved first")
    response = business.post(url(item), form_data(item, "Overwrite", version=1))
    assert response.status_code == 200 and "Someone else changed this record" in response.content.decode()
    item.refresh_from_db()
    assert item.discussion == "Saved first"


@pytest.mark.parametrize("row, message", [
    ({"text": "Bad date", "groups": "All members", "due_date": ("1", "13", "2026")}, "The due date must be a real date"),
    ({"text": "Both", "groups": "All members", "due_date": ("1", "4", "2026"), "due_at_next_meeting": "on"}, "not both"),
    ({"groups": "All members"}, "Enter what needs to be done"),
])
def test_bad_action_rows_are_refused_with_a_message(business, item, row, message):
    response = business.post(url(item), form_data(item, actions=[row]))
    assert response.status_code == 200 and message in response.content.decode()
    assert not Action.objects.exists()


def test_an_owner_from_another_partnership_is_refused(business, item, people, other_person):
    response = business.post(url(item), form_data(item, actions=[{"text": "Leak", "people": [other_person.pk]}]))
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    assert not Action.objects.exists()


def test_a_decision_of_another_item_is_not_touched(business, item, business_user, meeting):
    other = services.add_agenda_item(meeting, number="4", title="Other", by=business_user)
    theirs = services.add_decision(other, text="Other item's decision", by=business_user)
    business.post(url(item), form_data(item, "Minutes", decisions=[(theirs.pk, "Hijacked", True)]))
    assert Decision.objects.get(pk=theirs.pk).text == "Other item's decision"
    assert AgendaItem.objects.get(pk=item.pk).discussion == "Minutes"


def test_add_another_decision_keeps_a_typed_due_date_in_its_three_boxes(business, item, people):
    data = form_data(item, actions=[{"text": "Dated action", "groups": "Business team", "due_date": ("30", "4", "2026")}],
                     add_another="add_decision")
    page = business.post(url(item), data).context["page"]
    assert page.actions.forms[0]["due_date"].value() == ["30", "4", "2026"]
    assert len(page.decisions.forms) == 1 and not Action.objects.exists()


def test_enter_in_a_text_box_saves_rather_than_adding_another_decision(business, item):
    button = default_button_of_form_with_add_another(business.get(url(item)).content.decode())
    assert button["name"] is None and button["text"] == "Save minutes, decisions and actions"
