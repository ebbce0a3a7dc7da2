"""The demo partnership's risk register (issue 9, point 8): a dozen fictional risks, raised over the year,
some re-scored since (so their history and direction of travel show), some with further actions in the action
log, one whose review is overdue and one closed. Built through the assurance services.
"""
import datetime

from assure.assurance import services

# key: (title, cause, consequence, category, owner, body, inherent, current, target, controls, raised (days ago),
#       next review (days from today; negative is overdue))
RISKS = [
    ("Partner contributions do not cover the partnership's budget",
     "Two partners have signalled in-year savings; contributions are agreed a year at a time.",
     "Training, independent reviewers and the business unit cannot be funded; statutory reviews are delayed.",
     "financial", "nb", "eb", (4, 4), (3, 4), (2, 3),
     "Funding formula agreed by the Executive Board; quarterly budget report.", 330, 40),
    ("Child safeguarding practice reviews are not published within six months",
     "Reviews wait on criminal trials and inquests; independent reviewers are scarce.",
     "Learning reaches practitioners late; the National Panel and inspectors challenge the partnership.",
     "statutory_compliance", "tw", "lrs", (4, 4), (4, 3), (2, 3),
     "Review tracker with statutory clocks; two reviewers on the framework.", 300, 25),
    ("Neglect strategy is not embedded in front-line practice",
     "High staff turnover in children's social care and health visiting.",
     "Neglect is recognised late and children suffer harm for longer.",
     "strategic", "bl", "eb", (5, 4), (4, 4), (2, 4),
     "Neglect screening tool; multi-agency neglect training.", 280, 60),
    ("Information about children missing from home is not shared in time",
     "Return home interviews are commissioned separately and reported weekly.",
     "Exploitation risks are missed between episodes.",
     "operational", "so", "ems", (4, 5), (3, 5), (2, 4),
     "Daily missing list shared with the Safeguarding Hub.", 260, 30),
    ("Schools do not return their section 175 safeguarding audit",
     "The audit tool changed this year and academies have no duty to the local authority to return it.",
     "The partnership cannot give assurance on schools' safeguarding arrangements.",
     "statutory_compliance", "at", "eb", (3, 3), (3, 3), (2, 2),
     "Reminders through the schools' bulletin; head teacher representative on the board.", 240, -12),
    ("Multi-agency training does not reach the voluntary sector",
     "Training is booked through partner learning systems the voluntary sector cannot use.",
     "Volunteers miss signs of abuse and do not know how to refer.",
     "operational", "rp", "apg", (3, 4), (3, 3), (2, 2),
     "Open booking page; two sessions a year held in the community.", 220, 75),
    ("Adult safeguarding enquiries exceed the 28-day standard",
     "Rising referrals after the care home closures.",
     "Adults at risk wait for protection plans.",
     "operational", "gs", "apg", (4, 4), (3, 4), (2, 3),
     "Weekly triage of open enquiries; agency staff budget.", 200, 20),
    ("Reputational damage from a critical inspection",
     "A joint targeted area inspection is expected within the year.",
     "Loss of public and partner confidence; improvement notice.",
     "reputational", "ma", "eb", (3, 5), (2, 5), (2, 4),
     "Self-assessment refreshed; inspection preparation group.", 180, 90),
    ("Lay member and scrutineer posts fall vacant",
     "Both posts are held by the same two people, whose terms end this year.",
     "Independent scrutiny weakens and the partnership's annual report is challenged.",
     "strategic", "ma", "eb", (2, 4), (2, 3), (1, 3),
     "Succession plan agreed; recruitment pack drafted.", 150, 120),
    ("The business unit's case records are kept on personal drives",
     "The shared drive was withdrawn when the council moved to a new system.",
     "Data protection breach; records of reviews lost.",
     "operational", "nb", "eb", (4, 4), (2, 3), (1, 3),
     "Records moved to the partnership's register; access reviewed monthly.", 120, 150),
    ("Police and health do not attend child protection strategy discussions",
     "Discussions are called at short notice during the working day.",
     "Decisions are made without information the partners hold.",
     "operational", "op", "eb", (4, 4), (3, 4), (2, 3),
     "Strategy discussion standard agreed; attendance audited quarterly.", 90, 45),
    ("Exploitation screening tool used inconsistently across agencies",
     "Each agency adapted the tool differently.",
     "Thresholds differ; some children are referred late.",
     "operational", "so", "ems", (3, 4), (3, 4), (2, 3),
     "", 30, 60),
]

# (risk index, days ago, new current (likelihood, impact), note): re-scored since it was raised.
RESCORED = [
    (0, 200, (4, 4), "Two partners cut their contributions in year"),
    (0, 60, (3, 4), "Funding formula agreed for three years"),
    (2, 120, (4, 5), "Two serious incidents involved neglect"),
    (2, 40, (4, 4), "Screening tool training reached 300 practitioners"),
    (6, 80, (4, 4), "Referrals up a fifth after the care home closures"),
    (6, 20, (3, 4), "Agency social workers in post"),
]

# (risk index, text, owner key, organisation key, due (days from today))
FURTHER_ACTIONS = [
    (0, "Agree a three-year funding formula with all partners", "nb", "unit", -20),
    (0, "Report the budget position to every Executive Board", "nb", "unit", 30),
    (1, "Add a third independent reviewer to the framework", "tw", "unit", 45),
    (2, "Audit the use of the neglect screening tool in ten cases", "bl", "council", 35),
    (3, "Bring return home interviews into the Safeguarding Hub", "so", "council", -5),
    (4, "Send each school that has not returned its audit a named reminder", "at", "schools", 14),
    (10, "Move strategy discussions to fixed daily slots", "op", "police", 60),
]


def extend(world) -> None:
    by, today = world.business_user, world.today
    people, bodies, orgs = world.people, world.bodies, world.organisations

    def days(n):
        return today + datetime.timedelta(days=n)

    risks = []
    for (title, cause, consequence, category, owner, body, inherent, current, target, controls, raised,
         review) in RISKS:
        with world.on_day(days(-raised)):
            risks.append(services.add_risk(
                partnership=world.partnership, by=by, title=title, cause=cause, consequence=consequence,
                category=category, owner=people[owner], body=bodies[body], controls=controls,
                raised_on=days(-raised), review_date=days(review),
                inherent_likelihood=inherent[0], inherent_impact=inherent[1],
                current_likelihood=current[0], current_impact=current[1],
                target_likelihood=target[0], target_impact=target[1]))
    for index, ago, (likelihood, impact), note in sorted(RESCORED, key=lambda r: -r[1]):
        risk = risks[index]
        risk.refresh_from_db()
        with world.on_day(days(-ago)):
            services.edit_risk(risk, by=by, expected_version=risk.version, note=note, **{
                **_fields(risk), "current_likelihood": likelihood, "current_impact": impact})
    for index, text, owner, org, due in FURTHER_ACTIONS:
        risk = risks[index]
        services.add_risk_action(risk, by=by, text=text, owner=people[owner], owner_organisation=orgs[org],
                                 due_date=days(due))
    # Closed: the records are safe now, and stay on the register with their history.
    closed = risks[9]
    closed.refresh_from_db()
    services.close_risk(closed, by=by, expected_version=closed.version, closed_on=days(-7),
                        reason="Every record is on the partnership's register and access is reviewed monthly.")


def _fields(risk) -> dict:
    names = ("title", "cause", "consequence", "category", "owner", "owner_organisation", "body", "controls",
             "raised_on", "review_date", "inherent_likelihood", "inherent_impact", "current_likelihood",
             "current_impact", "target_likelihood", "target_impact")
    return {name: getattr(risk, name) for name in names}
