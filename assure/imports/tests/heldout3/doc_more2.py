"""h04 (numbered paragraphs + action log PDF) and h05 (email notes)."""
from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate

from assure.imports.tests.heldout_kit import BODY, H1, H2, PAGE, A, P, Pdf, save_text


def disc(paras):
    return "\n\n".join(paras)


H04_ITEMS = [
    ("1", "Welcome and apologies", [
        "1.1 The Chair welcomed members and noted the apologies listed above.",
        "1.2 The Chair confirmed that Gareth Penhallow would attend for Detective Inspector Maya Fenwick."]),
    ("2", "Minutes of the last meeting and action log", [
        "2.1 The minutes of the meeting held on 15 September 2026 were agreed as a true record.",
        "2.2 The Board reviewed the action log. Updates are recorded in the action log at the end of these minutes."]),
    ("3", "Homelessness and safeguarding adults", [
        "3.1 Hollie Barraclough, Housing Options Manager, gave a presentation on the link between homelessness and safeguarding adults. Rough sleeping in the borough had risen from nine people in 2024 to twenty-three at the most recent count, and four people had died while homeless in the past twelve months.",
        "3.2 The presentation highlighted that very few safeguarding concerns were raised for people who were homeless, even where there was clear evidence of self-neglect or exploitation. Housing staff often assumed that a person who was homeless would not meet the criteria for a Section 42 enquiry.",
        "3.3 The Board agreed that homelessness should be added to the Board's strategic plan as a priority for 2027/28.",
        "Action: Joanna Blyth to convene a task and finish group with housing and health by 18 December 2026.",
        "3.4 Members asked that the deaths of people who were homeless be considered against the Board's criteria for a Safeguarding Adults Review.",
        "Action: Safeguarding Adults Review subgroup to consider the four deaths at its January meeting."]),
    ("4", "Quality assurance framework", [
        "4.1 Bryony Marsh, Board Manager, presented the revised quality assurance framework. The framework now includes a single annual audit programme agreed by all partners, rather than separate audits by each agency.",
        "4.2 The Board approved the revised framework.",
        "Action: BM to produce an audit calendar for 2027 – 29/01/2027."]),
    ("5", "Safeguarding Adults Review referral – Ms D", [
        "5.1 The Board considered the recommendation of the SAR subgroup about the referral concerning Ms D, a woman with a learning disability who experienced serious financial abuse by a neighbour.",
        "5.2 The subgroup had concluded that the criteria for a mandatory review were not met because Ms D had not died or suffered serious harm as defined in the Care Act, but that there was significant learning about how agencies shared concerns about financial abuse.",
        "5.3 The Board agreed with the recommendation that a single agency learning review be undertaken by the council's adult social care service, with the findings reported to the Board."]),
    ("6", "Any other business and date of next meeting", [
        "6.1 There was no other business.",
        "6.2 The next meeting will be held on Tuesday 9 February 2027 at 1.30pm."]),
]

H04_LOG = [
    ("11", "Update the self-neglect guidance to include hoarding assessment tool", "BM", "30/09/2026", "Complete"),
    ("12", "Share findings of the care home thematic audit with the ICB quality team", "AM", "31/10/2026", "Complete"),
    ("13", "Provide data on concerns raised by GP practices", "LN", "15/09/2026", "Ongoing – carry forward to February"),
    ("14", "Raise the lack of interpreter availability with the commissioning board", "JB", "30/10/2026", "Closed – superseded by regional contract"),
    ("15", "Convene a task and finish group on homelessness and safeguarding with housing and health", "JB", "18/12/2026", "New"),
    ("16", "Consider the four deaths of people who were homeless against the SAR criteria", "SAR subgroup", "January meeting", "New"),
    ("17", "Produce an audit calendar for 2027", "BM", "29/01/2027", "New"),
    ("18", "Commission the single agency learning review concerning Ms D and agree its terms of reference", "JB", "by 31 December 2026", "New"),
]


def h04(path, src):
    pdf = Pdf()
    pdf.para("Corran Valley Safeguarding Adults Board", H1)
    pdf.para("Minutes of the meeting held on Tuesday 17 November 2026 at 1.30pm", BODY, bold=True)
    pdf.para("Meeting Room 3, Corran Valley Council Offices, Riverside Way, Corran", BODY)
    present = [P("Anthony Mercer", "AM", "Independent Chair", None),
               P("Joanna Blyth", "JB", "Assistant Director, Adult Social Care", "Corran Valley Council"),
               P("Lakshmi Nair", "LN", "Designated Nurse, Safeguarding Adults", "Corran and Tamar ICB"),
               P("Gareth Penhallow", "GP", "Detective Sergeant", "Corran Police", "Maya Fenwick"),
               P("Hollie Barraclough", "HB", "Housing Options Manager", "Corran Valley Council"),
               P("Bryony Marsh", "BM", "Board Manager", "Corran Valley SAB")]
    inatt = [P("Tegan Rowe", None, "Minute taker", None)]
    apols = [P("Maya Fenwick", None, "Detective Inspector", "Corran Police"),
             P("Colm Brennan", None, "Chief Executive", "Corran Valley Carers' Centre")]
    pdf.para("Members present", H2)
    pdf.table([("Name", "Title", "Organisation")] + [
        ("Anthony Mercer (AM)", "Independent Chair", ""),
        ("Joanna Blyth (JB)", "Assistant Director, Adult Social Care", "Corran Valley Council"),
        ("Lakshmi Nair (LN)", "Designated Nurse, Safeguarding Adults", "Corran and Tamar ICB"),
        ("DS Gareth Penhallow (GP)", "for DI Maya Fenwick", "Corran Police"),
        ("Hollie Barraclough (HB)", "Housing Options Manager", "Corran Valley Council"),
        ("Bryony Marsh (BM)", "Board Manager", "Corran Valley SAB")], [5, 6.5, 5])
    pdf.rich([("In attendance: ", True), ("Tegan Rowe (minute taker)", False)])
    pdf.rich([("Apologies: ", True), ("DI Maya Fenwick (Corran Police); Colm Brennan (Chief Executive, Corran Valley Carers' Centre)", False)])
    items = []
    for num, title, paras in H04_ITEMS:
        pdf.para(f"{num}. {title}", H2)
        for p in paras:
            pdf.para(p, BODY, bold=p.startswith("Action:"))
        items.append({"number": num, "title": title, "discussion": disc(paras)})
    pdf.para("Action log", H2)
    pdf.table([("Ref", "Action", "Owner", "Due", "Status")] + [list(r) for r in H04_LOG], [1.2, 8, 2.5, 2.6, 3])
    doc = SimpleDocTemplate(str(path), pagesize=PAGE, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, invariant=1, title="Corran Valley SAB minutes", author="Board Manager",
                            creator="heldout3", producer="heldout3")
    doc.build(pdf.story)
    src.write_text("\n".join(pdf.lines) + "\n", encoding="utf-8")
    return {
        "body": "Corran Valley Safeguarding Adults Board", "date": "2026-11-17", "start_time": "13:30",
        "location": "Meeting Room 3, Corran Valley Council Offices, Riverside Way, Corran", "next_meeting_date": "2027-02-09",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": items,
        "actions": [
            A("3", "convene a task and finish group with housing and health", "Joanna Blyth", ["Joanna Blyth"], "2026-12-18", "by 18 December 2026"),
            A("3", "consider the four deaths at its January meeting", "Safeguarding Adults Review subgroup", ["Safeguarding Adults Review subgroup"], None, "January meeting"),
            A("4", "produce an audit calendar for 2027", "BM", ["Bryony Marsh"], "2027-01-29", "29/01/2027"),
            A("5", "Commission the single agency learning review concerning Ms D and agree its terms of reference", "JB", ["Joanna Blyth"], "2026-12-31", "by 31 December 2026"),
        ],
        "action_updates": [
            {"item": "2", "text": "Update the self-neglect guidance to include hoarding assessment tool", "status": "closed"},
            {"item": "2", "text": "Share findings of the care home thematic audit with the ICB quality team", "status": "closed"},
            {"item": "2", "text": "Provide data on concerns raised by GP practices", "status": "carried_forward"},
            {"item": "2", "text": "Raise the lack of interpreter availability with the commissioning board", "status": "closed"},
        ],
        "decisions": [
            {"item": "2", "text": "The minutes of the meeting held on 15 September 2026 were agreed as a true record."},
            {"item": "3", "text": "The Board agreed that homelessness should be added to the Board's strategic plan as a priority for 2027/28."},
            {"item": "4", "text": "The Board approved the revised framework."},
            {"item": "5", "text": "The Board agreed with the recommendation that a single agency learning review be undertaken by the council's adult social care service, with the findings reported to the Board."},
        ],
        "forward_plan": [],
        "notes": ("Items are the 'N.' headings; 'N.M' are paragraph numbers inside an item (kept in discussion as written), not "
                  "sub-items. Bold 'Action:' lines are actions (text without the owner prefix and due suffix); they repeat in the closing "
                  "action log as refs 15-17 and are counted once. Ref 18 appears only in the log: an action, item 5 by its subject. "
                  "Refs 11-14 are earlier actions: updates attributed to item 2 (where the minutes send the reader to the log); the log "
                  "row's Action cell is the update text; its Status cell gives the status (Complete/Closed -> closed, Ongoing – carry forward -> carried_forward). 'January meeting' of a subgroup: no date given -> due null. "
                  "DS Gareth Penhallow deputises for DI Maya Fenwick (she is under apologies, ranks to role). Anthony Mercer's "
                  "organisation is blank in the table -> null. 'In attendance' minute taker -> in_attendance."),
    }


def h05(path, src):
    text = """From: Tamsin Royle <tamsin.royle@fellside-scp.example.org.uk>
Sent: Thursday, December 3, 2026 4:42 PM
To: Fellside CSPR Group <csprgroup@fellside-scp.example.org.uk>
Cc: Fellside SCP Business Unit <scp.business@fellside-scp.example.org.uk>
Subject: Notes - CSPR Group - 2 Dec
Importance: High

Hi all

Notes from yesterday's CSPR Group below rather than as an attachment, as a few people have said they can't open Word documents on their phones. Please let me know of any corrections by Wednesday 9th. We met on Teams, 10.00-11.30.

Who was there:
Tamsin Royle - Safeguarding Reviews Manager, Fellside SCP (chair)
Hugo Marsh - DCI, Fellside Police
Ellen Faraday - Designated Nurse, Fellside ICB
Dominic Achterberg - Service Manager, Children's Social Care
Rosa Quinlan - Education Safeguarding Adviser
Kit Barlow - Business Support (notes)

Apologies from Nadia Halloran (Designated Doctor) and Sean Moriarty (Probation).

----------------------------------------------------------------
1) Rapid review - Baby R
----------------------------------------------------------------
Baby R (8 weeks) was admitted to Fellside General with a fractured femur on 14 November. The rapid review was held on 24 November. All agencies had submitted information in time.

Dominic said the family had been known to early help for a short period before the birth, for housing reasons, but there was no record of domestic abuse. Ellen noted that the health visitor's new birth visit was done by phone because of staff sickness, which meant nobody had seen the home.

The group agreed the case meets the criteria for a local CSPR and will recommend this to the Safeguarding Partners. Hugo asked that the review waits until the criminal investigation has reached charging stage before interviewing the parents - agreed.

-> TR to send the rapid review report and recommendation to the National Panel by Fri 11 Dec
-> EF to find out how many new birth visits were done virtually in the last 6 months, for next meeting

----------------------------------------------------------------
2) Actions from last time
----------------------------------------------------------------
- Dominic to share the learning from Child P with team managers: done.
- Rosa to check the school attendance data for Child P's siblings: done, nothing of concern.
- Tamsin to chase the independent reviewer for the Child M draft: still waiting - Tamsin will keep chasing.

----------------------------------------------------------------
3) Child M - draft report
----------------------------------------------------------------
Not discussed as the draft hasn't arrived. Carried over to January.

----------------------------------------------------------------
4) Learning briefing - unsafe sleep
----------------------------------------------------------------
Rosa presented the draft seven minute briefing on unsafe sleep. Everyone liked it. Hugo suggested adding the local data on sudden unexpected deaths in infancy so it feels less generic. The group signed it off subject to that change.

-> RQ to add the local data and publish the briefing on the website before Christmas (by 18/12)

----------------------------------------------------------------
5) AOB
----------------------------------------------------------------
Ellen flagged that the ICB is restructuring its safeguarding team from April and she may not be the designated nurse going forward. Nothing else.

Next one is Wed 13 Jan, 10am, Teams again. January agenda will include Child M draft (hopefully) and the annual review of the CSPR tracker.

Thanks
Tamsin

Tamsin Royle | Safeguarding Reviews Manager
Fellside Safeguarding Children Partnership
Fellside House, 3 Ropewalk, Fellside FL2 8QT
t: 01632 960 418 | m: 07700 900 512
Working days: Mon-Thu

OFFICIAL-SENSITIVE: This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Fellside SCP does not accept liability for any viruses transmitted.

-----Original Appointment-----
From: Tamsin Royle
Sent: 18 November 2026 09:12
To: Fellside CSPR Group
Subject: CSPR Group
When: 02 December 2026 10:00-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Microsoft Teams Meeting
"""
    save_text(path, src, text)
    present = [P("Tamsin Royle", "TR", "Safeguarding Reviews Manager; chair", "Fellside SCP"),
               P("Hugo Marsh", "HM", "DCI", "Fellside Police"),
               P("Ellen Faraday", "EF", "Designated Nurse", "Fellside ICB"),
               P("Dominic Achterberg", "DA", "Service Manager", "Children's Social Care"),
               P("Rosa Quinlan", "RQ", "Education Safeguarding Adviser", None)]
    inatt = [P("Kit Barlow", None, "Business Support (notes)", None)]
    apols = [P("Nadia Halloran", None, "Designated Doctor", None), P("Sean Moriarty", None, None, "Probation")]
    d1 = ["Baby R (8 weeks) was admitted to Fellside General with a fractured femur on 14 November. The rapid review was held on 24 November. All agencies had submitted information in time.",
          "Dominic said the family had been known to early help for a short period before the birth, for housing reasons, but there was no record of domestic abuse. Ellen noted that the health visitor's new birth visit was done by phone because of staff sickness, which meant nobody had seen the home.",
          "The group agreed the case meets the criteria for a local CSPR and will recommend this to the Safeguarding Partners. Hugo asked that the review waits until the criminal investigation has reached charging stage before interviewing the parents - agreed.",
          "-> TR to send the rapid review report and recommendation to the National Panel by Fri 11 Dec",
          "-> EF to find out how many new birth visits were done virtually in the last 6 months, for next meeting"]
    d2 = ["- Dominic to share the learning from Child P with team managers: done.",
          "- Rosa to check the school attendance data for Child P's siblings: done, nothing of concern.",
          "- Tamsin to chase the independent reviewer for the Child M draft: still waiting - Tamsin will keep chasing."]
    d4 = ["Rosa presented the draft seven minute briefing on unsafe sleep. Everyone liked it. Hugo suggested adding the local data on sudden unexpected deaths in infancy so it feels less generic. The group signed it off subject to that change.",
          "-> RQ to add the local data and publish the briefing on the website before Christmas (by 18/12)"]
    return {
        "body": "Fellside Safeguarding Children Partnership CSPR Group", "date": "2026-12-02", "start_time": "10:00",
        "location": "Microsoft Teams", "next_meeting_date": "2027-01-13",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": [
            {"number": "1", "title": "Rapid review - Baby R", "discussion": disc(d1)},
            {"number": "2", "title": "Actions from last time", "discussion": disc(d2)},
            {"number": "3", "title": "Child M - draft report", "discussion": "Not discussed as the draft hasn't arrived. Carried over to January."},
            {"number": "4", "title": "Learning briefing - unsafe sleep", "discussion": disc(d4)},
            {"number": "5", "title": "AOB", "discussion": "Ellen flagged that the ICB is restructuring its safeguarding team from April and she may not be the designated nurse going forward. Nothing else."},
        ],
        "actions": [
            A("1", "send the rapid review report and recommendation to the National Panel", "TR", ["Tamsin Royle"], "2026-12-11", "by Fri 11 Dec"),
            A("1", "find out how many new birth visits were done virtually in the last 6 months", "EF", ["Ellen Faraday"], "2027-01-13", "for next meeting"),
            A("4", "add the local data and publish the briefing on the website before Christmas", "RQ", ["Rosa Quinlan"], "2026-12-18", "by 18/12"),
        ],
        "action_updates": [
            {"item": "2", "text": "Dominic to share the learning from Child P with team managers: done.", "status": "closed"},
            {"item": "2", "text": "Rosa to check the school attendance data for Child P's siblings: done, nothing of concern.", "status": "closed"},
            {"item": "2", "text": "Tamsin to chase the independent reviewer for the Child M draft: still waiting - Tamsin will keep chasing.", "status": "open"},
        ],
        "decisions": [
            {"item": "1", "text": "The group agreed the case meets the criteria for a local CSPR and will recommend this to the Safeguarding Partners."},
            {"item": "1", "text": "Hugo asked that the review waits until the criminal investigation has reached charging stage before interviewing the parents - agreed."},
            {"item": "4", "text": "The group signed it off subject to that change."},
        ],
        "forward_plan": [
            {"item": "3", "text": "Child M draft report", "when": "January"},
            {"item": None, "text": "Annual review of the CSPR tracker", "when": "January"},
        ],
        "notes": ("Email: body is the partnership plus the group named in the subject ('CSPR Group'). Meeting date from 'yesterday' "
                  "relative to Sent (Thursday 3 December 2026) and from the original appointment. Location 'Microsoft Teams' "
                  "(the text says 'on Teams'). Initials resolved by the people's names (TR, EF, RQ, used as owners). 'DCI' kept as role. "
                  "Kit Barlow (notes) -> in_attendance. Items are the '1)' headings between rule lines. 'by Fri 11 Dec' -> 2026-12-11; "
                  "'for next meeting' -> 2027-01-13; 'by 18/12' -> 2026-12-18. Item 2 bullets are updates ('still waiting' -> open). "
                  "The January agenda line after item 5 is a forward-plan note outside any item (item null). The signature, "
                  "disclaimer and original appointment are not minutes."),
    }
