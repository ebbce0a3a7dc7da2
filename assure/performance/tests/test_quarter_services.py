"""Commentary and the approval of a quarter: exception reporting, locking, reopening with a reason; the pack sent to
a meeting."""
import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from assure.core.concurrency import EditConflict
from assure.meetings.models import Paper
from assure.meetings.services import add_agenda_item, schedule_meeting
from assure.partnerships.models import Body

from .. import periods, services
from ..models import Commentary, QuarterApproval
from . import factories


@pytest.fixture
def dataset(partnership, business_user):
    return factories.quarter_dataset(partnership, business_user)


def test_approval_is_refused_while_a_red_indicator_has_no_commentary_naming_it(partnership, business_user, dataset):
    with pytest.raises(ValidationError) as refused:
        services.approve_quarter(partnership, by=business_user, quarter=dataset["quarter"])
    message = refused.value.message_dict["quarter"][0]
    assert "MISS Children missing from home (episodes)" in message
    assert "CP-2YR" not in message          # amber needs no commentary
    assert not QuarterApproval.objects.exists()


def test_commentary_on_the_red_indicator_lets_the_quarter_be_approved(partnership, business_user, dataset):
    services.write_commentary(dataset["red"], by=business_user, quarter=dataset["quarter"],
                              text="Episodes fell after the return-home interviews moved in-house.")
    approval = services.approve_quarter(partnership, by=business_user, quarter=dataset["quarter"])
    assert approval.quarter == dataset["quarter"] and approval.approved_by == business_user
    with pytest.raises(ValidationError, match="already approved"):
        services.approve_quarter(partnership, by=business_user, quarter=dataset["quarter"])


def test_an_approved_quarter_locks_its_commentary_and_figures(partnership, business_user, dataset):
    quarter = dataset["quarter"]
    commentary = services.write_commentary(dataset["red"], by=business_user, quarter=quarter, text="Why it moved.")
    services.approve_quarter(partnership, by=business_user, quarter=quarter)
    with pytest.raises(ValidationError) as refused:
        services.write_commentary(dataset["red"], by=business_user, quarter=quarter, text="Changed.",
                                  expected_version=commentary.version)
    assert "Q4 2025/26 is approved" in refused.value.message_dict["text"][0]
    with pytest.raises(ValidationError, match="is approved"):
        services.record_figure(dataset["amber"], by=business_user, period=quarter, value=Decimal("4.1"))
    # A quarter that is not approved is still open.
    services.write_commentary(dataset["amber"], by=business_user, quarter=periods.parse_period("2025-Q3"),
                              text="Earlier quarter.")


def test_reopening_keeps_the_reason_in_history_and_unlocks(partnership, business_user, dataset):
    quarter = dataset["quarter"]
    commentary = services.write_commentary(dataset["red"], by=business_user, quarter=quarter, text="First.")
    services.approve_quarter(partnership, by=business_user, quarter=quarter)
    with pytest.raises(ValidationError) as refused:
        services.reopen_quarter(partnership, by=business_user, quarter=quarter, reason="  ")
    assert refused.value.message_dict["reason"] == ["Enter why the quarter is being reopened"]
    services.reopen_quarter(partnership, by=business_user, quarter=quarter, reason="Police figures were restated")
    assert not QuarterApproval.objects.exists()
    record = QuarterApproval.history.filter(history_type="-").get()
    assert record.history_change_reason == "Police figures were restated"
    assert record.history_user == business_user
    services.write_commentary(dataset["red"], by=business_user, quarter=quarter, text="Second.",
                              expected_version=commentary.version)
    assert Commentary.objects.get().text == "Second."
    with pytest.raises(ValidationError, match="nothing to reopen"):
        services.reopen_quarter(partnership, by=business_user, quarter=quarter, reason="Again")


def test_commentary_must_say_something_and_edits_are_versioned(business_user, dataset):
    quarter = dataset["quarter"]
    with pytest.raises(ValidationError) as refused:
        services.write_commentary(dataset["red"], by=business_user, quarter=quarter, text="   ")
    assert refused.value.message_dict["text"] == ["Enter the commentary"]
    first = services.write_commentary(dataset["red"], by=business_user, quarter=quarter, text="First.")
    services.write_commentary(dataset["red"], by=business_user, quarter=quarter, text="Second.",
                              expected_version=first.version)
    with pytest.raises(EditConflict):
        services.write_commentary(dataset["red"], by=business_user, quarter=quarter, text="Stale.",
                                  expected_version=first.version)
    # Two people starting a new commentary at once: the second is told, not silently overwriting.
    with pytest.raises(ValidationError, match="since you opened"):
        services.write_commentary(dataset["red"], by=business_user, quarter=quarter, text="Also new.")
    assert Commentary.objects.get().text == "Second."


def test_the_pack_goes_only_to_a_scheduled_meeting_of_the_partnership(partnership, other_partnership,
                                                                       business_user, executive_board, dataset):
    def meeting(partnership, body, day=datetime.date(2026, 4, 21), status="scheduled"):
        return schedule_meeting(partnership=partnership, body=body, date=day, by=business_user, status=status)

    ours = meeting(partnership, executive_board)
    held = meeting(partnership, executive_board, datetime.date(2026, 2, 2), "held")
    theirs = meeting(other_partnership, Body.objects.create(partnership=other_partnership, name="Board"))
    quarter = dataset["quarter"]
    with pytest.raises(ValidationError, match="Missing: MISS"):
        services.send_pack_to_meeting(partnership, by=business_user, quarter=quarter, meeting=ours)
    services.write_commentary(dataset["red"], by=business_user, quarter=quarter, text="Why.")
    for wrong, field in [({"meeting": theirs}, "meeting"), ({"meeting": held}, "meeting"),
                         ({"meeting": ours, "item": add_agenda_item(held, title="Other", by=business_user)}, "item"),
                         ({"meeting": ours, "formats": ()}, "formats")]:
        with pytest.raises(ValidationError) as refused:
            services.send_pack_to_meeting(partnership, by=business_user, quarter=quarter, **wrong)
        assert field in refused.value.message_dict
    assert not Paper.objects.exists()
    sent = services.send_pack_to_meeting(partnership, by=business_user, quarter=quarter, meeting=ours,
                                         formats=("docx",))
    assert [s.paper.item.title for s in sent] == ["Performance dataset Q4 2025/26"]
    assert sent[0].paper.original_name == "Marshcombe dataset Q4 2025-26.docx"
