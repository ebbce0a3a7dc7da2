"""The charges the non-attendance policy implies (pure: training/charges.py), as a table of cases."""
from types import SimpleNamespace

import pytest

from assure.training import charges

POLICY = SimpleNamespace(did_not_attend_charge_pence=5000, late_cancellation_charge_pence=2500)


def booking(status="booked", attendance="", waived=False, reason="", organisation="Fenbridge Council"):
    return SimpleNamespace(status=status, attendance=attendance, charge_waived=waived, waiver_reason=reason,
                           organisation=organisation)


@pytest.mark.parametrize("status, attendance, event_cancelled, reason", [
    ("booked", "did_not_attend", False, charges.DID_NOT_ATTEND),
    ("booked", "attended", False, None),
    ("booked", "", False, None),                        # register not taken yet: no charge
    ("cancelled_late", "", False, charges.CANCELLED_LATE),
    ("cancelled_late", "did_not_attend", False, charges.CANCELLED_LATE),
    ("cancelled", "", False, None),                      # cancelled in good time
    ("cancelled", "did_not_attend", False, None),
    ("waiting", "", False, None),
    ("waiting", "did_not_attend", False, None),          # never had a place
    ("booked", "did_not_attend", True, None),            # the partnership cancelled the event
    ("cancelled_late", "", True, None),
])
def test_reason_for(status, attendance, event_cancelled, reason):
    assert charges.reason_for(status, attendance, event_cancelled=event_cancelled) == reason


@pytest.mark.parametrize("made, amount, policy_pence, waived, label", [
    (booking(attendance="did_not_attend"), 5000, 5000, False, "Did not attend"),
    (booking(status="cancelled_late"), 2500, 2500, False, "Cancelled late"),
    (booking(attendance="did_not_attend", waived=True, reason="Called to court"), 0, 5000, True, "Did not attend"),
    (booking(status="cancelled_late", waived=True, reason="Illness"), 0, 2500, True, "Cancelled late"),
])
def test_charge_for(made, amount, policy_pence, waived, label):
    charge = charges.charge_for(made, POLICY)
    assert (charge.amount_pence, charge.policy_pence, charge.waived, charge.reason_label) == (
        amount, policy_pence, waived, label)
    assert charge.waiver_reason == made.waiver_reason


def test_no_charge_for_an_attended_booking():
    assert charges.charge_for(booking(attendance="attended"), POLICY) is None


def test_a_free_policy_charges_nothing_but_still_lists_the_booking():
    free = SimpleNamespace(did_not_attend_charge_pence=0, late_cancellation_charge_pence=0)
    charge = charges.charge_for(booking(attendance="did_not_attend"), free)
    assert charge is not None and charge.amount_pence == 0


def test_totals_by_organisation_leave_out_waived_charges_and_sort_by_name():
    bookings = [
        booking(attendance="did_not_attend", organisation="Fenshire Police"),
        booking(status="cancelled_late", organisation="Fenbridge Council"),
        booking(attendance="did_not_attend", organisation="Fenbridge Council"),
        booking(attendance="did_not_attend", organisation="fenbridge Schools Trust", waived=True, reason="Snow"),
        booking(attendance="attended", organisation="Fenshire Police"),
        booking(status="cancelled", organisation="Fenshire Police"),
    ]
    found = charges.charges_for(bookings, POLICY)
    groups = charges.by_organisation(found, lambda charge: charge.booking.organisation)
    assert [(g.organisation, len(g.charges), g.total_pence, g.waived_pence) for g in groups] == [
        ("Fenbridge Council", 2, 7500, 0),
        ("fenbridge Schools Trust", 1, 0, 5000),
        ("Fenshire Police", 1, 5000, 0),
    ]
    assert charges.total(found) == 12500


def test_an_event_the_partnership_cancelled_charges_no_one():
    bookings = [booking(attendance="did_not_attend"), booking(status="cancelled_late")]
    assert charges.charges_for(bookings, POLICY, event_cancelled=lambda b: True) == []
    assert charges.total(charges.charges_for([], POLICY)) == 0
