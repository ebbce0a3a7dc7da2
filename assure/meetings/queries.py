"""Reads that are more than a filter. Everything takes the partnership (or a record of it) first."""
import datetime
from collections import defaultdict

from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q

from assure.actions.models import Action, ActionOwner, ActionUpdate
from assure.core import clock
from assure.core.history import history_rows
from assure.partnerships.models import Membership, Organisation, Person

from . import attendance_report
from .models import AgendaItem, Attendance, Decision, ForwardPlanEntry, Meeting, Paper


def meetings_list(partnership):
    """The partnership's meetings for the list page (filters.MeetingFilter narrows it)."""
    return Meeting.objects.filter(partnership=partnership).select_related("body")


def upcoming_and_past(meetings):
    """(upcoming, past): upcoming soonest first; past (and cancelled past) latest first."""
    today = clock.today()
    upcoming = meetings.filter(date__gte=today).order_by("date", "start_time", "body__name", "id")
    past = meetings.filter(date__lt=today).order_by("-date", "body__name", "-id")
    return upcoming, past


# An action's owners with their people: one query for any number of actions.
OWNERS = Prefetch("owners", queryset=ActionOwner.objects.select_related("person").order_by("id"))


def agenda(meeting: Meeting, owners: bool = True):
    """The meeting's items in order, with papers, decisions and actions (and their owners, unless `owners` is
    False: the meeting page loads them with the matters arising') loaded."""
    actions = Action.objects.order_by("created_at", "id")
    if owners:
        actions = actions.prefetch_related(OWNERS)
    return list(AgendaItem.objects.filter(meeting=meeting).select_related("presenter").prefetch_related(
        Prefetch("papers", queryset=Paper.objects.order_by("uploaded_at", "id")),
        Prefetch("decisions", queryset=Decision.objects.order_by("id")),
        Prefetch("actions", queryset=actions),
    ).order_by("position", "id"))


def attendance(meeting: Meeting):
    status_order = {s: i for i, s in enumerate(Attendance.Status.values)}
    rows = list(Attendance.objects.filter(meeting=meeting).select_related(
        "person__organisation", "deputising_for"))
    return sorted(rows, key=lambda r: (status_order[r.status], r.person.full_name.lower()))


def matters_arising(meeting: Meeting):
    """Actions from earlier meetings of the same body that are still live, plus any updated at this meeting."""
    # Driven by the body's earlier meetings (their index), then their actions (theirs): not every action of the
    # partnership, which SQLite's plan read for the partnership's index. An action is its meeting's partnership's.
    earlier = Meeting.objects.filter(partnership=meeting.partnership, body=meeting.body, date__lt=meeting.date)
    updated_here = ActionUpdate.objects.filter(meeting=meeting).values("action_id")
    return (Action.objects.filter(meeting__in=earlier.values("pk"))
            .filter(Q(status__in=Action.LIVE) | Q(pk__in=updated_here))
            .select_related("meeting", "item").prefetch_related(OWNERS)
            .order_by("meeting__date", "id"))


def matters_arising_with_updates(meeting: Meeting, owners: bool = True):
    """Each matter arising with the update reported at this meeting, if there is one (owners loaded unless
    `owners` is False)."""
    actions = list(matters_arising(meeting) if owners else matters_arising(meeting).prefetch_related(None))
    updates = {}
    for update in ActionUpdate.objects.filter(meeting=meeting, action__in=[a.pk for a in actions]).order_by("created_at", "id"):
        updates[update.action_id] = update  # the latest wins
    return [(action, updates.get(action.pk)) for action in actions]


def agenda_and_matters_arising(meeting: Meeting):
    """(agenda, matters arising) for the meeting page, in a fixed number of queries however many actions either has.

    The agenda's items have their papers, decisions and actions in plain lists (`paper_list`, `decision_list`,
    `action_list`: prefetching into `.all()` makes a queryset per record). The matters arising, a hundred on a
    busy board, are plain dicts of what the page shows (`pk`, `text`, `status`, `due_date`, `due_at_next_meeting`,
    `meeting_id`, `meeting_date`, `item_number`, `update`: the text of the update reported at this meeting or
    None), not records. Every action of both has `owners`, its owners' names in order, from one query."""
    items = list(AgendaItem.objects.filter(meeting=meeting).select_related("presenter").prefetch_related(
        Prefetch("papers", queryset=Paper.objects.order_by("uploaded_at", "id"), to_attr="paper_list"),
        Prefetch("decisions", queryset=Decision.objects.order_by("id"), to_attr="decision_list"),
        Prefetch("actions", queryset=Action.objects.order_by("created_at", "id"), to_attr="action_list"),
    ).order_by("position", "id"))
    arising = list(matters_arising(meeting).prefetch_related(None).values(
        "pk", "text", "status", "due_date", "due_at_next_meeting", "meeting_id", meeting_date=F("meeting__date"),
        item_number=F("item__number")))
    updates = dict(ActionUpdate.objects.filter(meeting=meeting, action__in=[a["pk"] for a in arising])
                   .order_by("created_at", "id").values_list("action_id", "text"))  # the latest wins
    agreed = [action for item in items for action in item.action_list]
    owners = defaultdict(list)
    for action_id, person_id, full_name, group_name in ActionOwner.objects.filter(
            action__in=[a.pk for a in agreed] + [a["pk"] for a in arising]).order_by("id").values_list(
            "action_id", "person_id", "person__full_name", "group_name"):
        owners[action_id].append(full_name if person_id else group_name)  # as ActionOwner.__str__
    for action in agreed:
        action.owners_names = owners[action.pk]
    for action in arising:
        action["owners"], action["update"] = owners[action["pk"]], updates.get(action["pk"])
    return items, arising


def due_forward_plan_entries(meeting: Meeting) -> list[ForwardPlanEntry]:
    """Entries due at this meeting (ForwardPlanEntry.is_due_at) not yet put on an agenda for it.

    A yearly or monthly entry counts as done for the month once it is on the agenda of any meeting of
    the body in that month, so two meetings in one September do not both get the annual report.
    """
    if meeting.status == Meeting.Status.CANCELLED:
        return []
    candidates = ForwardPlanEntry.objects.filter(partnership=meeting.partnership, body=meeting.body).filter(
        Q(meeting=meeting) | Q(month__year=meeting.date.year, month__month=meeting.date.month)
        | Q(every_year_in=meeting.date.month)).select_related("presenter")
    placed = set(AgendaItem.objects.filter(
        forward_plan_entry__in=candidates, meeting__body=meeting.body,
        meeting__date__year=meeting.date.year, meeting__date__month=meeting.date.month,
    ).values_list("forward_plan_entry_id", flat=True))
    placed |= set(AgendaItem.objects.filter(meeting=meeting).values_list("forward_plan_entry_id", flat=True))
    return [e for e in candidates if e.is_due_at(meeting) and e.pk not in placed]


def forward_plan(partnership):
    """Every entry on the partnership's forward plan, by body then when (filters.ForwardPlanFilter narrows it)."""
    return (ForwardPlanEntry.objects.filter(partnership=partnership).select_related("body", "meeting", "presenter")
            .order_by("body__name", "meeting__date", "month", "every_year_in", "id"))


def people_for(partnership, body=None):
    """The partnership's people, members of `body` first, as (members, others) lists."""
    people = Person.objects.filter(partnership=partnership).select_related("organisation").order_by("full_name")
    if body is None:
        return [], list(people)
    people = people.annotate(is_member=Exists(Membership.objects.filter(body=body, person=OuterRef("pk"))))
    members = [p for p in people if p.is_member]
    return members, [p for p in people if not p.is_member]


def held_meetings(partnership):
    """Meetings the attendance report can count: held (not cancelled), up to today
    (filters.AttendanceReportFilter narrows them to a range and a body)."""
    return (Meeting.objects.filter(partnership=partnership, date__lte=clock.today())
            .exclude(status=Meeting.Status.CANCELLED).select_related("body"))


def attendance_rows(partnership, meetings_qs):
    """The plain rows that attendance_report.build_report needs, for these meetings of the partnership."""
    meetings_qs = meetings_qs.filter(partnership=partnership)
    meeting_rows = [attendance_report.MeetingRow(m.pk, m.date, m.body.name, m.body_id) for m in meetings_qs]
    organisations = [attendance_report.OrganisationRow(o.pk, o.name, o.kind, o.statutory_rank)
                     for o in Organisation.objects.filter(partnership=partnership)]
    rows = [
        attendance_report.AttendanceRow(
            meeting_id=a.meeting_id, person_id=a.person_id, person_name=a.person.full_name,
            organisation_id=a.person.organisation_id, status=a.status,
            deputising_for_id=a.deputising_for_id,
            deputising_for_name=a.deputising_for.full_name if a.deputising_for_id else "",
            deputising_for_organisation_id=a.deputising_for.organisation_id if a.deputising_for_id else None,
        )
        for a in Attendance.objects.filter(meeting__in=meetings_qs).select_related("person", "deputising_for")
    ]
    memberships = [attendance_report.MembershipRow(body_id, organisation_id) for body_id, organisation_id in
                   Membership.objects.filter(body__partnership=partnership, person__organisation__isnull=False)
                   .values_list("body_id", "person__organisation_id").distinct()]
    return meeting_rows, organisations, rows, memberships


def attendance_counts(partnership, meetings_qs):
    """What attendance_report.build_report_from_counts needs, counted in the database (ten years of a board's
    attendance is tens of thousands of rows): the meetings, organisations and memberships as plain rows, the ids
    of the meetings with any attendance, each person's counts, and which organisations each meeting had, how."""
    meetings_qs = meetings_qs.filter(partnership=partnership)
    meeting_rows = [attendance_report.MeetingRow(*values)
                    for values in meetings_qs.values_list("pk", "date", "body__name", "body_id")]
    organisations = [attendance_report.OrganisationRow(o.pk, o.name, o.kind, o.statutory_rank)
                     for o in Organisation.objects.filter(partnership=partnership)]
    listed = Attendance.objects.filter(meeting__in=meetings_qs.values("pk"))
    recorded_ids = set(listed.values_list("meeting_id", flat=True).distinct().order_by())
    deputised = Q(deputising_for__isnull=False, status__in=attendance_report.ATTENDED)
    own = (listed.values("person_id", "person__full_name", "person__organisation_id")
           .annotate(**{status: Count("pk", filter=Q(status=status)) for status in Attendance.Status.values},
                     deputised_for_others=Count("pk", filter=deputised)).order_by("person_id"))
    counts = {}
    for row in own:
        row["name"], row["organisation_id"] = row.pop("person__full_name"), row.pop("person__organisation_id")
        counts[row["person_id"]] = row
    for row in (listed.filter(deputised).values("deputising_for_id", "deputising_for__full_name",
                                                "deputising_for__organisation_id")
                .annotate(times=Count("pk")).order_by("deputising_for_id")):
        person = counts.setdefault(row["deputising_for_id"], {
            "person_id": row["deputising_for_id"], "name": row["deputising_for__full_name"],
            "organisation_id": row["deputising_for__organisation_id"]})
        person["deputised_by_others"] = row["times"]
    people = [attendance_report.PersonCountRow(**person) for person in counts.values()]
    at_meetings = [attendance_report.OrganisationAtMeetingRow(meeting_id, organisation_id, status)
                   for meeting_id, organisation_id, status in listed.filter(person__organisation__isnull=False)
                   .values_list("meeting_id", "person__organisation_id", "status").distinct().order_by()]
    at_meetings += [attendance_report.OrganisationAtMeetingRow(meeting_id, organisation_id, status, True)
                    for meeting_id, organisation_id, status in listed.filter(
                        deputised, deputising_for__organisation__isnull=False)
                    .values_list("meeting_id", "deputising_for__organisation_id", "status").distinct().order_by()]
    memberships = [attendance_report.MembershipRow(body_id, organisation_id) for body_id, organisation_id in
                   Membership.objects.filter(body__partnership=partnership, person__organisation__isnull=False)
                   .values_list("body_id", "person__organisation_id").distinct()]
    return meeting_rows, organisations, recorded_ids, people, at_meetings, memberships


def attendance_report_for(partnership, meetings_qs) -> attendance_report.Report:
    return attendance_report.build_report_from_counts(*attendance_counts(partnership, meetings_qs))


def meeting_history(meeting: Meeting):
    """Who changed what on this meeting, its agenda, minutes, decisions, papers and attendance, newest first."""
    item_ids = list(AgendaItem.history.filter(meeting_id=meeting.pk).values_list("id", flat=True).distinct())
    return history_rows(meeting, partnership=meeting.partnership, related=[
        AgendaItem.history.filter(meeting_id=meeting.pk),
        Attendance.history.filter(meeting_id=meeting.pk),
        Decision.history.filter(item_id__in=item_ids),
        Paper.history.filter(item_id__in=item_ids),
    ], exclude={"meeting", "item", "file"})


def forward_plan_entry_history(entry: ForwardPlanEntry):
    return history_rows(entry, partnership=entry.partnership, exclude={"source_item"})


def forward_plan_after(meeting: Meeting) -> list[ForwardPlanEntry]:
    """The body's forward plan from this meeting on, for the agenda pack: entries booked for a later meeting or a
    month after this meeting's, then those that come every year (by month), then those not yet booked."""
    first_of_next_month = (meeting.date.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    entries = (ForwardPlanEntry.objects.filter(partnership=meeting.partnership, body=meeting.body)
               .filter(Q(meeting__date__gt=meeting.date) | Q(month__gte=first_of_next_month)
                       | Q(every_year_in__isnull=False) | Q(meeting__isnull=True, month__isnull=True))
               .select_related("meeting", "presenter"))

    def order(entry):
        if entry.meeting_id:
            return (0, entry.meeting.date, entry.pk)
        if entry.month:
            return (0, entry.month, entry.pk)
        if entry.every_year_in:
            return (1, datetime.date(2000, entry.every_year_in, 1), entry.pk)
        return (2, datetime.date.min, entry.pk)
    return sorted(entries, key=order)
