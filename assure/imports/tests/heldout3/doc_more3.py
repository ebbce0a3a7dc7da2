"""h06 (Item | Discussion | Action | Owner with human due dates) and h07 (tick attendance)."""
from __future__ import annotations

from assure.imports.tests.heldout_kit import A, Docx, P


def disc(paras):
    return "\n\n".join(paras)


H06 = [
    ("1.", "Welcome, introductions and apologies", ["Sandra Bellamy welcomed everyone. Apologies as above."], [], []),
    ("2.", "Minutes of last meeting and matters arising", [
        "The minutes of 18 September were agreed.",
        "Action 3 – escalation policy to be updated to reflect the new health structure – complete. Action 4 – private fostering awareness campaign to run in October – complete. Action 5 – MASH audit: JR reported the fieldwork has finished and the report will come to the next meeting. Action 6 – closed, as it duplicates action 2 on the QA subgroup log."],
     ["Circulate the updated escalation policy to all schools and early years settings by 4 December 2026"], ["KP"]),
    ("3.", "Neglect strategy refresh", [
        "Sandra Bellamy and Deepak Tiwari presented the findings of the neglect strategy consultation. 140 practitioners responded. The main messages were that the Graded Care Profile is valued but not used consistently, and that practitioners want more help with neglect in adolescence.",
        "The group agreed that the refreshed strategy should run for three years and should have a separate strand on adolescent neglect."],
     ["1. Draft the refreshed neglect strategy for consultation with the group – deadline 11/12/2026", "2. Share the Graded Care Profile usage data by agency by 18/12/26"],
     ["SB", "DT"]),
    ("4.", "Performance dashboard Q2", [
        "Joel Rennard presented the dashboard. Child protection plans have increased by 12% since April, mostly for children under five. Re-referral rates have remained stable at 21%.",
        "Members asked for a breakdown of re-referrals by age group to understand whether the pattern was different for adolescents."],
     ["Provide breakdown of re-referrals by age group (29.01.27)"], ["JR"]),
    ("5.", "Contextual safeguarding", [
        "Harriet Mbeki updated on the contextual safeguarding panel, which has now met four times and has considered eleven locations, including two parks and a fast food outlet in Harlow town centre.",
        "The panel membership does not yet include the British Transport Police or the night-time economy team. A practitioner event is planned for January to raise the profile of the panel."],
     ["Map the panel membership against the locations considered and identify gaps – end of February 2027", "Book a venue for the practitioner event w/c 11 January"],
     ["HM", "KP"]),
    ("6.", "Partnership budget", [
        "Kerry Parfitt presented the budget position. The partnership is forecasting a small underspend this year because of a vacancy in the business unit. Contributions for 2027/28 have not yet been confirmed by all partners.",
        "The group agreed that any underspend should be carried forward to fund the independent scrutiny arrangements."],
     ["Confirm 2027/28 partner contributions by the next meeting"], ["All"]),
    ("7.", "Multi-agency training", [
        "Kerry reported that only 38% of attendees had completed the evaluation form for the last quarter's courses. The link had not worked for some people.",
        "Members were asked to keep promoting the training offer within their own agencies."],
     ["Recirculate the training evaluation link ASAP", "Promote the training offer within own agencies – ongoing"],
     ["KP", "All"]),
    ("8.", "Any other business", [
        "Deepak Tiwari told the group that the Integrated Care Board will consult on a new safeguarding supervision policy early in the new year and asked that it come to the March meeting for comment.",
        "Date of next meeting: Friday 22 January 2027, 10.00 – 12.00, via Microsoft Teams."], [], []),
]


def h06(path, src):
    d = Docx()
    d.para("Harlow Vale Safeguarding Children Partnership", bold=True, size=14, align="center")
    d.para("Executive Group – Minutes", bold=True, size=12, align="center")
    d.table([("Date:", "Friday 20 November 2026"), ("Time:", "10.00 – 12.00"), ("Venue:", "via Microsoft Teams")],
            widths=[3, 12], header=False, bold_first_col=True)
    present = [P("Sandra Bellamy", "SB", "Chair, Assistant Director Safeguarding", "Harlow Vale Council"),
               P("Deepak Tiwari", "DT", "Designated Nurse", "Harlow Vale ICB"),
               P("Joel Rennard", "JR", "Head of Performance", "Harlow Vale Council"),
               P("Harriet Mbeki", "HM", "Detective Inspector", "Harlow Vale Police"),
               P("Kerry Parfitt", "KP", "Partnership Business Manager", "Harlow Vale SCP")]
    d.para("Attendees", bold=True)
    d.table([("Name", "Role", "Organisation")] + [
        ("Sandra Bellamy (SB)", "Chair, Assistant Director Safeguarding", "Harlow Vale Council"),
        ("Deepak Tiwari (DT)", "Designated Nurse", "Harlow Vale ICB"),
        ("Joel Rennard (JR)", "Head of Performance", "Harlow Vale Council"),
        ("Harriet Mbeki (HM)", "Detective Inspector", "Harlow Vale Police"),
        ("Kerry Parfitt (KP)", "Partnership Business Manager", "Harlow Vale SCP"),
        ("Alys Morgan", "Minutes", "Harlow Vale SCP")], widths=[5, 6, 4])
    d.para([("Apologies: ", True), ("Father Michael Quaye (Diocesan Safeguarding Adviser), Wendy Lister (Headteacher, Harlow Vale Academy)", False)])
    rows = [("Item", "Discussion", "Action", "Owner")]
    for num, title, paras, acts, owners in H06:
        rows.append((num, [(title, True)] + paras, acts or "", owners or ""))
    d.table(rows, widths=[1.2, 8.5, 4.5, 1.5])
    d.save(path, src)
    items = [{"number": n.rstrip("."), "title": t, "discussion": disc(p)} for n, t, p, _a, _o in H06]
    return {
        "body": "Harlow Vale Safeguarding Children Partnership Executive Group", "date": "2026-11-20", "start_time": "10:00",
        "location": "Microsoft Teams", "next_meeting_date": "2027-01-22",
        "people": {"present": present, "in_attendance": [P("Alys Morgan", None, "Minutes", "Harlow Vale SCP")],
                   "apologies": [P("Michael Quaye", None, "Diocesan Safeguarding Adviser", None),
                                 P("Wendy Lister", None, "Headteacher", "Harlow Vale Academy")]},
        "items": items,
        "actions": [
            A("2", "Circulate the updated escalation policy to all schools and early years settings", "KP", ["Kerry Parfitt"], "2026-12-04", "by 4 December 2026"),
            A("3", "Draft the refreshed neglect strategy for consultation with the group", "SB", ["Sandra Bellamy"], "2026-12-11", "deadline 11/12/2026"),
            A("3", "Share the Graded Care Profile usage data by agency", "DT", ["Deepak Tiwari"], "2026-12-18", "by 18/12/26"),
            A("4", "Provide breakdown of re-referrals by age group", "JR", ["Joel Rennard"], "2027-01-29", "(29.01.27)"),
            A("5", "Map the panel membership against the locations considered and identify gaps", "HM", ["Harriet Mbeki"], "2027-02-28", "end of February 2027"),
            A("5", "Book a venue for the practitioner event", "KP", ["Kerry Parfitt"], "2027-01-11", "w/c 11 January"),
            A("6", "Confirm 2027/28 partner contributions", "All", ["All"], "2027-01-22", "by the next meeting"),
            A("7", "Recirculate the training evaluation link", "KP", ["Kerry Parfitt"], None, "ASAP"),
            A("7", "Promote the training offer within own agencies", "All", ["All"], None, "ongoing"),
        ],
        "action_updates": [
            {"item": "2", "text": "Action 3 – escalation policy to be updated to reflect the new health structure – complete.", "status": "closed"},
            {"item": "2", "text": "Action 4 – private fostering awareness campaign to run in October – complete.", "status": "closed"},
            {"item": "2", "text": "Action 5 – MASH audit: JR reported the fieldwork has finished and the report will come to the next meeting.", "status": "open"},
            {"item": "2", "text": "Action 6 – closed, as it duplicates action 2 on the QA subgroup log.", "status": "closed"},
        ],
        "decisions": [
            {"item": "2", "text": "The minutes of 18 September were agreed."},
            {"item": "3", "text": "The group agreed that the refreshed strategy should run for three years and should have a separate strand on adolescent neglect."},
            {"item": "6", "text": "The group agreed that any underspend should be carried forward to fund the independent scrutiny arrangements."},
        ],
        "forward_plan": [
            {"item": "2", "text": "MASH audit report", "when": "next meeting"},
            {"item": "8", "text": "ICB safeguarding supervision policy consultation, for comment", "when": "March meeting"},
        ],
        "notes": ("Item numbers printed '1.' -> '1'. Title is the bold first paragraph of the Discussion cell. Two actions in one cell "
                  "pair in order with two owner paragraphs (item 3: SB, DT; item 5: HM, KP; item 7: KP, All); the '1.'/'2.' prefixes "
                  "and due phrases are not part of the action text. Due phrases resolved against the meeting (20 Nov 2026): "
                  "'w/c 11 January' -> Monday 11 January 2027; 'by the next meeting' -> 22 January 2027; '(29.01.27)' -> 2027-01-29; "
                  "'ASAP'/'ongoing' -> null. due_text keeps the phrase without the dash ('deadline 11/12/2026'). Matters-arising cell "
                  "split into four updates (Action 5 still open). Alys Morgan listed with role 'Minutes' -> in_attendance. 'Father' "
                  "dropped from Michael Quaye. Location 'via Microsoft Teams' recorded as 'Microsoft Teams'."),
    }


H07 = [
    ("1", "Welcome and apologies", ["Naomi Prendergast welcomed members. Apologies and representatives were noted as above."], [], []),
    ("2", "Notes and actions from 22 September 2026", [
        "The notes were agreed as accurate.",
        "Data quality checks on the concerns spreadsheet – completed by Ravi; no further issues found.",
        "Care provider survey – Lydia has drafted it but it has not yet been sent out; carried forward.",
        "Request to the ICB for hospital discharge data – no longer needed as the data is now in the regional dataset. Closed."],
     [], []),
    ("3", "Quarterly performance report", [
        "Ravi Chaudhry presented the Q2 report. Concerns received: 842, up from 790 in Q1. The largest increase was in concerns about domestic abuse involving older people, which Ravi linked to the campaign run in July with the fire service.",
        "Section 42 enquiries completed within the local timescale of 28 days fell to 64%. Naomi asked for the reasons to be explored with team managers before the report goes to the Board.",
        "Decision: the subgroup agreed to recommend a local target of 75% for enquiries completed within 28 days for 2027/28."],
     [("Explore reasons for the fall in timeliness of Section 42 enquiries with team managers", "RC", ["Ravi Chaudhry"], "Due: 11/12/2026", "2026-12-11")],
     ["the subgroup agreed to recommend a local target of 75% for enquiries completed within 28 days for 2027/28."]),
    ("4", "Case file audit – financial abuse", [
        "Lydia Okonjo presented the audit of twelve cases of financial abuse. Good practice was found in the use of the bank protocol, but in five cases there was no evidence that the person's wishes had been recorded.",
        "The police representative, Sergeant Frank Addo, said the Economic Crime Unit was happy to deliver a session to social workers on evidence gathering.",
        "Decision: findings to be shared with the Learning and Development Subgroup."],
     [("Arrange a session on evidence gathering in financial abuse cases with the Economic Crime Unit", "FA / LO", ["Frank Addo", "Lydia Okonjo"], "Due: end of January 2027", "2027-01-31"),
      ("Send the audit findings to the chair of the Learning and Development Subgroup", "LO", ["Lydia Okonjo"], "Due: 04.12.2026", "2026-12-04")],
     ["findings to be shared with the Learning and Development Subgroup."]),
    ("5", "Work plan and forward look", [
        "The subgroup reviewed its work plan. The audit of self-neglect cases will be presented in January and the annual report data return in April.",
        "The next meeting is on Tuesday 26 January 2027, 2.00pm – 4.00pm, Room 4, Civic Centre."],
     [], []),
]


def h07(path, src):
    d = Docx()
    d.header_text("Kingsmere Safeguarding Adults Board")
    d.para("Performance and Quality Subgroup", bold=True, size=14)
    d.para("Notes of meeting – Tuesday 24 November 2026", bold=True)
    d.para("2.00pm – 4.00pm, Room 4, Civic Centre, Kingsmere")
    grid = [("Naomi Prendergast (Chair)", "Kingsmere Council – Adult Social Care", "✓", ""),
            ("Ravi Chaudhry", "Kingsmere Council – Performance Team", "✓", ""),
            ("Lydia Okonjo", "Kingsmere Council – Safeguarding Adults Team", "✓", ""),
            ("Insp Grace Whitlock", "Kingsmere Police", "✗", "Represented by Sgt Frank Addo"),
            ("Moira Galbraith", "Kingsmere ICB", "✓", ""),
            ("Peter Szabo", "Kingsmere Community Trust", "✗", "Apologies"),
            ("Farah Lindley", "Age Concern Kingsmere", "✗", "Represented by Josh Kemp"),
            ("Helen Tarrant", "Board Business Unit (notes)", "✓", "")]
    d.table([("Member", "Organisation", "Attended", "Notes")] + grid, widths=[5, 6, 2, 4])
    d.para("Key: ✓ attended   ✗ not attended")
    for num, title, paras, acts, _decs in H07:
        d.para(f"{num}. {title}", bold=True)
        for p in paras:
            if p.startswith("Decision:"):
                d.para([("Decision:", True), (p[len("Decision:"):], False)])
            else:
                d.para(p)
        for text, owner_text, _o, due_text, _d in acts:
            d.para(f"• Action ({owner_text}): {text}. {due_text}")
    d.save(path, src)
    items, actions, decisions = [], [], []
    for num, title, paras, acts, decs in H07:
        full = list(paras) + [f"• Action ({a[1]}): {a[0]}. {a[3]}" for a in acts]
        items.append({"number": num, "title": title, "discussion": disc(full)})
        actions += [A(num, t, ot, o, due, dt.replace("Due: ", "")) for t, ot, o, dt, due in acts]
        decisions += [{"item": num, "text": x} for x in decs]
    decisions.insert(0, {"item": "2", "text": "The notes were agreed as accurate."})
    return {
        "body": "Kingsmere Safeguarding Adults Board Performance and Quality Subgroup", "date": "2026-11-24", "start_time": "14:00",
        "location": "Room 4, Civic Centre, Kingsmere", "next_meeting_date": "2027-01-26",
        "people": {
            "present": [P("Naomi Prendergast", None, "Chair", "Kingsmere Council – Adult Social Care"),
                        P("Ravi Chaudhry", None, None, "Kingsmere Council – Performance Team"),
                        P("Lydia Okonjo", None, None, "Kingsmere Council – Safeguarding Adults Team"),
                        P("Frank Addo", None, "Sgt", "Kingsmere Police", "Grace Whitlock"),
                        P("Moira Galbraith", None, None, "Kingsmere ICB"),
                        P("Josh Kemp", None, None, "Age Concern Kingsmere", "Farah Lindley")],
            "in_attendance": [P("Helen Tarrant", None, "notes", "Board Business Unit")],
            "apologies": [P("Grace Whitlock", None, "Insp", "Kingsmere Police"),
                          P("Peter Szabo", None, None, "Kingsmere Community Trust"),
                          P("Farah Lindley", None, None, "Age Concern Kingsmere")]},
        "items": items, "actions": actions,
        "action_updates": [
            {"item": "2", "text": "Data quality checks on the concerns spreadsheet – completed by Ravi; no further issues found.", "status": "closed"},
            {"item": "2", "text": "Care provider survey – Lydia has drafted it but it has not yet been sent out; carried forward.", "status": "carried_forward"},
            {"item": "2", "text": "Request to the ICB for hospital discharge data – no longer needed as the data is now in the regional dataset. Closed.", "status": "closed"},
        ],
        "decisions": decisions,
        "forward_plan": [{"item": "5", "text": "Audit of self-neglect cases", "when": "January"},
                         {"item": "5", "text": "Annual report data return", "when": "April"}],
        "notes": ("Partnership name only in the page header; body = partnership + subgroup. Tick grid: ✓ -> present; ✗ with "
                  "'Represented by X' -> member under apologies, X under present with deputising_for; ✗ 'Apologies' -> apologies. "
                  "Ranks (Insp, Sgt) to role. Helen Tarrant '(notes)' -> in_attendance. Bullet 'Action (OWNER): text. Due: date' -> "
                  "action; owners by name from the discussion (FA = Frank Addo, RC = Ravi Chaudhry); due_text without 'Due: '. "
                  "'Decision:' lines -> decisions (text after the label). Discussion includes the action bullets as written."),
    }
