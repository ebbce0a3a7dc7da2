"""A generated partnership's structure: organisations, people, bodies with their members, priorities."""
import datetime
from dataclasses import dataclass, field

from assure.partnerships.models import Body, Membership, Organisation, Partnership, Person, Priority
from assure.reviews.models import ClockSettings

from . import words
from .writer import moment


@dataclass(frozen=True)
class Scale:
    """How much one partnership has: the large one is about the benchmark's reference partnership over ten years."""

    organisations: int
    people: int
    meetings_per_year: tuple        # one number per body: the Executive Board first, then the other bodies
    members: tuple                  # (fewest, most) members of a body
    topic_items: tuple              # (fewest, most) discussion items on an agenda
    actions_per_meeting: tuple      # (fewest, most) actions a held meeting records
    progress_updates: tuple         # (fewest, most) progress notes on an action before its last word
    cases_per_year: float
    review_share: float             # of cases whose rapid review leads to a review of ours
    risks: int
    indicators: int
    courses: int
    events_per_course_year: int
    audits_per_year: float          # case audits on the assurance programme (a quarter of them single-agency)
    audit_cases: tuple              # (fewest, most) cases in an audit's sample
    thematic_per_year: float
    inspections_per_year: float
    self_assessments_per_year: float  # section 11 rounds asking every agency for a return
    escalations_per_year: float
    complaints_per_year: float


LARGE = Scale(organisations=12, people=90, meetings_per_year=(6, 8) + (10, 11, 12) * 4 + (10,), members=(8, 14),
              topic_items=(3, 6), actions_per_meeting=(3, 9), progress_updates=(0, 3), cases_per_year=20,
              review_share=0.3, risks=24, indicators=8, courses=8, events_per_course_year=4,
              audits_per_year=5, audit_cases=(6, 10), thematic_per_year=1, inspections_per_year=1, self_assessments_per_year=0.5,
              escalations_per_year=36, complaints_per_year=8)
SMALL = Scale(organisations=6, people=20, meetings_per_year=(4, 3, 3), members=(5, 8), topic_items=(2, 3),
              actions_per_meeting=(0, 3), progress_updates=(0, 2), cases_per_year=0.5, review_share=0.3, risks=4,
              indicators=3, courses=2, events_per_course_year=2, audits_per_year=1, audit_cases=(3, 5),
              thematic_per_year=0.3, inspections_per_year=0.3, self_assessments_per_year=0.34, escalations_per_year=4, complaints_per_year=1)


@dataclass
class Area:
    """One partnership being generated and what later parts attach to."""

    partnership: Partnership
    place: str
    scale: Scale
    start: datetime.date
    today: datetime.date
    rng: object
    actor: object
    organisations: list = field(default_factory=list)
    people: list = field(default_factory=list)
    business_unit: list = field(default_factory=list)      # the business team's people
    reviewers: list = field(default_factory=list)          # independent reviewers (no organisation)
    bodies: list = field(default_factory=list)
    members: dict = field(default_factory=dict)            # body pk -> [Membership]
    priorities: list = field(default_factory=list)

    def topic(self) -> str:
        return self.rng.choice(words.TOPICS)

    def fill(self, pattern: str, topic: str | None = None) -> str:
        topic = topic or self.topic()
        return pattern.format(t=topic, T=topic[0].upper() + topic[1:])


def years_before(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:   # 29 February
        return day.replace(year=day.year - years, day=28)


def place_name(rng, taken: set) -> str:
    for _ in range(1000):
        name = rng.choice(words.PLACE_STARTS) + rng.choice(words.PLACE_ENDS)
        if name not in taken:
            taken.add(name)
            return name
    name = f"{rng.choice(words.PLACE_STARTS)}{rng.choice(words.PLACE_ENDS)} {len(taken)}"
    taken.add(name)
    return name


def build_structure(writer, area: Area) -> None:
    rng, p, when = area.rng, area.partnership, moment(area.start, 9)
    writer.create(ClockSettings, [ClockSettings(partnership=p)], when=when)

    specs = words.ORGANISATIONS[:area.scale.organisations - 1]
    organisations = [Organisation(partnership=p, name=name.format(p=area.place), short_name=short.format(p=area.place),
                                  kind=kind) for kind, name, short in specs]
    unit = Organisation(partnership=p, name=f"{area.place} Safeguarding Partnership Business Unit",
                        short_name="Business Unit", kind=Organisation.Kind.PARTNERSHIP)
    area.organisations = writer.create(Organisation, [unit, *organisations], when=when)
    unit, others = area.organisations[0], area.organisations[1:]

    names = set()

    def person(organisation, job_title):
        while True:
            first, last = rng.choice(words.FIRST_NAMES), rng.choice(words.SURNAMES)
            full = f"{first} {last}"
            if full not in names or len(names) > 1000:
                names.add(full)
                break
        return Person(partnership=p, full_name=full, initials=f"{first[0]}{last[0]}", job_title=job_title,
                      organisation=organisation, email=f"{first.lower()}.{last.lower()}@example.org")

    team = [person(unit, title) for title in ("Business Manager", "Business Officer", "Minute Taker")]
    reviewers = [person(None, "Independent Reviewer") for _ in range(3 if area.scale is LARGE else 1)]
    rest = [person(rng.choice(others), rng.choice(words.JOB_TITLES))
            for _ in range(area.scale.people - len(team) - len(reviewers))]
    saved = writer.create(Person, [*team, *reviewers, *rest], when=when)
    area.business_unit = saved[:len(team)]
    area.reviewers = saved[len(team):len(team) + len(reviewers)]
    area.people = saved[len(team) + len(reviewers):]

    board = writer.create(Body, [Body(partnership=p, name="Executive Board", short_name="EB",
                                      kind=Body.Kind.EXECUTIVE_BOARD)], when=when)[0]
    count = len(area.scale.meetings_per_year) - 1
    others = []
    if area.scale is LARGE:
        others.append(Body(partnership=p, name="Partnership Group", short_name="PG", kind=Body.Kind.PARTNERSHIP_GROUP,
                           reports_to=board))
        count -= 1
    for name, short in rng.sample(words.SUBGROUPS, count):
        others.append(Body(partnership=p, name=name, short_name=short, kind=Body.Kind.SUBGROUP, reports_to=board))
    area.bodies = [board, *writer.create(Body, others, when=when)]

    memberships = []
    for body in area.bodies:
        chosen = rng.sample(area.people, rng.randint(*area.scale.members))
        outside = [x for x in area.people if x not in chosen]
        for n, member in enumerate(chosen):
            role = (Membership.Role.CHAIR if n == 0 else Membership.Role.VICE_CHAIR if n == 1
                    else Membership.Role.MEMBER)
            deputy = rng.choice(outside) if outside and rng.random() < 0.3 else None
            memberships.append(Membership(body=body, person=member, role=role, deputy=deputy))
        memberships.append(Membership(body=body, person=area.business_unit[0], role=Membership.Role.ADVISER))
    for membership in writer.create(Membership, memberships, when=when):
        area.members.setdefault(membership.body_id, []).append(membership)

    first_year = area.start.year if area.start.month >= 4 else area.start.year - 1
    topics = rng.sample(words.TOPICS, 3)
    area.priorities = writer.create(Priority, [
        Priority(partnership=p, title=t[0].upper() + t[1:], description=f"Partners work together on {t}.",
                 first_year=first_year, position=n + 1) for n, t in enumerate(topics)], when=when)
