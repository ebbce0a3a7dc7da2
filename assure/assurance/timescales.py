"""The clocks of escalations and complaints, as pure date arithmetic on working days (core.working_days; counted
by whole weeks, since an escalation may stay open for years).

"N working days after D" is the Nth working day counted from the day after D (D itself never counts). A stage or
a step is on time when done on or before its due day; a running one is past its clock from the working day after.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass

from assure.core.working_days import add_working_days, working_days_between

Date = datetime.date


@dataclass(frozen=True)
class StageClock:
    """One escalation stage against the working days it may take."""

    started_on: Date
    working_days: int
    due_on: Date
    days_open: int           # working days since it started, up to its end or today
    running: bool

    @property
    def past_clock(self) -> bool:
        """Open longer than the stage may take (a running stage), or ended after its due day."""
        return self.days_open > self.working_days

    @property
    def days_over(self) -> int:
        return max(0, self.days_open - self.working_days)

    @property
    def days_left(self) -> int:
        return max(0, self.working_days - self.days_open)


def stage_clock(started_on: Date, working_days: int, *, ended_on: Date | None, today: Date) -> StageClock:
    end = ended_on or today
    return StageClock(started_on=started_on, working_days=working_days,
                      due_on=add_working_days(started_on, working_days),
                      days_open=max(0, working_days_between(started_on, end)), running=ended_on is None)


@dataclass(frozen=True)
class Deadline:
    """A step that must be done within working days of a start (a complaint's acknowledgement or response)."""

    due_on: Date
    done_on: Date | None
    today: Date

    @property
    def state(self) -> str:
        """met, late (done after the due day), overdue (not done and the due day has passed) or due."""
        if self.done_on is not None:
            return "met" if self.done_on <= self.due_on else "late"
        return "overdue" if self.today > self.due_on else "due"

    @property
    def is_overdue(self) -> bool:
        return self.state == "overdue"

    @property
    def working_days_late(self) -> int:
        return max(0, working_days_between(self.due_on, self.done_on or self.today))

    @property
    def label(self) -> str:
        return {"met": "Within timescale", "late": "Late", "overdue": "Overdue", "due": "Due"}[self.state]


def deadline(start: Date, working_days: int, *, done_on: Date | None, today: Date) -> Deadline:
    return Deadline(due_on=add_working_days(start, working_days), done_on=done_on, today=today)


def financial_year(day: Date) -> int:
    """The first year of the financial year `day` falls in: 2026 for 1 April 2026 to 31 March 2027."""
    return day.year if day.month >= 4 else day.year - 1
