"""A year of meetings, replayed day by day through the same services the pages use.

The replay moves assure.core.clock, and the time django-simple-history stamps on history rows, to
each event's day, so updates, completions, approvals and the change history read as a year of use.
Only this module does that, and only while it builds. Each piece of work is done by the person whose
work it is: the business manager plans, the minute taker minutes, chairs approve, owners update.
"""
import datetime
import heapq
import itertools
import random
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.utils import timezone

from assure.actions import services as actions
from assure.actions.models import Action
from assure.core import clock
from assure.meetings import queries as meeting_queries
from assure.meetings import services as meetings
from assure.meetings.models import Attendance

from . import cast, content

STATUTORY_KINDS = {"local_authority", "police", "health"}
# People whose accounts are the business team's: they minute meetings rather than update actions as owners.
BUSINESS_TEAM = {"nb", "tw", "ef"}

# (body, meeting index) -> {person key: outcome}. "apologies+deputy": the named deputy attends instead.
SCRIPTED_ABSENCES = {
    ("eb", 1): {"ch": "apologies+deputy"},
    ("eb", 2): {"op": "apologies"},            # police neither present nor deputised: flagged
    ("eb", 4): {"fc": "apologies+deputy", "jr": "apologies+deputy"},
    ("lrs", 1): {"hv": "apologies", "pc": "apologies"},   # health missing: flagged
    ("ems", 3): {"md": "apologies", "mt": "absent"},       # police missing: flagged
    ("apg", 1): {"lw": "apologies+deputy"},
}


@contextmanager
def on_day(day: datetime.date, hour: int = 11):
    """Make assure.core.clock and Django's timezone.now read `day` while the block runs.

    The time moves on a second a call, so the history of one day still reads in the order it was written.
    """
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))
    ticks = itertools.count()

    def now():
        return start + datetime.timedelta(seconds=next(ticks))

    saved = clock.now, clock.today, timezone.now
    clock.now, clock.today, timezone.now = now, (lambda: day), now
    try:
        yield
    finally:
        clock.now, clock.today, timezone.now = saved


def weekday_on_or_after(day: datetime.date) -> datetime.date:
    """Boards meet on working days: skip weekends and the Christmas and New Year holidays."""
    while day.weekday() >= 5 or (day.month, day.day) in {(12, 25), (12, 26), (1, 1)}:
        day += datetime.timedelta(days=1)
    return day


@dataclass
class World:
    """What the demo built, for the story and for other apps' demo extensions."""

    partnership: object
    today: datetime.date
    business_user: object
    member_user: object
    organisations: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)
    bodies: dict = field(default_factory=dict)
    meetings: dict = field(default_factory=dict)   # body key -> [Meeting] in date order
    users: dict = field(default_factory=dict)      # person key -> their account, for those who have one
    priorities: dict = field(default_factory=dict)  # key -> the partnership's strategic Priority (assurance_programme)
    activities: dict = field(default_factory=dict)  # key -> assurance programme Activity (assurance_programme)
    rng: random.Random = field(default_factory=lambda: random.Random(2026))

    def on_day(self, day: datetime.date):
        """For extensions: run a block as if it were `day` (see on_day above)."""
        return on_day(day)


class Story:
    def __init__(self, world: World):
        self.w = world
        self.by = world.business_user   # plans the meetings and their agendas
        self.taker = self.by            # minutes the meeting being held
        self.events = []       # heap of (date, sequence, callable)
        self.sequence = 0
        self.topic_cursor = {key: 0 for key in cast.BODIES}
        self.long_running = None
        self.neglect_action = None

    # --- scheduling -----------------------------------------------------------------------------

    def at(self, day, fn):
        self.sequence += 1
        heapq.heappush(self.events, (day, self.sequence, fn))

    def run(self):
        w = self.w
        start = w.today - datetime.timedelta(days=365)
        with on_day(start):
            for body_key, offsets in cast.SCHEDULE.items():
                w.meetings[body_key] = []
                for index, offset in enumerate(offsets):
                    day = weekday_on_or_after(w.today + datetime.timedelta(days=offset))
                    meeting = meetings.schedule_meeting(
                        partnership=w.partnership, body=w.bodies[body_key], date=day, by=self.by,
                        start_time=datetime.time(10 if body_key == "eb" else 14), location=_location(body_key))
                    w.meetings[body_key].append(meeting)
                    if (body_key, index) in cast.CANCELLED:
                        self.at(day - datetime.timedelta(days=1), lambda m=meeting, k=(body_key, index): self.cancel(m, k))
                    elif day < w.today:
                        self.at(day, lambda m=meeting, b=body_key, i=index: self.hold(m, b, i))
            self.book_yearly_entries()
        while self.events:
            day, _, fn = heapq.heappop(self.events)
            with on_day(day):
                fn()
        with on_day(w.today):
            self.plan_ahead()

    # --- one meeting ----------------------------------------------------------------------------

    def cancel(self, meeting, key):
        meeting.refresh_from_db()
        meetings.cancel_meeting(meeting, by=self.by, expected_version=meeting.version, reason=cast.CANCELLED[key])

    def hold(self, meeting, body_key, index):
        w = self.w
        self.taker = w.users[cast.MINUTE_TAKER[body_key]]
        apologies = self.record_attendance(meeting, body_key, index)
        approved = None
        if meeting.previous_meeting() is not None:
            chair = next(key for key, role, _ in cast.MEMBERS[body_key] if role == "chair")
            approved = meetings.approve_minutes(meeting, by=w.users[chair])
        outcomes = self.matters_arising(meeting, body_key, index)

        names = ", ".join(apologies) or "none"
        self.item(meeting, "Welcome, introductions and apologies", None,
                  f"The chair welcomed everyone to the meeting. Apologies: {names}.")
        if approved is not None:
            self.item(meeting, "Minutes of the last meeting and matters arising", None,
                      f"The minutes of the meeting held on {approved.date:%-d %B %Y} were agreed as an accurate "
                      f"record. The action log was reviewed: {outcomes['completed']} completed, "
                      f"{outcomes['carried_forward']} carried forward, {outcomes['other']} updated.")
        else:
            self.item(meeting, "Terms of reference and membership", None,
                      "Members reviewed the terms of reference and the membership list.",
                      "The terms of reference were agreed.")
        recurring = self.item(meeting, *content.RECURRING[body_key])
        if body_key == "eb":
            meetings.add_paper(recurring, upload=dataset_paper(meeting, w.rng), by=self.by,
                               title=f"Performance dataset, {meeting.date:%B %Y}")
        if body_key == "eb" and index == 0:
            text, owners, days = content.LONG_RUNNING
            item = self.item(meeting, "Information sharing at the front door (MASH)", "op",
                             "Police and children's social care described delays in sharing information at the "
                             "front door. Members agreed a joint protocol is needed.")
            self.long_running = self.action(item, text, owners, days, follow_up=False)
        for topic in self.next_topics(body_key, 1 if body_key == "apg" else 2):
            item = self.item(meeting, *topic)
            if topic[0] == "Children and adults strategy 2026-2029" and self.neglect_action is not None:
                self.supersede_neglect(meeting)
        for entry in meeting_queries.due_forward_plan_entries(meeting):
            item = meetings.add_entry_to_agenda(meeting, entry, by=self.taker)
            meetings.record_minutes(item, by=self.taker, expected_version=item.version,
                                    discussion=f"{entry.title} was presented and discussed. Members thanked "
                                               f"{entry.presenter or 'the presenter'} for the report.")
        if body_key == "eb" and index == len([d for d in cast.SCHEDULE["eb"] if d < 0]) - 1:
            self.last_board_business(meeting)
        self.item(meeting, *content.AOB)

    def record_attendance(self, meeting, body_key, index) -> list[str]:
        w, rng = self.w, self.w.rng
        scripted = SCRIPTED_ABSENCES.get((body_key, index), {})
        entries, apologies, listed = [], [], set()
        for person_key, role, deputy_key in cast.MEMBERS[body_key]:
            person = w.people[person_key]
            statutory = person.organisation is not None and person.organisation.kind in STATUTORY_KINDS
            outcome = scripted.get(person_key)
            # Random regrets never leave a statutory partner unrepresented: only the scripted ones do.
            if outcome is None and role != "chair" and not (statutory and deputy_key is None) and rng.random() < 0.12:
                outcome = "apologies+deputy" if deputy_key else "apologies"
            if outcome is None and role != "chair" and not statutory and rng.random() < 0.03:
                outcome = "absent"
            if outcome is None:
                entries.append(meetings.AttendanceEntry(person, Attendance.Status.PRESENT))
            elif outcome == "absent":
                entries.append(meetings.AttendanceEntry(person, Attendance.Status.ABSENT))
            else:
                entries.append(meetings.AttendanceEntry(person, Attendance.Status.APOLOGIES))
                apologies.append(person.full_name)
                if outcome == "apologies+deputy" and deputy_key:
                    entries.append(meetings.AttendanceEntry(w.people[deputy_key], Attendance.Status.PRESENT,
                                                            deputising_for=person))
                    listed.add(deputy_key)
            listed.add(person_key)
        for person_key in cast.IN_ATTENDANCE[body_key]:
            if person_key not in listed:
                entries.append(meetings.AttendanceEntry(w.people[person_key], Attendance.Status.IN_ATTENDANCE))
                listed.add(person_key)
        meetings.record_attendance(meeting, entries=entries, by=self.taker)
        return apologies

    def matters_arising(self, meeting, body_key, index) -> dict:
        rng = self.w.rng
        counts = {"completed": 0, "carried_forward": 0, "other": 0}
        for action in list(meeting_queries.matters_arising(meeting)):
            if not action.is_live:
                continue
            if self.long_running is not None and action.pk == self.long_running.pk:
                note = content.LONG_RUNNING_UPDATES[min(index - 1, len(content.LONG_RUNNING_UPDATES) - 1)]
                self.report(meeting, action, note, Action.Status.CARRIED_FORWARD)
                counts["carried_forward"] += 1
                continue
            if self.neglect_action is not None and action.pk == self.neglect_action.pk:
                continue  # waits for the strategy decision that supersedes it
            due = action.due_at_next_meeting or (action.due_date is not None and action.due_date <= meeting.date)
            if due and rng.random() < 0.7:
                self.report(meeting, action, rng.choice(COMPLETED_NOTES), Action.Status.COMPLETED)
                counts["completed"] += 1
            elif due:
                self.report(meeting, action, rng.choice(CARRIED_NOTES), Action.Status.CARRIED_FORWARD)
                counts["carried_forward"] += 1
            elif action.status == Action.Status.OPEN and rng.random() < 0.4:
                self.report(meeting, action, "Work has started; an update will come to the next meeting.",
                            Action.Status.IN_PROGRESS)
                counts["other"] += 1
        return counts

    def report(self, meeting, action, text, status):
        action.refresh_from_db()
        meetings.record_matters_arising_update(meeting, action, text=text, status=status, by=self.taker,
                                               expected_version=action.version)

    def supersede_neglect(self, meeting):
        action = self.neglect_action
        action.refresh_from_db()
        if action.is_live:
            actions.post_update(action, text="Superseded: the Board agreed to fold neglect into the joint children "
                                             "and adults strategy instead of a separate strategy.",
                                status=Action.Status.SUPERSEDED, by=self.taker, expected_version=action.version,
                                meeting=meeting)

    def last_board_business(self, meeting):
        """The latest Board leaves work in flight: overdue, due soon, due at the next meeting."""
        w = self.w
        item = self.item(meeting, "Strategy discussions: timeliness of police information", "op",
                         "Members discussed delays in police information reaching strategy discussions. The "
                         "police lead explained the staffing position in the safeguarding hub.", "")
        overdue = self.action(item, "Provide a monthly report on police attendance at strategy discussions",
                              ["op"], 30, follow_up=False)
        self.action(item, "Confirm the date of the Ofsted focused visit and brief members", ["ch"],
                    (w.today - meeting.date).days + 7)
        self.action(item, "Send comments on the draft annual report to the business team", ["@All members"], "next")
        self.at(meeting.date + datetime.timedelta(days=20), lambda: self.member_update(
            overdue, "Data collected for two months; the first report is being checked.", Action.Status.IN_PROGRESS,
            w.member_user))

    # --- building blocks ------------------------------------------------------------------------

    def item(self, meeting, title, presenter_key, discussion, decision="", action_specs=()):
        presenter = self.w.people.get(presenter_key) if presenter_key else None
        item = meetings.add_agenda_item(meeting, title=title, presenter=presenter, by=self.taker)
        item = meetings.record_minutes(item, by=self.taker, expected_version=item.version, discussion=discussion)
        if decision:
            meetings.add_decision(item, text=decision, by=self.taker)
        for text, owners, due in action_specs:
            action = self.action(item, text, owners, due)
            if text.startswith("Commission a separate neglect strategy"):
                self.neglect_action = action
        return item

    def action(self, item, text, owner_keys, due, follow_up=True):
        w = self.w
        owners = [actions.Owner(group_name=k[1:]) if k.startswith("@") else actions.Owner(person=w.people[k])
                  for k in owner_keys]
        due_date = None if due == "next" else item.meeting.date + datetime.timedelta(days=due)
        action = meetings.record_item_action(item, text=text, owners=owners, by=self.taker, due_date=due_date,
                                             due_at_next_meeting=due == "next")
        day = item.meeting.date + datetime.timedelta(days=w.rng.randint(10, 25))
        owner = next((w.users[k] for k in owner_keys if k in w.users and k not in BUSINESS_TEAM), None)
        if follow_up and owner is not None and day < w.today:
            # Members with an account keep their own actions up to date between meetings.
            self.at(day, lambda: self.member_follow_up(action, owner))
        return action

    def member_follow_up(self, action, owner):
        if self.w.rng.random() < 0.5:
            self.member_update(action, "Complete: details sent to the business manager.", Action.Status.COMPLETED,
                               owner)
        else:
            self.member_update(action, "Under way; an update will follow before the next meeting.",
                               Action.Status.IN_PROGRESS, owner)

    def member_update(self, action, text, status, owner):
        action.refresh_from_db()
        if action.is_live:
            actions.post_update(action, text=text, status=status, by=owner, expected_version=action.version)

    def next_topics(self, body_key, count):
        pool = content.TOPICS[body_key]
        chosen = []
        for _ in range(count):
            chosen.append(pool[self.topic_cursor[body_key] % len(pool)])
            self.topic_cursor[body_key] += 1
        return chosen

    # --- the forward plan -----------------------------------------------------------------------

    def book_yearly_entries(self):
        for body_key, title, presenter_key, notes, (how, value) in content.FORWARD_PLAN:
            if how == "every_year":
                meetings.book_forward_plan_entry(
                    partnership=self.w.partnership, body=self.w.bodies[body_key], title=title, by=self.by,
                    every_year_in=value, presenter=self.w.people[presenter_key], notes=notes)

    def plan_ahead(self):
        w = self.w
        upcoming = {key: [m for m in ms if m.date >= w.today] for key, ms in w.meetings.items()}
        for body_key, title, presenter_key, notes, (how, value) in content.FORWARD_PLAN:
            kwargs = {}
            if how == "meeting":
                kwargs["meeting"] = upcoming[body_key][value]
            elif how == "month":
                kwargs["month"] = (w.today + datetime.timedelta(days=31 * value)).replace(day=1)
            else:
                continue
            meetings.book_forward_plan_entry(partnership=w.partnership, body=w.bodies[body_key], title=title,
                                             by=self.by, presenter=w.people[presenter_key], notes=notes, **kwargs)
        for future in upcoming.values():
            if not future:
                continue
            draft = future[0]
            meetings.add_agenda_item(draft, title="Welcome, introductions and apologies", by=self.by)
            meetings.add_agenda_item(draft, title="Minutes of the last meeting and matters arising", by=self.by)
            for entry in meeting_queries.due_forward_plan_entries(draft):
                meetings.add_entry_to_agenda(draft, entry, by=self.by)


COMPLETED_NOTES = [
    "Completed and reported to the meeting.",
    "Done: circulated to members after the meeting.",
    "Completed; the group was satisfied with the response.",
    "Complete. Evidence shared with the business team.",
]
CARRIED_NOTES = [
    "Not yet complete; carried forward to the next meeting.",
    "Delayed by staff absence. Carried forward.",
    "Partly done; carried forward for a final update.",
]


def dataset_paper(meeting, rng):
    """A small Word paper, so agenda items show attached papers."""
    import io

    import docx
    from django.core.files.uploadedfile import SimpleUploadedFile

    document = docx.Document()
    document.add_heading(f"Performance dataset – Executive Board, {meeting.date:%-d %B %Y}", level=1)
    document.add_paragraph("Fictional demo data. Figures for the quarter to the end of last month.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Measure", "Value"
    for measure, low, high in [("Referrals to children's social care", 900, 1200), ("Re-referrals within 12 months (%)", 18, 26),
                               ("Children on child protection plans", 380, 460), ("Plans lasting over 2 years", 8, 20),
                               ("Missing episodes", 140, 260)]:
        row = table.add_row()
        row.cells[0].text, row.cells[1].text = measure, str(rng.randint(low, high))
    buffer = io.BytesIO()
    document.save(buffer)
    return SimpleUploadedFile(f"dataset-{meeting.date:%Y-%m}.docx", buffer.getvalue(),
                              content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def _location(body_key):
    return {"eb": "Council Chamber, Marshcombe County Hall", "lrs": "Online (Microsoft Teams)",
            "ems": "Tarnside Police HQ, Room 2", "apg": "Marshcombe Voluntary Action, Bridge Street"}[body_key]
