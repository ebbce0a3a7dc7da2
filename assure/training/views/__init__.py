from . import (
    booking_imports,
    charges,
    courses,
    delegates,
    evaluations,
    events,
    impact,
    outcomes,
    places,
    policy,
    returns,
)

__all__ = ["booking_imports", "charges", "courses", "delegates", "evaluations", "events", "impact", "outcomes", "places", "policy", "returns"]
