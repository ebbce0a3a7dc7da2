"""The long tables' rows as HTML built in Python, with the markup their templates wrote (ADR 0158).

A template loop pays some microseconds for every variable, filter, tag and include of every row: a ten-year
attendance report has a thousand flagged meetings, a meeting page a hundred matters arising. Here each row is one
`format_html` (or, for the thousand, an f-string of escaped parts): everything from users is escaped, each kind of
link comes from one `reverse` (`url_maker`) and each date from a month table made once per table (`month_names`),
in the active language as the `date` filter would write it.
"""

from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe

from assure.actions.models import Action
from assure.core.rows import day_month_year, month_names, url_maker
from assure.core.templatetags.govuk import minutes_text, status_tag

from .models import Meeting


def _rate(rate) -> str:
    return "" if rate is None else f"{rate}%"


def flagged_rows(flags, slug: str):
    """The attendance report's meetings without a statutory partner (attendance_report.MeetingFlag): up to a
    thousand rows of a few bodies and partner names, so each name is escaped once and the rows are f-strings."""
    url, months, tag = url_maker("meetings:detail", slug), month_names(), status_tag("breached", "Flagged")
    escaped = {}

    def e(text):
        if text not in escaped:
            escaped[text] = conditional_escape(text)
        return escaped[text]

    return mark_safe("".join(
        f"""
    <tr class="govuk-table__row">
      <td class="govuk-table__cell"><a class="govuk-link" href="{url(flag.meeting.id)}">{e(flag.meeting.body)}, \
{e(day_month_year(flag.meeting.date, months))}</a></td>
      <td class="govuk-table__cell">{tag} {e("; ".join(flag.missing))}</td></tr>""" for flag in flags))


NUMBER = '\n      <td class="govuk-table__cell govuk-table__cell--numeric">{}</td>'
ORGANISATION_ROW = ('\n    <tr class="govuk-table__row">\n      <th scope="row" class="govuk-table__header">{}{}</th>'
                    + NUMBER * 6 + "</tr>\n  ")
STATUTORY = mark_safe(' <span class="govuk-body-s">(statutory partner)</span>')


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


def owners_text(names: list[str]) -> str:
    """`_owners_due.html`: the owners' names, or "No owner"."""
    return ", ".join(names) or "No owner"


def due_text(due_date, due_at_next_meeting: bool, months: list[str]) -> str:
    """`_due.html`: the due date, "Next meeting" or "Not set"."""
    if due_date:
        return day_month_year(due_date, months)
    return "Next meeting" if due_at_next_meeting else "Not set"


def status_tags(choices) -> dict:
    """Each status's `status_tag`, made once per table."""
    return {value: status_tag(value, label) for value, label in choices}


# The includes' own line ends are kept, so the page is byte for byte what the template loop wrote.
ARISING_ROW = """
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">{}
        <br><span class="govuk-body-s">From <a class="govuk-link" href="{}">{}</a>{}{}. {}
; due {}
</span></td>
      <td class="govuk-table__cell">{}{}{}
        {}</td>
    </tr>"""
RECORD_UPDATE = ('<br><a class="govuk-link" href="{}">Record update'
                 '<span class="govuk-visually-hidden"> on this action</span></a>')


def matters_arising_rows(arising, slug: str, meeting_id: int, editable: bool):
    """The meeting page's matters arising (the dicts of queries.agenda_and_matters_arising)."""
    from_url, months = url_maker("meetings:detail", slug), month_names()
    update_url = url_maker("meetings:matters-arising-update", slug, meeting_id)
    tags = status_tags(Action.Status.choices)
    return format_html_join("", ARISING_ROW, (
        (minutes_text(action["text"]), from_url(action["meeting_id"]), day_month_year(action["meeting_date"], months),
         ", item " if action["item_number"] is not None else "", action["item_number"] or "",
         owners_text(action["owners"]), due_text(action["due_date"], action["due_at_next_meeting"], months),
         tags[action["status"]], mark_safe("<br>") if action["update"] is not None else "", action["update"] or "",
         format_html(RECORD_UPDATE, update_url(action["pk"])) if editable else "")
        for action in arising))


ITEM_ACTION = """
    <li>{} <span class="govuk-body-s">({}
; due {}
)</span> {}</li>"""


def item_actions(actions):
    """An agenda item's actions as the meeting page lists them (each with `owners_names`)."""
    months, tags = month_names(), status_tags(Action.Status.choices)
    return format_html_join("", ITEM_ACTION, (
        (minutes_text(action.text), owners_text(action.owners_names),
         due_text(action.due_date, action.due_at_next_meeting, months), tags[action.status]) for action in actions))


MEETING_ROW = """
    <tr class="govuk-table__row">
      <td class="govuk-table__cell"><a class="govuk-link" href="{}">{}</a>{}</td>
      <td class="govuk-table__cell">{}</td>
      <td class="govuk-table__cell">{}</td>
      <td class="govuk-table__cell">{}</td>
      <td class="govuk-table__cell">{}</td>
    </tr>
  """


def meeting_rows(meetings, slug: str):
    """The meetings list's rows (meetings with their body)."""
    url, months, short = url_maker("meetings:detail", slug), month_names("F"), month_names()
    tags = status_tags(Meeting.Status.choices)

    def minutes(meeting):
        if meeting.minutes_approved_on:
            return f"Approved {day_month_year(meeting.minutes_approved_on, short)}"
        return "Not yet approved" if meeting.status == Meeting.Status.HELD else ""

    return format_html_join("", MEETING_ROW, (
        (url(meeting.pk), day_month_year(meeting.date, months),
         f", {meeting.start_time:%H:%M}" if meeting.start_time else "", meeting.body.name, meeting.location,
         tags[meeting.status], minutes(meeting)) for meeting in meetings))
