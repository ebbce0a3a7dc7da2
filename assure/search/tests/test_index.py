"""The index follows the records: a change is found as soon as its transaction commits, a deletion is gone then,
a transaction rolled back leaves the index alone, and `rebuild` (the demo, the command line, bulk writes) gives the
same entries as the signals. `committed` runs what the test's writes leave for commit, as a real commit would."""
import pytest
from django.db import connection, transaction

from assure.actions.models import Action, ActionUpdate
from assure.core import clock
from assure.meetings.models import AgendaItem
from assure.search import services
from assure.search.models import SearchEntry
from assure.search.queries import search


def found(partnership, text):
    results, _, _ = search(SearchEntry.objects.filter(partnership=partnership), text)
    return [(r.kind, r.record_id) for r in results]


def test_editing_an_action_changes_what_is_found(elmsworth, committed):
    partnership, keys = elmsworth
    action = Action.objects.get(pk=keys["action_gcp"][1])
    assert keys["action_gcp"] in found(partnership, "graded care profile training")
    with committed():
        action.text = "Commission a parenting programme for fathers"
        action.save()
    assert keys["action_gcp"] not in found(partnership, "graded care profile training")
    assert found(partnership, "parenting programme fathers")[0] == keys["action_gcp"]


def test_a_change_is_not_indexed_before_its_transaction_commits(elmsworth, committed):
    partnership, keys = elmsworth
    callbacks_before = len(connection.run_on_commit)
    with committed():
        action = Action.objects.get(pk=keys["action_gcp"][1])
        action.text = "Commission a parenting programme for fathers"
        action.save()
        ActionUpdate.objects.create(action=action, text="Fathers' group booked", status=Action.Status.IN_PROGRESS,
                                    created_at=clock.now())
        assert keys["action_gcp"] not in found(partnership, "parenting programme fathers")
        assert len(connection.run_on_commit) == callbacks_before + 1  # both writes are indexed together, once
    assert found(partnership, "parenting programme fathers")[0] == keys["action_gcp"]


def test_a_transaction_rolled_back_leaves_the_index_alone(elmsworth, committed):
    partnership, keys = elmsworth
    with committed():
        try:
            with transaction.atomic():
                action = Action.objects.get(pk=keys["action_gcp"][1])
                action.text = "Commission a parenting programme for fathers"
                action.save()
                raise RuntimeError("the service refused")
        except RuntimeError:
            pass
    assert keys["action_gcp"] in found(partnership, "graded care profile training")
    assert keys["action_gcp"] not in found(partnership, "parenting programme fathers")


def test_an_action_s_update_is_found_with_its_action(elmsworth, committed):
    partnership, keys = elmsworth
    action = Action.objects.get(pk=keys["action_gp"][1])
    with committed():
        ActionUpdate.objects.create(action=action, text="Letter agreed with the local medical committee",
                                    status=Action.Status.IN_PROGRESS, created_at=clock.now())
    assert found(partnership, "local medical committee") == [keys["action_gp"]]


def test_deleting_a_record_removes_it(elmsworth, committed):
    partnership, keys = elmsworth
    with committed():
        Action.objects.get(pk=keys["action_private_fostering"][1]).delete()
    assert found(partnership, "private fostering") == []
    assert not SearchEntry.objects.filter(kind="action", record_id=keys["action_private_fostering"][1]).exists()


def test_removing_an_agenda_item_takes_it_out_of_its_meeting_s_entry(elmsworth, committed):
    partnership, keys = elmsworth
    with committed():
        AgendaItem.objects.get(pk=keys["item_marac"][1]).delete()
    assert found(partnership, "MARAC") == []


def test_rebuild_indexes_every_record_and_the_text_of_files(elmsworth):
    partnership, keys = elmsworth
    before = set(SearchEntry.objects.filter(partnership=partnership).values_list("kind", "record_id", "text"))
    SearchEntry.objects.filter(partnership=partnership).delete()
    assert found(partnership, "neglect") == []
    services.rebuild(partnership)
    after = set(SearchEntry.objects.filter(partnership=partnership).values_list("kind", "record_id", "text"))
    assert after == before
    assert found(partnership, "rented flats")[0] == keys["paper_county"]


@pytest.mark.parametrize("kind", ["meeting", "item", "decision", "action", "paper", "review", "publication",
                                  "activity", "risk", "escalation", "complaint", "indicator", "person",
                                  "organisation"])
def test_every_kind_is_indexed(elmsworth, kind):
    assert SearchEntry.objects.filter(partnership=elmsworth[0], kind=kind).exists()
