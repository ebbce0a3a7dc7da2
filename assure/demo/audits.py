"""Demo case audit and thematic review for the demo partnership (run by `assure demo`, see services.py).

Fictional throughout; pseudonymous case references only. Dates are relative to the demo's today:
- a multi-agency neglect case audit, moderated and reported to the Executive Board, with six cases, five agencies'
  returns (some still outstanding), findings, and recommendations answered by actions in the shared log, and a
  re-audit booked;
- a strategic thematic review of core safeguarding practice across seven key areas, with the three statutory
  partners' self-evaluations, findings per area, a multi-agency and single-agency action plans, and progress
  reported to the Executive Board.
"""
import datetime

from assure.assurance import services

SEVEN_KEY_AREAS = [
    "Leadership and accountability", "Policies, procedures and protocols", "Recruitment and selection",
    "Staff training and development", "Complaints, allegations and whistleblowing",
    "Information sharing, communication and confidentiality", "The voice of the child, young people and adults"]

# case -> agency key -> (grades in domain order: Recognition .. Overall, good practice, areas for development)
RETURNS = {
    "Child A": {
        "council": (["Good", "Good", "Requires improvement", "Good", "Requires improvement", "Good", "Good"],
                    "Neglect screening tool used at the first visit; clear chronology.",
                    "The plan did not say what would change for the child, or by when."),
        "police": (["Good", "", "", "Good", "Requires improvement", "", "Good"],
                   "Officers shared the domestic abuse notification with school the next morning.", ""),
        "trust": (["Outstanding", "Good", "Good", "Good", "Good", "Good", "Good"],
                  "Health visitor escalated missed appointments promptly.", ""),
    },
    "Child B": {
        "council": (["Requires improvement", "Requires improvement", "Inadequate", "Requires improvement",
                     "Inadequate", "Requires improvement", "Requires improvement"],
                    "", "Father not seen or assessed; the child's wishes not recorded."),
        "schools": (["Good", "", "", "Requires improvement", "Good", "", "Requires improvement"],
                    "The school kept a detailed record of attendance and presentation.",
                    "Concerns were not shared with the social worker between core groups."),
    },
    "Child C": {
        "council": (["Good", "Good", "Good", "Good", "Good", "Good", "Good"],
                    "Direct work with the child shaped the plan.", ""),
        "police": (["Good", "", "", "Good", "Good", "", "Good"], "", ""),
        "trust": (["Good", "Good", "Requires improvement", "Good", "Requires improvement", "Good", "Good"],
                  "", "The child's own account was not written in the health record."),
        "schools": (["Good", "", "", "Good", "Good", "", "Good"], "Designated safeguarding lead attended every meeting.",
                    ""),
    },
    "Child D": {
        "council": (["Requires improvement", "Good", "Requires improvement", "Requires improvement", "Good",
                     "Requires improvement", "Requires improvement"],
                    "", "Drift between the strategy discussion and the initial child protection conference."),
    },
}


def extend(world) -> None:
    by, today, orgs, bodies = world.business_user, world.today, world.organisations, world.bodies

    def days(n):
        return today + datetime.timedelta(days=n)

    def financial_year(day):
        return day.year if day.month >= 4 else day.year - 1

    # --- the neglect case audit: sampled in the spring, moderated, reported, re-audit booked
    period_start, period_end = days(-270), days(-180)
    agencies = [orgs[key] for key in ("council", "police", "trust", "schools", "icb")]
    with world.on_day(days(-280)):
        audit = services.add_case_audit(
            partnership=world.partnership, by=by, year=financial_year(period_start),
            title="Neglect multi-agency case audit", theme="Neglect",
            scope="Children on a child protection plan for neglect, at least six months into the plan. How well "
                  "agencies recognised neglect, assessed and planned together, and heard the child.",
            period_start=period_start, period_end=period_end, moderation_on=days(-150), reaudit_on=days(120),
            owner_body=bodies["lrs"], reporting_body=bodies["eb"], lead=world.people["bl"], agencies=agencies,
            planned_report=days(-110))
        cases = {reference: services.add_sample_case(audit, by=by, reference=reference)
                 for reference in ("Child A", "Child B", "Child C", "Child D", "Child E", "Child F")}
    with world.on_day(days(-165)):
        for reference, returns in RETURNS.items():
            for agency, (grades, good, development) in returns.items():
                services.record_agency_return(
                    cases[reference], by=by, organisation=orgs[agency], returned_on=days(-165),
                    grades={domain: grade for domain, grade in zip(audit.domains, grades, strict=True) if grade},
                    good_practice=good, areas_for_development=development)
    activity = audit.activity
    with world.on_day(days(-150)):
        services.add_finding(activity, by=by, kind="strength", area="Recognition",
                             text="Agencies recognised neglect early in five of the six cases, and health visitors "
                                  "escalated missed appointments.")
        voice = services.add_finding(activity, by=by, kind="development", area="Voice of the child",
                                     text="The child's wishes and lived experience were recorded in two of the six "
                                          "cases.")
        fathers = services.add_finding(activity, by=by, kind="development", area="Assessment",
                                       text="Fathers and male carers were rarely seen or assessed.")
        rec = services.add_recommendation(activity, by=by, finding=voice,
                                          text="Every assessment and plan records the child's lived experience in the "
                                               "child's own words.")
        services.add_recommendation_action(rec, by=by, text="Add a 'day in the life' section to the assessment "
                                                            "template", owner_organisation=orgs["council"],
                                           due_date=days(-60))
        services.add_recommendation_action(rec, by=by, text="Brief school designated safeguarding leads on "
                                                            "recording the child's voice",
                                           owner_organisation=orgs["schools"], due_date=days(45))
        rec = services.add_recommendation(activity, by=by, finding=fathers,
                                          text="Partners seek out, see and assess fathers and male carers.")
        services.add_recommendation_action(rec, by=by, text="Include fathers in the neglect training refresh",
                                           owner_organisation=orgs["unit"], due_date=days(30))
    with world.on_day(days(-110)):
        services.edit_case_audit(
            audit, by=by, expected_version=audit.version, kind=activity.kind, year=activity.year,
            title=activity.title, theme=activity.theme, scope=activity.scope, period_start=period_start,
            period_end=period_end, domains=audit.domains, moderation_on=audit.moderation_on,
            reaudit_on=audit.reaudit_on, owner_body=activity.owner_body, reporting_body=activity.reporting_body,
            lead=activity.lead, agencies=agencies, planned_report=activity.planned_report, status="reported",
            reported_on=days(-110))

    # --- the strategic thematic review across seven key areas
    council, police, icb = orgs["council"], orgs["police"], orgs["icb"]
    with world.on_day(days(-240)):
        review = services.add_thematic_review(
            partnership=world.partnership, by=by, year=financial_year(days(-240)),
            title="Strategic thematic review of core safeguarding practice", theme="Core safeguarding practice",
            scope="Children and adults: how each statutory partner's own arrangements keep people safe.",
            key_areas=SEVEN_KEY_AREAS, owner_body=bodies["lrs"], reporting_body=bodies["eb"],
            lead=world.people["nb"], agencies=[council, police, icb], planned_start=days(-240),
            planned_report=days(-130), status="reported", reported_on=days(-130))
    ratings = {council: ["Good", "Good", "Good", "Requires improvement", "Good", "Requires improvement", "Good"],
               police: ["Good", "Good", "Good", "Good", "Good", "Requires improvement", "Requires improvement"],
               icb: ["Good", "Requires improvement", "Good", "Good", "Good", "Good", "Requires improvement"]}
    with world.on_day(days(-190)):
        for agency, agency_ratings in ratings.items():
            for area, rating in zip(SEVEN_KEY_AREAS, agency_ratings, strict=True):
                services.record_self_evaluation(
                    review, by=by, organisation=agency, area=area, rating=rating,
                    evidence=f"{agency.short_name} self-evaluation against the {area.lower()} standard, with its "
                             "audit figures and the views of staff.")
    activity = review.activity
    with world.on_day(days(-140)):
        services.add_finding(activity, by=by, kind="development",
                             area="Information sharing, communication and confidentiality",
                             text="Staff in all three agencies were unsure when they may share without consent.")
        services.add_finding(activity, by=by, kind="strength", area="Leadership and accountability",
                             text="Each partner has a named safeguarding lead at board level.")
        services.add_finding(activity, by=by, kind="development",
                             area="The voice of the child, young people and adults",
                             text="Feedback from children and adults rarely changes how services are designed.")
        rec = services.add_recommendation(activity, by=by,
                                          text="Publish a one-page guide to sharing information without consent.")
        services.add_recommendation_action(rec, by=by, text="Draft and publish the information-sharing guide",
                                           owner_organisation=orgs["unit"], due_date=days(-40))
        for agency, text in ((council, "Refresh staff training records so every practitioner's level is known"),
                             (police, "Record the child's views in every domestic abuse risk assessment"),
                             (icb, "Involve patients in reviewing the safeguarding policy")):
            rec = services.add_recommendation(activity, by=by, scope="single_agency", organisation=agency,
                                              text=f"{agency.short_name}: {text.lower()}.")
            services.add_recommendation_action(rec, by=by, text=text, owner_organisation=agency, due_date=days(60))
    with world.on_day(days(-40)):
        services.add_progress_report(review, by=by, reported_on=days(-40),
                                     note="The information-sharing guide is published. Police and the council "
                                          "report their single-agency actions under way; the ICB's is due in two "
                                          "months.")
