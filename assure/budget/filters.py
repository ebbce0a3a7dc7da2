"""The spending list's filters (django-filter): by line, category, review and date range."""
import django_filters

from assure.core.filters import DateFilter, ListFilter
from assure.reviews.models import Review

from .models import BudgetLine, Spending


class SpendingFilter(ListFilter):
    line = django_filters.ModelChoiceFilter(
        queryset=BudgetLine.objects.none(), label="Budget line", empty_label="Any line",
        error_messages={"invalid_choice": "Choose a line from the list."})
    category = django_filters.ChoiceFilter(
        field_name="line__category", choices=BudgetLine.Category.choices, label="Category",
        empty_label="Any category", error_messages={"invalid_choice": "Choose a category from the list."})
    review = django_filters.ModelChoiceFilter(
        queryset=Review.objects.none(), label="Review", empty_label="Any spending",
        error_messages={"invalid_choice": "Choose a review from the list."})
    start = DateFilter(field_name="spent_on", lookup_expr="gte", label="Spent on or after", what="the first date")
    end = DateFilter(field_name="spent_on", lookup_expr="lte", label="Spent on or before", what="the last date")

    class Meta:
        model = Spending
        fields = ["line", "category", "review", "start", "end"]

    def __init__(self, *args, year=None, reviews=None, **kwargs):
        """`year`: its lines are the choices; `reviews`: the reviews the person may see (reviews.access)."""
        super().__init__(*args, **kwargs)
        if year is not None:
            self.filters["line"].queryset = year.lines.all()
        if reviews is not None:
            self.filters["review"].queryset = reviews.select_related("case")
