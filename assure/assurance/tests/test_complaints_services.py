"""Complaints about the partnership: timescales (3 and 20 working days unless the partnership says otherwise),
kept as they were when the complaint came in, and dates in order."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from .. import queries, services
from ..models import Complaint

D = datetime.date   # the clock is fixed at Monday 9 March 2026


def receive(partnership, by, **changes):
    fields = dict(received_on=D(2026, 3, 2), complainant=Complaint.Complainant.PARENT,
                  summary="The partnership did not reply to a letter about the review of Child T.")
    fields.update(changes)
    return services.record_complaint(partnership=partnership, by=by, **fields)


def test_a_complaint_is_due_acknowledged_and_answered_within_the_default_working_days(partnership, business_user):
    complaint = receive(partnership, business_user)
    assert complaint.reference == "C01"
    assert (complaint.acknowledge_working_days, complaint.respond_working_days) == (3, 20)
    assert complaint.acknowledgement().due_on == D(2026, 3, 5) and complaint.acknowledgement().is_overdue
    assert complaint.response().due_on == D(2026, 3, 30) and complaint.response().state == "due"

    complaint = services.acknowledge_complaint(complaint, by=business_user, expected_version=complaint.version,
                                               acknowledged_on=D(2026, 3, 6))
    assert complaint.acknowledgement().state == "late"
    complaint = services.respond_to_complaint(complaint, by=business_user, expected_version=complaint.version,
                                              responded_on=D(2026, 3, 9), outcome="partly_upheld",
                                              outcome_summary="Letters now logged on receipt.")
    assert complaint.response().state == "met" and not complaint.is_open


def test_new_timescales_apply_to_complaints_received_afterwards(partnership, business_user):
    before = receive(partnership, business_user)
    timescales = queries.timescales_for(partnership)
    services.update_complaint_timescales(timescales, by=business_user, expected_version=timescales.version,
                                         acknowledge_working_days=5, respond_working_days=15)
    after = receive(partnership, business_user, received_on=D(2026, 3, 3))
    before.refresh_from_db()
    assert (before.acknowledge_working_days, after.acknowledge_working_days) == (3, 5)
    assert after.response().due_on == D(2026, 3, 24)


def test_a_response_without_an_acknowledgement_acknowledges_it(partnership, business_user):
    complaint = receive(partnership, business_user)
    complaint = services.respond_to_complaint(complaint, by=business_user, expected_version=complaint.version,
                                              responded_on=D(2026, 3, 4), outcome="not_upheld")
    assert complaint.acknowledged_on == D(2026, 3, 4) and complaint.acknowledgement().state == "met"


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"acknowledged_on": D(2026, 3, 1)}, "acknowledged_on", "before the date the complaint was received"),
    ({"acknowledged_on": D(2026, 3, 4), "responded_on": D(2026, 3, 3), "outcome": "upheld"}, "responded_on",
     "before the date the complaint was acknowledged"),
    ({"responded_on": D(2026, 2, 27), "outcome": "upheld"}, "responded_on", "before the date the complaint was"),
    ({"received_on": D(2026, 3, 10)}, "received_on", "today or in the past"),
    ({"responded_on": D(2026, 3, 5)}, "outcome", "Choose the outcome"),
    ({"summary": "Jordan Blake's mother was not told."}, "summary", "looks like a person's full name"),
    ({"complainant": "judge"}, "complainant", "Choose who"),
])
def test_dates_out_of_order_and_names_are_refused_and_nothing_is_written(partnership, business_user, changes,
                                                                          field, message):
    with pytest.raises(ValidationError) as refused:
        receive(partnership, business_user, **changes)
    assert message in refused.value.message_dict[field][0]
    assert not Complaint.objects.exists()


def test_acknowledging_before_it_was_received_is_refused(partnership, business_user):
    complaint = receive(partnership, business_user)
    with pytest.raises(ValidationError) as refused:
        services.acknowledge_complaint(complaint, by=business_user, expected_version=complaint.version,
                                       acknowledged_on=D(2026, 2, 27))
    assert "acknowledged_on" in refused.value.message_dict
    complaint.refresh_from_db()
    assert complaint.acknowledged_on is None


def test_timescales_must_be_sensible(partnership, business_user):
    timescales = queries.timescales_for(partnership)
    with pytest.raises(ValidationError) as refused:
        services.update_complaint_timescales(timescales, by=business_user, expected_version=timescales.version,
                                             acknowledge_working_days=10, respond_working_days=5)
    assert "respond_working_days" in refused.value.message_dict
