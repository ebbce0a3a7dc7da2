"""m07-m09: subgroup note with "Actions:" bullets under each item (docx), case review group table with several actions in one cell (pdf),
board website page with a tick attendance table and ACTION inline in prose (html)."""
from __future__ import annotations

from html import escape

from assure.imports.tests.heldout_kit import BODY, H1, H2, A, Docx, P, Pdf, build_pdf_as, disc

WORD = ("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365")  # PDF creator / producer


# ---------------------------------------------------------------- m07: "Actions:" bullets under each item
M07_ITEMS = [
    ("1", "Welcome, introductions and apologies", ["Kirsty welcomed everyone, especially Joel Barker who has joined from the ambulance service."], []),
    ("2", "Notes and actions from 15 September", [
        "Notes agreed as accurate.",
        "Trainer pool induction pack – completed and sent out.",
        "Survey of care home training needs – 41 responses so far; closing date extended. Carry forward.",
        "Link to the safeguarding adults e-learning on partner intranets – still outstanding for the Trust; Joel will follow up."], []),
    ("3", "Training programme evaluation – quarter 2", [
        "Kirsty presented the quarter 2 evaluation. 26 courses ran with 388 attendees. Average confidence scores rose from 5.8 to 8.1 out of 10 on the day, but only 22% of attendees completed the three-month follow-up survey, so there is little evidence of impact on practice.",
        "The group discussed making the follow-up shorter and sending it from the attendee's own manager rather than from the Board. Agreed to try this for the next quarter."],
     [("Cut the three-month follow-up survey down to five questions", "Kirsty Lomas", "by 18 December"),
      ("Draft a note for managers explaining the follow-up survey", "Workforce Development Officer", "")]),
    ("4", "Mental Capacity Act training – joint offer with the ICB", [
        "Amelia said the ICB has funding for ten MCA sessions in 2027 and would like them run jointly with the Board. Providers keep telling us that capacity assessments for people who self-neglect are where staff struggle most.",
        "Agreed to run the sessions jointly with a focus on executive capacity and self-neglect."],
     [("Agree dates and venues for the joint MCA sessions", "Amelia Grant / Kirsty Lomas", "end of January 2027"),
      ("Ask the two local SAR reviewers whether they would co-deliver one session each", "Kirsty Lomas", "next meeting")]),
    ("5", "Learning from reviews – seven minute briefings", [
        "Michael reported that the briefings for SAR Mr J and SAR Ms T are both finished. Trainers asked for case studies based on the reviews so the learning can be used in courses."],
     [("Write two anonymised case studies based on the SAR Mr J and SAR Ms T briefings", "Trainer pool", "Ongoing")]),
    ("6", "Any other business", ["Joel asked whether ambulance staff could join the level 3 course; the group was happy for this to happen."], []),
]


def m07(path, src):
    d = Docx()
    d.para("Kingsford Safeguarding Adults Board", bold=True, size=13)
    d.para("Learning and Development Subgroup – note of meeting", bold=True, size=12)
    d.para("Date: 3 December 2026          Time: 10:00–11:45          Location: MS Teams")
    d.para("Attendees:", bold=True)
    present = [P("Kirsty Lomas", None, "Workforce Development Manager, Chair", "Kingsford Council"),
               P("Amelia Grant", None, "Named Professional Safeguarding Adults", "Kingsford ICB"),
               P("Joel Barker", None, "Safeguarding Practitioner", "Northern Ambulance Service NHS Trust"),
               P("Michael Adeyemi", None, "SAB Development Officer", None),
               P("Ewa Nowak", None, "Workforce Development Officer", "Kingsford Council")]
    apols = [P("Tracey Holt", None, "Training Lead", "Kingsford Care Providers Association"),
             P("Sean Doherty", None, "Learning and Development Lead", "Kingsford Community Health")]
    for line in ["Kirsty Lomas – Workforce Development Manager, Kingsford Council (Chair)",
                 "Amelia Grant – Named Professional Safeguarding Adults, Kingsford ICB",
                 "Joel Barker – Safeguarding Practitioner, Northern Ambulance Service NHS Trust",
                 "Michael Adeyemi – SAB Development Officer",
                 "Ewa Nowak – Workforce Development Officer, Kingsford Council (note taker)"]:
        d.para(line, style="List Bullet")
    d.para("Apologies:", bold=True)
    for line in ["Tracey Holt – Training Lead, Kingsford Care Providers Association",
                 "Sean Doherty – Learning and Development Lead, Kingsford Community Health"]:
        d.para(line, style="List Bullet")
    items = []
    for num, title, paras, acts in M07_ITEMS:
        d.para(f"{num}. {title}", bold=True, size=11)
        for p in paras:
            d.para(p)
        d.para("Actions:", bold=True)
        if not acts:
            d.para("None", style="List Bullet")
        for text, who, when in acts:
            d.para(f"{text} – {who}" + (f" – {when}" if when else ""), style="List Bullet")
        items.append({"number": num, "title": title, "discussion": disc(paras)})
    d.para("Next meeting: 4 February 2027, 10:00, MS Teams")
    d.save(path, src)
    # Ewa Nowak is marked note taker -> in attendance
    inatt = [present.pop()]
    inatt[0]["role"] = "Workforce Development Officer (note taker)"
    return {
        "body": "Kingsford Safeguarding Adults Board Learning and Development Subgroup", "date": "2026-12-03", "start_time": "10:00",
        "location": "MS Teams", "next_meeting_date": "2027-02-04",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": items,
        "actions": [
            A("3", "Cut the three-month follow-up survey down to five questions", "Kirsty Lomas", ["Kirsty Lomas"], "2026-12-18", "by 18 December"),
            A("3", "Draft a note for managers explaining the follow-up survey", "Workforce Development Officer", ["Ewa Nowak"], None, None),
            A("4", "Agree dates and venues for the joint MCA sessions", "Amelia Grant / Kirsty Lomas", ["Amelia Grant", "Kirsty Lomas"], "2027-01-31", "end of January 2027"),
            A("4", "Ask the two local SAR reviewers whether they would co-deliver one session each", "Kirsty Lomas", ["Kirsty Lomas"], "2027-02-04", "next meeting"),
            A("5", "Write two anonymised case studies based on the SAR Mr J and SAR Ms T briefings", "Trainer pool", ["Trainer pool"], None, "Ongoing"),
        ],
        "action_updates": [
            {"item": "2", "text": "Trainer pool induction pack – completed and sent out.", "status": "closed"},
            {"item": "2", "text": "Survey of care home training needs – 41 responses so far; closing date extended. Carry forward.", "status": "carried_forward"},
            {"item": "2", "text": "Link to the safeguarding adults e-learning on partner intranets – still outstanding for the Trust; Joel will follow up.", "status": "open"},
        ],
        "decisions": [
            {"item": "2", "text": "Notes agreed as accurate."},
            {"item": "3", "text": "Agreed to try this for the next quarter."},
            {"item": "4", "text": "Agreed to run the sessions jointly with a focus on executive capacity and self-neglect."},
            {"item": "6", "text": "Joel asked whether ambulance staff could join the level 3 course; the group was happy for this to happen."},
        ],
        "forward_plan": [],
        "notes": ("Subgroup note: 'Date: / Time: / Location:' on one line; attendees and apologies as bullets 'Name – role, org (Chair)'; '(Chair)' folded into the role; "
                  "Ewa Nowak '(note taker)' -> in_attendance. Every item ends with a bold 'Actions:' label and bullets 'text – owner – when' (or 'None'); "
                  "the bullets are not part of the discussion. Owner 'Workforce Development Officer' -> Ewa Nowak (her post); 'Trainer pool' is a group kept as written. "
                  "'by 18 December' -> 2026-12-18; 'next meeting' -> 2027-02-04; 'Ongoing' -> null; one action has no date (due and due_text null). "
                  "Owners as first names in the discussion (Kirsty, Amelia, Joel, Michael) resolve to the attendees. "
                  "Item 2 updates without reference numbers; 'still outstanding ... will follow up' -> open. Item 6 informal agreement counted as a decision."),
    }


# ---------------------------------------------------------------- m08: case review group table, several actions in one cell
M08_ROWS = [
    ("1", "Introductions, apologies and confidentiality", [
        "Members introduced themselves. The Chair reminded members that case discussions are confidential and that the notes are restricted."], []),
    ("2", "Notes of 29 October 2026 and action log", [
        "Notes agreed.",
        "CRG 57 (Child N rapid review sent to the National Panel) – complete.",
        "CRG 58 (health chronology for Child P) – received late; now complete.",
        "CRG 59 (letter to Child P's father inviting him to contribute) – sent, no reply yet; keep open."], []),
    ("3", "Rapid review – Child R (serious injury, 9 months)", [
        "Child R was admitted with a fractured skull and rib fractures of different ages. Both parents are under police investigation. The family was known to health visiting only; the mother had declined the 6-8 week review twice and the father's previous convictions for violence were not known to health.",
        "The group agreed the criteria for a local child safeguarding practice review are met. The key lines of enquiry are the invisibility of the father and how declined health contacts are followed up.",
        "The National Panel will be notified of the decision within 15 working days."],
     [("Send the rapid review report and the decision to the National Panel", "JP", "14/12/26", ["Joanne Pryce"]),
      ("Draft terms of reference for the LCSPR using the two lines of enquiry", "JP / SB", "Jan 2027", ["Joanne Pryce", "Steve Barlow"]),
      ("Confirm whether the police investigation prevents practitioner interviews", "DI Marsden", "before the ToR is finalised", ["Colette Marsden"])]),
    ("4", "LCSPR Child Q – draft report", [
        "The independent reviewer's draft report was discussed. Members felt the report was strong on education but said little about the role of the voluntary youth project, which had the most contact with Q in the last year.",
        "The reviewer will be asked to meet the youth project before the report is finalised."],
     [("Arrange for the reviewer to meet the youth project", "SB", "ASAP", ["Steve Barlow"]),
      ("All agencies to send factual accuracy comments to the business unit", "All", "by 8 January 2027", ["All"])]),
    ("5", "Learning and improvement – dissemination", [
        "The learning briefing on Child M has now been delivered to 240 practitioners. MD suggested a short podcast with the reviewer for GPs, who have been hard to reach through briefings."],
     [("Explore recording a podcast on the Child M learning for GPs", "MD", "", ["Mohammed Dar"])]),
    ("6", "AOB", ["None."], []),
]


def m08(path, src):
    pdf = Pdf()

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica-Bold", 7.5)
        canvas.drawCentredString(420, 22, "RESTRICTED – contains case information – do not forward")
        canvas.setFont("Helvetica", 7.5)
        canvas.drawRightString(800, 22, f"Page {doc.page}")
        canvas.restoreState()

    pdf.para("Ravensholme Safeguarding Children Partnership", H1)
    pdf.para("Case Review Group (CRG)", H2)
    pdf.para("Notes of the meeting held on Friday 27 November 2026, 1.00pm – 3.30pm, Meeting Room 1, Ravensholme Safeguarding Hub")
    present = [P("Joanne Pryce", "JP", "Chair, Safeguarding Partnership Manager", "Ravensholme SCP"),
               P("Steve Barlow", "SB", "Practice Review Officer", "Ravensholme SCP"),
               P("Colette Marsden", "CM", "Detective Inspector, Child Abuse Investigation Team", "Ravensholme Police"),
               P("Mohammed Dar", "MD", "Designated Doctor", "Ravensholme ICB"),
               P("Yvonne Platt", "YP", "Named Nurse", "Ravensholme Community Health", "Rachel Hume"),
               P("Gemma Holroyd", "GH", "Head of Safeguarding and Quality Assurance", "Ravensholme Council")]
    inatt = [P("Lucy Fenton", None, "Minute taker", "Ravensholme SCP")]
    apols = [P("Rachel Hume", None, "Designated Nurse", "Ravensholme ICB"),
             P("Owen Price", None, "Head of Education Safeguarding", "Ravensholme Council")]
    att = [["Name", "Initials", "Role", "Agency"],
           ["Joanne Pryce (Chair)", "JP", "Safeguarding Partnership Manager", "Ravensholme SCP"],
           ["Steve Barlow", "SB", "Practice Review Officer", "Ravensholme SCP"],
           ["DI Colette Marsden", "CM", "Child Abuse Investigation Team", "Ravensholme Police"],
           ["Dr Mohammed Dar", "MD", "Designated Doctor", "Ravensholme ICB"],
           ["Yvonne Platt", "YP", "Named Nurse (for Rachel Hume)", "Ravensholme Community Health"],
           ["Gemma Holroyd", "GH", "Head of Safeguarding and Quality Assurance", "Ravensholme Council"],
           ["Lucy Fenton", "", "Minute taker", "Ravensholme SCP"]]
    pdf.table(att, [5, 2, 9, 8])
    pdf.rich([("Apologies: ", True), ("Rachel Hume, Designated Nurse, Ravensholme ICB; Owen Price, Head of Education Safeguarding, Ravensholme Council", False)])
    rows = [["Item", "Discussion", "Actions agreed (who / when)"]]
    items, actions = [], []
    for num, title, paras, acts in M08_ROWS:
        cell = [f"{i}) {t} – {w}" + (f" – {d}" if d else "") for i, (t, w, d, _) in enumerate(acts, 1)]
        rows.append([[num, (title, True)], paras, cell or [""]])
        items.append({"number": num, "title": title, "discussion": disc(paras)})
        for t, w, d, owners in acts:
            due = {"14/12/26": "2026-12-14", "Jan 2027": "2027-01-31", "by 8 January 2027": "2027-01-08"}.get(d)
            actions.append(A(num, t, w, owners, due, d or None))
    pdf.table(rows, [5, 11, 8])
    pdf.para("Date of next meeting: Friday 22 January 2027, 1.00pm, Ravensholme Safeguarding Hub", BODY, bold=True)
    build_pdf_as(pdf, path, "CRG notes 27.11.2026", "Ravensholme SCP", *WORD, landscape_page=True, on_page=footer)
    src.write_text("\n".join(pdf.lines) + "\n", encoding="utf-8")
    return {
        "body": "Ravensholme Safeguarding Children Partnership Case Review Group", "date": "2026-11-27", "start_time": "13:00",
        "location": "Meeting Room 1, Ravensholme Safeguarding Hub", "next_meeting_date": "2027-01-22",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": items,
        "actions": actions,
        "action_updates": [
            {"item": "2", "text": "CRG 57 (Child N rapid review sent to the National Panel) – complete.", "status": "closed"},
            {"item": "2", "text": "CRG 58 (health chronology for Child P) – received late; now complete.", "status": "closed"},
            {"item": "2", "text": "CRG 59 (letter to Child P's father inviting him to contribute) – sent, no reply yet; keep open.", "status": "open"},
        ],
        "decisions": [
            {"item": "2", "text": "Notes agreed."},
            {"item": "3", "text": "The group agreed the criteria for a local child safeguarding practice review are met."},
            {"item": "4", "text": "The reviewer will be asked to meet the youth project before the report is finalised."},
        ],
        "forward_plan": [],
        "notes": ("Landscape PDF; attendance table Name / Initials / Role / Agency with '(Chair)' after the name and '(for Rachel Hume)' in the role cell -> deputising_for; "
                  "'DI' and 'Dr' dropped from names; Colette Marsden's role = rank + role cell. Minute taker row -> in_attendance. "
                  "Minutes are one table Item / Discussion / Actions agreed (who / when): the Item cell holds the number and the bold title; "
                  "the Actions cell holds several numbered actions '1) text – owner – when' in one cell (they are not part of the discussion). "
                  "Owner 'DI Marsden' -> Colette Marsden; 'All' kept. '14/12/26' -> 2026-12-14; 'Jan 2027' read as the end of January (judgement, as a month alone); "
                  "'before the ToR is finalised' -> null; 'ASAP' -> null; the podcast action has no date. Restricted footer and page numbers are furniture."),
    }


# ---------------------------------------------------------------- m09: board website page, tick table, ACTION inline in prose
def m09(path, src):
    att = [("Brian Toller", "Independent Chair", "✓", ""),
           ("Natasha Greene", "Merrow Vale Council – Director of Adult Services", "✓", ""),
           ("Supt Ian Beddows", "Merrow Vale Police", "✗", "Sent deputy: DCI Rhian Pugh"),
           ("Sunil Gadhia", "Merrow Vale ICB – Head of Safeguarding", "✓", ""),
           ("Fay Lindqvist", "Merrow Vale Hospitals NHS Foundation Trust – Deputy Chief Nurse", "✗", "Apologies"),
           ("Carl Munro", "Merrow Vale Housing Partnership – Director of Housing", "✓", ""),
           ("Sarah Greaves", "SAB Business Manager", "✓", "")]
    # paragraphs as (text, inline action or None); inline ACTION sentences are bold in the page
    items = [
        ("1", "Welcome and apologies", [
            [("Brian welcomed members. Apologies had been received from Fay Lindqvist and Supt Ian Beddows; DCI Rhian Pugh attended for the police.", False)]]),
        ("2", "Minutes of the last meeting and action log", [
            [("The minutes of 16 September 2026 were agreed.", False)],
            [("On the action log: the hoarding panel terms of reference have been signed off (action 7, closed); the request for hospital discharge data (action 8) has been partly met and remains open; "
              "the review of the Board's risk register (action 9) has been deferred to March because of the annual report timetable.", False)]]),
        ("3", "Hospital discharge and safeguarding", [
            [("Sunil Gadhia reported on the themes from 28 safeguarding concerns raised by care homes about hospital discharges since April. The most common problems were missing medication, "
              "discharge late at night and discharge letters that did not mention known pressure ulcers. ", False),
             ("ACTION: SGa to share the themes with the hospital trust's discharge team and ask for a response by 29 January 2027.", True),
             (" Members noted that the Deputy Chief Nurse had sent apologies and asked that the trust is invited to present at the next Board.", False)]]),
        ("4", "Domestic abuse and older people", [
            [("Natasha Greene presented findings from a review of domestic abuse cases involving people over 65. Older victims were less likely to be referred to the MARAC and more likely to be abused by an adult child than by a partner.", False)],
            [("The Board agreed that the joint protocol with the Community Safety Partnership should be amended to cover abuse by adult family members. ", False),
             ("ACTION: NG and DCI Pugh to bring the revised protocol to the March Board.", True)]]),
        ("5", "Housing and self-neglect", [
            [("Carl Munro described the housing partnership's new tenancy sustainment team, which has taken 44 referrals for tenants who are hoarding or self-neglecting. Evictions in this group have fallen. ", False),
             ("ACTION: CM to provide case examples for the Board newsletter – w/c 14 December.", True),
             (" ", False), ("ACTION: SGr to add the tenancy sustainment team to the self-neglect pathway.", True)]]),
        ("6", "Any other business", [
            [("No other business. The Chair thanked Sarah Greaves for organising the Board's development day.", False)]]),
    ]
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8"><title>Board minutes – December 2026 | Merrow Vale Safeguarding Adults Board</title></head><body>',
         '<header><a class="logo" href="/">Merrow Vale Safeguarding Adults Board</a><nav><a href="/about">About us</a> <a href="/professionals">Professionals</a> '
         '<a href="/public">Public</a> <a href="/report">Report a concern</a></nav></header>',
         '<article><p class="posted">Published 14 December 2026 in Board papers</p>']
    text = []

    def add(tag, s):
        h.append(f"<{tag}>{escape(s)}</{tag}>")
        text.append(s)

    add("h1", "Merrow Vale Safeguarding Adults Board – minutes of the Board meeting held on 9 December 2026")
    add("p", "Venue: Merrow Vale Community Stadium, Lounge Suite. Start: 1.30pm")
    add("h2", "Attendance")
    h.append("<table><tr><th>Name</th><th>Organisation / role</th><th>Attended</th><th>Comments</th></tr>")
    text += ["Name", "Organisation / role", "Attended", "Comments"]
    for n, o, a, c in att:
        h.append(f"<tr><td>{escape(n)}</td><td>{escape(o)}</td><td>{a}</td><td>{escape(c)}</td></tr>")
        text += [x for x in (n, o, a, c) if x]
    h.append("</table>")
    add("p", "In attendance: Debbie Stokes, Board Administrator (minutes)")
    gold_items = []
    for num, title, paras in items:
        add("h3", f"Item {num} – {title}")
        flat = []
        for parts in paras:
            h.append("<p>" + "".join(f"<strong>{escape(t)}</strong>" if b else escape(t) for t, b in parts) + "</p>")
            s = "".join(t for t, _ in parts)
            text.append(s)
            flat.append(s)
        gold_items.append({"number": num, "title": title, "discussion": disc(flat)})
    add("p", "Next Board meeting: Wednesday 10 March 2027, 1.30pm.")
    h.append('</article><footer><p>Merrow Vale Safeguarding Adults Board, PO Box 77, Merrow Vale · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></p></footer></body></html>')
    path.write_text("\n".join(h) + "\n", encoding="utf-8")
    src.write_text("\n".join(text) + "\n", encoding="utf-8")
    return {
        "body": "Merrow Vale Safeguarding Adults Board", "date": "2026-12-09", "start_time": "13:30",
        "location": "Merrow Vale Community Stadium, Lounge Suite", "next_meeting_date": "2027-03-10",
        "people": {
            "present": [P("Brian Toller", None, "Independent Chair", None),
                        P("Natasha Greene", None, "Director of Adult Services", "Merrow Vale Council"),
                        P("Rhian Pugh", None, "DCI", "Merrow Vale Police", "Ian Beddows"),
                        P("Sunil Gadhia", None, "Head of Safeguarding", "Merrow Vale ICB"),
                        P("Carl Munro", None, "Director of Housing", "Merrow Vale Housing Partnership"),
                        P("Sarah Greaves", None, "SAB Business Manager", None)],
            "in_attendance": [P("Debbie Stokes", None, "Board Administrator (minutes)", None)],
            "apologies": [P("Ian Beddows", None, "Supt", "Merrow Vale Police"),
                          P("Fay Lindqvist", None, "Deputy Chief Nurse", "Merrow Vale Hospitals NHS Foundation Trust")]},
        "items": gold_items,
        "actions": [
            A("3", "share the themes with the hospital trust's discharge team and ask for a response by 29 January 2027", "SGa", ["Sunil Gadhia"],
              "2027-01-29", "by 29 January 2027"),
            A("4", "bring the revised protocol to the March Board", "NG and DCI Pugh", ["Natasha Greene", "Rhian Pugh"], "2027-03-10", "the March Board"),
            A("5", "provide case examples for the Board newsletter", "CM", ["Carl Munro"], "2026-12-14", "w/c 14 December"),
            A("5", "add the tenancy sustainment team to the self-neglect pathway", "SGr", ["Sarah Greaves"], None, None),
        ],
        "action_updates": [
            {"item": "2", "text": "the hoarding panel terms of reference have been signed off (action 7, closed)", "status": "closed"},
            {"item": "2", "text": "the request for hospital discharge data (action 8) has been partly met and remains open", "status": "open"},
            {"item": "2", "text": "the review of the Board's risk register (action 9) has been deferred to March because of the annual report timetable.", "status": "carried_forward"},
        ],
        "decisions": [
            {"item": "2", "text": "The minutes of 16 September 2026 were agreed."},
            {"item": "4", "text": "The Board agreed that the joint protocol with the Community Safety Partnership should be amended to cover abuse by adult family members."},
        ],
        "forward_plan": [{"item": "3", "text": "Hospital trust invited to present on discharge", "when": "next Board"}],
        "notes": ("Board website post: header nav, 'Published ...' line and footer are furniture. Attendance table Name / Organisation / role / Attended (✓ / ✗) / Comments; "
                  "'Sent deputy: DCI Rhian Pugh' -> Rhian Pugh present with deputising_for Ian Beddows, organisation from his row, role = the rank 'DCI' (no other role); "
                  "Ian Beddows ✗ -> apologies with 'Supt' as role. 'Organisation / role' cells split at ' – '. "
                  "Actions are bold 'ACTION:' sentences inside prose paragraphs and stay in the discussion. Two people share SG: the minutes write SGa (Sunil Gadhia) and SGr (Sarah Greaves). "
                  "'NG and DCI Pugh' -> Natasha Greene and Rhian Pugh. 'the March Board' -> 2027-03-10 (next Board meeting line); 'w/c 14 December' -> that Monday 2026-12-14; "
                  "'ask for a response by 29 January 2027' is the due date of SGa's action. The SGr action has no date. "
                  "Action 9 'deferred to March' -> carried_forward. The trust being invited to the next Board is recorded as a forward-plan entry, not an action (no owner)."),
    }

