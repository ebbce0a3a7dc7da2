"""The demo partnership's section 175/157 schools audit (run by `assure demo`, see services.py).

Six schools asked, the deadline three weeks ago: four returned (two late, three through the survey tool's export, one
filled in by its designated safeguarding lead, who signs in as a member), two not yet returned and on the chase list.
The school with red ratings had a challenge session and has an action plan in the shared log. The section 11 round
planned on the programme is set up too: six of eight agencies returned (the police's by its nominated contact, the
demo member), two outstanding. Every name is invented; dates are relative to the demo's today.
"""
import datetime

from assure.assurance import services
from assure.partnerships import services as partnership_services

# key: (school, short name, designated safeguarding lead, has an email address)
SCHOOLS = {
    "brookfield": ("Brookfield Primary School", "Brookfield", "Hannah Cole", True),
    "tarnside": ("Tarnside Academy", "Tarnside", "Omar Siddiqui", True),
    "st_annes": ("St Anne's CE Primary School", "St Anne's", "Ruth Adeyemi", True),
    "marsh_lane": ("Marsh Lane Infant School", "Marsh Lane", "Philippa Grant", True),
    "oakleigh": ("Oakleigh Free School", "Oakleigh", "Dev Patel", False),
    "college": ("Marshcombe Sixth Form College", "MSFC", "Clare Whitlock", True),
}
RETURNS = {   # school key -> one rating per standard (r, a, g), evidence, days before today it was returned
    "brookfield": ("gggagggga", "DSL and two deputies trained; single central record checked in January.", 30),
    "st_annes": ("ggaggaggg", "Governor link for safeguarding meets the DSL each half term.", 24),
    "marsh_lane": ("gagaaggga", "New DSL since September; training booked for deputies.", 22),
    "tarnside": ("aggaarrag", "Filtering not checked since the summer; attendance follow-up inconsistent.", 15),
}
RATING = {"r": "red", "a": "amber", "g": "green"}


SECTION_11 = {   # organisation key -> ratings per standard, days before today it was returned (None: outstanding)
    "council": ("ggagggag", 44), "police": ("gggaggga", 40), "icb": ("gggggggg", 52), "trust": ("gaggaggg", 33),
    "probation": ("ggggagag", 38), "voluntary": ("aagaggaa", 25), "fire": ("", None), "district": ("", None),
}


def extend(world) -> None:
    _schools_audit(world)
    _section_11_round(world)


def _section_11_round(world) -> None:
    """The section 11 round planned on the programme: set up by the business manager, six of eight agencies
    returned (their own nominated contacts where they sign in, the business team for the rest), two outstanding."""
    by, today = world.business_user, world.today
    activity = world.activities["section_11"]
    with world.on_day(activity.planned_start + datetime.timedelta(days=7)):
        self_assessment = services.set_up_round(
            activity, by=by, framework="section_11", deadline=today - datetime.timedelta(days=30),
            organisations=[world.organisations[key] for key in SECTION_11])
    standards = list(self_assessment.standards.all())
    by_person = {world.people[key].pk: user for key, user in world.users.items()}   # who can sign in
    for key, (code, ago) in SECTION_11.items():
        if ago is None:
            continue
        organisation_return = self_assessment.returns.get(organisation=world.organisations[key])
        contact_user = by_person.get(organisation_return.contact_id) if organisation_return.contact_id else None
        ratings = {s.pk: (RATING[c], "" if c == "g" else "Improvement plan agreed by the senior leadership team.")
                   for s, c in zip(standards, code, strict=True)}
        with world.on_day(today - datetime.timedelta(days=ago)):
            services.submit_return(organisation_return, by=contact_user or by,
                                   expected_version=organisation_return.version, ratings=ratings)


def _schools_audit(world) -> None:
    """Six schools asked, the deadline three weeks ago: four returned, two not yet."""
    by, today, partnership = world.business_user, world.today, world.partnership

    def days(n):
        return today + datetime.timedelta(days=n)

    schools, leads = {}, {}
    with world.on_day(days(-85)):
        for key, (name, short_name, lead, has_email) in SCHOOLS.items():
            schools[key] = partnership_services.create_organisation(partnership=partnership, name=name,
                                                                   short_name=short_name, kind="education", by=by)
            email = f"dsl@{short_name.lower().replace(' ', '').replace(chr(39), '')}.example.org" if has_email else ""
            leads[key] = partnership_services.create_person(partnership=partnership, full_name=lead, by=by,
                                                            job_title="Designated Safeguarding Lead",
                                                            organisation=schools[key], email=email)
        role, _ = partnership_services.create_account(partnership=partnership, person=leads["brookfield"],
                                                      username="demo-dsl-brookfield", kind="member", by=by)

    start = days(-80)
    with world.on_day(start):
        self_assessment = services.add_self_assessment_round(
            partnership=partnership, by=by, year=start.year if start.month >= 4 else start.year - 1,
            framework="section_175", title="Section 175/157 schools safeguarding audit", deadline=days(-21),
            organisations=list(schools.values()), owner_body=world.bodies["lrs"], reporting_body=world.bodies["eb"],
            lead=world.people["at"], planned_start=start, planned_report=days(60))
    returns = {r.organisation_id: r for r in self_assessment.returns.all()}
    standards = list(self_assessment.standards.all())

    def ratings(code, evidence):
        return {s.pk: (RATING[c], evidence if c != "g" else "") for s, c in zip(standards, code, strict=True)}

    # Brookfield's DSL fills in the school's own return.
    brookfield = returns[schools["brookfield"].pk]
    code, evidence, ago = RETURNS["brookfield"]
    with world.on_day(days(-ago)):
        services.submit_return(brookfield, by=role.user, expected_version=brookfield.version,
                               ratings=ratings(code, evidence))
    # Three more come from the survey tool's export; one row names a school the partnership does not know.
    head = ",".join(["School", "Submitted"] + [s.number for s in standards] + ["1 evidence"])
    lines = [head]
    for key in ("st_annes", "marsh_lane", "tarnside"):
        code, evidence, ago = RETURNS[key]
        lines.append(",".join([SCHOOLS[key][0], days(-ago).strftime("%d/%m/%Y"), *(RATING[c] for c in code),
                               f'"{evidence}"']))
    lines.append(",".join(["Harbour View Primary", days(-20).strftime("%d/%m/%Y")] + ["green"] * len(standards)
                          + ["Sent to the wrong partnership"]))
    with world.on_day(days(-12)):
        pending = services.start_return_import(self_assessment, by=by, file_name="section-175-survey-export.csv",
                                               data="\n".join(lines).encode())
        services.confirm_return_import(pending, by=by)

    # Tarnside's reds: a challenge session and a single-agency action plan in the shared log.
    tarnside = returns[schools["tarnside"].pk]
    with world.on_day(days(-8)):
        _tarnside_plan(self_assessment, tarnside, schools, leads, by, days)
    with world.on_day(days(-5)):
        services.record_follow_up(returns[schools["marsh_lane"].pk], by=by, kind="visit", held_on=days(-5),
                                  attendees="Alison Tate (Education Safeguarding Lead), Philippa Grant (DSL)",
                                  notes="New DSL well supported; deputies' training booked for next month.")


def _tarnside_plan(self_assessment, tarnside, schools, leads, by, days) -> None:
    services.record_follow_up(tarnside, by=by, kind="challenge", held_on=days(-8),
                              attendees="Head teacher, Omar Siddiqui (DSL), Alison Tate (Education Safeguarding Lead)",
                              notes="Filtering and monitoring had not been checked since July. The school agreed "
                                    "a termly check and to report it to governors.")
    recommendation = services.add_recommendation(
        self_assessment.activity, by=by, scope="single_agency", organisation=schools["tarnside"],
        text="Check filtering and monitoring each term and report the result to governors.")
    services.add_recommendation_action(recommendation, by=by, text="Termly filtering and monitoring check, "
                                       "reported to the full governing body", owner_organisation=schools["tarnside"],
                                       owner=leads["tarnside"], due_date=days(45))
