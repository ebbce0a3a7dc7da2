"""Generate the second held-out set of fictional minutes (deterministic).

Run from the repository root:  .venv/bin/python assure/imports/tests/heldout2/generate.py
Writes docs/*.docx, docs/*.pdf and docs/*.txt next to this file. All names, boards and places
are invented. The gold files in gold/ were labelled by hand from the rendered documents.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parent / "docs"
STYLES = getSampleStyleSheet()


def _fix_docx(doc: Document) -> None:
    props = doc.core_properties
    props.author = "heldout2"
    props.title = ""
    import datetime as _dt
    props.created = props.modified = _dt.datetime(2025, 1, 1)
    props.revision = 1


def _pdf(path: Path, story: list, header: str | None = None, footer: str | None = None) -> None:
    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if header:
            canvas.drawString(40, A4[1] - 30, header)
        if footer:
            canvas.drawString(40, 25, footer.replace("{page}", str(doc.page)))
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title="", author="heldout2")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def P(text: str, style: str = "BodyText") -> Paragraph:
    return Paragraph(text, STYLES[style])


def grid(rows, widths=None):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    return t


# ---------------------------------------------------------------- 01: Word, Heading 2 items
def doc01() -> None:
    d = Document()
    d.add_heading("Eastmarsh Safeguarding Adults Board", level=1)
    d.add_paragraph("Minutes of the meeting held on Tuesday 14th January 2025, 10:00 – 12:00, "
                    "Riverside House, Eastmarsh")
    d.add_paragraph().add_run("Present:").bold = True
    for line in ["Margaret Oduya (MO) – Independent Chair",
                 "Callum Reid (CR) – Head of Adult Social Care, Eastmarsh Council",
                 "Dr Fiona Blake (FB) – Designated Nurse, Eastmarsh Integrated Care Board",
                 "Det Supt Lewis Hartnell (LH) – Head of Public Protection, Eastmarsh Police",
                 "Sunita Varma (SV) – Housing Lead, Eastmarsh Council"]:
        d.add_paragraph(line)
    d.add_paragraph().add_run("In attendance:").bold = True
    d.add_paragraph("Gareth Hollis (GH) – Board Manager, Eastmarsh SAB")
    d.add_paragraph("Amy Trent – minutes")
    d.add_paragraph().add_run("Apologies:").bold = True
    d.add_paragraph("Paul Denny – Eastmarsh Fire and Rescue Service")
    d.add_paragraph("Rachel Osei – Healthwatch Eastmarsh")

    d.add_heading("1. Welcome, introductions and apologies", level=2)
    d.add_paragraph("MO welcomed members. Apologies were noted as above.")
    d.add_heading("2. Minutes of the last meeting and matters arising", level=2)
    d.add_paragraph("The minutes of the meeting held on 12th November 2024 were agreed as an accurate record.")
    d.add_paragraph("Action 3 (self-neglect practitioner briefing) – complete.")
    d.add_paragraph("Action 5 (housing pathway review) – carried forward to the March meeting.")
    d.add_heading("3. Self-neglect thematic review", level=2)
    d.add_paragraph("CR presented the findings of the thematic review. Members discussed the low "
                    "use of multi-agency risk meetings and the need for a shared escalation route. "
                    "LH noted that police attendance at risk meetings had improved since October.")
    d.add_paragraph("Agreed: the Board will publish the thematic review in February 2025.")
    d.add_paragraph().add_run("Actions:").bold = True
    d.add_paragraph("CR to share the draft action plan with board members by 31st January 2025",
                    style="List Bullet")
    d.add_paragraph("FB and LH to nominate leads for the task and finish group", style="List Bullet")
    d.add_heading("4. Annual report 2023-24", level=2)
    d.add_paragraph("GH presented the draft annual report. Partner contributions from health and "
                    "housing are still outstanding.")
    d.add_paragraph().add_run("Actions:").bold = True
    d.add_paragraph("SV to send the housing contribution to GH by 24th January 2025", style="List Bullet")
    d.add_paragraph("GH to circulate the final version for sign-off by 7th February 2025",
                    style="List Bullet")
    d.add_heading("5. Any other business", level=2)
    d.add_paragraph("None.")
    d.add_heading("Date of next meeting", level=2)
    d.add_paragraph("Tuesday 11th March 2025, 10:00, Riverside House")
    _fix_docx(d)
    d.save(OUT / "01_eastmarsh_sab_headings.docx")


# ---------------------------------------------------------------- 02: Word, item table with Action/Lead/Deadline
def doc02() -> None:
    d = Document()
    d.add_paragraph().add_run("Northvale Safeguarding Children Partnership").bold = True
    d.add_paragraph().add_run("Executive Group").bold = True
    d.add_paragraph("Minutes – 05/02/25, Council Chamber, Northvale Civic Centre")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Name", "Role", "Organisation"]):
        c.text = h

    def section(label):
        r = t.add_row().cells
        m = r[0].merge(r[2])
        m.text = label

    def person(*vals):
        r = t.add_row().cells
        for c, v in zip(r, vals):
            c.text = v

    section("Members present")
    person("Helen Achebe (HA)", "Chair; Director of Children's Services", "Northvale Council")
    person("DCI Rob Kinsella (RK)", "Head of Safeguarding", "Northvale Police")
    person("Joanna Price (JP)", "Designated Nurse Safeguarding Children", "Northvale ICB")
    section("In attendance")
    person("Marcus Webb (MW)", "Partnership Business Manager", "NSCP Business Team")
    person("Leah Norris", "Minute taker", "NSCP Business Team")
    d.add_paragraph("Apologies: Tom Fairley (Northvale College), Dr Anika Shah (Northvale ICB)")

    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Item", "Discussion", "Action", "Lead", "Deadline"]):
        c.text = h
    rows = [
        ("1", "Welcome and apologies", "HA welcomed everyone. Apologies as listed.", "", "", ""),
        ("2", "Minutes and action log",
         "The minutes of 04/12/24 were agreed. All actions on the log are complete apart from "
         "the audit schedule, which remains open.", "", "", ""),
        ("3", "Child Safeguarding Practice Review – Child P",
         "JP summarised the draft report. The group agreed to accept the recommendations in full.",
         "Circulate the learning briefing to all agencies\nAdd the learning to the multi-agency training programme",
         "MW\nJP", "28/02/25\nNext meeting"),
        ("4", "Early help dashboard",
         "Q3 data delayed by the system change. RK asked for police referral data to be included.",
         "Present the Q3 dashboard with police referral data", "HA/RK", "March 2025"),
        ("5", "AOB", "Partnership conference planned for June.",
         "Book a venue for the partnership conference", "Business Team", "asap"),
    ]
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            lines = v.split("\n")
            c.text = lines[0]
            for extra in lines[1:]:
                c.add_paragraph(extra)
    d.add_paragraph("Date of next meeting: 02/04/25, 14:00")
    _fix_docx(d)
    d.save(OUT / "02_northvale_exec_table.docx")


# ---------------------------------------------------------------- 03: PDF, Name|Organisation table, bulleted apologies
def doc03() -> None:
    story = [
        P("Harrowfield Safeguarding Adults Board", "Title"),
        P("Performance and Quality Subgroup", "Heading2"),
        P("Minutes of meeting held 3rd March 2025, 13:30, Microsoft Teams"),
        Spacer(1, 8),
        P("<b>Present</b>"),
        grid([["Name", "Organisation"],
              ["Deborah Lyle (Chair)", "Harrowfield Council Adult Social Care"],
              ["Nathan Brookes", "Harrowfield Police"],
              ["Imogen Sayer", "Harrowfield Community Health Trust"],
              ["Omar Haddad", "Harrowfield Integrated Care Board"],
              ["Kerry Wallis (minutes)", "Harrowfield SAB Business Unit"]], [200, 260]),
        Spacer(1, 8),
        P("<b>Apologies</b>"),
        ListFlowable([ListItem(P("Lydia Grange – Harrowfield Homes")),
                      ListItem(P("Simon Pell – Northern Counties Ambulance Service"))],
                     bulletType="bullet"),
        Spacer(1, 8),
        P("<b>1. Welcome and apologies</b>"),
        P("DL welcomed members and noted apologies."),
        P("<b>2. Notes of the previous meeting</b>"),
        P("The notes were agreed. The action to refresh the dashboard definitions is complete."),
        P("<b>3. Quarterly performance dashboard – Q3</b>"),
        P("Concerns raised about section 42 enquiries rose by 12% in the quarter. Members asked "
          "whether the rise was seen across all localities and all ethnic groups."),
        P("ACTION: NB to provide referral data by ethnicity for the next meeting."),
        P("ACTION: OH and IS to review the DoLS backlog figures by 31/03/2025."),
        P("<b>4. Audit of section 42 enquiries</b>"),
        P("IS presented the draft audit tool. It was agreed that the audit tool would be adopted "
          "for the June audit."),
        P("ACTION: DL to write to the provider forum chair about the audit."),
        P("<b>5. Date of next meeting</b>"),
        P("2nd June 2025, 13:30, Microsoft Teams."),
    ]
    _pdf(OUT / "03_harrowfield_pq_subgroup.pdf", story, footer="HSAB P&Q minutes 03.03.25   Page {page}")


# ---------------------------------------------------------------- 04: PDF narrative, "Agreed:" and "Action – JT/KL – date"
def doc04() -> None:
    story = [
        P("Kestrel Bay Safeguarding Partnership", "Title"),
        P("Learning and Review Subgroup – Minutes", "Heading2"),
        P("Wednesday 21st May 2025, 09:30–11:30, Harbour Room, Kestrel Bay Town Hall"),
        P("<b>Present:</b> Janet Thorne (JT) – Chair, Kestrel Bay Council; Kevin Lowe (KL) – "
          "Detective Inspector, Kestrel Bay Police; Bethan Rees (BR) – Named Nurse, Kestrel Bay "
          "Hospitals NHS Trust; Sam Ochieng (SO) – Service Manager, Kestrel Bay Children's Services"),
        P("<b>Also present:</b> Priya Nandra (PN) – Partnership Officer"),
        P("<b>Apologies:</b> Colin Marsh (CM) – Education Safeguarding Lead"),
        Spacer(1, 6),
        P("<b>1 Apologies and declarations</b>"),
        P("Apologies were received from CM. No declarations of interest."),
        P("<b>2 Rapid review – Child K</b>"),
        P("SO presented the rapid review. The subgroup considered that the criteria for a local "
          "child safeguarding practice review were met, given the involvement of several agencies "
          "and missed opportunities to share information."),
        P("Agreed: The subgroup will recommend to the Executive that an LCSPR is commissioned."),
        P("Draft the terms of reference for the LCSPR. Action – JT/KL – 30.06.25"),
        P("Notify the National Panel of the decision. Action – PN – 06.06.25"),
        PageBreak(),
        P("<b>3 Learning briefing: neglect</b>"),
        P("BR presented the draft seven-minute briefing. Members suggested adding a case example."),
        P("Add a case example and re-circulate the briefing. Action – BR – 20.06.25"),
        P("<b>4 Any other business</b>"),
        P("None raised."),
        P("<b>Next meeting:</b> 16.07.25, Harbour Room"),
    ]
    _pdf(OUT / "04_kestrel_bay_learning_review.pdf", story, header="OFFICIAL-SENSITIVE",
         footer="KBSP L&R 21.05.25   Page {page} of 2")


# ---------------------------------------------------------------- 05: text from an email
def doc05() -> None:
    text = """From: Emma Stokes
Sent: 12 March 2025 16:04
To: Neglect Subgroup members
Subject: Notes - Fenwick SCP Neglect Subgroup 11/03/25

Hi all,

Please see the notes from yesterday's meeting below. Any amendments to me by Friday please.

Thanks, Emma

-----

Fenwick Safeguarding Children Partnership - Neglect Subgroup
Notes of meeting 11/03/25 (Teams)

Present: Alice Morgan (AM) chair, Ben Okafor (BO), Claire Dunn (CD), Dr Ravi Patel (RP), Emma Stokes (ES) notes
Apologies: Frank Hale (FH), Grace Liu (GL)

1. Neglect strategy refresh
AM has drafted the refreshed strategy following the workshop in February. RP asked that the
health section reflects the new dental neglect pathway. Agreed that the strategy goes to the
Executive in April.
AM to circulate the draft strategy to members by 25/03/25.

2. Graded Care Profile 2 training
BO reported 64 practitioners trained since September; uptake from schools is low. CD will
speak to the education safeguarding forum.
Action: BO/CD to confirm the summer training dates.

3. Neglect audit
Deferred to the next meeting as the audit report is not ready.

4. Date of next meeting
08/04/25, 10am, Teams.
"""
    (OUT / "05_fenwick_neglect_email.txt").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- 06: Word, separate action log at the end
def doc06() -> None:
    d = Document()
    d.add_heading("Westerleigh Safeguarding Adults Board", level=1)
    d.add_paragraph("Minutes of the Board meeting, 9 April 2025, Westerleigh Guildhall")
    d.add_paragraph().add_run("Attendees").bold = True
    for line in ["Pauline Sturgess, PS (Independent Chair, Westerleigh SAB)",
                 "Tim Walcott, TW (Principal Social Worker, Westerleigh Council)",
                 "Angela Moss, AMo (Head of Safeguarding, Westerleigh ICB)",
                 "Andrew Mills, AMi (Chief Inspector, Westerleigh Police)",
                 "Nadia Ferreira, NF (Board Business Manager, Westerleigh SAB)"]:
        d.add_paragraph(line)
    d.add_paragraph("Apologies: Keith Oduya (Westerleigh Probation)")
    d.add_paragraph().add_run("1. Welcome and apologies").bold = True
    d.add_paragraph("PS welcomed members.")
    d.add_paragraph().add_run("2. Minutes of the previous meeting and action log").bold = True
    d.add_paragraph("The minutes of 15 January 2025 were agreed. Progress against previous actions "
                    "is recorded in the action log at the end of these minutes.")
    d.add_paragraph().add_run("3. Safeguarding Adults Review – Mr D").bold = True
    d.add_paragraph("NF reported that the independent reviewer has completed the chronology. AMo "
                    "raised the GP practice's limited involvement. The final report is expected "
                    "in June. (Action: NF)")
    d.add_paragraph().add_run("4. Transitions protocol").bold = True
    d.add_paragraph("TW presented the revised protocol for young people moving to adult services. "
                    "The Board approved the revised transitions protocol. (Action: TW/AMi)")
    d.add_paragraph().add_run("5. Any other business").bold = True
    d.add_paragraph("No other business. Next meeting: 9 July 2025.")
    d.add_paragraph().add_run("Action log").bold = True
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Due", "Status"]):
        c.text = h
    for row in [
        ("24/11-03", "Publish the SAR annual summary on the website", "NF", "Jan 2025", "Complete"),
        ("25/01-02", "Review the Mental Capacity Act training offer", "TW", "Mar 2025",
         "Ongoing – carried forward to July"),
        ("25/01-04", "Confirm police lead for the self-neglect panel", "AMi", "Apr 2025", "Closed"),
        ("3.1", "Share the SAR Mr D final report with Board members", "NF", "Jun 2025", "New"),
        ("3.2", "Write to the GP practice about attendance at SAR panels", "AMo", "May 2025", "New"),
        ("4.1", "Launch the transitions protocol with partner agencies", "TW/AMi", "Jul 2025", "New"),
    ]:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    _fix_docx(d)
    d.save(OUT / "06_westerleigh_sab_action_log.docx")


# ---------------------------------------------------------------- 07: Word, subgroup with ranks and "on behalf of"
def doc07() -> None:
    d = Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "Southmoor Safeguarding Partnership"
    d.add_heading("Exploitation Subgroup", level=1)
    d.add_paragraph("Thursday 6th March 2025, 14:00, Southmoor Police HQ, Conference Room 2")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Name", "Role", "Agency", "Initials"]):
        c.text = h
    for row in [
        ("Supt Karen Ashdown", "Chair", "Southmoor Police", "KA"),
        ("DS Aaron Pryce", "on behalf of DCI Helen Marsh", "Southmoor Police", "AP"),
        ("Cllr Denise Farr", "Lead Member for Children", "Southmoor Council", "DF"),
        ("Tariq Malik", "Youth Justice Service Manager", "Southmoor Council", "TM"),
        ("Laura Bennett", "Exploitation Co-ordinator", "Southmoor Youth Trust", "LB"),
    ]:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    d.add_paragraph("Apologies: DCI Helen Marsh (Southmoor Police); Ruth Keane (Southmoor Youth Trust)")
    d.add_paragraph("Minutes: Holly Grant, Partnership Support Officer")
    items = [
        ("Item 1 – Welcome and apologies", ["KA welcomed members; AP attended on behalf of DCI Marsh."], []),
        ("Item 2 – Exploitation dashboard", [
            "AP presented the quarter's data: 31 children flagged at risk of criminal exploitation, "
            "up from 24. TM noted that most referrals came from schools in the north of the borough."],
         ["ACTION: TM and LB to map the referrals by school and locality by 14/04/25."]),
        ("Item 3 – Return home interviews", [
            "LB reported that only 58% of return home interviews took place within 72 hours. "
            "Members agreed that performance should be escalated to the Executive."],
         ["ACTION: KA to raise return home interview performance at the Executive."]),
        ("Item 4 – Any other business", ["DF asked for a briefing for elected members on county lines."],
         ["ACTION: AP to arrange a county lines briefing for elected members."]),
    ]
    for head, paras, acts in items:
        d.add_paragraph().add_run(head).bold = True
        for p in paras + acts:
            d.add_paragraph(p)
    d.add_paragraph("Date of next meeting: 03/04/25")
    _fix_docx(d)
    d.save(OUT / "07_southmoor_exploitation_ranks.docx")


# ---------------------------------------------------------------- 08: PDF, P/A/D grid and first-name owners
def doc08() -> None:
    story = [
        P("Ashcombe Safeguarding Adults Board", "Title"),
        P("Minutes of the meeting held on Tuesday 22nd July 2025, 10:00, Ashcombe House"),
        P("<b>Attendance</b> (Key: P – present, A – apologies, D – deputy sent)"),
        grid([["Name", "Organisation", "Attendance"],
              ["Nicola Fenn (Chair)", "Independent", "P"],
              ["Tom Harding", "Ashcombe Council Adult Social Care", "P"],
              ["Priya Kaur", "Ashcombe Integrated Care Board", "P"],
              ["Stephen Quayle", "Ashcombe Police", "D – Insp Mia Cole"],
              ["Wendy Ash", "Ashcombe Probation Service", "A"]], [150, 210, 110]),
        P("<b>In attendance:</b> Ellis Drake, Board Manager"),
        Spacer(1, 8),
        grid([["Item", "Discussion", "Action", "By whom", "By when"],
              ["1", P("<b>Welcome and apologies.</b> Noted as above."), "", "", ""],
              ["2", P("<b>Minutes and matters arising.</b> Minutes of 20th May 2025 agreed. Matters arising: the self-neglect "
                      "leaflet has been printed (complete)."), "", "", ""],
              ["3", P("<b>Escalation policy.</b> Tom presented the revised policy. Mia asked "
                      "that police out-of-hours contacts are added."),
               P("Add police out-of-hours contacts and circulate the revised escalation policy"),
               "Tom", "August 2025"],
              ["4", P("<b>Hospital discharge safeguarding.</b> Priya reported three concerns "
                      "about unsafe discharges. Joint review proposed with the Council."),
               P("Carry out a joint review of the three discharge concerns"), "Priya/Tom",
               "September Board"],
              ["5", P("<b>Board development day.</b> Date to be set for the autumn."),
               P("Propose dates for the development day"), "Ms Kaur", "31/08/25"],
              ["", "", P("Send topics for the development day to the Board Manager"), "All",
               "ongoing"],
              ["6", P("<b>AOB.</b> None."), "", "", ""]], [30, 190, 130, 60, 60]),
        Spacer(1, 8),
        P("<b>Next meeting:</b> Tuesday 23rd September 2025, 10:00"),
    ]
    _pdf(OUT / "08_ashcombe_sab_grid.pdf", story, header="Ashcombe SAB – 22.07.25",
         footer="Page {page}")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for fn in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08):
        fn()


if __name__ == "__main__":
    main()
