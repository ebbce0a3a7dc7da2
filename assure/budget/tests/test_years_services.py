"""Financial years and budget lines: what is refused, and a closed year's lines stay as they were."""
import pytest
from django.core.exceptions import ValidationError

from assure.budget import services
from assure.budget.models import BudgetLine, FinancialYear

from . import factories


def test_a_year_with_the_lines_of_the_year_before(partnership, business_user):
    last = factories.year(partnership, business_user, start_year=2024)
    factories.line(last, business_user, ring_fenced=True)
    factories.line(last, business_user, name="Training programme", category="training", planned_pence=500000)
    year = services.add_year(partnership=partnership, by=business_user, start_year=2025, copy_lines_from=last,
                             brought_forward_pence=4704300)
    assert [(line.name, line.planned_pence, line.ring_fenced) for line in year.lines.all()] == [
        ("Independent reviewer fees", 3500000, True), ("Training programme", 500000, False)]
    assert year.label == "2025/26" and year.brought_forward_pence == 4704300


@pytest.mark.parametrize("start_year, says", [(2025, "already has 2025/26"), (1999, "for example 2026"),
                                              (2031, "no more than two years ahead")])
def test_year_refusals(partnership, business_user, start_year, says):
    factories.year(partnership, business_user, start_year=2025)
    with pytest.raises(ValidationError, match=says):
        services.add_year(partnership=partnership, by=business_user, start_year=start_year)
    assert FinancialYear.objects.count() == 1


@pytest.mark.parametrize("changes, field, says", [
    ({"category": "lunch"}, "category", "Choose the line's category"),
    ({"name": "  "}, "name", "Enter the line's name"),
    ({"name": "independent REVIEWER fees"}, "name", "already has a line called"),
    ({"planned_pence": -1}, "planned_pence", "cannot be negative"),
    ({"planned_pence": 12.5}, "planned_pence", "pounds and pence"),
    ({"forecast_pence": -100}, "forecast_pence", "cannot be negative"),
])
def test_line_refusals_name_the_field(partnership, business_user, changes, field, says):
    year = factories.year(partnership, business_user)
    factories.line(year, business_user)
    with pytest.raises(ValidationError) as refused:
        factories.line(year, business_user, **{"name": "Chair's fees", "category": "chair_scrutiny", **changes})
    assert says in " ".join(refused.value.message_dict[field])
    assert BudgetLine.objects.count() == 1


def test_a_closed_year_changes_nothing_until_reopened(partnership, business_user):
    year = factories.year(partnership, business_user)
    line = factories.line(year, business_user)
    year = services.close_year(year, by=business_user, expected_version=year.version)
    with pytest.raises(ValidationError, match="2025/26 is closed"):
        services.update_line(line, by=business_user, expected_version=line.version, category="reviews",
                             name=line.name, planned_pence=1)
    with pytest.raises(ValidationError, match="closed"):
        factories.line(year, business_user, name="Website")
    year = services.reopen_year(year, by=business_user, expected_version=year.version)
    line = services.update_line(line, by=business_user, expected_version=line.version, category="reviews",
                                name=line.name, planned_pence=4000000, forecast_pence=4200000)
    assert (line.planned_pence, line.forecast_pence) == (4000000, 4200000)
