"""Meetings of each body over the years (attendance, agenda and minutes, decisions, approvals), the actions they
record with their owners and progress notes, and each body's forward plan."""
import datetime

from assure.actions.models import Action, ActionOwner, ActionUpdate
from assure.meetings.models import AgendaItem, Attendance, Decision, ForwardPlanEntry, Meeting

from . import words
from .writer import BATCH_SIZE, moment

DAY = datetime.timedelta(days=1)
AHEAD = 120   # days of meetings scheduled after today


def weekday(day: datetime.date) -> datetime.date:
    while day.weekday() >= 5:
        day += DAY
    return day


def build_meetings(writer, area) -> list:
    """Every body's meetings; returns the held ones with their topic items, for actions."""
    rng, p, today = area.rng, area.partnership, area.today
    span = (today + datetime.timedelta(days=AHEAD) - area.start).days
    meetings = []
    for body, per_year in zip(area.bodies, area.scale.meetings_per_year):
        total = max(1, round(per_year * span / 365.25))
        for i in range(total):
            day = weekday(area.start + datetime.timedelta(days=int((i + rng.uniform(0.15, 0.85)) * span / total)))
            if day > today:
                status = Meeting.Status.SCHEDULED
            else:
                status = Meeting.Status.CANCELLED if rng.random() < 0.03 else Meeting.Status.HELD
            created = max(area.start, day - datetime.timedelta(days=rng.randint(30, 90)))
            meeting = Meeting(partnership=p, body=body, date=day, start_time=datetime.time(rng.choice((10, 14))),
                              location=rng.choice([f"{area.place} Civic Centre", "Online", "Police HQ, Room 2"]),
                              status=status, created_at=moment(created, 9),
                              cancellation_reason="Not quorate" if status == Meeting.Status.CANCELLED else "")
            meeting._history_date = meeting.created_at
            meetings.append(meeting)
    # Minutes approved at the body's next meeting held: saved approved, with the approval as a dated change.
    by_body = {}
    for meeting in meetings:
        by_body.setdefault(meeting.body_id, []).append(meeting)
    approvals = []
    for body_meetings in by_body.values():
        held = sorted((m for m in body_meetings if m.status == Meeting.Status.HELD), key=lambda m: m.date)
        for meeting, later in zip(held, held[1:]):
            meeting.minutes_approved_on, meeting.version = later.date, 2
            meeting._changed_at = moment(later.date, 12)
            approvals.append((meeting, later))
    meetings = writer.create(Meeting, meetings, history=False)
    for meeting, later in approvals:
        meeting.minutes_approved_at = later
    Meeting.objects.bulk_update([m for m, _ in approvals], ["minutes_approved_at"], batch_size=BATCH_SIZE)
    writer.history(Meeting, meetings, {"minutes_approved_at": None, "minutes_approved_on": None, "version": 1})

    items, decisions, attendance, held = [], [], [], []
    for meeting in meetings:
        if meeting.status == Meeting.Status.CANCELLED:
            continue
        is_held = meeting.status == Meeting.Status.HELD
        members = area.members[meeting.body_id]
        written = moment(meeting.date + datetime.timedelta(days=2) if is_held else meeting.date - 7 * DAY, 11)
        topics = [AgendaItem(meeting=meeting, number=str(n + 3), position=n + 3,
                             title=area.fill(rng.choice(words.ITEM_FORMS)), presenter=rng.choice(members).person)
                  for n in range(rng.randint(*area.scale.topic_items))]
        standing = [AgendaItem(meeting=meeting, number="1", position=1, title="Welcome, introductions and apologies"),
                    AgendaItem(meeting=meeting, number="2", position=2,
                               title="Minutes of the previous meeting and matters arising"),
                    AgendaItem(meeting=meeting, number=str(len(topics) + 3), position=len(topics) + 3,
                               title="Any other business")]
        for item in topics:
            item.discussion = area.fill(rng.choice(words.DISCUSSIONS)) if is_held else ""
        for item in [*standing, *topics]:
            item._history_date = written
        items += standing + topics
        if is_held:
            held.append((meeting, topics))
            attendance += _attendance(rng, meeting, members, area, written)
    writer.create(AgendaItem, items)
    for _meeting, topics in held:
        for item in rng.sample(topics, min(len(topics), rng.randint(0, 2))):
            decision = Decision(item=item, text=area.fill(rng.choice(words.DECISIONS)))
            decision._history_date = item._history_date
            decisions.append(decision)
    writer.create(Decision, decisions)
    writer.create(Attendance, attendance)
    _forward_plan(writer, area, by_body)
    return held, by_body


def _attendance(rng, meeting, members, area, written) -> list:
    rows, present = [], set()
    for membership in members:
        roll = rng.random()
        if roll < 0.82:
            status = Attendance.Status.PRESENT
        elif roll < 0.97:
            status = Attendance.Status.APOLOGIES
        else:
            status = Attendance.Status.ABSENT
        rows.append(Attendance(meeting=meeting, person=membership.person, status=status))
        present.add(membership.person_id)
    for membership in members:
        deputy = membership.deputy
        if deputy and deputy.pk not in present and rng.random() < 0.5 and any(
                r.person_id == membership.person_id and r.status == Attendance.Status.APOLOGIES for r in rows):
            rows.append(Attendance(meeting=meeting, person=deputy, status=Attendance.Status.IN_ATTENDANCE,
                                   deputising_for=membership.person))
            present.add(deputy.pk)
    minute_taker = area.business_unit[2]
    if minute_taker.pk not in present:
        rows.append(Attendance(meeting=meeting, person=minute_taker, status=Attendance.Status.IN_ATTENDANCE))
    for row in rows:
        row._history_date = written
    return rows


def _forward_plan(writer, area, by_body) -> None:
    rng, entries = area.rng, []
    for body in area.bodies:
        coming = [m for m in by_body.get(body.pk, []) if m.status == Meeting.Status.SCHEDULED]
        presenters = [m.person for m in area.members[body.pk]]
        specs = [{"every_year_in": month} for month in rng.sample(range(1, 13), rng.randint(2, 4))]
        specs += [{"meeting": m} for m in rng.sample(coming, min(len(coming), rng.randint(1, 3)))]
        month = (area.today.replace(day=1) + datetime.timedelta(days=rng.randint(32, 150))).replace(day=1)
        specs.append({"month": month})
        for spec in specs:
            created = rng.choice([area.start, max(area.start, area.today - datetime.timedelta(days=200))])
            entry = ForwardPlanEntry(partnership=area.partnership, body=body, presenter=rng.choice(presenters),
                                     title=area.fill(rng.choice(words.ITEM_FORMS)), created_at=moment(created, 15),
                                     created_by=area.actor, **spec)
            entry._history_date = entry.created_at
            entries.append(entry)
    writer.create(ForwardPlanEntry, entries)


def build_actions(writer, area, held, by_body) -> None:
    rng, today, p = area.rng, area.today, area.partnership
    next_held = {}
    for body_meetings in by_body.values():
        dated = sorted((m for m in body_meetings if m.status != Meeting.Status.CANCELLED), key=lambda m: m.date)
        for meeting, later in zip(dated, dated[1:]):
            next_held[meeting.pk] = later
    actions, plans = [], []
    for meeting, topics in held:
        members = [m.person for m in area.members[meeting.body_id]]
        for _ in range(rng.randint(*area.scale.actions_per_meeting) if topics else 0):
            item = rng.choice(topics)
            at_next = rng.random() < 0.25 and meeting.pk in next_held
            due = None if at_next else meeting.date + datetime.timedelta(days=rng.randint(21, 120))
            effective_due = next_held[meeting.pk].date if at_next else due
            action = Action(partnership=p, body=meeting.body, meeting=meeting, item=item,
                            text=area.fill(rng.choice(words.ACTION_FORMS)), due_date=due,
                            due_at_next_meeting=at_next, created_at=moment(meeting.date, 16), created_by=area.actor)
            owners = _owners(rng, members)
            action.owner_organisation = None if isinstance(owners[0], str) else owners[0].organisation
            actions.append(action)
            plans.append((action, owners, _final_state(rng, meeting.date, effective_due, today)))
    write_actions(writer, area, plans)


def _owners(rng, members) -> list:
    roll = rng.random()
    if roll < 0.7:
        return [rng.choice(members)]
    if roll < 0.85:
        return rng.sample(members, min(2, len(members)))
    return [rng.choice(["Business team", "All members"])]


def _final_state(rng, created: datetime.date, due: datetime.date, today: datetime.date):
    """(status, day it was reached or None) for an action made on `created`, due on `due`, as of today."""
    S, roll = Action.Status, rng.random()
    if due < today - datetime.timedelta(days=30):
        odds = [(0.80, S.COMPLETED), (0.87, S.SUPERSEDED), (0.92, S.CARRIED_FORWARD), (0.96, S.IN_PROGRESS)]
    elif due < today:
        odds = [(0.50, S.COMPLETED), (0.80, S.IN_PROGRESS)]
    else:
        odds = [(0.15, S.COMPLETED), (0.60, S.IN_PROGRESS)]
    status = next((s for limit, s in odds if roll < limit), S.OPEN)
    if status == S.OPEN:
        return status, None
    latest = min(today, max(created + 7 * DAY, due + datetime.timedelta(days=45)))
    earliest = min(latest, created + 7 * DAY)
    return status, earliest + datetime.timedelta(days=rng.randint(0, (latest - earliest).days))


def write_actions(writer, area, plans) -> list:
    """Actions (as first recorded), their owners, their progress notes, then their last state as a change.

    plans: (unsaved Action, owners: [Person or group name], (final status, day reached or None))."""
    rng, today = area.rng, area.today
    for action, _owners, (status, reached) in plans:
        action._history_date = action.created_at
        if reached is not None:   # its last state, recorded as a change on the day it was reached
            action.status, action.version = status, 2
            action.completed_on = reached if status == Action.Status.COMPLETED else None
            action.rag = "" if status in (Action.Status.COMPLETED, Action.Status.SUPERSEDED) else _rag(rng, action, today)
            action._changed_at = moment(reached, 14)
    saved = writer.create_changed(Action, [a for a, _, _ in plans],
                                  {"status": Action.Status.OPEN, "completed_on": None, "rag": "", "version": 1})
    owner_rows, updates = [], []
    for action, (_, owners, (status, reached)) in zip(saved, plans):
        for owner in owners:
            row = (ActionOwner(action=action, group_name=owner) if isinstance(owner, str)
                   else ActionOwner(action=action, person=owner))
            row._history_date = action.created_at
            owner_rows.append(row)
        start = action.created_at.date()
        end = reached or today
        notes = rng.randint(*area.scale.progress_updates)
        # Notes before the last word leave the action in progress (or open, if it never moved).
        between = Action.Status.OPEN if status == Action.Status.OPEN else Action.Status.IN_PROGRESS
        days = sorted(start + datetime.timedelta(days=rng.randint(1, max(1, (end - start).days)))
                      for _ in range(notes))
        for day in days:
            day = min(day, today)
            updates.append(ActionUpdate(action=action, created_at=moment(day, 13), author=area.actor,
                                        text=rng.choice(words.UPDATE_TEXTS), status=between))
        if reached is not None:
            last = {Action.Status.COMPLETED: "Completed and reported to the group.",
                    Action.Status.SUPERSEDED: "Superseded by later work agreed by the group.",
                    Action.Status.CARRIED_FORWARD: "Carried forward into the new work plan.",
                    Action.Status.IN_PROGRESS: "Work has started."}[status]
            updates.append(ActionUpdate(action=action, created_at=moment(reached, 14), author=area.actor,
                                        text=last, status=status))
    writer.create(ActionOwner, owner_rows)
    writer.create(ActionUpdate, updates)
    return saved


def _rag(rng, action, today) -> str:
    if action.due_date and action.due_date < today:
        return Action.Rag.RED
    return rng.choice([Action.Rag.GREEN, Action.Rag.AMBER])
