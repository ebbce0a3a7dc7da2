"""Commentary and the approval of a quarter: exception reporting, locking, reopening with a reason."""
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from assure.core.concurrency import EditConflict

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
