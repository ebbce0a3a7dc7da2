"""m01-m03: plain Word minutes with an action table per item (docx), long P/A/D board table (pdf), tick grid + bold actions (docx)."""
from __future__ import annotations

from assure.imports.tests.heldout_kit import H1, H2, SMALL, A, Docx, P, Pdf, build_pdf_as, disc

WORD = ("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365")  # PDF creator / producer


# ---------------------------------------------------------------- m01: Present / Apologies / In attendance paragraphs, action table under each item
M01_ITEMS = [
    ("1", "Welcome and apologies", [
        "JO welcomed everyone to the meeting. Apologies were noted as above. Ruth Calder was attending on behalf of Colin Frame."], []),
    ("2", "Minutes of the last meeting (17 September 2026) and matters arising", [
        "The minutes of the meeting held on 17 September 2026 were agreed as a correct record.",
        "Action 09/26 – multi-agency threshold document to be re-issued to schools: complete, re-issued on 2 October.",
        "Action 10/26 – ICB to confirm funding for the named GP for safeguarding post: PN confirmed the post is funded until March 2028. Complete.",
        "Action 11/26 – report on the use of police protection powers: not yet available due to a data migration. To remain open and come to the January meeting."], []),
    ("3", "Section 11 audit 2026 – headline findings", [
        "SD presented the headline findings of the section 11 audit. Thirty-four organisations returned the audit, compared with twenty-nine in 2024. The strongest areas were safer recruitment and induction; the weakest were listening to children and evidencing that children's views change what agencies do.",
        "Members noted that several voluntary sector organisations had rated themselves as fully compliant on supervision without giving any evidence. MH suggested that a sample should be challenged at a peer-review session rather than by letter.",
        "It was agreed that a challenge event would be held in the new year, with each statutory partner sending a senior manager."],
     [("Organise a section 11 challenge event and invite a sample of voluntary sector organisations", "SD", "w/c 18 January 2027"),
      ("Nominate a senior manager from each statutory partner for the challenge event", "MH / RC / PN", "18 December 2026")]),
    ("4", "Multi-agency audit of strategy discussions", [
        "Hannah Brook presented the audit of 20 strategy discussions held between April and June. Health were present at 11 of the 20; in the remaining cases the decision had been made without any health information. Records of the reasons for decisions were generally good.",
        "The Group discussed whether the 24-hour window for convening a strategy discussion made it impractical for GPs to attend. PN said the ICB would look at a rota of named GPs who could join at short notice.",
        "The audit report was accepted and the recommendations endorsed."],
     [("Explore a named GP rota for strategy discussions and report back", "PN", "Next meeting"),
      ("Share the audit findings with front door team managers", "HB", "ASAP")]),
    ("5", "Budget and partner contributions 2027/28", [
        "SD reported that the partnership budget for 2026/27 is forecast to underspend by £6,400, mainly because of a vacancy in the business unit. The three statutory partners have been asked to hold contributions at the current level for 2027/28.",
        "RC said the police contribution could not be confirmed until the Police and Crime Commissioner's budget is set in February."],
     [("Write to the three statutory partners to confirm the 2027/28 contributions", "JO", "End of January 2027")]),
    ("6", "Annual report 2025/26", [
        "The Group approved the annual report 2025/26 for publication, subject to minor changes to the section on early help. JO thanked the business unit for producing the report on time."], []),
    ("7", "Any other business", [
        "MH informed members that Ofsted had notified the council of a focused visit on children in need, expected in December. No other business was raised."], []),
]


def m01(path, src):
    d = Docx()
    d.para("Elmsworth Safeguarding Children Partnership", bold=True, size=14)
    d.para("Executive Group", bold=True, size=12)
    d.para("Minutes of the meeting held on Thursday 19 November 2026, 10.00am to 12.00noon, Room G.07, Elmsworth Civic Centre")
    present = [P("Janet Okafor", "JO", "Independent Scrutineer (Chair)", None),
               P("Mark Hollins", "MH", "Director of Children's Services", "Elmsworth Council"),
               P("Ruth Calder", "RC", "Detective Superintendent", "Elmsworth Police", "Colin Frame"),
               P("Priya Nair", "PN", "Director of Nursing and Quality", "Elmsworth ICB"),
               P("Simon Deakin", "SD", "Partnership Business Manager", None)]
    inatt = [P("Hannah Brook", "HB", "Head of Quality Assurance", None),
             P("Leanne Price", None, "Business Support Officer (minutes)", None)]
    apols = [P("Colin Frame", None, "Chief Superintendent", "Elmsworth Police"),
             P("Amaka Obi", None, "Designated Doctor", None)]
    d.para([("Present: ", True), ("Janet Okafor (JO), Independent Scrutineer (Chair); Mark Hollins (MH), Director of Children's Services, "
                                  "Elmsworth Council; Det Supt Ruth Calder (RC), Elmsworth Police, for Colin Frame; Priya Nair (PN), Director of Nursing "
                                  "and Quality, Elmsworth ICB; Simon Deakin (SD), Partnership Business Manager", False)])
    d.para([("Apologies: ", True), ("Chief Supt Colin Frame, Elmsworth Police; Dr Amaka Obi, Designated Doctor", False)])
    d.para([("In attendance: ", True), ("Hannah Brook (HB), Head of Quality Assurance (item 4); Leanne Price, Business Support Officer (minutes)", False)])
    items = []
    for num, title, paras, acts in M01_ITEMS:
        d.heading(f"{num}. {title}", 2)
        for p in paras:
            d.para(p)
        if acts:
            d.table([["Action", "Lead", "By when"]] + [list(a) for a in acts])
        items.append({"number": num, "title": title, "discussion": disc(paras)})
    d.para("Date of next meeting: Thursday 21 January 2027, 10.00am, Room G.07, Elmsworth Civic Centre", bold=True)
    d.footer_text("ESCP Executive Group – 19/11/2026 – Draft until approved")
    d.save(path, src)
    return {
        "body": "Elmsworth Safeguarding Children Partnership Executive Group", "date": "2026-11-19", "start_time": "10:00",
        "location": "Room G.07, Elmsworth Civic Centre", "next_meeting_date": "2027-01-21",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": items,
        "actions": [
            A("3", "Organise a section 11 challenge event and invite a sample of voluntary sector organisations", "SD", ["Simon Deakin"],
              "2027-01-18", "w/c 18 January 2027"),
            A("3", "Nominate a senior manager from each statutory partner for the challenge event", "MH / RC / PN",
              ["Mark Hollins", "Ruth Calder", "Priya Nair"], "2026-12-18", "18 December 2026"),
            A("4", "Explore a named GP rota for strategy discussions and report back", "PN", ["Priya Nair"], "2027-01-21", "Next meeting"),
            A("4", "Share the audit findings with front door team managers", "HB", ["Hannah Brook"], None, "ASAP"),
            A("5", "Write to the three statutory partners to confirm the 2027/28 contributions", "JO", ["Janet Okafor"], "2027-01-31",
              "End of January 2027"),
        ],
        "action_updates": [
            {"item": "2", "text": "Action 09/26 – multi-agency threshold document to be re-issued to schools: complete, re-issued on 2 October.", "status": "closed"},
            {"item": "2", "text": "Action 10/26 – ICB to confirm funding for the named GP for safeguarding post: PN confirmed the post is funded until March 2028. Complete.", "status": "closed"},
            {"item": "2", "text": "Action 11/26 – report on the use of police protection powers: not yet available due to a data migration. To remain open and come to the January meeting.", "status": "open"},
        ],
        "decisions": [
            {"item": "2", "text": "The minutes of the meeting held on 17 September 2026 were agreed as a correct record."},
            {"item": "3", "text": "It was agreed that a challenge event would be held in the new year, with each statutory partner sending a senior manager."},
            {"item": "4", "text": "The audit report was accepted and the recommendations endorsed."},
            {"item": "6", "text": "The Group approved the annual report 2025/26 for publication, subject to minor changes to the section on early help."},
        ],
        "forward_plan": [{"item": "2", "text": "Report on the use of police protection powers", "when": "January meeting"}],
        "notes": ("Ordinary Word minutes: 'Present:' / 'Apologies:' / 'In attendance:' as three bold-labelled paragraphs with ';' separators; items are Heading 2 'N. Title'; "
                  "under items with actions a small three-column table Action / Lead / By when (its text is not part of the discussion). "
                  "'Det Supt', 'Chief Supt' and 'Dr' dropped from names and kept as role where no other role is printed. Ruth Calder 'for Colin Frame' -> deputising_for; "
                  "Colin Frame is in apologies. Hannah Brook's '(item 4)' is a presenter note, role kept without it. Janet Okafor '(Chair)' kept in role. "
                  "'w/c 18 January 2027' -> that Monday; 'Next meeting' -> 2027-01-21 (next meeting line); 'ASAP' -> null. "
                  "Owners 'MH / RC / PN' resolved through the initials in the Present list. Action 11/26 'remain open and come to the January meeting' -> open update, "
                  "also kept as a forward-plan entry. Ofsted visit in item 7 is information, not an action."),
    }


# ---------------------------------------------------------------- m02: P/A/D grid; the whole minutes as a long narrow table over pages with repeated header and footer
M02_PRESENT_GRID = [
    ("Dr Eleanor Vance", "Independent Chair", "Harrowgate and Lyne SAB", "P", ""),
    ("Graham Petrie", "Director of Adult Social Care", "Harrowgate Council", "P", ""),
    ("Aisha Rahman", "Assistant Director, Adult Services", "Lyne District Council", "P", ""),
    ("DCI Owen Lacey", "Head of Public Protection", "Harrowgate and Lyne Police", "D", "Represented by DI Sarah Kimber"),
    ("Julia Marsh", "Chief Nurse", "Harrowgate and Lyne ICB", "D", "Represented by Claire Mottram, Deputy Designated Nurse Adults"),
    ("Peter Ng", "Head of Safeguarding", "Harrowgate Hospitals NHS Trust", "P", ""),
    ("Sandra Oduya", "Chief Executive", "Lyne Housing Association", "A", ""),
    ("Mike Tranter", "Station Manager, Prevention", "Harrowgate Fire and Rescue", "A", ""),
    ("Katherine Wells", "SAB Business Manager", "Harrowgate and Lyne SAB", "P", ""),
]

M02_ITEMS = [
    ("1", "Welcome, introductions and apologies", [
        ("The Chair welcomed members. DI Sarah Kimber and Claire Mottram were welcomed as deputies. Apologies were received as shown in the attendance grid.", "", "")]),
    ("2", "Minutes of 23 September 2026 and action log", [
        ("The minutes were approved as an accurate record.", "", ""),
        ("Action 41 (pressure ulcer and safeguarding guidance) – guidance issued in October; closed.", "", ""),
        ("Action 42 (hoarding protocol training for housing officers) – two sessions delivered, a third is booked for January; carried forward.", "", ""),
        ("Action 43 (dashboard measure for repeat concerns) – the measure has been added to the quarter 2 dashboard; closed.", "", "")]),
    ("3", "Safeguarding Adults Review – 'Mr D'", [
        ("KW introduced the final overview report of the review into the care of Mr D, a 71 year old man with dementia who was financially exploited by a person he believed to be a friend. Over 18 months he lost more than £40,000 and was eventually evicted from his flat.", "", ""),
        ("The reviewer found that the bank, the GP practice and the housing provider each noticed changes in Mr D's circumstances. Two safeguarding concerns were raised but both were closed after a telephone call in which Mr D said he was happy with the arrangement; his capacity to make decisions about his finances was not assessed.", "", ""),
        ("Members discussed the recommendations at length. Peter Ng said that the hospital discharge team had also missed an opportunity when Mr D was admitted with a fall. Graham Petrie accepted that the adult social care response had been too reliant on what Mr D said on the day.", "", ""),
        ("The Board accepted the report and all nine recommendations.", "", ""),
        ("The SAB Business Manager to prepare a publication plan, a seven minute briefing and a family liaison letter for the Chair's signature.", "KW", "by 11/12/26"),
        ("Adult social care to provide a single agency action plan against recommendations 2, 3 and 5.", "GP", "15/01/2027"),
        ("Each partner to confirm in writing how it will brief front-line staff on financial exploitation by people posing as friends.", "All", "end of January 2027")]),
    ("4", "Quarter 2 performance dashboard", [
        ("Aisha Rahman presented the dashboard. Concerns received rose by 9% compared with quarter 1. The proportion of enquiries where the person was asked about their desired outcomes was 84%, and of those 91% said their outcomes were fully or partly met.", "", ""),
        ("Concerns raised by the ambulance service have fallen for the third quarter. The Chair asked whether this reflected a change in practice or in recording.", "", ""),
        ("Ask the ambulance service safeguarding lead to explain the reduction in concerns at the next Performance subgroup.", "AR", "next subgroup meeting"),
        ("Add a breakdown by ethnicity to the quarter 3 dashboard.", "AR / KW", "Q3 report – 10 February 2027")]),
    ("5", "Police update – adults at risk", [
        ("DI Kimber reported on Operation Lantern, a joint operation with trading standards on doorstep crime against older residents. Eleven arrests have been made. The police will be sharing a list of rogue trader hotspots with adult social care and the fire service so that prevention visits can be targeted.", "", ""),
        ("Share the hotspot list with adult social care and the fire service under the information sharing agreement.", "SK", "ASAP")]),
    ("6", "Strategic plan 2027–2030 – consultation", [
        ("KW reported that 212 people responded to the consultation on the new strategic plan, including 64 people who had lived experience of a safeguarding enquiry. The three proposed priorities were supported: self-neglect and hoarding, financial abuse, and transitions to adulthood.", "", ""),
        ("The Board agreed the three priorities and asked for the final draft plan to be brought to the March meeting for sign-off.", "", ""),
        ("Bring the final draft strategic plan for sign-off.", "KW", "March Board")]),
    ("7", "Any other business and date of next meeting", [
        ("Claire Mottram reminded members that the ICB's safeguarding adults conference will take place on 4 March 2027.", "", ""),
        ("The next meeting will be held on Wednesday 17 March 2027 at 1.30pm in the Lyne Room, Harrowgate Town Hall.", "", "")]),
]


def m02(path, src):
    pdf = Pdf()

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(56, 28, "Harrowgate and Lyne SAB · Board minutes · 25.11.2026 · OFFICIAL")
        canvas.drawRightString(539, 28, f"Page {doc.page}")
        canvas.restoreState()

    pdf.para("Harrowgate and Lyne Safeguarding Adults Board", H1)
    pdf.para("Minutes of the Board meeting – Wednesday 25 November 2026 – 1.30pm to 4.00pm")
    pdf.para("Lyne Room, Harrowgate Town Hall")
    pdf.para("Attendance", H2)
    pdf.para("Key: P = present, A = apologies, D = deputy attended", SMALL)
    pdf.table([["Member", "Role", "Organisation", "P/A/D", "Notes"]] + [list(r) for r in M02_PRESENT_GRID], [3.4, 4.2, 4.2, 1.2, 4])
    pdf.rich([("In attendance: ", True), ("Marie Cole, Board Support Officer (minutes)", False)])
    pdf.para("Minutes", H2)
    rows = [["No.", "Item / discussion", "Lead", "Deadline"]]
    items = []
    for num, title, paras in M02_ITEMS:
        rows.append([num, [(title, True)], "", ""])
        for text, lead, when in paras:
            rows.append(["", text, lead, when])
        items.append({"number": num, "title": title, "discussion": disc([t for t, _, _ in paras])})
    # narrow Lead and Deadline columns force the dates to wrap; rules only between items
    pdf.table(rows, [1.0, 11.6, 1.6, 2.8])
    build_pdf_as(pdf, path, "SAB Board minutes 25 November 2026", "Harrowgate and Lyne SAB", *WORD, on_page=footer)
    src.write_text("\n".join(pdf.lines) + "\n", encoding="utf-8")
    present = [P("Eleanor Vance", None, "Independent Chair", "Harrowgate and Lyne SAB"),
               P("Graham Petrie", None, "Director of Adult Social Care", "Harrowgate Council"),
               P("Aisha Rahman", None, "Assistant Director, Adult Services", "Lyne District Council"),
               P("Sarah Kimber", None, "Detective Inspector", "Harrowgate and Lyne Police", "Owen Lacey"),
               P("Claire Mottram", None, "Deputy Designated Nurse Adults", "Harrowgate and Lyne ICB", "Julia Marsh"),
               P("Peter Ng", None, "Head of Safeguarding", "Harrowgate Hospitals NHS Trust"),
               P("Katherine Wells", None, "SAB Business Manager", "Harrowgate and Lyne SAB")]
    apols = [P("Owen Lacey", None, "Detective Chief Inspector, Head of Public Protection", "Harrowgate and Lyne Police"),
             P("Julia Marsh", None, "Chief Nurse", "Harrowgate and Lyne ICB"),
             P("Sandra Oduya", None, "Chief Executive", "Lyne Housing Association"),
             P("Mike Tranter", None, "Station Manager, Prevention", "Harrowgate Fire and Rescue")]
    inatt = [P("Marie Cole", None, "Board Support Officer (minutes)", None)]
    return {
        "body": "Harrowgate and Lyne Safeguarding Adults Board", "date": "2026-11-25", "start_time": "13:30",
        "location": "Lyne Room, Harrowgate Town Hall", "next_meeting_date": "2027-03-17",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": items,
        "actions": [
            A("3", "The SAB Business Manager to prepare a publication plan, a seven minute briefing and a family liaison letter for the Chair's signature.",
              "KW", ["Katherine Wells"], "2026-12-11", "by 11/12/26"),
            A("3", "Adult social care to provide a single agency action plan against recommendations 2, 3 and 5.", "GP", ["Graham Petrie"],
              "2027-01-15", "15/01/2027"),
            A("3", "Each partner to confirm in writing how it will brief front-line staff on financial exploitation by people posing as friends.",
              "All", ["All"], "2027-01-31", "end of January 2027"),
            A("4", "Ask the ambulance service safeguarding lead to explain the reduction in concerns at the next Performance subgroup.", "AR",
              ["Aisha Rahman"], None, "next subgroup meeting"),
            A("4", "Add a breakdown by ethnicity to the quarter 3 dashboard.", "AR / KW", ["Aisha Rahman", "Katherine Wells"], "2027-02-10",
              "Q3 report – 10 February 2027"),
            A("5", "Share the hotspot list with adult social care and the fire service under the information sharing agreement.", "SK",
              ["Sarah Kimber"], None, "ASAP"),
            A("6", "Bring the final draft strategic plan for sign-off.", "KW", ["Katherine Wells"], "2027-03-17", "March Board"),
        ],
        "action_updates": [
            {"item": "2", "text": "Action 41 (pressure ulcer and safeguarding guidance) – guidance issued in October; closed.", "status": "closed"},
            {"item": "2", "text": "Action 42 (hoarding protocol training for housing officers) – two sessions delivered, a third is booked for January; carried forward.", "status": "carried_forward"},
            {"item": "2", "text": "Action 43 (dashboard measure for repeat concerns) – the measure has been added to the quarter 2 dashboard; closed.", "status": "closed"},
        ],
        "decisions": [
            {"item": "2", "text": "The minutes were approved as an accurate record."},
            {"item": "3", "text": "The Board accepted the report and all nine recommendations."},
            {"item": "6", "text": "The Board agreed the three priorities and asked for the final draft plan to be brought to the March meeting for sign-off."},
        ],
        "forward_plan": [{"item": "6", "text": "Final draft strategic plan 2027–2030 for sign-off", "when": "March meeting"}],
        "notes": ("P/A/D attendance grid with a key; 'D' rows name the deputy in the Notes column ('Represented by DI Sarah Kimber', 'Represented by Claire Mottram, Deputy Designated Nurse Adults'): "
                  "the deputy goes to present with deputising_for, the member to apologies with the grid's role (rank 'DCI' folded into role 'Detective Chief Inspector, Head of Public Protection'). "
                  "Sarah Kimber's role is the rank 'Detective Inspector' (no other role given); Dr Eleanor Vance -> 'Eleanor Vance'. Minute taker from 'In attendance:'. "
                  "The minutes are one long narrow table No. / Item / discussion / Lead / Deadline, one row per paragraph, header repeated on every page, "
                  "footer with date and page number (furniture). Action rows are paragraphs with something in Lead / Deadline; the action text is the whole paragraph and is also part of the discussion. "
                  "Leads are initials never listed in the grid; resolved by the names in the discussion (KW Katherine Wells, GP Graham Petrie, AR Aisha Rahman, SK Sarah Kimber); 'All' kept as written. "
                  "'by 11/12/26' -> 2026-12-11; 'Q3 report – 10 February 2027' -> the given date; 'next subgroup meeting' -> null (the subgroup's date is not given); "
                  "'March Board' -> the next meeting 2027-03-17 given in item 7; 'ASAP' -> null. Next meeting sentence is inside item 7 and stays in its discussion. "
                  "The ICB conference date is information, not forward plan."),
    }


# ---------------------------------------------------------------- m03: tick grid with "represented by"; numbered sub-paragraphs; bold ACTION lines
M03_ITEMS = [
    ("1", "Welcome and apologies", [
        ("1.1", "Cllr Penrose opened the meeting and welcomed Sgt Ahmed Khalil, who was representing Chief Inspector Lisa Doyle.", None)]),
    ("2", "Notes of the previous meeting and action log", [
        ("2.1", "The notes of the meeting on 6 October 2026 were agreed without amendment.", None),
        ("2.2", "Action log: item 2026-18 (escalation policy refresh) – complete; item 2026-19 (letter to the regional adoption agency) – complete; item 2026-20 (review of the neglect strategy dashboard) – in progress, carry forward to the January meeting.", None)]),
    ("3", "Early help – impact of the family hubs", [
        ("3.1", "Bethan Lloyd gave a presentation on the first year of the four family hubs. 2,310 families had used a hub, and 418 had an early help assessment completed by a hub worker. Referrals to children's social care from families known to a hub were 14% lower than from families who were not.", None),
        ("3.2", "Members welcomed the figures but noted that fathers were rarely recorded as having been seen. Rebecca Stone said health visitors had the same gap in their own records.", None),
        ("3.3", "ACTION: BL to include the number of fathers engaged in the next hub performance report – 12 February 2027.", ("BL", "include the number of fathers engaged in the next hub performance report", "Bethan Lloyd", "2027-02-12", "12 February 2027"))]),
    ("4", "Child exploitation – strategic update", [
        ("4.1", "Sgt Khalil reported that 37 children are currently open to the exploitation panel, of whom 22 are assessed as at significant risk. County lines activity has moved from the town centre towards the railway station and the two retail parks.", None),
        ("4.2", "The Group discussed the return home interview offer, which is taken up by only 46% of children. Mr Osei said that children were more willing to speak to youth workers they already knew.", None),
        ("4.3", "ACTION: DO and Police to map where return home interviews could be delivered by existing youth workers and report back at the next meeting.", ("DO / Police", "map where return home interviews could be delivered by existing youth workers and report back at the next meeting", "Daniel Osei;Police", "2027-01-26", "next meeting")),
        ("4.4", "ACTION: Business Unit to update the exploitation pages of the partnership website – ongoing.", ("Business Unit", "update the exploitation pages of the partnership website", "Business Unit", None, "ongoing"))]),
    ("5", "Neglect strategy – progress", [
        ("5.1", "Rebecca Stone presented the progress report. Nine of the fourteen actions are complete. Use of the neglect screening tool by schools remains low, with only six schools having completed one this term.", None),
        ("5.2", "The Group agreed to extend the neglect strategy by six months, to September 2027, rather than start a new strategy in April.", None),
        ("5.3", "ACTION: RS and the Education Safeguarding Lead to run a neglect screening tool briefing for designated safeguarding leads before the end of the spring term (31/03/27).", ("RS / Education Safeguarding Lead", "run a neglect screening tool briefing for designated safeguarding leads", "Rebecca Stone;Education Safeguarding Lead", "2027-03-31", "before the end of the spring term (31/03/27)"))]),
    ("6", "Any other business", [
        ("6.1", "Cllr Penrose reminded members that the partnership's annual conference will be held on 9 March 2027 and asked all agencies to promote it.", None),
        ("6.2", "ACTION: All to circulate the conference flyer within their organisations.", ("All", "circulate the conference flyer within their organisations", "All", None, None))]),
]


def m03(path, src):
    d = Docx()
    d.header_text("Tarnside Safeguarding Children Partnership")
    d.para("Strategic Partnership Group", bold=True, size=14, align="center")
    d.para("Notes of the meeting – Tuesday 24 November 2026", bold=True, align="center")
    d.para("Time: 2pm – 4pm        Venue: Microsoft Teams", align="center")
    grid = [["Name", "Organisation / role", "Present", "Apologies", "Represented by"],
            ["Cllr Helen Penrose (Chair)", "Tarnside Council – Lead Member for Children", "✓", "", ""],
            ["Bethan Lloyd", "Tarnside Council – Head of Early Help", "✓", "", ""],
            ["Chief Inspector Lisa Doyle", "Tarnside Police – Public Protection", "", "✓", "Sgt Ahmed Khalil"],
            ["Rebecca Stone", "Tarnside ICB – Designated Nurse Safeguarding Children", "✓", "", ""],
            ["Daniel Osei", "Tarnside Youth Service – Service Manager", "✓", "", ""],
            ["Fiona McKay", "Tarnside Council – Education Safeguarding Lead", "", "✓", ""],
            ["Gavin Rudd", "Tarnside and District Probation – Head of Service", "", "✓", ""],
            ["Amy Beck", "Partnership Business Unit – notes", "✓", "", ""]]
    d.table(grid, widths=[4.2, 6.4, 1.5, 1.8, 3.2])
    present = [P("Helen Penrose", None, "Chair; Lead Member for Children", "Tarnside Council"),
               P("Bethan Lloyd", None, "Head of Early Help", "Tarnside Council"),
               P("Ahmed Khalil", None, "Sergeant", "Tarnside Police", "Lisa Doyle"),
               P("Rebecca Stone", None, "Designated Nurse Safeguarding Children", "Tarnside ICB"),
               P("Daniel Osei", None, "Service Manager", "Tarnside Youth Service")]
    inatt = [P("Amy Beck", None, "notes", "Partnership Business Unit")]
    apols = [P("Lisa Doyle", None, "Chief Inspector, Public Protection", "Tarnside Police"),
             P("Fiona McKay", None, "Education Safeguarding Lead", "Tarnside Council"),
             P("Gavin Rudd", None, "Head of Service", "Tarnside and District Probation")]
    items, actions = [], []
    for num, title, subs in M03_ITEMS:
        d.para(f"{num}.  {title.upper()}", bold=True)
        paras = []
        for sn, text, act in subs:
            if act:
                d.para([(f"{sn}  ", False), (text, True)])
                owner_text, atext, owners, due, due_text = act
                actions.append(A(num, atext, owner_text, owners.split(";"), due, due_text))
            else:
                d.para(f"{sn}  {text}")
            paras.append(f"{sn}  {text}")
        items.append({"number": num, "title": title.upper(), "discussion": disc(paras)})
    d.para("Next meeting: Tuesday 26 January 2027, 2pm, Microsoft Teams", bold=True)
    d.save(path, src)
    # owner_text as written in the line
    actions[0]["owner_text"] = "BL"
    actions[1]["owner_text"] = "DO and Police"
    actions[3]["owner_text"] = "RS and the Education Safeguarding Lead"
    actions[3]["owners"] = ["Rebecca Stone", "Fiona McKay"]
    return {
        "body": "Tarnside Safeguarding Children Partnership Strategic Partnership Group", "date": "2026-11-24", "start_time": "14:00",
        "location": "Microsoft Teams", "next_meeting_date": "2027-01-26",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": items,
        "actions": actions,
        "action_updates": [
            {"item": "2", "text": "item 2026-18 (escalation policy refresh) – complete", "status": "closed"},
            {"item": "2", "text": "item 2026-19 (letter to the regional adoption agency) – complete", "status": "closed"},
            {"item": "2", "text": "item 2026-20 (review of the neglect strategy dashboard) – in progress, carry forward to the January meeting.", "status": "carried_forward"},
        ],
        "decisions": [
            {"item": "2", "text": "The notes of the meeting on 6 October 2026 were agreed without amendment."},
            {"item": "5", "text": "The Group agreed to extend the neglect strategy by six months, to September 2027, rather than start a new strategy in April."},
        ],
        "forward_plan": [],
        "notes": ("Partnership name only in the page header; body = header + group title. Attendance grid with ✓ in Present / Apologies columns and a 'Represented by' column: "
                  "Sgt Ahmed Khalil -> present, role 'Sergeant' (rank only), deputising_for Lisa Doyle, organisation from her row; Lisa Doyle -> apologies with rank folded into role. "
                  "'Organisation / role' cells split at ' – ' into organisation and role. Cllr/Chief Inspector/Sgt dropped from names. '(Chair)' folded into role. "
                  "Amy Beck (notes) ticked present but is the note taker -> in_attendance. Item headings printed in capitals; titles kept as printed. "
                  "Numbered sub-paragraphs 'n.n' kept with their numbers in the discussion; the bold ACTION sub-paragraphs stay in the discussion too. "
                  "Action owners: BL -> Bethan Lloyd, DO -> Daniel Osei, 'Police' kept as a group; 'the Education Safeguarding Lead' -> Fiona McKay (her post in the grid, although she sent apologies). "
                  "'next meeting' -> 2027-01-26; 'before the end of the spring term (31/03/27)' -> the bracketed date; 'ongoing' -> null; the 'All' action has no due date. "
                  "The conference date is information, not forward plan. Three action-log entries in one sentence -> three updates."),
    }

