from . import booking_imports, courses, events

__all__ = ["booking_imports", "courses", "events"]
