"""k01-k03: landscape Part table (docx), decisions log (pdf), Summary/Decision/Action agenda (docx)."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Pt

from assure.imports.tests.heldout_kit import BODY, H1, H2, A, Docx, P, Pdf, build_pdf, disc

# ---------------------------------------------------------------- k01: landscape table, merged Part rows
K01_PARTS = [
    ("PART 1 – STATUTORY BUSINESS", [
        ("1", "Welcome, introductions and apologies", [
            "The Chair welcomed members to the meeting, in particular Owen Treharne, who attended for the first time since taking up his post in Housing Options. Apologies were noted as listed."], [], "", ""),
        ("2", "Minutes of 15 September 2026 and action tracker", [
            "The minutes of the meeting held on 15 September 2026 were agreed as an accurate record.",
            "Action 14 (refresh of the self-neglect protocol) – complete; the protocol was relaunched on 12 October.",
            "Action 15 (section 42 conversion rates broken down by team) – outstanding; carried forward to February.",
            "Action 16 (letter to care home providers about the new quality framework) – complete."], [], "", ""),
    ]),
    ("PART 2 – ASSURANCE", [
        ("3", "Section 42 enquiries – quarter 2 data", [
            "Marcus Oyelaran presented the quarter 2 data. The number of concerns received rose to 612, the highest quarterly figure recorded, and 31 per cent progressed to a section 42 enquiry.",
            "Enquiries not concluded within 90 days had grown from 40 to 57. Members asked whether the delay sat with particular teams; the Head of Adult Safeguarding said two locality teams carried most of the backlog because of vacancies."],
         ["Break down the enquiries not concluded within 90 days by team and report the reasons"],
         "Head of Adult Safeguarding", "31.12.26"),
        ("4", "Safeguarding adults review – Mr K", [
            "Lydia Fenwick introduced the final report of the review into the death of Mr K, a 58 year old man who died in temporary accommodation after a long period of self-neglect.",
            "The report found that agencies had each held part of the picture but that nobody had convened a multi-agency meeting. It makes six recommendations, two of which concern the housing pathway for people leaving hospital with no settled address.",
            "The Board agreed to publish the report in January 2027 with a seven minute briefing, subject to the family's views."],
         ["Prepare the publication plan and seven minute briefing for the Mr K review",
          "Share the hospital discharge and housing pathway learning with the homelessness forum"],
         ["Board Manager", "Head of Service, Housing Options"], ["by the end of next month", "Q1 2027"]),
    ]),
    ("PART 3 – LEARNING AND DEVELOPMENT", [
        ("5", "Training evaluation 2026", [
            "Sunita Bhardwaj summarised the evaluation of the 2026 training programme. 1,140 practitioners attended at least one course. Follow-up surveys three months later showed that most practitioners felt more confident about making safeguarding personal, but fewer than half had used the mental capacity guidance in practice."],
         ["Circulate the training evaluation summary to all Board members"],
         "Board Manager / Designated Nurse", "2 weeks"),
        ("6", "Any other business", [
            "None raised. The next meeting will be held on Tuesday 16 February 2027 at 1.30pm in the Council Chamber."], [], "", ""),
    ]),
]


def _cell(cell, paras, bold=False, size=9):
    for i, t in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        r.font.size = Pt(size)


def k01(path, src):
    d = Docx()
    sec = d.doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.para("Glenmorrow Safeguarding Adults Board", bold=True, size=14)
    d.para("Minutes of the Board meeting held on Tuesday 17 November 2026, 1.30pm – 4.00pm")
    d.para("Venue: Council Chamber, Glenmorrow Civic Offices, Abbey Road, Glenmorrow")
    present = [P("Helena Marchbank", None, "Independent Chair", "Glenmorrow Safeguarding Adults Board"),
               P("Colin Ashby", None, "Director of Adult Social Care", "Glenmorrow Council"),
               P("Fiona Reade", None, "Detective Chief Inspector, Head of Safeguarding", "Glenmorrow Police"),
               P("Marcus Oyelaran", None, "Head of Adult Safeguarding", "Glenmorrow Council"),
               P("Sunita Bhardwaj", None, "Designated Nurse", "Glenmorrow Integrated Care Board"),
               P("Owen Treharne", None, "Head of Service, Housing Options", "Glenmorrow Council"),
               P("Lydia Fenwick", None, "Board Manager", "Glenmorrow Safeguarding Adults Board")]
    inatt = [P("Tom Ravelston", None, "Business Support Officer (minutes)", "Glenmorrow Safeguarding Adults Board")]
    apols = [P("Gwen Halloway", None, "Chief Executive", "Glenmorrow Voluntary Action"),
             P("Rajesh Menon", None, "Head of Service", "Glenmorrow Probation Delivery Unit")]
    shown = ["Dr Helena Marchbank"] + [p["name"] for p in present[1:2]] + ["DCI Fiona Reade"] + [p["name"] for p in present[3:]]
    rows = [["Attendee", "Title", "Organisation"]]
    rows.append(["Present", "", ""])
    for n, p in zip(shown, present):
        rows.append([n, p["role"], p["organisation"]])
    rows.append(["In attendance", "", ""])
    rows += [[p["name"], p["role"], p["organisation"]] for p in inatt]
    rows.append(["Apologies", "", ""])
    rows += [[p["name"], p["role"], p["organisation"]] for p in apols]
    t = d.doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for ri, row in enumerate(rows):
        cells = t.add_row().cells
        if row[1] == "" and ri > 0:
            m = cells[0].merge(cells[2])
            _cell(m, [row[0]], bold=True)
            d.lines.append(row[0])
            continue
        for c, v in zip(cells, row):
            _cell(c, [v], bold=ri == 0)
            d.lines.append(v)
    d.doc.add_paragraph()
    t = d.doc.add_table(rows=0, cols=6)
    t.style = "Table Grid"
    head = ["Ref", "Item", "Minute", "Action", "Lead", "Timescale"]
    cells = t.add_row().cells
    for c, v in zip(cells, head):
        _cell(c, [v], bold=True)
        d.lines.append(v)
    items = []
    for part, its in K01_PARTS:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        _cell(m, [part], bold=True, size=10)
        d.lines.append(part)
        for num, title, paras, acts, lead, when in its:
            cells = t.add_row().cells
            leads = lead if isinstance(lead, list) else ([lead] if lead else [])
            whens = when if isinstance(when, list) else ([when] if when else [])
            for c, v in zip(cells, [[num], [title], paras, acts, leads, whens]):
                _cell(c, v or [""])
                d.lines += [x for x in v if x]
            items.append({"number": num, "title": title, "discussion": disc(paras)})
    d.footer_text("Glenmorrow SAB – minutes 17.11.2026 – OFFICIAL")
    d.save(path, src)
    return {
        "body": "Glenmorrow Safeguarding Adults Board", "date": "2026-11-17", "start_time": "13:30",
        "location": "Council Chamber, Glenmorrow Civic Offices, Abbey Road, Glenmorrow", "next_meeting_date": "2027-02-16",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": items,
        "actions": [
            A("3", "Break down the enquiries not concluded within 90 days by team and report the reasons",
              "Head of Adult Safeguarding", ["Marcus Oyelaran"], "2026-12-31", "31.12.26"),
            A("4", "Prepare the publication plan and seven minute briefing for the Mr K review", "Board Manager",
              ["Lydia Fenwick"], "2026-12-31", "by the end of next month"),
            A("4", "Share the hospital discharge and housing pathway learning with the homelessness forum",
              "Head of Service, Housing Options", ["Owen Treharne"], None, "Q1 2027"),
            A("5", "Circulate the training evaluation summary to all Board members", "Board Manager / Designated Nurse",
              ["Lydia Fenwick", "Sunita Bhardwaj"], "2026-12-01", "2 weeks"),
        ],
        "action_updates": [
            {"item": "2", "text": "Action 14 (refresh of the self-neglect protocol) – complete; the protocol was relaunched on 12 October.", "status": "closed"},
            {"item": "2", "text": "Action 15 (section 42 conversion rates broken down by team) – outstanding; carried forward to February.", "status": "carried_forward"},
            {"item": "2", "text": "Action 16 (letter to care home providers about the new quality framework) – complete.", "status": "closed"},
        ],
        "decisions": [
            {"item": "2", "text": "The minutes of the meeting held on 15 September 2026 were agreed as an accurate record."},
            {"item": "4", "text": "The Board agreed to publish the report in January 2027 with a seven minute briefing, subject to the family's views."},
        ],
        "forward_plan": [],
        "notes": ("Landscape table; 'PART n' rows are merged across all columns and are groupings, not items. "
                  "Attendance table with merged section rows Present / In attendance / Apologies. 'Dr' and 'DCI' dropped from names; "
                  "DCI kept in role as 'Detective Chief Inspector, Head of Safeguarding' (the title column wrote the post; the rank only prefixed the name). "
                  "Leads are job titles resolved through the attendance table: Head of Adult Safeguarding -> Marcus Oyelaran, Board Manager -> Lydia Fenwick, "
                  "Head of Service, Housing Options -> Owen Treharne, Designated Nurse -> Sunita Bhardwaj (Rajesh Menon is also 'Head of Service' but not Housing Options). "
                  "Two actions in item 4's Action cell paired in order with two Lead and Timescale paragraphs. "
                  "'31.12.26' -> 2026-12-31; 'by the end of next month' -> end of December 2026 (meeting in November); "
                  "'2 weeks' -> meeting date + 14 days = 2026-12-01; 'Q1 2027' -> null (calendar vs financial-year quarter is ambiguous), due_text kept. "
                  "Next meeting from item 6. Action 15 'carried forward to February' is an update, not a forward-plan entry."),
    }


# ---------------------------------------------------------------- k02: PDF with a Decisions log at the end
K02_ITEMS = [
    ("1", "Welcome and apologies", ["Jonah Whitlock welcomed the group. Apologies as above."]),
    ("2", "Notes of the last meeting and matters arising", [
        "The notes of 2 September 2026 were accepted.",
        "Matters arising: the missing-from-home protocol has been signed by all three partners (complete). The request to the ICB for GP flagging data is still open; Dr Carys Onwuka will raise it again at the ICB safeguarding committee."]),
    ("3", "Multi-agency child exploitation panel – review", [
        "Inspector Ben Scarsdale reported on the six-month review of the exploitation panel. 41 children had been discussed, of whom 29 had a disruption plan. Attendance by schools had been poor, with education represented at only half of the panels.",
        "Members discussed moving the panel to a fortnightly cycle with a shorter agenda. Schools had said that a fixed afternoon would help.",
        "[A1] BS to draft revised terms of reference for a fortnightly panel – by 27 November 2026.",
        "[A2] RL to write to secondary headteachers about attendance at the panel – before the end of term."]),
    ("4", "Partnership budget 2027/28", [
        "Jonah Whitlock set out the proposed contributions for 2027/28. The police and the ICB had confirmed an uplift of 3 per cent; the council contribution was awaiting the budget round.",
        "[A3] JW to confirm the council contribution to the Executive – by the January meeting."]),
    ("5", "Independent scrutiny report", [
        "The independent scrutineer's report was received. It praised the partnership's work on neglect and recommended that the Executive publishes a plain-English summary of its annual report for children and families.",
        "[A4] Business Unit to produce a young people's version of the annual report – end of March 2027."]),
]


def k02(path, src):
    pdf = Pdf()
    pdf.para("Hartsfell Safeguarding Children Partnership", H1)
    pdf.para("Executive Group – Notes of meeting", H2)
    pdf.para("Wednesday 4 November 2026 at 10:00, Meeting Room 3, Hartsfell Police Headquarters")
    present = [P("Jonah Whitlock", "JW", "Partnership Manager (Chair)", "Hartsfell SCP"),
               P("Ben Scarsdale", "BS", "Inspector", "Hartsfell Police"),
               P("Carys Onwuka", "CO", "Designated Doctor", "Hartsfell ICB"),
               P("Rebecca Lowe", "RL", "Education Safeguarding Lead", "Hartsfell Council"),
               P("Amir Sethi", "AS", "Assistant Director, Children's Social Care", "Hartsfell Council")]
    inatt = [P("Holly Dunne", None, "Business Support (notes)", None)]
    apols = [P("Neil Carrow", None, None, "Hartsfell Youth Justice Service")]
    pdf.rich([("Members present: ", True), ("Jonah Whitlock (JW), Partnership Manager, Hartsfell SCP – Chair; Insp Ben Scarsdale (BS), Hartsfell Police; "
                                           "Dr Carys Onwuka (CO), Designated Doctor, Hartsfell ICB; Rebecca Lowe (RL), Education Safeguarding Lead, Hartsfell Council; "
                                           "Amir Sethi (AS), Assistant Director, Children's Social Care, Hartsfell Council", False)])
    pdf.rich([("Notes: ", True), ("Holly Dunne, Business Support", False)])
    pdf.rich([("Apologies: ", True), ("Neil Carrow (Hartsfell Youth Justice Service)", False)])
    items = []
    for num, title, paras in K02_ITEMS:
        pdf.para(f"{num}. {title}", H2)
        for p in paras:
            pdf.para(p)
        items.append({"number": num, "title": title, "discussion": disc(paras)})
    pdf.para("Date of next meeting: Wednesday 13 January 2027, 10:00, Meeting Room 3", BODY, bold=True)
    pdf.para("Decisions log", H2)
    decisions = [("D1", "2", "The notes of the meeting on 2 September 2026 were accepted as accurate."),
                 ("D2", "3", "The Executive agreed in principle that the exploitation panel moves to a fortnightly cycle from January 2027, subject to revised terms of reference."),
                 ("D3", "4", "The Executive approved the police and ICB contributions for 2027/28."),
                 ("D4", "5", "The Executive accepted the independent scrutiny report and its recommendation.")]
    pdf.table([["No.", "Item", "Decision"]] + [[n, i, t] for n, i, t in decisions], [1.5, 1.5, 14])
    build_pdf(pdf, path, "Executive Group notes 4 November 2026", "Hartsfell SCP")
    src.write_text("\n".join(pdf.lines) + "\n", encoding="utf-8")
    return {
        "body": "Hartsfell Safeguarding Children Partnership Executive Group", "date": "2026-11-04", "start_time": "10:00",
        "location": "Meeting Room 3, Hartsfell Police Headquarters", "next_meeting_date": "2027-01-13",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": items,
        "actions": [
            A("3", "draft revised terms of reference for a fortnightly panel", "BS", ["Ben Scarsdale"], "2026-11-27", "by 27 November 2026"),
            A("3", "write to secondary headteachers about attendance at the panel", "RL", ["Rebecca Lowe"], None, "before the end of term"),
            A("4", "confirm the council contribution to the Executive", "JW", ["Jonah Whitlock"], "2027-01-13", "by the January meeting"),
            A("5", "produce a young people's version of the annual report", "Business Unit", ["Business Unit"], "2027-03-31", "end of March 2027"),
        ],
        "action_updates": [
            {"item": "2", "text": "the missing-from-home protocol has been signed by all three partners (complete).", "status": "closed"},
            {"item": "2", "text": "The request to the ICB for GP flagging data is still open; Dr Carys Onwuka will raise it again at the ICB safeguarding committee.", "status": "open"},
        ],
        "decisions": [{"item": i, "text": t} for _, i, t in decisions],
        "forward_plan": [],
        "notes": ("Decisions appear only in the closing 'Decisions log' table, linked to items by the Item column; D-numbers are not item numbers. "
                  "'[A1] BS to ... – date' lines are actions and stay in the discussion. Insp and Dr dropped from names; Insp -> role 'Inspector'. "
                  "'– Chair' folded into role. Holly Dunne (Notes:) -> in_attendance. 'by the January meeting' -> next meeting 2027-01-13. "
                  "'before the end of term' -> null (term end not given). Group owner 'Business Unit' as written. "
                  "The next-meeting line sits between item 5 and the Decisions log and is not part of item 5's discussion."),
    }


# ---------------------------------------------------------------- k03: agenda items with Summary / Decision / Action (who, when)
K03_ITEMS = [
    ("1", "Introductions and apologies", [("Summary", "Members introduced themselves. Apologies were received from Grace Mbeki and Paul Orrin.")]),
    ("2", "Previous minutes and action log", [
        ("Summary", "The minutes of 8 October 2026 were approved. Action 7 (audit of safeguarding referrals from dentists) – closed, the audit found no gaps. Action 8 (update the escalation policy flowchart) – open, a draft is with the policy group."),
        ("Decision", "Minutes approved.")]),
    ("3", "Quality assurance framework refresh", [
        ("Summary", "Alys Brereton presented the refreshed framework. The number of indicators has been reduced from 48 to 22, and each indicator now names the agency that owns the data. Members welcomed the shorter set but were concerned that nothing measured the experience of adults who had been through a safeguarding enquiry."),
        ("Decision", "The subgroup endorsed the framework for sign-off by the Board, with one indicator on the experience of adults to be added."),
        ("Action (who, when)", "Draft an indicator on the experience of adults after a section 42 enquiry (Alys Brereton, 8 January 2027)")]),
    ("4", "Care home quality dashboard", [
        ("Summary", "Kieran Lusk reported that four care homes were rated inadequate by the regulator in the quarter, two of them in the Northgate area. Provider concerns meetings have been held for all four."),
        ("Action (who, when)", "Circulate the list of homes under provider concerns to subgroup members monthly (Kieran Lusk, ongoing)"),
        ("Action (who, when)", "Bring the dashboard with trend lines to the next meeting (Kieran Lusk and Alys Brereton, next meeting)")]),
    ("5", "Any other business", [("Summary", "None. Next meeting: Thursday 14 January 2027, 2pm, on Microsoft Teams.")]),
]


def k03(path, src):
    d = Docx()
    d.header_text("Larkfield Safeguarding Adults Board")
    d.para("Quality and Performance Subgroup", bold=True, size=14)
    d.para("Minutes – Thursday 26 November 2026, 2.00pm – 3.30pm, Microsoft Teams")
    present = [P("Alys Brereton", None, "Quality Assurance Manager (Chair)", "Larkfield Council"),
               P("Kieran Lusk", None, "Contracts and Commissioning Lead", "Larkfield Council"),
               P("Naomi Quarrie", None, "Named Nurse Safeguarding Adults", "Larkfield Hospitals NHS Trust"),
               P("Stefan Ilic", None, "Detective Sergeant", "Larkfield Police")]
    inatt = [P("Jade Roper", None, "Minutes", "Larkfield SAB Business Unit")]
    apols = [P("Grace Mbeki", None, "Head of Safeguarding", "Larkfield Mental Health Trust"),
             P("Paul Orrin", None, "Operations Manager", "Larkfield Care Association")]
    rows = [["Name", "Role", "Organisation", "Attendance"]]
    rows += [[p["name"] if p["name"] != "Stefan Ilic" else "DS Stefan Ilic", p["role"] if p["name"] != "Stefan Ilic" else "Detective Sergeant, Adult Protection",
              p["organisation"], "Present"] for p in present]
    rows += [[p["name"], p["role"], p["organisation"], "In attendance"] for p in inatt]
    rows += [[p["name"], p["role"], p["organisation"], "Apologies"] for p in apols]
    present[3]["role"] = "Detective Sergeant, Adult Protection"
    d.table(rows)
    items = []
    for num, title, parts in K03_ITEMS:
        d.heading(f"Agenda item {num} – {title}", 2)
        paras = []
        for label, text in parts:
            d.para([(f"{label}: ", True), (text, False)])
            paras.append(f"{label}: {text}")
        items.append({"number": num, "title": title, "discussion": disc(paras)})
    d.save(path, src)
    return {
        "body": "Larkfield Safeguarding Adults Board Quality and Performance Subgroup", "date": "2026-11-26", "start_time": "14:00",
        "location": "Microsoft Teams", "next_meeting_date": "2027-01-14",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": items,
        "actions": [
            A("3", "Draft an indicator on the experience of adults after a section 42 enquiry", "Alys Brereton", ["Alys Brereton"], "2027-01-08", "8 January 2027"),
            A("4", "Circulate the list of homes under provider concerns to subgroup members monthly", "Kieran Lusk", ["Kieran Lusk"], None, "ongoing"),
            A("4", "Bring the dashboard with trend lines to the next meeting", "Kieran Lusk and Alys Brereton", ["Kieran Lusk", "Alys Brereton"], "2027-01-14", "next meeting"),
        ],
        "action_updates": [
            {"item": "2", "text": "Action 7 (audit of safeguarding referrals from dentists) – closed, the audit found no gaps.", "status": "closed"},
            {"item": "2", "text": "Action 8 (update the escalation policy flowchart) – open, a draft is with the policy group.", "status": "open"},
        ],
        "decisions": [
            {"item": "2", "text": "Minutes approved."},
            {"item": "3", "text": "The subgroup endorsed the framework for sign-off by the Board, with one indicator on the experience of adults to be added."},
        ],
        "forward_plan": [],
        "notes": ("Partnership name only in the page header; body = header + subgroup title. Attendance is one table with an Attendance column "
                  "(Present / In attendance / Apologies). 'DS' dropped from the name; role as in the Role column. "
                  "Each item has labelled sub-paragraphs 'Summary:' / 'Decision:' / 'Action (who, when):'; discussion keeps them with their labels. "
                  "Action text is before the bracket; '(who, when)' gives owner_text and due_text. 'next meeting' -> 2027-01-14 (item 5). "
                  "'ongoing' -> null. Item titles without 'Agenda item N –'."),
    }
