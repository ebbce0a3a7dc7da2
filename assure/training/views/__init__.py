from . import courses, events, impact, returns

__all__ = ["courses", "events", "impact", "returns"]
