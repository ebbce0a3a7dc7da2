"""The business plan's forms: an objective, its evidence (checkbox lists by kind, only the partnership's records),
a quarter's rating, and the year shown."""
import datetime

from django import forms
from django.db.models import Q

from assure.actions.models import Action
from assure.assurance.models import Activity
from assure.core import clock
from assure.core.dates import financial_year_label, financial_year_of
from assure.core.forms import VersionedForm
from assure.core.text import shorten
from assure.performance.models import Indicator
from assure.reviews.models import Review

from .models import Progress
from .services import MAX_NARRATIVE, MAX_OBJECTIVE

# Completed or superseded actions offered as evidence: those closed within this many days, and any already chosen.
RECENTLY_CLOSED_DAYS = 400


class ObjectiveForm(forms.Form):
    text = forms.CharField(
        label="Objective", max_length=MAX_OBJECTIVE, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What will be different for children, adults or families, for example 'Neglect is recognised "
                  "before a child needs a plan'",
        error_messages={"required": "Enter the objective",
                        "max_length": f"The objective must be {MAX_OBJECTIVE:,} characters or fewer"})


class EditObjectiveForm(ObjectiveForm, VersionedForm):
    pass


class _Choices(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, *, label, help_text, what, describe):
        super().__init__(queryset=Action.objects.none(), required=False, label=label, help_text=help_text,
                         error_messages={"invalid_choice": f"Choose {what} from the list of this partnership's",
                                         "invalid_pk_value": f"Choose {what} from the list of this partnership's"})
        self.describe = describe

    def label_from_instance(self, obj):
        return self.describe(obj)


def _action_label(action) -> str:
    due = f", due {action.due_date:%-d %B %Y}" if action.due_date and action.is_live else ""
    return f"{shorten(action.text, 90)} ({action.get_status_display().lower()}{due})"


def _indicator_label(indicator) -> str:
    return f"{indicator.code}: {shorten(indicator.name, 80)}"


def _activity_label(activity) -> str:
    return f"{shorten(activity.title, 80)} ({activity.year_label}, {activity.get_status_display().lower()})"


def _review_label(review) -> str:
    return f"{review} ({review.get_stage_display().lower()})"


class EvidenceForm(VersionedForm):
    """Checkbox lists by kind. Each offers the partnership's records worth choosing (live or recently closed
    actions, indicators still collected, the priority's years' assurance, every review) and those already chosen."""

    actions = _Choices(label="Actions in the action log", what="actions", describe=_action_label,
                       help_text="The actions that deliver the objective: open ones, and those closed in the last "
                                 "year")
    indicators = _Choices(label="Indicators in the performance dataset", what="indicators",
                          describe=_indicator_label, help_text="The figures that will show whether it is working")
    activities = _Choices(label="Assurance activities", what="assurance activities", describe=_activity_label,
                          help_text="Audits, thematic reviews, self-assessments, visits and inspections that look at "
                                    "it")
    reviews = _Choices(label="Reviews", what="reviews", describe=_review_label,
                       help_text="Safeguarding practice reviews whose learning it takes forward")

    def __init__(self, *args, partnership, objective=None, **kwargs):
        super().__init__(*args, **kwargs)
        chosen = {kind: set(getattr(objective, kind).values_list("pk", flat=True)) if objective else set()
                  for kind in ("actions", "indicators", "activities", "reviews")}
        since = clock.today() - datetime.timedelta(days=RECENTLY_CLOSED_DAYS)
        self.fields["actions"].queryset = (
            Action.objects.filter(partnership=partnership)
            .filter(Q(status__in=Action.LIVE) | Q(completed_on__gte=since) | Q(pk__in=chosen["actions"])
                    | Q(status=Action.Status.SUPERSEDED, created_at__date__gte=since))
            .order_by("text", "pk"))
        self.fields["indicators"].queryset = (
            Indicator.objects.filter(partnership=partnership)
            .filter(Q(retired_on__isnull=True) | Q(pk__in=chosen["indicators"])).order_by("position", "code"))
        activities = Activity.objects.filter(partnership=partnership)
        if objective is not None:
            priority = objective.priority
            this_year = financial_year_of(clock.today())
            years = [y for y in range(this_year - 2, this_year + 2) if priority.applies_in(y)]
            activities = activities.filter(Q(year__in=years) | Q(pk__in=chosen["activities"]))
        self.fields["activities"].queryset = activities.order_by("-year", "title", "pk")
        self.fields["reviews"].queryset = Review.objects.filter(partnership=partnership).select_related(
            "case").order_by("-id")


RATING_CHOICES = [(Progress.Rating.GREEN, "On track (green)"), (Progress.Rating.AMBER, "Some concerns (amber)"),
                  (Progress.Rating.RED, "Off track (red)")]


class ProgressForm(forms.Form):
    rating = forms.ChoiceField(label="Progress this quarter", choices=RATING_CHOICES, widget=forms.RadioSelect,
                               error_messages={"required": "Choose the rating: on track, some concerns or off track",
                                               "invalid_choice": "Choose the rating: on track, some concerns or off "
                                                                 "track"})
    narrative = forms.CharField(
        label="Narrative", max_length=MAX_NARRATIVE, widget=forms.Textarea(attrs={"rows": 6}),
        help_text="What progress was made and what changed for children, adults or families; if it is not on track, "
                  "why, and what is being done",
        error_messages={"required": "Enter the narrative",
                        "max_length": f"The narrative must be {MAX_NARRATIVE:,} characters or fewer"})


class NewProgressForm(ProgressForm):
    quarter = forms.ChoiceField(label="Quarter", error_messages={
        "required": "Choose the quarter",
        "invalid_choice": "Choose a quarter from the list: a quarter can be rated once it has started, in the years "
                          "the priority stands, and once (change a rating from the priority's page)"})

    field_order = ["quarter", "rating", "narrative"]

    def __init__(self, *args, quarters=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["quarter"].choices = [(q.code, q.long_label) for q in quarters]


class EditProgressForm(ProgressForm, VersionedForm):
    pass


class PlanYearForm(forms.Form):
    year = forms.TypedChoiceField(label="Financial year", coerce=int, choices=(), error_messages={
        "required": "Choose the financial year", "invalid_choice": "Choose a financial year from the list"})

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(year, financial_year_label(year)) for year in years]
