from . import courses, evaluations, events

__all__ = ["courses", "evaluations", "events"]
