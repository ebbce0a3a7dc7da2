"""When each stage's evaluation link may be issued and when it expires (pure)."""
import datetime
from types import SimpleNamespace

import pytest

from assure.training import evaluation_window as w

UTC = datetime.UTC
START = datetime.datetime(2026, 3, 24, 9, 30, tzinfo=UTC)
END = datetime.datetime(2026, 3, 24, 12, 30, tzinfo=UTC)
POLICY = SimpleNamespace(after_link_days=14, follow_up_from_weeks=6, follow_up_until_weeks=8)


def t(days=0, hours=0):
    return END + datetime.timedelta(days=days, hours=hours)


@pytest.mark.parametrize("stage, issued, allowed, expires", [
    # Before: any time until the event starts; expires when it starts.
    ("before", START - datetime.timedelta(days=30), True, START),
    ("before", START - datetime.timedelta(minutes=1), True, START),
    ("before", START, False, None),
    ("before", END, False, None),
    # Straight after: from the end, for after_link_days.
    ("after", END - datetime.timedelta(minutes=1), False, None),
    ("after", END, True, t(14)),
    ("after", t(13), True, t(14)),
    ("after", t(14), False, None),
    # Follow-up: from 6 weeks after to 8 weeks after; at least 7 days from issue.
    ("follow_up", t(41), False, None),
    ("follow_up", t(42), True, t(56)),
    ("follow_up", t(49), True, t(56)),
    ("follow_up", t(50), True, t(57)),
    ("follow_up", t(55), True, t(62)),
    ("follow_up", t(56), False, None),
])
def test_windows(stage, issued, allowed, expires):
    window = w.issue_window(stage, starts_at=START, ends_at=END, policy=POLICY)
    assert window.allows(issued) is allowed
    if allowed:
        assert w.expires_at(stage, starts_at=START, ends_at=END, issued_at=issued, policy=POLICY) == expires


def test_the_policy_sets_the_windows():
    policy = SimpleNamespace(after_link_days=3, follow_up_from_weeks=4, follow_up_until_weeks=10)
    assert w.issue_window("after", starts_at=START, ends_at=END, policy=policy).closes == t(3)
    window = w.issue_window("follow_up", starts_at=START, ends_at=END, policy=policy)
    assert (window.opens, window.closes) == (t(28), t(70))


def test_an_unknown_stage_is_a_programming_error():
    with pytest.raises(ValueError):
        w.issue_window("during", starts_at=START, ends_at=END, policy=POLICY)


NOW = t(1)


@pytest.mark.parametrize("completed, withdrawn, expires, state", [
    (None, None, t(2), "live"),
    (None, None, NOW, "expired"),
    (None, t(0), t(2), "withdrawn"),
    (None, t(0), t(0), "withdrawn"),
    (t(0), None, t(0), "completed"),
    (t(0), t(0, 1), t(2), "completed"),
])
def test_link_state(completed, withdrawn, expires, state):
    assert w.link_state(completed_at=completed, withdrawn_at=withdrawn, expires_at=expires, now=NOW) == state
