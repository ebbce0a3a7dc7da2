from . import charges, courses, delegates, events, outcomes, policy

__all__ = ["charges", "courses", "delegates", "events", "outcomes", "policy"]
