"""h10 (Word 'Save as Web Page' HTML with forward plan), h11 (lettered items, Teams), h12 (form-style PDF)."""
from __future__ import annotations

from html import escape

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate

from assure.imports.tests.heldout_kit import BODY, H1, H2, PAGE, A, Docx, P, Pdf


def disc(paras):
    return "\n\n".join(paras)


H10 = [
    ("1", "Welcome and apologies", ["Abigail Thorncroft welcomed the group. Apologies were noted."], []),
    ("2", "Minutes and action points from 8 July 2026", [
        "The minutes were agreed.",
        "Action Point 6a (multi-agency audit of strategy meetings) – completed; findings at item 3.",
        "Action Point 6b (dip sample of neglect referrals from schools) – not started due to staff absence; carried forward to the December meeting."], []),
    ("3", "Multi-agency audit – strategy meetings", [
        "Vikram Sethi presented the audit of 15 strategy meetings. Police attended all 15 and health attended 9. Where health did not attend, information was not always shared in advance. In 4 cases the child's voice was not recorded in the strategy meeting notes.",
        "Decision: The subgroup agreed that the strategy meeting template should include a mandatory section on the child's views and experiences."],
     [("3a", "Amend the strategy meeting template to include the child's views section", "VS", ["Vikram Sethi"], "30 October 2026", "2026-10-30"),
      ("3b", "Raise health attendance at strategy meetings with the designated professionals", "LC", ["Lorraine Cheung"], "the December meeting", "2026-12-09")]),
    ("4", "Learning from the national panel annual report", [
        "Lorraine Cheung summarised the panel's latest annual report and its themes: the impact of parental mental health, the need for practitioners to think about men in the household, and the risks for children with additional needs.",
        "Decision: The subgroup agreed to use the theme of men in the household for the next local audit."],
     [("4a", "Draft audit tool on men in the household", "AT / LC", ["Abigail Thorncroft", "Lorraine Cheung"], "20/11/2026", "2026-11-20")]),
    ("5", "Any other business", ["None."], []),
]

H10_FP = [("December 2026", "Dip sample of neglect referrals from schools; feedback from Ofsted focused visit"),
          ("March 2027", "Audit: men in the household – findings"),
          ("June 2027", "Annual review of the quality assurance framework")]


def h10(path, src):
    lines = []
    h = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
         'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
         '<meta name=Generator content="Microsoft Word 15 (filtered)"><title>QA Subgroup minutes</title>'
         '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} h2{font-size:13.0pt;}</style></head>',
         '<body lang=EN-GB style="word-wrap:break-word"><div class=WordSection1>']

    def p(text, bold=False, cls="MsoNormal"):
        inner = f"<b>{escape(text)}</b>" if bold else escape(text)
        h.append(f'<p class={cls}><span style="font-family:Arial">{inner}</span></p>')
        lines.append(text)

    def blank():
        h.append("<p class=MsoNormal>&nbsp;</p>")

    p("Ferncastle Safeguarding Children Partnership", True)
    p("Quality Assurance Subgroup", True)
    blank()
    p("Wednesday 7 October 2026, 14:00-16:00, Meeting Room 1, Ferncastle Central Library")
    blank()
    p("Attendees:", True)
    h.append("<ul style='margin-top:0cm'>")
    att = [("Abigail Thorncroft (AT)", "Chair, Head of Quality Assurance, Ferncastle Council"),
           ("Vikram Sethi (VS)", "Detective Sergeant, Ferncastle Police"),
           ("Lorraine Cheung (LC)", "Named Nurse, Ferncastle Community Health"),
           ("Dylan Mortimer (DM)", "Education Safeguarding Lead"),
           ("Stacey Ellwood", "Business Support – minutes")]
    for n, r in att:
        h.append(f"<li class=MsoNormal><span style='font-family:Arial'>{escape(n)} – {escape(r)}</span></li>")
        lines.append(f"{n} – {r}")
    h.append("</ul>")
    p("Apologies:", True)
    h.append("<ul style='margin-top:0cm'>")
    for n, r in [("Fatima Rahman", "Designated Doctor, Ferncastle ICB"), ("Greg Howell", "Youth Justice Service")]:
        h.append(f"<li class=MsoNormal><span style='font-family:Arial'>{escape(n)} – {escape(r)}</span></li>")
        lines.append(f"{n} – {r}")
    h.append("</ul>")
    items, actions = [], []
    for num, title, paras, acts in H10:
        h.append(f"<h2><span style='font-family:Arial'>Agenda Item {num}: {escape(title)}</span></h2>")
        lines.append(f"Agenda Item {num}: {title}")
        for t in paras:
            if t.startswith("Decision:"):
                h.append(f"<p class=MsoNormal><b><span style='font-family:Arial'>Decision:</span></b><span style='font-family:Arial'>{escape(t[9:])}</span></p>")
                lines.append(t)
            else:
                p(t)
        full = list(paras)
        for ref, text, owner, _o, due_text, _d in acts:
            t = f"Action Point {ref}: {text}. Lead: {owner}. Target: {due_text}."
            h.append(f"<p class=MsoNormal style='background:#FFF2CC'><b><span style='font-family:Arial'>Action Point {ref}:</span></b>"
                     f"<span style='font-family:Arial'> {escape(text)}. Lead: {escape(owner)}. Target: {escape(due_text)}.</span></p>")
            lines.append(t)
            full.append(t)
            actions.append(A(num, text, owner, _o, _d, due_text))
        blank()
        items.append({"number": num, "title": title, "discussion": disc(full)})
    p("Forward Plan", True)
    h.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0><tr><td><p class=MsoNormal><b>Meeting</b></p></td>"
             "<td><p class=MsoNormal><b>Items</b></p></td></tr>")
    lines += ["Meeting", "Items"]
    for m, it in H10_FP:
        h.append(f"<tr><td><p class=MsoNormal>{escape(m)}</p></td><td><p class=MsoNormal>{escape(it)}</p></td></tr>")
        lines += [m, it]
    h.append("</table>")
    blank()
    p("Date of next meeting: Wednesday 9 December 2026, 14:00-16:00, Meeting Room 1, Ferncastle Central Library")
    h.append("</div></body></html>")
    path.write_text("\n".join(h) + "\n", encoding="utf-8")
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {
        "body": "Ferncastle Safeguarding Children Partnership Quality Assurance Subgroup", "date": "2026-10-07", "start_time": "14:00",
        "location": "Meeting Room 1, Ferncastle Central Library", "next_meeting_date": "2026-12-09",
        "people": {
            "present": [P("Abigail Thorncroft", "AT", "Chair, Head of Quality Assurance", "Ferncastle Council"),
                        P("Vikram Sethi", "VS", "Detective Sergeant", "Ferncastle Police"),
                        P("Lorraine Cheung", "LC", "Named Nurse", "Ferncastle Community Health"),
                        P("Dylan Mortimer", "DM", "Education Safeguarding Lead", None)],
            "in_attendance": [P("Stacey Ellwood", None, "Business Support – minutes", None)],
            "apologies": [P("Fatima Rahman", None, "Designated Doctor", "Ferncastle ICB"), P("Greg Howell", None, None, "Youth Justice Service")]},
        "items": items, "actions": actions,
        "action_updates": [
            {"item": "2", "text": "Action Point 6a (multi-agency audit of strategy meetings) – completed; findings at item 3.", "status": "closed"},
            {"item": "2", "text": "Action Point 6b (dip sample of neglect referrals from schools) – not started due to staff absence; carried forward to the December meeting.", "status": "carried_forward"},
        ],
        "decisions": [
            {"item": "2", "text": "The minutes were agreed."},
            {"item": "3", "text": "The subgroup agreed that the strategy meeting template should include a mandatory section on the child's views and experiences."},
            {"item": "4", "text": "The subgroup agreed to use the theme of men in the household for the next local audit."},
        ],
        "forward_plan": [{"item": None, "text": "Dip sample of neglect referrals from schools", "when": "December 2026"},
                         {"item": None, "text": "Feedback from Ofsted focused visit", "when": "December 2026"},
                         {"item": None, "text": "Audit: men in the household – findings", "when": "March 2027"},
                         {"item": None, "text": "Annual review of the quality assurance framework", "when": "June 2027"}],
        "notes": ("Word 'filtered HTML' export. Items 'Agenda Item N: Title'. 'Action Point 3a: text. Lead: XX. Target: date.' -> "
                  "action (text without ref/lead/target); owners from the attendee initials. 'the December meeting' -> 2026-12-09 "
                  "(next meeting given at the end). 'AT / LC' -> two owners. The Forward Plan table sits outside any item (item "
                  "null); the December row's two items are split. Stacey Ellwood (minutes) -> in_attendance. Detective Sergeant kept "
                  "as role for Vikram Sethi. Discussion includes the Action Point lines."),
    }


H11 = [
    ("A", "Welcome, apologies and declarations", ["Welcome from the chair. No declarations."], [], ""),
    ("B", "Notes of the last meeting (15 September) and actions", [
        "Notes agreed.",
        "Updates: safer recruitment refresher dates circulated (SH) – done. Letter to independent schools about the annual safeguarding audit (PK) – done, 9 of 11 returned. Filtering and monitoring guidance for primary schools (RB) – in progress, to come back in January."], [], ""),
    ("C", "Annual safeguarding audit of schools – headline findings", [
        "Priya Kendal presented the headlines: 71 of 74 schools returned the audit on time. Areas most often rated red were attendance at training by governors and the recording of low-level concerns about staff.",
        "The subgroup discussed the low-level concerns policy. Several headteachers were unclear where such concerns should be recorded and who should see them. It was agreed that a model policy and recording form would be produced for all schools."],
     [("Produce a model low-level concerns policy and recording form", "PK", ["Priya Kendal"], "by 18 December 2026", "2026-12-18"),
      ("Offer a governor safeguarding briefing in the spring term", "SH", ["Simon Hargreaves"], "book by 15/01/2027", "2027-01-15")],
     "It was agreed that a model policy and recording form would be produced for all schools."),
    ("D", "Children missing education", [
        "Rachel Bose reported that the number of children missing education had risen to 212, with a sharp increase in September among children moving into the area. The team had introduced a weekly check with the admissions team.",
        "Members asked for a short report to the Board on the increase."],
     [("Prepare a report for the Partnership Board on the rise in children missing education", "RB", ["Rachel Bose"], "for the February Board (11.02.27)", "2027-02-11")], ""),
    ("E", "Any other business", [
        "Simon Hargreaves reminded members that Keeping Children Safe in Education consultation responses are due shortly. Next meeting: Tuesday 12 January 2027, 15:30, Microsoft Teams."], [], ""),
]


def h11(path, src):
    d = Docx()
    d.para("Stourton Safeguarding Children Partnership", bold=True, size=14)
    d.para("Education Safeguarding Subgroup – meeting notes", bold=True, size=12)
    d.table([("Date", "Tuesday 3 November 2026"), ("Time", "15:30 – 17:00"), ("Location", "Microsoft Teams"),
             ("Chair", "Simon Hargreaves (SH), Head of Education Safeguarding, Stourton Council"), ("Notes", "Lily Carmichael, Partnership Support Officer")],
            widths=[3, 13], header=False, bold_first_col=True)
    d.para("Attendance", bold=True)
    d.table([("Name", "Initials", "Setting / agency")] + [
        ("Simon Hargreaves", "SH", "Stourton Council (Chair)"),
        ("Priya Kendal", "PK", "Stourton Council – Education Safeguarding Adviser"),
        ("Rachel Bose", "RB", "Stourton Council – Children Missing Education Officer"),
        ("Ian Fairweather", "IF", "Headteacher, Millpond Primary School"),
        ("Mariam Yusuf", "MY", "Designated Safeguarding Lead, Stourton College"),
        ("Apologies: Colin Reddy (Headteacher, Stourton High School), PC Jade Nunes (Schools Liaison, Stourton Police)", "", "")],
        widths=[6, 2, 8])
    rows = [("Agenda item", "Notes", "Agreed actions (who / when)")]
    for letter, title, paras, acts, _dec in H11:
        rows.append((f"{letter}. {title}", paras, [f"{t} – {o} – {w}" for t, o, _os, w, _d in acts] or ""))
    d.table(rows, widths=[4, 8, 5])
    d.save(path, src)
    return {
        "body": "Stourton Safeguarding Children Partnership Education Safeguarding Subgroup", "date": "2026-11-03", "start_time": "15:30",
        "location": "Microsoft Teams", "next_meeting_date": "2027-01-12",
        "people": {
            "present": [P("Simon Hargreaves", "SH", "Head of Education Safeguarding; Chair", "Stourton Council"),
                        P("Priya Kendal", "PK", "Education Safeguarding Adviser", "Stourton Council"),
                        P("Rachel Bose", "RB", "Children Missing Education Officer", "Stourton Council"),
                        P("Ian Fairweather", "IF", "Headteacher", "Millpond Primary School"),
                        P("Mariam Yusuf", "MY", "Designated Safeguarding Lead", "Stourton College")],
            "in_attendance": [P("Lily Carmichael", None, "Partnership Support Officer (notes)", None)],
            "apologies": [P("Colin Reddy", None, "Headteacher", "Stourton High School"),
                          P("Jade Nunes", None, "PC, Schools Liaison", "Stourton Police")]},
        "items": [{"number": letter, "title": t, "discussion": disc(p)} for letter, t, p, _a, _d in H11],
        "actions": [A(letter, t, o, os_, d_, w) for letter, _t, _p, acts, _d in H11 for t, o, os_, w, d_ in acts],
        "action_updates": [
            {"item": "B", "text": "safer recruitment refresher dates circulated (SH) – done.", "status": "closed"},
            {"item": "B", "text": "Letter to independent schools about the annual safeguarding audit (PK) – done, 9 of 11 returned.", "status": "closed"},
            {"item": "B", "text": "Filtering and monitoring guidance for primary schools (RB) – in progress, to come back in January.", "status": "open"},
        ],
        "decisions": [{"item": "B", "text": "Notes agreed."},
                      {"item": "C", "text": "It was agreed that a model policy and recording form would be produced for all schools."}],
        "forward_plan": [{"item": "B", "text": "Filtering and monitoring guidance for primary schools", "when": "January"},
                         {"item": "D", "text": "Report to the Board on the increase in children missing education", "when": "February Board (11.02.27)"}],
        "notes": ("Items are lettered A-E as printed ('C' etc.). Meeting details in a label/value table; 'Notes' row is the minute "
                  "taker -> in_attendance. Apologies sit in a row of the attendance table. 'Agreed actions (who / when)' cell lines "
                  "'text – OWNER – when'. 'book by 15/01/2027' -> 2027-01-15; 'for the February Board (11.02.27)' -> 2027-02-11. "
                  "PC dropped from Jade Nunes' name (kept in role). The Board report is also a forward-plan entry."),
    }


H12 = [
    ("1", "Purpose of the meeting and confidentiality", [
        "The chair reminded members that the rapid review is confidential and that information shared must not be used for any other purpose."], [], ""),
    ("2", "Summary of the incident", [
        "Child Z, aged 3, was admitted to hospital on 2 November 2026 with a head injury and bruising to the back. Child Z's mother said the child fell down the stairs. A child protection medical found the injuries inconsistent with the account given.",
        "Child Z is now living with the maternal grandmother under a safety plan while police enquiries continue."], [], ""),
    ("3", "Agency information and analysis", [
        "The family had moved to Thistlebrook in May 2026. The nursery had raised a concern in July about bruising to Child Z's arm; a referral was made but was closed at the front door after a phone call with the mother. The health visiting service had not been notified of the family's move for six weeks.",
        "Members agreed that the decision to close the July referral without seeing the child and without a check with health was a key point of learning."], [], ""),
    ("4", "Decision on the criteria for a local review", [
        "The panel concluded that the criteria for a local child safeguarding practice review are met: Child Z suffered serious harm, abuse is known or suspected, and there is potential learning about the front door response and the transfer of health records.",
        "Decision: recommend to the safeguarding partners that a local CSPR be undertaken."],
     [("Complete the rapid review report and submit it to the National Panel", "RW", ["Rosalind Wray"], "16.11.26", "2026-11-16"),
      ("Audit front door decisions to close referrals about bruising in under-fives without seeing the child", "TM", ["Tomasz Mazur"], "by 31 January 2027", "2027-01-31"),
      ("Ask the regional health record transfer group to review notification timescales", "HC", ["Hilary Crane"], "ongoing", None)],
     "recommend to the safeguarding partners that a local CSPR be undertaken."),
]


def h12(path, src):
    pdf = Pdf()
    pdf.para("Thistlebrook Safeguarding Children Partnership", H1)
    pdf.para("RAPID REVIEW PANEL – RECORD OF MEETING", H2)
    pdf.table([("Case", "Child Z"), ("Date", "Monday 9 November 2026"), ("Time", "13.00"), ("Venue", "Thistlebrook House, Room G.12 and via Microsoft Teams"),
               ("Chair", "Rosalind Wray, Safeguarding Partnership Manager")], [4, 13], header=False,
              extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))])
    pdf.para("Panel members", H2)
    pdf.table([("Agency", "Name", "Role", "Attendance")] + [
        ("Thistlebrook SCP", "Rosalind Wray (RW)", "Safeguarding Partnership Manager (Chair)", "Present"),
        ("Children's Social Care", "Tomasz Mazur (TM)", "Head of Front Door Services", "Present"),
        ("Thistlebrook Police", "DI Esther Loughlin (EL)", "Public Protection", "Present"),
        ("Thistlebrook ICB", "Hilary Crane (HC)", "Designated Nurse", "Present"),
        ("Thistlebrook ICB", "Dr Owen Scully", "Designated Doctor", "Apologies"),
        ("Early Years", "Faith Adebayo (FA)", "Early Years Safeguarding Lead", "Present (items 1-3)"),
        ("Thistlebrook SCP", "Noor Hassan", "Reviews Officer – notes", "Present")], [3.5, 4, 6, 3.5])
    for num, title, paras, acts, _dec in H12:
        pdf.para(f"ITEM {num}  {title.upper()}", H2)
        for p in paras:
            pdf.para(p, BODY, bold=False)
        if acts:
            pdf.table([("Action", "Lead", "Timescale")] + [(t, o, w) for t, o, _os, w, _d in acts], [11, 2, 4])
    pdf.para("Date of next meeting: to be arranged if further information is received.", BODY)
    doc = SimpleDocTemplate(str(path), pagesize=PAGE, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            invariant=1, title="Rapid review panel record", author="Thistlebrook SCP", creator="heldout3", producer="heldout3")
    doc.build(pdf.story)
    src.write_text("\n".join(pdf.lines) + "\n", encoding="utf-8")
    return {
        "body": "Thistlebrook Safeguarding Children Partnership Rapid Review Panel", "date": "2026-11-09", "start_time": "13:00",
        "location": "Thistlebrook House, Room G.12 and via Microsoft Teams", "next_meeting_date": None,
        "people": {
            "present": [P("Rosalind Wray", "RW", "Safeguarding Partnership Manager (Chair)", "Thistlebrook SCP"),
                        P("Tomasz Mazur", "TM", "Head of Front Door Services", "Children's Social Care"),
                        P("Esther Loughlin", "EL", "DI, Public Protection", "Thistlebrook Police"),
                        P("Hilary Crane", "HC", "Designated Nurse", "Thistlebrook ICB"),
                        P("Faith Adebayo", "FA", "Early Years Safeguarding Lead", "Early Years")],
            "in_attendance": [P("Noor Hassan", None, "Reviews Officer – notes", "Thistlebrook SCP")],
            "apologies": [P("Owen Scully", None, "Designated Doctor", "Thistlebrook ICB")]},
        "items": [{"number": n, "title": t, "discussion": disc(p)} for n, t, p, _a, _d in H12],
        "actions": [A(n, t, o, os_, d_, w) for n, _t, _p, acts, _d in H12 for t, o, os_, w, d_ in acts],
        "action_updates": [],
        "decisions": [{"item": "3", "text": "Members agreed that the decision to close the July referral without seeing the child and without a check with health was a key point of learning."},
                      {"item": "4", "text": "recommend to the safeguarding partners that a local CSPR be undertaken."}],
        "forward_plan": [],
        "notes": ("Form-style record: label/value box for case, date, time, venue, chair. Titles printed in capitals ('ITEM 2  SUMMARY "
                  "OF THE INCIDENT'); gold titles in sentence case as authored - a title match is case-insensitive in the scorer. "
                  "Panel member table with Attendance column; 'Present (items 1-3)' -> present; the notes-taker -> in_attendance. "
                  "Next meeting not fixed -> null. Timescale '16.11.26' -> 2026-11-16; 'ongoing' -> null. No matters arising."),
    }
