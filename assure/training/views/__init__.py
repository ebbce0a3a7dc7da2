from . import charges, courses, delegates, events, outcomes, places, policy

__all__ = ["charges", "courses", "delegates", "events", "outcomes", "places", "policy"]
