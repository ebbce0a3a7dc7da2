"""Who may see and change the business plan. Everything of another partnership answers 404.

- Every role in the partnership reads the plan; the business team manages it (objectives, evidence, ratings).
- Evidence follows its own app's rules: a review shows only to those who may see it (reviews.access), an assurance
  activity only to those who may read it (assurance.access); an action or an indicator to everyone.
Pages fetch records through these functions, never with a bare `objects.get`.
"""
from django.http import Http404

from assure.assurance.access import visible_activities
from assure.partnerships.models import Priority
from assure.reviews.access import visible_reviews

from .models import Objective, Progress
from .queries import MaySee


def get_priority_or_404(request, priority_id) -> Priority:
    priority = Priority.objects.filter(partnership=request.partnership, pk=priority_id).first()
    if priority is None:
        raise Http404("No such priority")
    return priority


def get_objective_or_404(request, priority, objective_id) -> Objective:
    objective = Objective.objects.filter(priority=priority, pk=objective_id).select_related(
        "priority__partnership").first()
    if objective is None:
        raise Http404("No such objective")
    return objective


def get_progress_or_404(request, priority, quarter: str) -> Progress:
    progress = Progress.objects.filter(priority=priority, quarter=quarter).first()
    if progress is None:
        raise Http404("No rating for that quarter")
    return progress


def may_see(request) -> MaySee:
    """The reviews and assurance activities this person may see, for the plan's evidence lists."""
    return MaySee(reviews=frozenset(visible_reviews(request).values_list("pk", flat=True)),
                  activities=frozenset(visible_activities(request).values_list("pk", flat=True)))
