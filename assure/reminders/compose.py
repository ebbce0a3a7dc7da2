"""What would be sent today: reminders before actions fall due, overdue notices, weekly digests (per person and
for the business team) and news that a meeting's papers or minutes are published. Reads only; services.py writes
the emails to the outbox (ADR 0147).

Every email links to the page it is about and to "Your emails"; none carries a paper or the minutes (the records
are confidential: a link asks the reader to sign in)."""
import datetime
from dataclasses import dataclass, field

from assure.actions import queries as action_queries
from assure.actions.models import Action
from assure.core import clock
from assure.core.dates import DUE_SOON_DAYS, due_label, is_due_soon, is_overdue
from assure.core.text import shorten
from assure.mail import queries as mail_queries
from assure.meetings.models import Meeting
from assure.partnerships.models import Membership, Person
from assure.reviews.models import Case, ClockSettings
from assure.reviews.queries import dashboard_rows

from . import queries

# An action that fell overdue more than this many days ago gets no notice of its own (a first run would otherwise
# email about every action left open for months): the weekly digest lists it.
OVERDUE_NOTICE_DAYS = 7
# Review clocks named in the team digest: running and due within this many days, or already passed.
CLOCK_WARNING_DAYS = 14
TEAM_DIGEST_LIMIT = 25


@dataclass
class Outgoing:
    """One email to one person, not yet written to the outbox."""

    person: Person
    to: str
    subject: str
    body: str
    kind: str
    key: str
    actions: list = field(default_factory=list)

    def as_json(self) -> dict:
        return {"to": self.to, "subject": self.subject, "kind": self.kind, "actions": self.actions}


@dataclass
class Plan:
    """The emails to send and the people left out, with why."""

    emails: list = field(default_factory=list)
    without_email: list = field(default_factory=list)     # people who would receive one but have no address
    turned_off: list = field(default_factory=list)        # people who chose not to receive this kind

    def extend(self, other: "Plan") -> None:
        self.emails += other.emails
        self.without_email += [p for p in other.without_email if p not in self.without_email]
        self.turned_off += [p for p in other.turned_off if p not in self.turned_off]


def _action_row(action) -> dict:
    due = action.effective_due
    return {"id": action.pk, "text": shorten(action.text, 100), "due": due.isoformat() if due else None}


def _action_lines(partnership, actions) -> str:
    return "\n".join(f"- {shorten(a.text, 100)} (due {due_label(a.effective_due, a.due_at_next_meeting)})\n"
                     f"  {queries.site_link('actions:detail', partnership.slug, a.pk)}" for a in actions)


def _footer(partnership) -> str:
    return (f"\n\nYou receive this because you are in {partnership.name} on Assure. Choose which emails you "
            f"receive: {queries.site_link('reminders:mine', partnership.slug)}\n")


def _add(plan: Plan, preferences, person, kind, make) -> None:
    """Add the email `make()` builds for this person unless they turned this kind off or have no address."""
    if not preferences[person.pk].wants(kind):
        if person not in plan.turned_off:
            plan.turned_off.append(person)
    elif not person.email:
        if person not in plan.without_email:
            plan.without_email.append(person)
    else:
        plan.emails.append(make())


def _live_actions(partnership):
    return (action_queries.annotated(Action.objects.filter(partnership=partnership, status__in=Action.LIVE))
            .order_by(action_queries.DUE_FIRST, "pk"))


def reminders(partnership, today: datetime.date) -> Plan:
    """To each owner: a reminder when an action comes within the partnership's days of its due date, and a notice
    when it falls overdue. One email per action and owner, keyed by its due date, so it is sent once (and again
    only if the due date moves)."""
    days = queries.settings_for(partnership).days_before_due
    plan, wanted = Plan(), []
    for action in _live_actions(partnership):
        due = action.effective_due
        if is_due_soon(due, action.is_live, today, days=days):
            wanted.append((action, "reminder"))
        elif is_overdue(due, action.is_live, today) and (today - due).days <= OVERDUE_NOTICE_DAYS:
            wanted.append((action, "overdue"))
    owners = {owner.person for action, _ in wanted for owner in action.owners.all() if owner.person_id}
    preferences = queries.preferences_of(owners)
    for action, kind in wanted:
        for owner in action.owners.all():
            if owner.person_id:
                _add(plan, preferences, owner.person, kind,
                     lambda a=action, p=owner.person, k=kind: _action_email(partnership, a, p, k))
    return plan


def _action_email(partnership, action, person, kind) -> Outgoing:
    due = action.effective_due
    when = due_label(due, action.due_at_next_meeting)
    if kind == "reminder":
        subject = f"Action due {due:%-d %B %Y}: {shorten(action.text, 80)}"
        opening = f"An action you own is due on {when}."
    else:
        subject = f"Overdue action: {shorten(action.text, 80)}"
        opening = f"An action you own was due on {when} and is not yet done."
    where = f" ({action.meeting})" if action.meeting_id else (f" ({action.body})" if action.body_id else "")
    body = (f"Dear {person.full_name},\n\n{opening}\n\n{shorten(action.text, 300)}{where}\n\n"
            f"Post an update or mark it complete: {queries.site_link('actions:detail', partnership.slug, action.pk)}"
            f"\nAll your actions: {queries.site_link('actions:mine', partnership.slug)}" + _footer(partnership))
    return Outgoing(person=person, to=person.email, subject=subject, body=body, kind=kind,
                    key=f"{kind}:{person.pk}:{due.isoformat()}:{action.pk}", actions=[_action_row(action)])


def day(partnership, today: datetime.date, with_digests: bool | None = None) -> Plan:
    """Everything to send today: reminders and overdue notices, and on the digest day (or when `with_digests`
    says so) the weekly digests."""
    plan = reminders(partnership, today)
    if with_digests or (with_digests is None and is_digest_day(partnership, today)):
        plan.extend(digests(partnership, today))
    return plan


def unsent(plan: Plan) -> Plan:
    """The plan without the emails already in the outbox (sent, or waiting, earlier): what a run sends."""
    already = mail_queries.existing_keys([email.key for email in plan.emails])
    plan.emails = [email for email in plan.emails if email.key not in already]
    return plan


def is_digest_day(partnership, today: datetime.date) -> bool:
    return today.weekday() == queries.settings_for(partnership).digest_weekday


def digests(partnership, today: datetime.date) -> Plan:
    """The weekly digest: to each owner of live actions, their actions (overdue, due soon, later); to each of the
    business team (if the partnership sends it), the partnership's overdue actions, those due this week, review
    clocks near their date and owners nobody can email."""
    plan = Plan()
    by_person: dict[Person, list] = {}
    for action in _live_actions(partnership):
        for owner in action.owners.all():
            if owner.person_id:
                by_person.setdefault(owner.person, []).append(action)
    team = queries.business_team(partnership) if queries.settings_for(partnership).team_digest else []
    preferences = queries.preferences_of(set(by_person) | set(team))
    for person, actions in sorted(by_person.items(), key=lambda pair: (pair[0].full_name, pair[0].pk)):
        _add(plan, preferences, person, "digest", lambda p=person, a=actions: _digest(partnership, p, a, today))
    if team:
        summary = _team_summary(partnership, today, by_person)
        for person in team:
            _add(plan, preferences, person, "team-digest", lambda p=person: _team_digest(partnership, p, summary, today))
    return plan


def _digest(partnership, person, actions, today) -> Outgoing:
    overdue = [a for a in actions if is_overdue(a.effective_due, a.is_live, today)]
    soon = [a for a in actions if is_due_soon(a.effective_due, a.is_live, today)]
    later = [a for a in actions if a not in overdue and a not in soon]
    parts = [f"Dear {person.full_name},\n\nYour open actions in {partnership.name} on {today:%-d %B %Y}: "
             f"{len(actions)}, {len(overdue)} overdue, {len(soon)} due in the next {DUE_SOON_DAYS} days."]
    for heading, group in (("Overdue", overdue), (f"Due in the next {DUE_SOON_DAYS} days", soon),
                           ("Due later or no due date", later)):
        if group:
            parts.append(f"{heading}:\n{_action_lines(partnership, group)}")
    parts.append(f"All your actions: {queries.site_link('actions:mine', partnership.slug)}")
    subject = (f"Your actions this week: {len(overdue)} overdue, {len(soon)} due soon" if overdue or soon
               else f"Your actions this week: {len(actions)} open")
    return Outgoing(person=person, to=person.email, subject=subject, body="\n\n".join(parts) + _footer(partnership),
                    kind="digest", key=f"digest:{person.pk}:{today.isoformat()}",
                    actions=[_action_row(a) for a in actions])


@dataclass
class TeamSummary:
    overdue: list
    this_week: list
    clocks: list            # (case, CaseClock)
    unreachable: list       # owners of live actions with no email address


def _team_summary(partnership, today, by_person) -> TeamSummary:
    actions = list(_live_actions(partnership))
    overdue = [a for a in actions if is_overdue(a.effective_due, a.is_live, today)]
    this_week = [a for a in actions if is_due_soon(a.effective_due, a.is_live, today, days=6)]
    rules = (ClockSettings.objects.filter(partnership=partnership).first()
             or ClockSettings(partnership=partnership)).rules()
    clocks = []
    for row in dashboard_rows(Case.objects.filter(partnership=partnership), rules, today):
        nxt = row.next_clock
        if nxt and nxt.status.is_running and (nxt.status.due - today).days <= CLOCK_WARNING_DAYS:
            clocks.append((row.case, nxt))
    unreachable = sorted((p for p in by_person if not p.email), key=lambda p: p.full_name)
    return TeamSummary(overdue, this_week, clocks, unreachable)


def _team_digest(partnership, person, summary: TeamSummary, today) -> Outgoing:
    slug, limit = partnership.slug, TEAM_DIGEST_LIMIT
    parts = [f"Dear {person.full_name},\n\n{partnership.name} on {today:%-d %B %Y}: {len(summary.overdue)} actions "
             f"overdue, {len(summary.this_week)} due in the next 7 days, {len(summary.clocks)} review clocks within "
             f"{CLOCK_WARNING_DAYS} days or passed."]
    if summary.overdue:
        more = f"\n  and {len(summary.overdue) - limit} more" if len(summary.overdue) > limit else ""
        parts.append(f"Overdue:\n{_action_lines(partnership, summary.overdue[:limit])}{more}")
    if summary.this_week:
        more = f"\n  and {len(summary.this_week) - limit} more" if len(summary.this_week) > limit else ""
        parts.append(f"Due in the next 7 days:\n{_action_lines(partnership, summary.this_week[:limit])}{more}")
    if summary.clocks:
        lines = [f"- {case.pseudonym}: {c.label} due {c.status.due:%-d %B %Y}"
                 f" ({'passed' if c.status.due < today else f'{c.status.working_days_left} working days left'})\n"
                 f"  {queries.site_link('reviews:case-detail', slug, case.pk)}" for case, c in summary.clocks]
        parts.append("Review clocks:\n" + "\n".join(lines))
    if summary.unreachable:
        parts.append("Owners of open actions with no email address (they get no reminders): "
                     + ", ".join(p.full_name for p in summary.unreachable))
    parts.append(f"The action log: {queries.site_link('actions:log', slug)}")
    return Outgoing(person=person, to=person.email,
                    subject=f"Partnership actions this week: {len(summary.overdue)} overdue, "
                            f"{len(summary.this_week)} due in 7 days",
                    body="\n\n".join(parts) + _footer(partnership), kind="team-digest",
                    key=f"team-digest:{person.pk}:{today.isoformat()}",
                    actions=[_action_row(a) for a in summary.overdue + summary.this_week])


CIRCULATION = {"papers": "papers", "minutes": "minutes"}


def members_of(meeting: Meeting) -> list[Person]:
    return list(Person.objects.filter(pk__in=Membership.objects.filter(body=meeting.body_id).values("person"))
                .order_by("full_name", "pk"))


def circulation(meeting: Meeting, what: str, today: datetime.date) -> Plan:
    """One email to each member of the meeting's body: the papers (or the minutes) are on the meeting's page.
    A link only: the file stays behind sign-in."""
    if what not in CIRCULATION:
        raise ValueError(what)
    plan = Plan()
    members = members_of(meeting)
    preferences = queries.preferences_of(members)
    for person in members:
        _add(plan, preferences, person, what, lambda p=person: _circulation_email(meeting, what, p, today))
    return plan


def _circulation_email(meeting, what, person, today) -> Outgoing:
    partnership = meeting.partnership
    title = f"{meeting.body}, {meeting.date:%-d %B %Y}"
    if what == "papers":
        subject, news = f"Papers published: {title}", f"The papers for the {title} meeting are published."
    else:
        draft = "" if meeting.minutes_approved else " (a draft: not yet approved)"
        subject, news = f"Minutes published: {title}", f"The minutes of the {title} meeting are published{draft}."
    body = (f"Dear {person.full_name},\n\n{news}\n\nRead them on the meeting's page (sign in to Assure): "
            f"{queries.site_link('meetings:detail', partnership.slug, meeting.pk)}\n\n"
            f"They are not attached: the partnership's records are confidential." + _footer(partnership))
    return Outgoing(person=person, to=person.email, subject=subject, body=body, kind=what,
                    key=f"{what}:{person.pk}:{today.isoformat()}:{meeting.pk}")


def circulation_refusal(meeting: Meeting, what: str) -> str:
    """Why members cannot be told yet, or ""."""
    if meeting.status == Meeting.Status.CANCELLED:
        return "This meeting was cancelled, so there is nothing to tell members about."
    if what == "papers" and not meeting.items.filter(papers__isnull=False).exists():
        return "This meeting has no papers yet. Add them to its agenda items first."
    if what == "minutes" and meeting.date > clock.today():
        return "This meeting has not happened yet, so it has no minutes to publish."
    return ""
