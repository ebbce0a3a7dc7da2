"""h08 (two-column PDF, inline ACTION prose) and h09 (space-aligned text converted from a PDF)."""
from __future__ import annotations

import textwrap

from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

from assure.imports.tests.heldout_kit import BODY, H1, H2, PAGE, A, P, Pdf, save_text


def disc(paras):
    return "\n\n".join(paras)


H08 = [
    ("1", "Welcome and apologies", ["Orla Kennington welcomed members. Apologies were received from Dr Samuel Petrakis and Yvonne Stirling."]),
    ("2", "Previous minutes and action tracker", [
        "The minutes of 3 September were agreed. On the tracker: the chronology template has been revised and shared (closed); the request to the ambulance trust for a named contact was still outstanding and Orla would escalate it (open); the training on professional curiosity has been booked for February (closed)."]),
    ("3", "Rapid review – Child W", [
        "Jamal Kowalczyk summarised the rapid review for Child W, aged 15, who was seriously injured in a knife attack in October. Child W had been excluded from two schools and had been missing from home on eleven occasions in the six months before the incident.",
        "Members discussed whether the threshold for a local review was met. Several agencies had been involved and there was potential learning about the response to repeated missing episodes and about the transition between schools. The group agreed to recommend a local child safeguarding practice review to the safeguarding partners.",
        "ACTION: JK to send the rapid review and the group's recommendation to the safeguarding partners by 12 November 2026.",
        "ACTION: MB to obtain the return home interview records for all eleven missing episodes by 27/11/2026."]),
    ("4", "Local review – Child S: draft terms of reference", [
        "The draft terms of reference for the Child S review were considered. Members asked that the scope should include the two years before Child S came into care, since the family had moved into Bramley Vale from another area and the transfer of records had been slow.",
        "The group approved the terms of reference with that amendment.",
        "ACTION: All to nominate a single point of contact for the Child S review before the next meeting."]),
    ("5", "Learning from reviews – practitioner events", [
        "Megan Brightwell reported that the two practitioner learning events on the Child L review had been attended by 120 people. Feedback was very positive, though several attendees asked for the events to be recorded for those who could not attend.",
        "ACTION: MB to look into recording future events, end of December."]),
    ("6", "Any other business", [
        "No other business. Next meeting: Thursday 7 January 2027, 09:30, via Microsoft Teams. The annual report of the group will be presented at the March meeting."]),
]


def h08(path, src):
    pdf = Pdf()
    pdf.para("Bramley Vale Safeguarding Children Partnership", H1)
    pdf.para("Child Safeguarding Practice Review Group", H2)
    pdf.para("Minutes – Thursday 5 November 2026, 09:30 – 11:30, via Microsoft Teams", BODY, bold=True)
    pdf.story.append(NextPageTemplate("Later"))
    from reportlab.platypus import FrameBreak
    pdf.story.append(FrameBreak())
    pdf.para("Attendees", H2)
    pdf.para("Orla Kennington (OK), Reviews Manager, Bramley Vale SCP – Chair", BODY)
    pdf.para("Jamal Kowalczyk (JK), Partnership Business Manager, Bramley Vale SCP", BODY)
    pdf.para("Megan Brightwell (MB), Head of Service, Children's Social Care", BODY)
    pdf.para("DS Rhys Oduya (RO), Bramley Vale Police", BODY)
    pdf.para("Claire Ashby (CA), Named Nurse, Bramley Vale Hospitals Trust", BODY)
    pdf.para("Ben Talbot (BT), Notes, Bramley Vale SCP", BODY)
    pdf.para("Apologies", H2)
    pdf.para("Dr Samuel Petrakis, Designated Doctor, Bramley Vale ICB; Yvonne Stirling, Head of Inclusion, Education", BODY)
    for num, title, paras in H08:
        pdf.para(f"{num}  {title}", H2)
        for p in paras:
            pdf.para(p, BODY, bold=False)
    w, h = PAGE
    gap = 0.8 * cm
    colw = (w - 4 * cm - gap) / 2
    head = Frame(2 * cm, h - 5 * cm, w - 4 * cm, 3 * cm, id="head")
    first = [head, Frame(2 * cm, 2 * cm, colw, h - 7 * cm, id="c1"), Frame(2 * cm + colw + gap, 2 * cm, colw, h - 7 * cm, id="c2")]
    later = [Frame(2 * cm, 2 * cm, colw, h - 4 * cm, id="l1"), Frame(2 * cm + colw + gap, 2 * cm, colw, h - 4 * cm, id="l2")]

    def footer(canvas, doc):
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(2 * cm, 1.2 * cm, "Bramley Vale SCP – CSPR Group minutes – OFFICIAL SENSITIVE")
        canvas.drawRightString(w - 2 * cm, 1.2 * cm, str(doc.page))

    doc = BaseDocTemplate(str(path), pagesize=PAGE, invariant=1, title="CSPR Group minutes", author="Bramley Vale SCP",
                          creator="heldout3", producer="heldout3")
    doc.addPageTemplates([PageTemplate("First", first, onPage=footer), PageTemplate("Later", later, onPage=footer)])
    doc.build(pdf.story)
    src.write_text("\n".join(pdf.lines) + "\n", encoding="utf-8")
    return {
        "body": "Bramley Vale Safeguarding Children Partnership Child Safeguarding Practice Review Group", "date": "2026-11-05",
        "start_time": "09:30", "location": "Microsoft Teams", "next_meeting_date": "2027-01-07",
        "people": {
            "present": [P("Orla Kennington", "OK", "Reviews Manager; Chair", "Bramley Vale SCP"),
                        P("Jamal Kowalczyk", "JK", "Partnership Business Manager", "Bramley Vale SCP"),
                        P("Megan Brightwell", "MB", "Head of Service", "Children's Social Care"),
                        P("Rhys Oduya", "RO", "DS", "Bramley Vale Police"),
                        P("Claire Ashby", "CA", "Named Nurse", "Bramley Vale Hospitals Trust")],
            "in_attendance": [P("Ben Talbot", "BT", "Notes", "Bramley Vale SCP")],
            "apologies": [P("Samuel Petrakis", None, "Designated Doctor", "Bramley Vale ICB"),
                          P("Yvonne Stirling", None, "Head of Inclusion", "Education")]},
        "items": [{"number": n, "title": t, "discussion": disc(p)} for n, t, p in H08],
        "actions": [
            A("3", "send the rapid review and the group's recommendation to the safeguarding partners", "JK", ["Jamal Kowalczyk"], "2026-11-12", "by 12 November 2026"),
            A("3", "obtain the return home interview records for all eleven missing episodes", "MB", ["Megan Brightwell"], "2026-11-27", "by 27/11/2026"),
            A("4", "nominate a single point of contact for the Child S review", "All", ["All"], "2027-01-07", "before the next meeting"),
            A("5", "look into recording future events", "MB", ["Megan Brightwell"], "2026-12-31", "end of December"),
        ],
        "action_updates": [
            {"item": "2", "text": "the chronology template has been revised and shared (closed)", "status": "closed"},
            {"item": "2", "text": "the request to the ambulance trust for a named contact was still outstanding and Orla would escalate it (open)", "status": "open"},
            {"item": "2", "text": "the training on professional curiosity has been booked for February (closed)", "status": "closed"},
        ],
        "decisions": [
            {"item": "2", "text": "The minutes of 3 September were agreed."},
            {"item": "3", "text": "The group agreed to recommend a local child safeguarding practice review to the safeguarding partners."},
            {"item": "4", "text": "The group approved the terms of reference with that amendment."},
        ],
        "forward_plan": [{"item": "6", "text": "Annual report of the group", "when": "March meeting"}],
        "notes": ("Two-column PDF: reading order is the full-width title, then column 1 then column 2 on each page. Body = partnership "
                  "+ group. Attendee lines 'Name (INIT), role, org'; '– Chair' appended to Orla Kennington's role; 'Notes' -> "
                  "in_attendance. DS and Dr dropped from names (DS kept as role). Inline 'ACTION: XX to ... by DATE.' -> action text "
                  "without owner prefix and due phrase. 'before the next meeting' -> 2027-01-07; 'end of December' -> 2026-12-31 "
                  "(meeting year). The tracker sentence in item 2 split into three updates by its semicolons."),
    }


def _layout_table(widths, rows, gap=2):
    out = []
    for row in rows:
        cols = [textwrap.wrap(c, w) if c else [""] for c, w in zip(row, widths)]
        for i in range(max(len(c) for c in cols)):
            parts = [(c[i] if i < len(c) else "").ljust(w) for c, w in zip(cols, widths)]
            out.append((" " * gap).join(parts).rstrip())
        out.append("")
    return out


H09 = [
    ("1.", "Introductions and apologies", "Members introduced themselves. Apologies noted as above.", "", "", ""),
    ("2.", "Minutes and action log", "Minutes of 16 September 2026 agreed. Action 7 (SAR Mrs H: contact family via advocate) - complete, family have agreed to meet the reviewer. Action 8 (request GP records) - outstanding, carried forward. Action 9 (agree reviewer fee) - complete.", "", "", ""),
    ("3.", "SAR referral - Mr E", "The subgroup considered the referral from the ambulance service about Mr E, 81, who died after a fall at home; he had refused carers after discharge from hospital. Members felt that the criteria for a mandatory SAR were met because there was concern about how agencies worked together on discharge. Agreed to recommend a SAR to the Independent Chair.", "Send recommendation and rationale to the Independent Chair", "FD", "28/10/2026"),
    ("", "", "", "Request chronologies from all agencies involved with Mr E", "KH", "within 4 weeks of decision"),
    ("4.", "SAR Mrs H - reviewer update", "The reviewer reported that agency interviews are complete. The draft report is expected in January. Members asked that the family's views be included in full.", "Circulate draft report to members", "FD", "Jan 2027"),
    ("5.", "Learning into practice", "Discussion about the briefing on Mr J. Agreed it will be launched at the Board development day and shared with all partners.", "Launch Mr J briefing at development day", "PA", "10.12.26"),
    ("6.", "AOB", "None. Next meeting 18 November 2026, 13:00, Training Room 1, Oakenfield Hub.", "", "", ""),
]


def h09(path, src):
    lines = ["", "                 Oakenfield Safeguarding Adults Board", "",
             "           Safeguarding Adults Review (SAR) Subgroup - Minutes", "",
             "Date:    Wednesday 21 October 2026", "Time:    13:00 - 15:00", "Venue:   Training Room 1, Oakenfield Hub", ""]
    att = [("Present", "Apologies"),
           ("Fiona Dabrowski (FD) - SAB Business Manager (Chair)", "Martin Gale (MG) - Oakenfield Police"),
           ("Kwame Holt (KH) - Principal Social Worker, OCC", "Sophie Rennie (SR) - South Oake Hospital"),
           ("Priya Anand (PA) - Named Nurse, Oakenfield ICB", ""),
           ("Carl Whittaker (CW) - Housing, Oakenfield Homes", ""),
           ("Jo Pike - minutes", "")]
    for a, b in att:
        lines.append(f"{a:<52}{b}".rstrip())
    lines.append("")
    widths = [4, 44, 24, 5, 12]
    rows = [("No.", "Item / discussion", "Action", "Lead", "By")] + [
        (n, (t + ". " + d) if t else d, a, o, b) for n, t, d, a, o, b in H09[:4]]
    body1 = _layout_table(widths, rows)
    page1 = lines + body1 + ["", "OSAB SAR Subgroup 21.10.2026                                            Page 1 of 2"]
    rows2 = [("No.", "Item / discussion", "Action", "Lead", "By")] + [
        (n, (t + ". " + d) if t else d, a, o, b) for n, t, d, a, o, b in H09[4:]]
    page2 = _layout_table(widths, rows2) + ["", "OSAB SAR Subgroup 21.10.2026                                            Page 2 of 2"]
    text = "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n"
    save_text(path, src, text)
    items = [{"number": n.rstrip("."), "title": t, "discussion": d} for n, t, d, _a, _o, _b in H09 if n]
    return {
        "body": "Oakenfield Safeguarding Adults Board Safeguarding Adults Review (SAR) Subgroup", "date": "2026-10-21",
        "start_time": "13:00", "location": "Training Room 1, Oakenfield Hub", "next_meeting_date": "2026-11-18",
        "people": {
            "present": [P("Fiona Dabrowski", "FD", "SAB Business Manager (Chair)", None),
                        P("Kwame Holt", "KH", "Principal Social Worker", "OCC"),
                        P("Priya Anand", "PA", "Named Nurse", "Oakenfield ICB"),
                        P("Carl Whittaker", "CW", "Housing", "Oakenfield Homes")],
            "in_attendance": [P("Jo Pike", None, "minutes", None)],
            "apologies": [P("Martin Gale", "MG", None, "Oakenfield Police"), P("Sophie Rennie", "SR", None, "South Oake Hospital")]},
        "items": items,
        "actions": [
            A("3", "Send recommendation and rationale to the Independent Chair", "FD", ["Fiona Dabrowski"], "2026-10-28", "28/10/2026"),
            A("3", "Request chronologies from all agencies involved with Mr E", "KH", ["Kwame Holt"], None, "within 4 weeks of decision"),
            A("4", "Circulate draft report to members", "FD", ["Fiona Dabrowski"], "2027-01-31", "Jan 2027"),
            A("5", "Launch Mr J briefing at development day", "PA", ["Priya Anand"], "2026-12-10", "10.12.26"),
        ],
        "action_updates": [
            {"item": "2", "text": "Action 7 (SAR Mrs H: contact family via advocate) - complete, family have agreed to meet the reviewer.", "status": "closed"},
            {"item": "2", "text": "Action 8 (request GP records) - outstanding, carried forward.", "status": "carried_forward"},
            {"item": "2", "text": "Action 9 (agree reviewer fee) - complete.", "status": "closed"},
        ],
        "decisions": [
            {"item": "2", "text": "Minutes of 16 September 2026 agreed."},
            {"item": "3", "text": "Agreed to recommend a SAR to the Independent Chair."},
            {"item": "5", "text": "Agreed it will be launched at the Board development day and shared with all partners."},
        ],
        "forward_plan": [{"item": "4", "text": "Draft SAR Mrs H report", "when": "January"}],
        "notes": ("Text as pdftotext -layout would give it: side-by-side Present/Apologies columns and a wrapped five-column table "
                  "whose cells interleave line by line; a form feed and page footer split the table. The source text records each "
                  "line as laid out. Titles are the first sentence of the Item / discussion cell (before the first '. '); discussion "
                  "is the rest of the cell. The item 3 continuation row (no number) adds a second action to item 3. 'within 4 weeks "
                  "of decision' -> due null. 'Jan 2027' -> 2027-01-31 (end of month). 'OCC' kept as the organisation as written. "
                  "Jo Pike '- minutes' -> in_attendance."),
    }
