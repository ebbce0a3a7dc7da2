"""The long tables' rows as HTML built in Python, with the markup their templates wrote (ADR 0157-b).

A template loop pays some microseconds for every variable, filter, tag and include of every row: a ten-year
attendance report has a thousand flagged meetings, a meeting page a hundred matters arising. Here each row is one
`format_html` (everything from users escaped), each kind of link comes from one `reverse` (`url_maker`) and each
date from a month table made once per table (`month_names`), in the active language as the `date` filter would.
"""
import datetime

from django.urls import reverse
from django.utils import dateformat
from django.utils.html import format_html, format_html_join

from assure.core.templatetags.govuk import status_tag

_ID = 2147483647  # a placeholder id, replaced in the reversed URL


def url_maker(name: str, *args):
    """A function of one id giving `reverse(name, args=[*args, id])`, from a single reverse."""
    head, _, tail = reverse(name, args=[*args, _ID]).rpartition(str(_ID))
    return lambda last: f"{head}{last}{tail}"


def month_names(code: str = "M") -> list[str]:
    """Month names by number (index 0 unused), as `date:"<code>"` writes them in the active language."""
    return [""] + [dateformat.format(datetime.date(2000, month, 1), code) for month in range(1, 13)]


def day_month_year(day: datetime.date | None, months: list[str]) -> str:
    """`date:"j M Y"` (or "j F Y", with month_names("F")) for a date; "" for none."""
    return f"{day.day} {months[day.month]} {day.year}" if day else ""


def _rate(rate) -> str:
    return "" if rate is None else f"{rate}%"


FLAGGED_ROW = """
    <tr class="govuk-table__row">
      <td class="govuk-table__cell"><a class="govuk-link" href="{}">{}, {}</a></td>
      <td class="govuk-table__cell">{} {}</td></tr>"""


def flagged_rows(flags, slug: str):
    """The attendance report's meetings without a statutory partner (attendance_report.MeetingFlag)."""
    url, months, tag = url_maker("meetings:detail", slug), month_names(), status_tag("breached", "Flagged")
    return format_html_join("", FLAGGED_ROW, (
        (url(flag.meeting.id), flag.meeting.body, day_month_year(flag.meeting.date, months), tag,
         "; ".join(flag.missing)) for flag in flags))


NUMBER = '\n      <td class="govuk-table__cell govuk-table__cell--numeric">{}</td>'
ORGANISATION_ROW = ('\n    <tr class="govuk-table__row">\n      <th scope="row" class="govuk-table__header">{}{}</th>'
                    + NUMBER * 6 + "</tr>\n  ")
STATUTORY = format_html(' <span class="govuk-body-s">(statutory partner)</span>')


def organisation_rows(lines):
    """The attendance report's rows by organisation (attendance_report.OrganisationLine)."""
    return format_html_join("", ORGANISATION_ROW, (
        (line.organisation.name, STATUTORY if line.organisation.is_statutory else "", line.expected,
         line.represented, line.by_deputy, line.apologies, line.absent, _rate(line.rate)) for line in lines))


PERSON_ROW = ('\n    <tr class="govuk-table__row">\n      <th scope="row" class="govuk-table__header">{}</th>'
              '\n      <td class="govuk-table__cell">{}</td>' + NUMBER * 6 + "</tr>\n  ")


def people_rows(lines):
    """The attendance report's rows by person (attendance_report.PersonLine)."""
    return format_html_join("", PERSON_ROW, (
        (line.name, line.organisation.name if line.organisation else "", line.present, line.in_attendance,
         line.apologies, line.absent, line.deputised_by_others, _rate(line.rate)) for line in lines))
