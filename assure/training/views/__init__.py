from . import courses, events, places

__all__ = ["courses", "events", "places"]
