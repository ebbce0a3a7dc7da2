"""The demo partnership's business plan (issue 12): objectives under each of its four priorities, each pointing to
the actions, dataset indicators, assurance activities and reviews that deliver and evidence it, and a RAG rating
with a short narrative for every quarter that has ended in last financial year and this one, recorded by the
business manager soon after each quarter closed. Neglect slips to red when the re-audit finds the screening tool
in use in under half the cases; transitional safeguarding starts amber and dips to red before recovering.
Everything is invented.

Every write goes through the plans services, on the day it would have happened (`world.on_day`).
"""
import datetime

from assure.actions.models import Action
from assure.core.dates import financial_year_of
from assure.performance import periods
from assure.performance.models import Indicator
from assure.plans import services
from assure.reviews.models import Review

# priority key: [(objective, {"indicators": [codes], "activities": [keys], "reviews": [pseudonyms]})]; the actions
# are those answering the activities' recommendations.
OBJECTIVES = {
    "neglect": [
        ("Neglect is recognised early: every agency uses the neglect screening tool with families where neglect is "
         "suspected", {"indicators": ["CSC-REREF"], "activities": ["neglect_audit", "neglect_reaudit"],
                       "reviews": ["Child T"]}),
        ("Fewer children need a second child protection plan, or a plan lasting two years, because of neglect",
         {"indicators": ["CPP-REPEAT", "CPP-2YR", "EH-STEPUP"], "activities": [], "reviews": []}),
    ],
    "exploitation": [
        ("Every child who goes missing is offered a return home interview within 72 hours",
         {"indicators": ["MISS-RHI", "MISS-EPISODES"], "activities": ["missing_review"], "reviews": []}),
        ("Children at risk of criminal exploitation are identified, and referred to the exploitation hub, early",
         {"indicators": ["CE-FLAGS", "CE-NRM"], "activities": ["exploitation_audit"], "reviews": []}),
    ],
    "transitional": [
        ("Every young person known to children's services who will need support as an adult has a transition plan "
         "by 17 and a half", {"indicators": ["ASC-MSP-ASKED"], "activities": ["transitions_audit"], "reviews": []}),
    ],
    "domestic_abuse": [
        ("Schools hear of a domestic abuse incident involving a pupil before the next school day",
         {"indicators": ["DA-ENCOMPASS"], "activities": ["da_audit", "front_door_visit"], "reviews": []}),
        ("Adults at risk are asked what they want to happen, and their wishes are recorded in their own words",
         {"indicators": [], "activities": [], "reviews": ["Mr K"]}),
    ],
}

G, A, R = "green", "amber", "red"
# Each priority's ratings, from the first quarter of last financial year (or of the priority's first year) in order;
# only the quarters that have ended are recorded.
RATINGS = {
    "neglect": [
        (G, "The neglect strategy was agreed by the Executive and launched at a practitioner event attended by 140 "
            "staff across agencies."),
        (G, "The screening tool is available in every agency's case recording system; the first briefings for "
            "health visitors and school nurses are done."),
        (A, "The multi-agency audit found the screening tool used in only a third of cases where neglect was known. "
            "Refresher sessions are booked and the tool is now in the school safeguarding leads' pack."),
        (A, "Use of the tool is rising but uneven: good in health visiting, rare in schools. Re-referrals are steady "
            "at 22%, just outside the green threshold."),
        (G, "Re-referrals fell to 20.5%; the learning from the Child T review was shared in a bitesize session "
            "attended by 96 practitioners."),
        (R, "Off track. The re-audit found the tool used in fewer than half of the cases sampled, and re-referrals "
            "rose to 24.3%. The Executive asked the Learning and Review Subgroup for a recovery plan by the next "
            "meeting, with named leads in schools and early help."),
        (A, "The recovery plan is agreed and the neglect lead now joins the early help panel weekly. Re-referrals "
            "fell back to 23%; it is too soon to see the effect on repeat plans."),
        (A, "Schools' use of the tool has doubled since the recovery plan; repeat plans are still above target."),
    ],
    "exploitation": [
        (G, "The exploitation hub opened with police, social care and youth justice staff co-located."),
        (A, "Return home interviews offered within 72 hours dropped to 81% while the commissioned service "
            "recruited; the backlog is being cleared."),
        (A, "Interviews offered on time recovered to 88%, below the 90% target. Weekend cover is the gap."),
        (G, "Weekend cover agreed with the out-of-hours team; 93% of interviews offered within 72 hours."),
        (G, "The thematic review of children missing from care reported; the hub's referrals rose by a fifth, "
            "as expected, as schools learnt to use it."),
        (G, "Missing episodes fell for the third quarter running."),
        (A, "Two children placed out of area were exploited before the receiving area was told; the protocol with "
            "neighbouring partnerships is being rewritten."),
        (G, "The new notification protocol with neighbouring partnerships is in force."),
    ],
    "transitional": [
        (A, "Transitions panel set up; only 40% of young people aged 17 open to children's services have a "
            "transition plan."),
        (R, "Off track. The case audit found plans started too late in most cases sampled and adult social care not "
            "invited to reviews. Adult and children's services leads now co-chair the panel."),
        (A, "Transition plans by 17 and a half rose to 62%; a shared protocol is out for consultation."),
        (A, "The protocol is signed off; the first cohort of young people is being tracked through it."),
    ],
    "domestic_abuse": [
        (G, "Police notifications to schools are sent by 9am the next school day in 96% of incidents."),
        (G, "The front door visit found domestic abuse notifications triaged the same day."),
        (G, "Every secondary school now has a trained key adult for notifications."),
        (A, "A change of police system delayed notifications for three weeks; 89% were on time in the quarter."),
        (G, "Notifications back above 95% on time since the system was fixed."),
        (G, "The single-agency audit of police notifications found them complete and on time in every case sampled."),
        (G, "Steady: 97% of notifications on time."),
        (G, "Steady: 96% of notifications on time."),
    ],
}


def _quarters(priority, today) -> list[periods.Period]:
    """The priority's quarters from the start of last financial year (or its first year) that have ended."""
    this_year = financial_year_of(today)
    found = []
    for year in (this_year - 1, this_year):
        if priority.applies_in(year):
            found += [periods.quarter(year, n) for n in (1, 2, 3, 4)]
    return [q for q in found if q.end < today]


def extend(world) -> None:
    today, by, partnership = world.today, world.business_user, world.partnership
    indicators = {i.code: i for i in Indicator.objects.filter(partnership=partnership)}
    reviews = {r.case.pseudonym: r for r in Review.objects.filter(partnership=partnership).select_related("case")}
    with world.on_day(today - datetime.timedelta(days=320)):
        made = {key: [(services.add_objective(world.priorities[key], by=by, text=text), evidence)
                      for text, evidence in objectives] for key, objectives in OBJECTIVES.items()}
    with world.on_day(today - datetime.timedelta(days=3)):
        for objectives in made.values():
            for objective, evidence in objectives:
                activities = [world.activities[k] for k in evidence["activities"] if k in world.activities]
                objective.refresh_from_db()
                services.set_evidence(
                    objective, by=by, expected_version=objective.version,
                    actions=list(Action.objects.filter(assurance_link__recommendation__activity__in=activities)),
                    indicators=[indicators[c] for c in evidence["indicators"] if c in indicators],
                    activities=activities, reviews=[reviews[p] for p in evidence["reviews"] if p in reviews])
    for key, ratings in RATINGS.items():
        priority = world.priorities[key]
        for quarter, (rating, narrative) in zip(_quarters(priority, today), ratings, strict=False):
            with world.on_day(min(quarter.end + datetime.timedelta(days=12), today)):
                services.record_progress(priority, by=by, quarter=quarter.code, rating=rating, narrative=narrative)
