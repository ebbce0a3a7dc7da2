"""The partnership, its arrangements and governance (bodies, chairs, membership, meetings held, attendance with the
statutory partners first and each meeting where one was missing), and the attendance appendix (per body, per
organisation, meetings attended of meetings held). Attendance follows the meetings app's own rules
(`meetings/attendance_report.py`): only meetings whose attendance was recorded count."""
from collections import Counter

from django.db.models import Prefetch

from assure.documents.compose import Bullets, Paragraph, Section, Table
from assure.meetings import attendance_report
from assure.meetings import queries as meeting_queries
from assure.partnerships.models import Body, Membership

from .common import Live, Period, day, empty, listed, nothing, percent_text, plural


def meetings_held(period: Period):
    """The partnership's meetings held in the period: not cancelled, dated in it and not after today."""
    return meeting_queries.held_meetings(period.partnership).filter(date__gte=period.starts_on,
                                                                    date__lte=period.ends_on)


def attendance_data(period: Period):
    """The plain rows of the attendance report for the period's meetings (four queries)."""
    return meeting_queries.attendance_rows(period.partnership, meetings_held(period))


def about(period: Period) -> Live:
    partnership = period.partnership
    covers = " and ".join(w for w, c in (("children", partnership.covers_children),
                                          ("adults", partnership.covers_adults)) if c) or "children and adults"
    return Live((Paragraph(f"{partnership.name} is the safeguarding partnership for {covers} in its area. This report "
                           f"covers {period.words}."),), True)


def _bodies(period: Period) -> list[Body]:
    members = Membership.objects.select_related("person__organisation").order_by("person__full_name")
    return list(Body.objects.filter(partnership=period.partnership).select_related("reports_to")
                .prefetch_related(Prefetch("memberships", queryset=members)).order_by("kind", "name"))


def _chairs(body: Body) -> str:
    chairs = [m.person for m in body.memberships.all() if m.role == Membership.Role.CHAIR]
    return listed([f"{p.full_name} ({p.organisation})" if p.organisation else p.full_name for p in chairs]) or \
        "No chair recorded"


def governance(period: Period) -> Live:
    bodies = _bodies(period)
    if not bodies:
        return nothing("Assure holds no boards or groups for this partnership yet.")
    meeting_rows, organisations, rows, memberships = attendance_data(period)
    held = Counter(row.body_id for row in meeting_rows)
    table = Table(
        ("Board or group", "Reports to", "Chair", "Members", "Meetings held"),
        tuple((body.name, body.reports_to.name if body.reports_to else "–", _chairs(body),
               str(len(body.memberships.all())), str(held.get(body.pk, 0))) for body in bodies),
        caption=f"Boards and groups, their chairs, members and meetings held, {period.words}",
        widths=(3, 2, 3, 1, 1), numeric=(3, 4))
    works = f"The partnership works through {plural(len(bodies), 'board or group', 'boards and groups')}"
    if meeting_rows:
        blocks = [Paragraph(f"{works}, which held {plural(len(meeting_rows), 'meeting')} in the period."), table]
    else:
        blocks = [empty(f"No meeting of a board or group was held {period.between}."),
                  Paragraph(f"{works}."), table]
    report = attendance_report.build_report(meeting_rows, organisations, rows, memberships)
    children = (_attendance_section(report, period), _missing_section(report))
    return Live(tuple(blocks), bool(meeting_rows), children)


def _organisation_rows(lines) -> tuple:
    return tuple((line.organisation.name + (" (statutory partner)" if line.organisation.is_statutory else ""),
                  str(line.represented), str(line.expected), percent_text(line.rate)) for line in lines)


def _attendance_section(report: attendance_report.Report, period: Period) -> Section:
    title = "Attendance: the statutory partners first"
    if not report.organisations:
        return Section(title, (empty("No attendance was recorded for a meeting held in the period."),))
    blocks = [Table(("Organisation", "Meetings represented", "Meetings expected", "Rate"),
                    _organisation_rows(report.organisations),
                    caption=f"Attendance by organisation at the meetings of every board and group, {period.words}",
                    widths=(4, 1, 1, 1), numeric=(1, 2, 3))]
    if report.not_recorded:
        blocks.append(Paragraph(f"Attendance was not recorded for {plural(len(report.not_recorded), 'meeting')}; "
                                "they are not counted.", "note"))
    return Section(title, tuple(blocks))


def _missing_section(report: attendance_report.Report) -> Section:
    title = "Meetings where a statutory partner was missing"
    if not report.meetings:
        return Section(title, (empty("No meeting with recorded attendance was held in the period."),))
    if not report.flagged:
        return Section(title, (Paragraph("Every statutory partner (local authority, police and health) was "
                                         "represented at every meeting whose attendance was recorded."),))
    items = tuple(f"{flag.meeting.body}, {day(flag.meeting.date)}: {listed(flag.missing)} not represented"
                  for flag in report.flagged)
    return Section(title, (Paragraph(f"A statutory partner was missing at {plural(len(items), 'meeting')} of "
                                     f"{len(report.meetings)}."), Bullets(items)))


def attendance(period: Period) -> Live:
    meeting_rows, organisations, rows, memberships = attendance_data(period)
    if not meeting_rows:
        return nothing(f"No meeting was held {period.between}.")
    recorded = {row.meeting_id for row in rows}
    if not recorded:
        return nothing(f"{plural(len(meeting_rows), 'meeting was', 'meetings were')} held {period.between}, "
                       "but no attendance was recorded.")
    by_body: dict[int, list] = {}
    for meeting in meeting_rows:
        by_body.setdefault(meeting.body_id, []).append(meeting)
    children = []
    for body_meetings in sorted(by_body.values(), key=lambda ms: ms[0].body.lower()):
        ids = {m.id for m in body_meetings}
        body_id = body_meetings[0].body_id
        report = attendance_report.build_report(
            body_meetings, organisations, [r for r in rows if r.meeting_id in ids],
            [m for m in memberships if m.body_id == body_id])
        name = body_meetings[0].body
        if not report.organisations:
            blocks = (empty(f"{plural(len(body_meetings), 'meeting was', 'meetings were')} held; attendance was not "
                            "recorded."),)
        else:
            blocks = [Table(("Organisation", "Meetings attended", "Of meetings held", "Rate"),
                            _organisation_rows(report.organisations),
                            caption=f"{name}: meetings attended of the {len(report.meetings)} with recorded attendance",
                            widths=(4, 1, 1, 1), numeric=(1, 2, 3))]
            if report.not_recorded:
                blocks.append(Paragraph(f"Attendance was not recorded for {plural(len(report.not_recorded), 'meeting')}"
                                        " of this body; they are not counted.", "note"))
            blocks = tuple(blocks)
        children.append(Section(name, blocks))
    intro = Paragraph("For each board and group, each organisation's attendance: the meetings at which someone "
                      "represented it (in person or by a deputy) of the meetings it was expected at. Statutory "
                      "partners come first.")
    return Live((intro,), True, tuple(children))
