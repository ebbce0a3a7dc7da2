"""When each evaluation stage's link may be issued and when it expires. Pure: no database, no clock.

Given the event's start and end, the partnership's policy (`after_link_days`, `follow_up_from_weeks`,
`follow_up_until_weeks`) and the time a link is issued:

| stage      | may be issued                                         | expires                                      |
|------------|-------------------------------------------------------|----------------------------------------------|
| BEFORE     | any time before the event starts                      | when the event starts                        |
| AFTER      | from the event's end until `after_link_days` after it | `after_link_days` after the event's end      |
| FOLLOW_UP  | from `follow_up_from_weeks` after the event's end     | `follow_up_until_weeks` after the event's    |
|            | until `follow_up_until_weeks` after it                | end, or 7 days after it was issued if later  |

The follow-up's 7 days: a follow-up link issued late in its window (say on the last day) would otherwise give the
manager no time to meet the delegate, so it stays open for at least `FOLLOW_UP_MINIMUM_DAYS` from issue. The
straight-after form is meant to be done straight away, so it keeps its fixed end.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass

BEFORE, AFTER, FOLLOW_UP = "before", "after", "follow_up"
FOLLOW_UP_MINIMUM_DAYS = 7


@dataclass(frozen=True)
class Window:
    """Links may be issued from `opens` (None: any time) until, not including, `closes`."""
    opens: datetime.datetime | None
    closes: datetime.datetime

    def allows(self, when: datetime.datetime) -> bool:
        return (self.opens is None or when >= self.opens) and when < self.closes


def issue_window(stage: str, *, starts_at: datetime.datetime, ends_at: datetime.datetime, policy) -> Window:
    """When links for `stage` may be issued. `policy` has after_link_days, follow_up_from_weeks and
    follow_up_until_weeks (a TrainingPolicy, or anything with those numbers)."""
    if stage == BEFORE:
        return Window(None, starts_at)
    if stage == AFTER:
        return Window(ends_at, ends_at + datetime.timedelta(days=policy.after_link_days))
    if stage == FOLLOW_UP:
        return Window(ends_at + datetime.timedelta(weeks=policy.follow_up_from_weeks),
                      ends_at + datetime.timedelta(weeks=policy.follow_up_until_weeks))
    raise ValueError(f"unknown evaluation stage {stage!r}")


def expires_at(stage: str, *, starts_at: datetime.datetime, ends_at: datetime.datetime,
               issued_at: datetime.datetime, policy) -> datetime.datetime:
    """When a link for `stage` issued at `issued_at` (inside its window) stops opening the form."""
    closes = issue_window(stage, starts_at=starts_at, ends_at=ends_at, policy=policy).closes
    if stage == FOLLOW_UP:
        return max(closes, issued_at + datetime.timedelta(days=FOLLOW_UP_MINIMUM_DAYS))
    return closes


LIVE, COMPLETED, WITHDRAWN, EXPIRED = "live", "completed", "withdrawn", "expired"


def link_state(*, completed_at, withdrawn_at, expires_at: datetime.datetime, now: datetime.datetime) -> str:
    """What a link does now: completed (used once) wins over withdrawn, which wins over expired."""
    if completed_at is not None:
        return COMPLETED
    if withdrawn_at is not None:
        return WITHDRAWN
    if now >= expires_at:
        return EXPIRED
    return LIVE
