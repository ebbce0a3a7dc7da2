"""The charges the partnership's non-attendance policy implies. Pure: no database, no clock.

A booking implies a charge when the delegate did not attend (booked, marked "did not attend" on the register:
the policy's non-attendance charge) or cancelled late (fewer working days before the event than the notice
period: the late-cancellation charge). A booking on an event the partnership cancelled implies none. A waived
charge is shown at £0.00 with the reason kept; the amount the policy set is kept too, so the page can say what
was waived. Amounts follow the policy as it is now.
"""
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

DID_NOT_ATTEND = "did_not_attend"
CANCELLED_LATE = "cancelled_late"
REASONS = {DID_NOT_ATTEND: "Did not attend", CANCELLED_LATE: "Cancelled late"}


def reason_for(status: str, attendance: str, *, event_cancelled: bool = False) -> str | None:
    """Why a booking is chargeable (DID_NOT_ATTEND or CANCELLED_LATE), or None when it is not."""
    if event_cancelled:
        return None
    if status == "cancelled_late":
        return CANCELLED_LATE
    if status == "booked" and attendance == "did_not_attend":
        return DID_NOT_ATTEND
    return None


def policy_amount(reason: str, policy) -> int:
    """What the policy charges, in pence, for this reason."""
    if reason == DID_NOT_ATTEND:
        return policy.did_not_attend_charge_pence
    return policy.late_cancellation_charge_pence


@dataclass(frozen=True)
class Charge:
    booking: object
    reason: str
    policy_pence: int          # what the policy sets
    waived: bool = False
    waiver_reason: str = ""

    @property
    def reason_label(self) -> str:
        return REASONS[self.reason]

    @property
    def amount_pence(self) -> int:
        """What is to be invoiced: nothing when waived."""
        return 0 if self.waived else self.policy_pence


def charge_for(booking, policy, *, event_cancelled: bool = False) -> Charge | None:
    """The charge one booking implies (anything with status, attendance, charge_waived, waiver_reason), or None."""
    reason = reason_for(booking.status, booking.attendance, event_cancelled=event_cancelled)
    if reason is None:
        return None
    return Charge(booking=booking, reason=reason, policy_pence=policy_amount(reason, policy),
                  waived=bool(booking.charge_waived), waiver_reason=booking.waiver_reason or "")


def charges_for(bookings: Iterable, policy, *, event_cancelled: Callable = lambda booking: False) -> list[Charge]:
    """The chargeable bookings among `bookings`, in their order."""
    found = (charge_for(booking, policy, event_cancelled=event_cancelled(booking)) for booking in bookings)
    return [charge for charge in found if charge is not None]


@dataclass
class OrganisationCharges:
    organisation: object
    charges: list = field(default_factory=list)

    @property
    def total_pence(self) -> int:
        return sum(charge.amount_pence for charge in self.charges)

    @property
    def waived_pence(self) -> int:
        return sum(charge.policy_pence for charge in self.charges if charge.waived)


def by_organisation(charges: Iterable[Charge], organisation_of: Callable, *, name_of: Callable = str
                    ) -> list[OrganisationCharges]:
    """The charges grouped by the organisation `organisation_of(charge)` gives, organisations by name."""
    groups: dict = {}
    for charge in charges:
        organisation = organisation_of(charge)
        groups.setdefault(organisation, OrganisationCharges(organisation)).charges.append(charge)
    return sorted(groups.values(), key=lambda group: name_of(group.organisation).casefold())


def total(charges: Iterable[Charge]) -> int:
    return sum(charge.amount_pence for charge in charges)
