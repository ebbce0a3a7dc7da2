from . import courses, events

__all__ = ["courses", "events"]
