"""A fictional partnership to measure search by (Elmsworth: every name, place and case invented), and the queries
a business manager would type, each with the records that answer it.

`build()` writes the records (the signals index them) and rebuilds the index so papers' text is read too; it
returns {key: (kind, record id)}. QUERIES: (what is typed, keys of the records that answer it: any counts).
The fixture and the queries were written together, before the first measurement; there is no held-out part.
"""
import datetime

from django.core.files.base import ContentFile

from assure.actions.models import Action, ActionOwner, ActionUpdate
from assure.assurance.models import Activity, Complaint, Escalation, Finding, Risk
from assure.meetings.models import AgendaItem, Decision, Meeting, Paper
from assure.partnerships.models import Body, Organisation, Partnership, Person
from assure.performance.models import Indicator
from assure.reviews.models import Case, Publication, Review
from assure.reviews.models import Recommendation as ReviewRecommendation
from assure.search import services

D = datetime.date

QUERIES = [
    ("MASH audit", {"audit_mash"}),
    ("neglect strategy", {"item_neglect", "decision_neglect"}),
    ("section 11", {"audit_s11"}),
    ("Priya Natarajan", {"person_priya"}),
    ("GP practices information sharing letter", {"action_gp"}),
    ("return home interviews", {"ind_rhi"}),
    ("children on a plan for two years or more", {"ind_cp2"}),
    ("JTAI exploitation inspection", {"inspection_jtai"}),
    ("Child R review", {"review_r"}),
    ("self-neglect safeguarding adults review", {"review_d"}),
    ("budget shortfall risk", {"risk_budget"}),
    ("escalation health visiting", {"escalation_hv"}),
    ("complaint about the review panel", {"complaint"}),
    ("Elmsworth Police", {"org_police"}),
    ("decision to publish Child R", {"decision_publish"}),
    ("executive board January 2026", {"meeting_exec_jan"}),
    ("exploitation subgroup", {"meeting_exploit"}),
    ("hotspot mapping contextual safeguarding", {"item_hotspot"}),
    ("graded care profile training", {"action_gcp"}),
    ("threshold document circulated", {"action_threshold"}),
    ("rapid review timeliness", {"item_rr_timeliness"}),
    ("school exclusions", {"ind_exclusions"}),
    ("MARAC domestic abuse", {"item_marac"}),
    ("early help assessments", {"ind_early_help"}),
    ("Hannah Okafor", {"person_hannah"}),
    ("lessons learned briefing Child R", {"pub_llb"}),
    ("re-referrals within 12 months", {"ind_rereferrals"}),
    ("transitional safeguarding young adults", {"item_transitional"}),
    ("harmful sexual behaviour audit", {"audit_hsb"}),
    ("section 175 schools", {"audit_s175"}),
    ("partner contributions 2026/27", {"item_budget"}),
    ("county lines profile paper", {"paper_county"}),
    ("safer sleep", {"rec_safer_sleep"}),
    ("DBS checks for volunteers", {"audit_s11"}),
    ("private fostering awareness", {"action_private_fostering"}),
    ("who owns the escalation policy refresh", {"action_escalation_policy"}),
]


def build(name="Elmsworth Safeguarding Partnership", slug="elmsworth") -> tuple[Partnership, dict]:
    p = Partnership.objects.create(name=name, slug=slug)
    keys: dict[str, tuple[str, int]] = {}

    def keep(key, kind, record):
        keys[key] = (kind, record.pk)
        return record

    org = {k: Organisation.objects.create(partnership=p, name=n, short_name=s, kind=k) for k, n, s in [
        ("local_authority", "Elmsworth Borough Council", "EBC"), ("police", "Elmsworth Police", "EP"),
        ("health", "Elmsworth and Dale Integrated Care Board", "ICB"), ("education", "Elmsworth Learning Trust", "ELT"),
        ("voluntary", "Dale Family Support", "DFS")]}
    keep("org_police", "organisation", org["police"])
    people = {}
    for key, full, initials, title, o in [
        ("priya", "Priya Natarajan", "PN", "Designated Nurse for Safeguarding Children", "health"),
        ("tom", "Tom Whitcombe", "TW", "Detective Chief Inspector, Public Protection", "police"),
        ("ada", "Ada Brennan", "AB", "Assistant Director, Children's Social Care", "local_authority"),
        ("hannah", "Hannah Okafor", "HO", "Independent reviewer", None),
        ("leo", "Leo Marsh", "LM", "Partnership Business Manager", "local_authority"),
        ("sara", "Sara Quint", "SQ", "Head of Safeguarding, Learning Trust", "education"),
    ]:
        people[key] = Person.objects.create(partnership=p, full_name=full, initials=initials, job_title=title,
                                            organisation=org.get(o))
    keep("person_priya", "person", people["priya"])
    keep("person_hannah", "person", people["hannah"])
    exec_board = Body.objects.create(partnership=p, name="Executive Board", kind=Body.Kind.EXECUTIVE_BOARD)
    exploit = Body.objects.create(partnership=p, name="Exploitation Subgroup", kind=Body.Kind.SUBGROUP,
                                  reports_to=exec_board)
    reviews_group = Body.objects.create(partnership=p, name="Safeguarding Reviews Subgroup", kind=Body.Kind.SUBGROUP,
                                        reports_to=exec_board)

    def meeting(body, date):
        return Meeting.objects.create(partnership=p, body=body, date=date, status=Meeting.Status.HELD,
                                      location="Elmsworth Civic Centre")

    m_jan = keep("meeting_exec_jan", "meeting", meeting(exec_board, D(2026, 1, 15)))
    m_oct = meeting(exec_board, D(2025, 10, 16))
    m_exp = keep("meeting_exploit", "meeting", meeting(exploit, D(2026, 2, 4)))
    m_rev = meeting(reviews_group, D(2026, 2, 11))

    def item(m, number, title, discussion, key=None):
        record = AgendaItem.objects.create(meeting=m, number=number, title=title, position=int(number),
                                           discussion=discussion)
        return keep(key, "item", record) if key else record

    i_neglect = item(m_jan, "4", "Neglect strategy refresh",
                     "AB presented the refreshed neglect strategy 2026-2029. Members asked how the graded care profile "
                     "would be embedded across early help and how the board would know the strategy is working.",
                     "item_neglect")
    item(m_jan, "5", "Budget 2026/27 and partner contributions",
         "LM set out the proposed budget for 2026/27. Partner contributions remain at the agreed 40/30/30 split; the "
         "police and health contributions are still to be confirmed in writing.", "item_budget")
    item(m_jan, "6", "Transitional safeguarding",
         "Discussion of young adults aged 16 to 25 moving between children's and adults' services, and the gap in "
         "support for care leavers at risk of exploitation.", "item_transitional")
    item(m_jan, "3", "Matters arising", "The action log was reviewed. Most actions are on track.")
    item(m_oct, "4", "MARAC and the domestic abuse pathway",
         "TW reported on the multi-agency risk assessment conference (MARAC) for high-risk domestic abuse cases and "
         "repeat referrals to the pathway.", "item_marac")
    item(m_oct, "5", "Performance dataset quarter 1",
         "The dataset showed a rise in contacts to the front door and a fall in early help assessments started.")
    i_hot = item(m_exp, "3", "Contextual safeguarding and hotspot mapping",
                 "Police and youth services shared hotspot mapping of the town centre and the bus station. Agreed to "
                 "bring a contextual safeguarding pilot for the retail park.", "item_hotspot")
    i_county = item(m_exp, "4", "County lines problem profile", "TW introduced the new problem profile.")
    item(m_exp, "5", "Missing episodes", "Return home interview completion remains below target.")
    item(m_rev, "3", "Rapid review timeliness",
         "Two of the last five rapid reviews were held after the 15 working day deadline because information "
         "returns were late.", "item_rr_timeliness")
    i_childr = item(m_rev, "4", "Child R: final report", "Hannah Okafor presented the final report.")

    keep("decision_neglect", "decision", Decision.objects.create(
        item=i_neglect, text="The board approved the neglect strategy 2026-2029 for publication."))
    keep("decision_publish", "decision", Decision.objects.create(
        item=i_childr, text="The subgroup agreed to recommend that the board publish the Child R report in May, "
                            "subject to the inquest."))
    Decision.objects.create(item=i_hot, text="Agreed to pilot the retail park approach for six months.")

    paper = Paper(item=i_county, title="Exploitation problem profile 2026", original_name="profile.txt")
    paper.file.save("profile.txt", ContentFile(
        b"Problem profile. County lines activity has moved from the railway station to rented flats on the east "
        b"side of the town. Children from neighbouring areas are being brought in to sell drugs."), save=False)
    paper.save()
    keep("paper_county", "paper", paper)

    def action(text, owner, m=None, item=None, due=None, updates=()):
        record = Action.objects.create(partnership=p, text=text, meeting=m, item=item, body=m.body if m else None,
                                       due_date=due)
        ActionOwner.objects.create(action=record, person=people[owner])
        for n, update in enumerate(updates):
            ActionUpdate.objects.create(action=record, text=update, status=Action.Status.IN_PROGRESS,
                                        created_at=datetime.datetime(2026, 2, 1 + n, 9, tzinfo=datetime.UTC))
        return record

    keep("action_gp", "action", action("PN to write to all GP practices asking them to share information with "
                                       "child protection conferences in good time", "priya", m_jan, due=D(2026, 3, 31)))
    keep("action_gcp", "action", action("Roll out training on the graded care profile to early help practitioners",
                                        "ada", m_jan, i_neglect, D(2026, 6, 30)))
    keep("action_threshold", "action", action(
        "Refresh the threshold document (continuum of need)", "leo", m_oct, due=D(2026, 1, 31),
        updates=["Draft shared with partners for comment.", "Threshold document updated and circulated to all "
                                                            "agencies in February."]))
    keep("action_private_fostering", "action", action(
        "Run a campaign so that schools and GPs recognise private fostering arrangements and notify the council",
        "sara", m_oct, due=D(2026, 4, 30)))
    keep("action_escalation_policy", "action", action(
        "Refresh the escalation and resolution of professional disagreements policy", "tom", m_jan,
        due=D(2026, 5, 31)))
    action("Share the hotspot map with community safety", "tom", m_exp, i_hot, D(2026, 3, 15))
    action("Bring the missing children data to the next meeting", "ada", m_exp, due=D(2026, 4, 1))

    def activity(key, kind, title, theme="", scope="", findings=()):
        record = Activity.objects.create(partnership=p, year=2025, kind=kind, title=title, theme=theme, scope=scope,
                                         reporting_body=exec_board, lead=people["leo"])
        for text in findings:
            Finding.objects.create(activity=record, kind=Finding.Kind.DEVELOPMENT, text=text)
        return keep(key, "activity", record)

    activity("audit_mash", Activity.Kind.CASE_AUDIT, "Multi-agency case audit: the MASH front door",
             "the front door", "Twelve contacts to the Multi-Agency Safeguarding Hub, from contact to decision.",
             ["Police did not always share the history of domestic abuse at the point of contact."])
    activity("audit_s11", Activity.Kind.SELF_ASSESSMENT, "Section 11 self-assessment 2025/26", "agency safeguarding",
             "Every statutory agency's section 11 return.",
             ["Two agencies could not evidence DBS checks for volunteers.", "Supervision policies are out of date."])
    activity("audit_s175", Activity.Kind.SELF_ASSESSMENT, "Schools' section 175/157 audit 2025/26", "education",
             "Every school and college completes the section 175 or 157 return.")
    activity("audit_hsb", Activity.Kind.THEMATIC_REVIEW, "Harmful sexual behaviour thematic review",
             "harmful sexual behaviour", "How agencies respond to children who display harmful sexual behaviour.")
    activity("inspection_jtai", Activity.Kind.INSPECTION, "Joint targeted area inspection: children at risk of "
             "exploitation", "exploitation", "Ofsted, CQC, HMICFRS and HMI Probation joint inspection (JTAI).")
    activity("audit_neglect", Activity.Kind.CASE_AUDIT, "Neglect re-audit", "neglect",
             "Is the graded care profile used where neglect is a concern?")

    keep("risk_budget", "risk", Risk.objects.create(
        partnership=p, number=1, title="Partner contributions fall short of the budget",
        cause="A partner cannot confirm its contribution", consequence="A shortfall stops the reviews programme",
        category=Risk.Category.FINANCIAL, owner=people["leo"], body=exec_board, inherent_likelihood=3,
        inherent_impact=4, current_likelihood=3, current_impact=3, target_likelihood=2, target_impact=2,
        raised_on=D(2025, 9, 1), review_date=D(2026, 4, 1)))
    Risk.objects.create(
        partnership=p, number=2, title="Rapid reviews are late", cause="Information returns are late",
        consequence="The National Panel is not told in time", category=Risk.Category.STATUTORY, owner=people["ada"],
        body=exec_board, inherent_likelihood=3, inherent_impact=3, current_likelihood=2, current_impact=3,
        target_likelihood=1, target_impact=3, raised_on=D(2025, 6, 1), review_date=D(2026, 5, 1))

    keep("escalation_hv", "escalation", Escalation.objects.create(
        partnership=p, number=1, raised_on=D(2026, 1, 20), raised_by_organisation=org["health"],
        raised_by_role="Health visitor", about_organisation=org["local_authority"],
        summary="A health visiting team disagreed with the decision to step a family down to early help.",
        learning_theme="Step-down decisions"))
    keep("complaint", "complaint", Complaint.objects.create(
        partnership=p, number=1, received_on=D(2026, 2, 2), complainant="parent", acknowledge_working_days=3,
        respond_working_days=20,
        summary="A family member complained that the review panel did not speak to them before the report was "
                "written."))

    for key, code, name, definition in [
        ("ind_cp2", "CP-2YR", "Children subject to a child protection plan for 2 years or more",
         "Children on a child protection plan whose plan has lasted two years or more, at the end of the quarter."),
        ("ind_rhi", "RHI-72", "Return home interviews offered within 72 hours",
         "Children missing from home or care offered a return interview within 72 hours of coming back."),
        ("ind_exclusions", "EX-PERM", "Permanent exclusions from school", "Permanent exclusions in the year."),
        ("ind_early_help", "EH-START", "Early help assessments started", "Early help assessments started in the "
                                                                          "quarter."),
        ("ind_rereferrals", "RE-REF", "Re-referrals to children's social care within 12 months",
         "Referrals within 12 months of a previous referral."),
        (None, "CONTACTS", "Contacts to the front door", "Contacts received by the MASH."),
    ]:
        record = Indicator.objects.create(partnership=p, code=code, name=name, definition=definition,
                                          unit=Indicator.Unit.COUNT, polarity=Indicator.Polarity.NEITHER,
                                          frequency=Indicator.Frequency.QUARTERLY)
        if key:
            keep(key, "indicator", record)

    case_r = Case.objects.create(partnership=p, pseudonym="Child R", subject="child", date_aware=D(2025, 3, 3))
    review_r = keep("review_r", "review", Review.objects.create(
        partnership=p, case=case_r, kind=Review.Kind.CSPR, independent_reviewer=people["hannah"],
        stage=Review.Stage.SIGN_OFF, findings="Professionals did not see the baby's sleeping arrangements.",
        terms_of_reference="How agencies worked together before the baby's death."))
    keep("rec_safer_sleep", "review", review_r)
    ReviewRecommendation.objects.create(review=review_r, number=1, scope="multi_agency",
                                        text="Every agency to use the safer sleep assessment at each home visit.")
    keys["rec_safer_sleep"] = ("review", review_r.pk)
    case_d = Case.objects.create(partnership=p, pseudonym="Mr D", subject="adult", date_aware=D(2025, 5, 6))
    keep("review_d", "review", Review.objects.create(
        partnership=p, case=case_d, kind=Review.Kind.SAR, stage=Review.Stage.DRAFT,
        findings="Mr D's self-neglect and hoarding were known to several agencies; nobody held the whole picture.",
        terms_of_reference="Self-neglect, mental capacity and multi-agency risk management."))
    pub = Publication(review=review_r, kind=Publication.Kind.LESSONS_LEARNED_BRIEFING,
                      title="Lessons learned briefing: Child R", original_filename="llb.txt", file_sha256="0" * 64,
                      uploaded_at=datetime.datetime(2026, 2, 20, 9, tzinfo=datetime.UTC))
    pub.file.save("llb.txt", ContentFile(b"Lessons learned. Talk to parents about safer sleep at every visit."),
                  save=False)
    pub.save()
    keep("pub_llb", "publication", pub)

    services.rebuild(p)
    return p, keys
