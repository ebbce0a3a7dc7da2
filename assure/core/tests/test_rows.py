"""core.rows: the pieces a long list's rows are worked out with say what reverse and the date filter say."""
import datetime

import pytest
from django.template import Context, Template
from django.urls import reverse

from assure.core import rows

D = datetime.date


@pytest.mark.parametrize("slug", ["north", "p-2147483647", "2147483647"])
@pytest.mark.parametrize("name", ["actions:detail", "actions:update", "meetings:detail"])
def test_a_url_for_a_key_is_its_reverse(name, slug):
    for key in (1, 42, 2147483647, 10**12):
        assert rows.url_maker(name, slug)(key) == reverse(name, args=[slug, key])


def test_a_url_with_several_arguments_puts_the_key_last():
    update = rows.url_maker("meetings:matters-arising-update", "lscp-2", 7)
    assert update(2147) == reverse("meetings:matters-arising-update", args=["lscp-2", 7, 2147])


def test_dates_are_what_the_date_filter_writes():
    days = [D(2026, 3, 9), D(2025, 9, 30), D(2017, 1, 1), D(2020, 12, 25)]
    short, long = rows.month_names(), rows.month_names("F")
    template = Template('{{ d|date:"j M Y" }}/{{ d|date:"j F Y" }}')
    for day in days:
        assert (f"{rows.day_month_year(day, short)}/{rows.day_month_year(day, long)}"
                == template.render(Context({"d": day})))
    assert rows.day_month_year(None, short) == ""
