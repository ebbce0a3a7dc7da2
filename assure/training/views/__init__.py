from . import charges, courses, delegates, events, outcomes, places, policy

__all__ = ["charges", "courses", "delegates", "events", "outcomes", "places", "policy"]
from . import booking_imports, courses, events

__all__ = ["booking_imports", "courses", "events"]
from . import courses, evaluations, events

__all__ = ["courses", "evaluations", "events"]
