"""The statutory clocks of a safeguarding review, as pure date arithmetic (no Django, no database).

Working days are `assure.core.working_days` (weekends and England & Wales bank holidays skipped). The rules
come in as a `ClockRules` so each partnership's settings drive them.

Conventions (stated once, used everywhere):
- "N working days after D": see core.working_days (D itself never counts). Aware on Monday 2 March 2026,
  5 working days -> Monday 9 March 2026.
- "N months after D" is the same day of the month N months later, or that month's last day if it is
  shorter (31 August + 6 months -> 28 or 29 February).
- "N working days before D" is the Nth working day counted back from the day before D.
- A clock is met if the step was completed on or before its due date.
"""
from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass

from assure.core.working_days import add_working_days, working_days_between

Date = datetime.date


@dataclass(frozen=True)
class ClockRules:
    """A partnership's clock settings; the defaults are the statutory ones (see DESIGN.md)."""

    notification_working_days: int = 5          # serious incident notification after becoming aware
    rapid_review_working_days: int = 15         # rapid review after the notification
    publication_months: int = 6                 # CSPR completed and published after the decision
    publication_notice_working_days: int = 7    # notice to the Panel and Secretary of State before publication
    sar_target_months: int = 6                  # SAR: no statutory limit, the partnership's own target


DEFAULT_RULES = ClockRules()


def add_months(start: Date, months: int) -> Date:
    """Same day `months` calendar months later, clamped to the end of a shorter month."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return Date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def notification_due(aware: Date, rules: ClockRules = DEFAULT_RULES) -> Date:
    return add_working_days(aware, rules.notification_working_days)


def rapid_review_due(notified: Date, rules: ClockRules = DEFAULT_RULES) -> Date:
    return add_working_days(notified, rules.rapid_review_working_days)


def publication_due(decision: Date, rules: ClockRules = DEFAULT_RULES) -> Date:
    return add_months(decision, rules.publication_months)


def publication_notice_due(publication: Date, rules: ClockRules = DEFAULT_RULES) -> Date:
    """Last day to tell the National Panel and the Secretary of State before publishing on `publication`."""
    return add_working_days(publication, -rules.publication_notice_working_days)


def sar_due(decision: Date, rules: ClockRules = DEFAULT_RULES) -> Date:
    return add_months(decision, rules.sar_target_months)


class DateOrderError(ValueError):
    """Dates that cannot be in this order (a decision before the partnership was aware)."""


def check_order(aware: Date, notified: Date | None = None, decision: Date | None = None) -> None:
    if notified is not None and notified < aware:
        raise DateOrderError(
            f"The notification date ({notified:%d/%m/%Y}) is before the date the partnership became aware "
            f"({aware:%d/%m/%Y}). Check both dates.")
    if decision is not None and decision < aware:
        raise DateOrderError(
            f"The decision date ({decision:%d/%m/%Y}) is before the date the partnership became aware "
            f"({aware:%d/%m/%Y}). Check both dates.")


def due_dates(aware: Date, notified: Date | None = None, decision: Date | None = None,
              rules: ClockRules = DEFAULT_RULES) -> dict[str, Date | None]:
    """The three headline clocks. The rapid review runs from the notification if known, else from its due date."""
    check_order(aware, notified, decision)
    notify_by = notification_due(aware, rules)
    return {
        "notification_due": notify_by,
        "rapid_review_due": rapid_review_due(notified or notify_by, rules),
        "publication_due": publication_due(decision, rules) if decision else None,
    }


# Clock states, in the words shown on pages (and status_tag colours).
MET = "met"            # done on or before the due date
BREACHED = "breached"  # done, but after the due date
DUE = "due"            # not done, due date today or later
OVERDUE = "overdue"    # not done, due date passed: breached already


@dataclass(frozen=True)
class ClockStatus:
    name: str
    due: Date
    today: Date
    completed_on: Date | None = None

    @property
    def state(self) -> str:
        if self.completed_on is not None:
            return MET if self.completed_on <= self.due else BREACHED
        return DUE if self.today <= self.due else OVERDUE

    @property
    def is_breached(self) -> bool:
        return self.state in (BREACHED, OVERDUE)

    @property
    def is_running(self) -> bool:
        return self.completed_on is None

    @property
    def working_days_left(self) -> int | None:
        """Working days from today to the due date (0 on the day, negative once passed); None when done."""
        if self.completed_on is not None:
            return None
        return working_days_between(self.today, self.due)

    @property
    def working_days_late(self) -> int:
        """How many working days after the due date the step was, or will have been, completed."""
        end = self.completed_on or self.today
        return max(0, working_days_between(self.due, end))


def clock_status(name: str, due: Date, *, today: Date, completed_on: Date | None = None) -> ClockStatus:
    return ClockStatus(name=name, due=due, today=today, completed_on=completed_on)
