"""For the central permission matrix: a priority with an objective and a rated quarter.

Every role of the partnership reads the plan; only the business team changes it (MANAGE pages are 403 for the
others). Another partnership's users get 404 for all of it.
"""
from . import factories


def url_kwargs(world) -> dict[str, dict]:
    by = world.business_user
    priority = factories.priority(world.partnership, by, first_year=2025)
    objective = factories.objective(priority, by)
    factories.objective(priority, by, "Fewer children on a second plan for neglect")
    factories.rating(priority, by, quarter="2025-Q1")
    p, o = {"priority_id": priority.pk}, {"priority_id": priority.pk, "objective_id": objective.pk}
    return {
        "plans:plan": {},
        "plans:priority-detail": p,
        "plans:objective-add": p,
        "plans:objective-edit": o,
        "plans:objective-remove": o,
        "plans:objective-move": o,
        "plans:evidence-edit": o,
        "plans:progress-add": p,
        "plans:progress-edit": {**p, "quarter": "2025-Q1"},
    }
