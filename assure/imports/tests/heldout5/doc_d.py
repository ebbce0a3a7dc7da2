"""m10-m12: typed plain-text minutes with a fixed-width action log (txt), Board minutes in Parts with x.y paragraphs and
ACTION sentences in the prose (docx), minutes table with a narrow right-hand "Action by" column (pdf)."""
from __future__ import annotations

import textwrap

from assure.imports.tests.heldout_kit import BODY, H1, A, Docx, P, Pdf, build_pdf_as, disc, save_text

WORD = ("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365")  # PDF creator / producer


# ---------------------------------------------------------------- m10: plain text, fixed-width attendance and action log
def m10(path, src):
    items = [
        ("1", "MINUTES AND MATTERS ARISING", [
            "1.1 Minutes of 5 October 2026 agreed.",
            "1.2 CEM44 – taxi driver safeguarding training: 312 drivers trained. CLOSED.",
            "1.3 CEM46 – return home interview data by district: PC circulated before the meeting. CLOSED.",
            "1.4 CEM47 – schools awareness sessions on county lines: 9 of 14 secondary schools done, remaining 5 booked for the spring term. OPEN – carry forward."]),
        ("2", "EXPLOITATION PROFILE – QUARTER 2", [
            "2.1 ZQ presented the quarter 2 profile. 58 children were screened as at risk of exploitation, 19 of them girls. Online grooming is now the most common route in for girls under 14, mostly through gaming platforms.",
            "2.2 The group noted that three of the children with the highest risk scores had recently moved into the area from neighbouring authorities without any transfer of information.",
            "2.3 Agreed that a cross-border information sharing request should go to the three neighbouring partnerships."]),
        ("3", "MISSING CHILDREN", [
            "3.1 PC reported 141 missing episodes in the quarter involving 63 children. Children in care placed from other authorities accounted for 40% of episodes. Return home interviews were offered in 92% of cases and accepted in 51%.",
            "3.2 DCI Hale asked that the top ten repeat missing children are reviewed at the next meeting with their allocated workers."]),
        ("4", "DISRUPTION ACTIVITY", [
            "4.1 MH gave an update on disruption activity. Two child abduction warning notices were issued and one trafficking prevention order was obtained. A hotel in the town centre has been visited after staff reported concerns about young people staying with older men.",
            "4.2 Members discussed the hotel watch scheme, which had lapsed when the licensing officer left."]),
        ("5", "AOB", ["5.1 None."]),
    ]
    log = [
        ("CEM51", "2.3", "Write to the three neighbouring partnerships requesting a cross-border information sharing arrangement for children moving into the area", "MH/ZQ", "18/12/2026"),
        ("CEM52", "3.2", "Bring the top ten repeat missing children to the next meeting with allocated workers invited", "PC", "Feb mtg"),
        ("CEM53", "4.2", "Relaunch the hotel watch scheme with licensing and the police", "Licensing / MH", "31/01/27"),
        ("CEM54", "2.1", "Share the online grooming findings with the schools safeguarding network", "ZQ", "asap"),
        ("CEM55", "4.1", "Report disruption outcomes to each meeting", "MH", "Ongoing"),
    ]
    lines = [
        "SOUTHBROOK SAFEGUARDING CHILDREN PARTNERSHIP",
        "Child Exploitation and Missing (CEM) Subgroup",
        "",
        "Minutes: Monday 7 December 2026, 14:00 - 15:30",
        "Venue:   Southbrook Youth Justice Office, 4 Kings Parade",
        "",
        "PRESENT",
        "  DCI Marcus Hale (MH)      Southbrook Police (Chair)",
        "  Zara Quinn (ZQ)           Exploitation Coordinator, Southbrook Council",
        "  Paul Chadwick (PC)        Missing Children Lead, Southbrook Council",
        "  Nisha Ramji (NR)          Named Nurse, Southbrook Community Health",
        "  Ollie Brennan (OB)        Youth Justice Team Manager (for Liz Harper)",
        "",
        "APOLOGIES",
        "  Liz Harper                Head of Youth Justice, Southbrook Council",
        "  Gary Fox                  Licensing Manager, Southbrook Council",
        "",
        "ALSO PRESENT",
        "  Jenny Alder               SSCP Business Support (minutes)",
        "",
    ]
    for num, title, paras in items:
        lines.append(f"{num}  {title}")
        for p in paras:
            w = textwrap.wrap(p, 96, subsequent_indent="    ")
            lines += w
        lines.append("")
    lines += ["NEXT MEETING: Monday 1 February 2027, 14:00, Southbrook Youth Justice Office", "", "", "ACTION LOG",
              "Ref    Item  Action                                        Owner           Due",
              "-----  ----  --------------------------------------------  --------------  ----------"]
    for ref, item, text, owner, due in log:
        w = textwrap.wrap(text, 44)
        lines.append(f"{ref:<5}  {item:<4}  {w[0]:<44}  {owner:<14}  {due}")
        for more in w[1:]:
            lines.append(f"{'':<5}  {'':<4}  {more}")
    lines += ["", "Minutes are draft until agreed at the next meeting."]
    save_text(path, src, "\n".join(lines) + "\n")
    due = {"18/12/2026": "2026-12-18", "Feb mtg": "2027-02-01", "31/01/27": "2027-01-31"}
    owners = {"MH/ZQ": ["Marcus Hale", "Zara Quinn"], "PC": ["Paul Chadwick"], "Licensing / MH": ["Licensing", "Marcus Hale"],
              "ZQ": ["Zara Quinn"], "MH": ["Marcus Hale"]}
    return {
        "body": "Southbrook Safeguarding Children Partnership Child Exploitation and Missing (CEM) Subgroup", "date": "2026-12-07", "start_time": "14:00",
        "location": "Southbrook Youth Justice Office, 4 Kings Parade", "next_meeting_date": "2027-02-01",
        "people": {
            "present": [P("Marcus Hale", "MH", "DCI (Chair)", "Southbrook Police"),
                        P("Zara Quinn", "ZQ", "Exploitation Coordinator", "Southbrook Council"),
                        P("Paul Chadwick", "PC", "Missing Children Lead", "Southbrook Council"),
                        P("Nisha Ramji", "NR", "Named Nurse", "Southbrook Community Health"),
                        P("Ollie Brennan", "OB", "Youth Justice Team Manager", None, "Liz Harper")],
            "in_attendance": [P("Jenny Alder", None, "SSCP Business Support (minutes)", None)],
            "apologies": [P("Liz Harper", None, "Head of Youth Justice", "Southbrook Council"),
                          P("Gary Fox", None, "Licensing Manager", "Southbrook Council")]},
        "items": [{"number": n, "title": t, "discussion": disc(p)} for n, t, p in items],
        "actions": [A(item.split(".")[0], text, owner, owners[owner], due.get(d), d) for _, item, text, owner, d in log],
        "action_updates": [
            {"item": "1", "text": "CEM44 – taxi driver safeguarding training: 312 drivers trained. CLOSED.", "status": "closed"},
            {"item": "1", "text": "CEM46 – return home interview data by district: PC circulated before the meeting. CLOSED.", "status": "closed"},
            {"item": "1", "text": "CEM47 – schools awareness sessions on county lines: 9 of 14 secondary schools done, remaining 5 booked for the spring term. OPEN – carry forward.", "status": "carried_forward"},
        ],
        "decisions": [
            {"item": "1", "text": "Minutes of 5 October 2026 agreed."},
            {"item": "2", "text": "Agreed that a cross-border information sharing request should go to the three neighbouring partnerships."},
        ],
        "forward_plan": [{"item": "3", "text": "Review of the top ten repeat missing children with their allocated workers", "when": "next meeting"}],
        "notes": ("Typed plain text: attendance in fixed-width columns 'Name (XX)   role, org' under PRESENT / APOLOGIES / ALSO PRESENT; 'DCI' dropped from the name and kept "
                  "as role with '(Chair)'; '(for Liz Harper)' -> deputising_for; the minute taker under ALSO PRESENT -> in_attendance. Items 'N  TITLE IN CAPITALS' with "
                  "paragraphs numbered 'n.n' and wrapped with a hanging indent (discussion keeps the unwrapped paragraphs). Actions appear only in the closing fixed-width "
                  "ACTION LOG (Ref / Item / Action / Owner / Due) whose Action column wraps onto continuation lines; the Item column gives the paragraph, so item = its "
                  "first part. 'Feb mtg' -> the next meeting 2027-02-01; '31/01/27' -> 2027-01-31; 'asap' / 'Ongoing' -> null. 'Licensing' is a group owner kept as written. "
                  "Matters-arising lines with CEM refs are updates (CLOSED -> closed, OPEN – carry forward -> carried_forward). Item 3.2's request is recorded as a "
                  "forward-plan entry and as action CEM52."),
    }


# ---------------------------------------------------------------- m11: Board minutes in Parts, x.y paragraphs, ACTION sentences in the prose
M11_PARTS = [
    ("Part 1 – Governance", [
        ("1", "Welcome, apologies and declarations of interest", [
            "1.1 The Chair welcomed members to the last Board meeting of the year. Apologies were noted as listed above. No declarations of interest were made."]),
        ("2", "Minutes of the meeting on 17 September 2026 and action log", [
            "2.1 The minutes were agreed as a true and accurate record.",
            "2.2 Ref 2026/14 (peer review of section 42 decision-making): the peer review took place on 3 November and the report is due in January. Remains open.",
            "2.3 Ref 2026/15 (Board website accessibility audit): complete, and the website now meets the accessibility standard.",
            "2.4 Ref 2026/16 (recruitment of a lay member): no suitable applicants were found; the post will be re-advertised in the new year and the action carried forward."]),
        ("3", "Budget monitoring 2026/27", [
            "3.1 Rachel Simms presented the budget position. The Board expects to spend within its budget of £312,000, with a small underspend on reviews because one SAR has been delayed by a criminal trial.",
            "3.2 The Board agreed that the underspend be carried into 2027/28 to meet the cost of the delayed review. ACTION: RS to confirm the carry-forward arrangements with the council's finance team by 22 January 2027."]),
    ]),
    ("Part 2 – Assurance and learning", [
        ("4", "Safeguarding Adults Review – Ms H", [
            "4.1 Dr Alan Pierce, the independent reviewer, presented the final report on Ms H, a 43 year old woman with a learning disability who died from sepsis while living in supported accommodation. The review found that staff at the accommodation had recognised she was unwell but had been told by the out-of-hours service to wait for her GP appointment.",
            "4.2 Members discussed the use of the reasonable adjustments flag in GP and hospital records. Dr Nwosu confirmed that only 38% of adults on the learning disability register locally have a flag recorded.",
            "4.3 The Board accepted the report and its seven recommendations. ACTION: Business Unit to prepare the publication plan and briefing, for publication in February 2027. ACTION: Dr Nwosu and the Head of Commissioning to report on the take-up of the reasonable adjustments flag at the next Board meeting."]),
        ("5", "Quarter 2 performance report", [
            "5.1 Jon Carver presented the quarter 2 report. Safeguarding concerns from care homes fell by 15%, which the performance subgroup believes is linked to the new provider concerns process rather than a fall in risk.",
            "5.2 Members asked for the report to include the outcomes adults wanted from enquiries. ACTION: JC to add a measure of desired outcomes met to the quarter 3 report – end of February 2027."]),
        ("6", "Assurance from partners – mental health trust", [
            "6.1 Gwen Adler presented the trust's self-assessment. Training compliance for level 3 safeguarding adults is at 71% against a target of 85%, mainly because of vacancies on the inpatient wards.",
            "6.2 The Board asked for an update on training compliance in six months. ACTION: GA to return to the Board with an updated trajectory – June 2027."]),
    ]),
    ("Part 3 – For information", [
        ("7", "Subgroup chairs' reports", [
            "7.1 The reports of the Performance, SAR and Learning subgroups were noted. No issues were escalated to the Board."]),
        ("8", "Any other business", [
            "8.1 Sue Whitfield announced that she would be leaving Healthwatch Lowmoor in January. The Chair thanked her for her contribution to the Board over six years."]),
    ]),
]


def m11(path, src):
    d = Docx()
    d.para("LOWMOOR SAFEGUARDING ADULTS BOARD", bold=True, size=14, align="center")
    d.para("Minutes of the Board meeting held on Thursday 10 December 2026 at 10.00am", bold=True, align="center")
    d.para("Council Chamber, Lowmoor Town Hall, Victoria Square", align="center")
    present = [P("Patricia Owusu", "PO", "Independent Chair", None),
               P("Rachel Simms", "RS", "Director of Adult Care", "Lowmoor Council"),
               P("Chidi Nwosu", "CN", "Named GP for Safeguarding Adults", "Lowmoor ICB", "Gail Hunter"),
               P("Ross Keane", "RK", "Detective Superintendent", "Lowmoor Police"),
               P("Gwen Adler", "GA", "Executive Director of Nursing", "Lowmoor and District Mental Health Trust"),
               P("Sue Whitfield", "SW", "Chief Officer", "Healthwatch Lowmoor"),
               P("Jon Carver", "JC", "Board Manager", "Lowmoor SAB")]
    inatt = [P("Alan Pierce", None, "Independent Reviewer (item 4)", None),
             P("Kim Dyer", None, "Business Support (minutes)", "Lowmoor SAB")]
    apols = [P("Gail Hunter", None, "Chief Nurse", "Lowmoor ICB"),
             P("Tom Gravell", None, "Head of Commissioning", "Lowmoor Council")]
    d.para("Present", bold=True)
    d.para("Patricia Owusu (PO), Independent Chair; Rachel Simms (RS), Director of Adult Care, Lowmoor Council; Dr Chidi Nwosu (CN), Named GP for Safeguarding Adults, "
           "Lowmoor ICB; Det Supt Ross Keane (RK), Lowmoor Police; Gwen Adler (GA), Executive Director of Nursing, Lowmoor and District Mental Health Trust; "
           "Sue Whitfield (SW), Chief Officer, Healthwatch Lowmoor; Jon Carver (JC), Board Manager, Lowmoor SAB")
    d.para("In attendance", bold=True)
    d.para("Dr Alan Pierce, Independent Reviewer (item 4); Kim Dyer, Business Support (minutes)")
    d.para("Apologies", bold=True)
    d.para("Gail Hunter, Chief Nurse, Lowmoor ICB (represented by Dr Chidi Nwosu); Tom Gravell, Head of Commissioning, Lowmoor Council")
    items = []
    for part, its in M11_PARTS:
        d.heading(part, 1)
        for num, title, paras in its:
            d.heading(f"{num}. {title}", 2)
            for p in paras:
                d.para(p)
            items.append({"number": num, "title": title, "discussion": disc(paras)})
    d.para("Date of next meeting: Thursday 11 March 2027, 10.00am, Council Chamber", bold=True)
    d.footer_text("Lowmoor SAB Board – 10 December 2026 – Approved minutes")
    d.save(path, src)
    return {
        "body": "Lowmoor Safeguarding Adults Board", "date": "2026-12-10", "start_time": "10:00",
        "location": "Council Chamber, Lowmoor Town Hall, Victoria Square", "next_meeting_date": "2027-03-11",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": items,
        "actions": [
            A("3", "confirm the carry-forward arrangements with the council's finance team", "RS", ["Rachel Simms"], "2027-01-22", "by 22 January 2027"),
            A("4", "prepare the publication plan and briefing, for publication in February 2027", "Business Unit", ["Business Unit"], None, None),
            A("4", "report on the take-up of the reasonable adjustments flag at the next Board meeting", "Dr Nwosu and the Head of Commissioning",
              ["Chidi Nwosu", "Tom Gravell"], "2027-03-11", "at the next Board meeting"),
            A("5", "add a measure of desired outcomes met to the quarter 3 report", "JC", ["Jon Carver"], "2027-02-28", "end of February 2027"),
            A("6", "return to the Board with an updated trajectory", "GA", ["Gwen Adler"], "2027-06-30", "June 2027"),
        ],
        "action_updates": [
            {"item": "2", "text": "Ref 2026/14 (peer review of section 42 decision-making): the peer review took place on 3 November and the report is due in January. Remains open.", "status": "open"},
            {"item": "2", "text": "Ref 2026/15 (Board website accessibility audit): complete, and the website now meets the accessibility standard.", "status": "closed"},
            {"item": "2", "text": "Ref 2026/16 (recruitment of a lay member): no suitable applicants were found; the post will be re-advertised in the new year and the action carried forward.", "status": "carried_forward"},
        ],
        "decisions": [
            {"item": "2", "text": "The minutes were agreed as a true and accurate record."},
            {"item": "3", "text": "The Board agreed that the underspend be carried into 2027/28 to meet the cost of the delayed review."},
            {"item": "4", "text": "The Board accepted the report and its seven recommendations."},
        ],
        "forward_plan": [{"item": "6", "text": "Mental health trust update on level 3 training compliance", "when": "June 2027"}],
        "notes": ("Board minutes in Parts (Heading 1 'Part n – ...', groupings, not items) with items as Heading 2 'N. Title' and numbered paragraphs 'n.n' kept in the discussion. "
                  "Body printed in capitals; gold in title case. Attendance as three paragraphs under bold labels, ';' separated 'Name (XX), role, org'. "
                  "Dr / Det Supt dropped from names; 'Det Supt' -> role 'Detective Superintendent'. Apologies 'Gail Hunter ... (represented by Dr Chidi Nwosu)' -> Chidi Nwosu "
                  "deputising_for Gail Hunter. Dr Alan Pierce '(item 4)' -> in_attendance, role kept with the item marker as printed. "
                  "Actions are 'ACTION:' sentences inside the prose paragraphs (two in 4.3) and stay in the discussion. 'Business Unit' is a group owner; the Business Unit "
                  "action has no due date ('for publication in February 2027' is when the report is published, kept in the text, not a deadline). "
                  "'the Head of Commissioning' -> Tom Gravell (his post in the apologies). 'at the next Board meeting' -> 2027-03-11; 'end of February 2027' -> 2027-02-28; "
                  "'June 2027' read as the end of June (judgement, month alone). The June return is also a forward-plan entry."),
    }


# ---------------------------------------------------------------- m12: Minute | Action by table, narrow right-hand column
M12_ITEMS = [
    ("1", "Welcome and apologies", [("Rita welcomed the group and apologies were noted.", "")]),
    ("2", "Minutes of the last meeting and matters arising", [
        ("The minutes of 14 October 2026 were agreed.", ""),
        ("Action 4/26 (attendance of school nurses at child protection conferences): data received and discussed under item 5. Closed.", ""),
        ("Action 5/26 (model safeguarding policy for schools 2026): issued to all schools on 2 November. Closed.", ""),
        ("Action 6/26 (DSL network meetings for independent schools): first meeting held; second meeting not yet arranged. Carried forward.", "")]),
    ("3", "Keeping Children Safe in Education – school audits", [
        ("Kamal Hussain reported on the annual section 175 audits. 96 of 101 schools returned the audit. The areas most often rated amber were online safety filtering and monitoring, and recording of low-level concerns about staff.", ""),
        ("Three schools have not returned an audit for two years. The group agreed that the Head of Education Safeguarding should write to their governing bodies.", ""),
        ("Write to the chairs of governors of the three schools that have not returned an audit.", "KH\n18/12/26"),
        ("Arrange a briefing for DSLs on filtering and monitoring.", "KH / TW\nSpring term")]),
    ("4", "Harmful sexual behaviour in schools", [
        ("Tessa Wray presented the partnership's new guidance on responding to harmful sexual behaviour. Schools had been consulted and 41 responded. Most wanted examples of when to involve the police.", ""),
        ("The guidance was approved subject to the addition of case examples.", ""),
        ("Add case examples and publish the guidance.", "TW\n29 January"),
        ("Promote the guidance through the DSL network.", "All")]),
    ("5", "Health and education – school nursing", [
        ("Ruth Okoye presented figures showing that school nurses attended 61% of initial child protection conferences for school-age children in the quarter, compared with 48% last year. Attendance is lowest in the summer holidays.", ""),
        ("The group noted the improvement.", "")]),
    ("6", "Elective home education", [
        ("Kamal Hussain reported a 17% rise in children electively home educated. The local authority now visits every family within ten working days of the school's notification.", ""),
        ("Provide a breakdown of children known to social care among those home educated.", "KH\nnext mtg")]),
    ("7", "Any other business", [("None.", "")]),
]


def m12(path, src):
    pdf = Pdf()

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(56, 28, "ESCP Education Safeguarding Subgroup – 8 December 2026")
        canvas.drawRightString(539, 28, f"{doc.page}")
        canvas.restoreState()

    pdf.para("Eddington Safeguarding Children Partnership", H1)
    pdf.para("Education Safeguarding Subgroup – Minutes", BODY, bold=True)
    pdf.para("Tuesday 8 December 2026, 4.00pm – 5.30pm, Eddington Professional Development Centre, Room 3")
    pdf.rich([("Present: ", True), ("Rita Cardoso (Chair, Headteacher, Eddington Park Academy); Kamal Hussain, Head of Education Safeguarding, Eddington Council (KH); "
                                    "Tessa Wray, Education Safeguarding Adviser (TW); Ruth Okoye, School Nursing Lead, Eddington Children's Community Health (RO); "
                                    "Martin Lyle, DSL, St Cuthbert's Catholic High School (ML)", False)])
    pdf.rich([("In attendance: ", True), ("Sana Mirza (notes)", False)])
    pdf.rich([("Apologies: ", True), ("Phil Gaunt, Principal, Eddington College; Detective Sergeant Ann Cole, Eddington Police", False)])
    rows = [["Minute", "Action by"]]
    items = []
    for num, title, paras in M12_ITEMS:
        rows.append([[(f"{num}. {title}", True)], ""])
        for text, by in paras:
            rows.append([text, by.split("\n") if by else ""])
        items.append({"number": num, "title": title, "discussion": disc([t for t, _ in paras])})
    pdf.table(rows, [14.5, 2.5])
    pdf.para("Next meeting: Tuesday 9 February 2027, 4.00pm", BODY, bold=True)
    build_pdf_as(pdf, path, "Education Safeguarding Subgroup minutes 8 December 2026", "Eddington SCP", *WORD, on_page=page)
    src.write_text("\n".join(pdf.lines) + "\n", encoding="utf-8")
    return {
        "body": "Eddington Safeguarding Children Partnership Education Safeguarding Subgroup", "date": "2026-12-08", "start_time": "16:00",
        "location": "Eddington Professional Development Centre, Room 3", "next_meeting_date": "2027-02-09",
        "people": {
            "present": [P("Rita Cardoso", None, "Chair, Headteacher", "Eddington Park Academy"),
                        P("Kamal Hussain", "KH", "Head of Education Safeguarding", "Eddington Council"),
                        P("Tessa Wray", "TW", "Education Safeguarding Adviser", None),
                        P("Ruth Okoye", "RO", "School Nursing Lead", "Eddington Children's Community Health"),
                        P("Martin Lyle", "ML", "DSL", "St Cuthbert's Catholic High School")],
            "in_attendance": [P("Sana Mirza", None, "notes", None)],
            "apologies": [P("Phil Gaunt", None, "Principal", "Eddington College"),
                          P("Ann Cole", None, "Detective Sergeant", "Eddington Police")]},
        "items": items,
        "actions": [
            A("3", "Write to the chairs of governors of the three schools that have not returned an audit.", "KH", ["Kamal Hussain"], "2026-12-18", "18/12/26"),
            A("3", "Arrange a briefing for DSLs on filtering and monitoring.", "KH / TW", ["Kamal Hussain", "Tessa Wray"], None, "Spring term"),
            A("4", "Add case examples and publish the guidance.", "TW", ["Tessa Wray"], "2027-01-29", "29 January"),
            A("4", "Promote the guidance through the DSL network.", "All", ["All"], None, None),
            A("6", "Provide a breakdown of children known to social care among those home educated.", "KH", ["Kamal Hussain"], "2027-02-09", "next mtg"),
        ],
        "action_updates": [
            {"item": "2", "text": "Action 4/26 (attendance of school nurses at child protection conferences): data received and discussed under item 5. Closed.", "status": "closed"},
            {"item": "2", "text": "Action 5/26 (model safeguarding policy for schools 2026): issued to all schools on 2 November. Closed.", "status": "closed"},
            {"item": "2", "text": "Action 6/26 (DSL network meetings for independent schools): first meeting held; second meeting not yet arranged. Carried forward.", "status": "carried_forward"},
        ],
        "decisions": [
            {"item": "2", "text": "The minutes of 14 October 2026 were agreed."},
            {"item": "3", "text": "The group agreed that the Head of Education Safeguarding should write to their governing bodies."},
            {"item": "4", "text": "The guidance was approved subject to the addition of case examples."},
        ],
        "forward_plan": [],
        "notes": ("Minutes as a two-column table Minute / Action by with a narrow right-hand column; item titles are bold rows 'N. Title'; one row per paragraph. "
                  "An action is a paragraph with something in the Action by cell; the cell holds the owner and, on a second line, the due date ('KH' / '18/12/26'); "
                  "action text is the whole paragraph and also stays in the discussion. Present paragraph mixes forms: '(Chair, Headteacher, Eddington Park Academy)' "
                  "and 'Name, role, org (XX)'. Tessa Wray has no organisation printed. 'DSL' kept as role. 'Detective Sergeant' moved from the name to role. "
                  "'29 January' -> 2027-01-29 (the next one after a December meeting); 'next mtg' -> 2027-02-09; 'Spring term' -> null (no date); 'All' has no date. "
                  "Item 5 'noted the improvement' is not a decision. Footer with date and page number is furniture."),
    }
