"""Regenerate the held-out minutes in docs/ (fictional boards, people and places).

    .venv/bin/python assure/imports/tests/heldout/generate.py

Each builder writes one document in its own layout; the gold labels in gold/ were written by
hand from the documents as a reader sees them (see README.md), not from any extractor output.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _layout import DOCS, build_pdf, docx_footer, docx_header, docx_table, new_docx, pdf_styles, pdf_table, save_docx  # noqa: E402

FILL05 = 34  # tuned so that the action log runs over a page break
FILL08 = 32


# 01 ----------------------------------------------------------------------------------------------
def d01():
    """Word. Attendance as 'Name (INIT) – role, organisation' lines; action log table at the end."""
    d = new_docx()
    d.add_heading("Brackenshire Safeguarding Children Partnership Executive Board", level=1)
    d.add_paragraph("Minutes of the meeting held on Tuesday 11 March 2025, 10:00 – 12:00, Room 4, County Hall, Kettleby")
    d.add_paragraph().add_run("Present:").bold = True
    for line in [
        "Margaret Oduya (MO) – Independent Scrutineer (Chair), Brackenshire Safeguarding Children Partnership",
        "Cllr Peter Langhorne (PL) – Lead Member for Children, Brackenshire County Council",
        "Det Supt Alan Fairweather (AF) – Head of Public Protection, Brackenshire Constabulary",
        "Dr Nisha Raman (NR) – Designated Doctor, Brackenshire Integrated Care Board",
        "Helen Bracewell (HB) – Director of Children's Services, Brackenshire County Council",
        "Sarah Whitcombe (SW) – Head of Safeguarding, Brackenshire Integrated Care Board (deputising for Ruth Aldine)",
    ]:
        d.add_paragraph(line)
    d.add_paragraph().add_run("In attendance:").bold = True
    d.add_paragraph("Tom Ashdown (TA) – Partnership Business Manager, Brackenshire Safeguarding Children Partnership")
    d.add_paragraph("Gemma Pryce (GP) – Minute taker")
    d.add_paragraph().add_run("Apologies:").bold = True
    d.add_paragraph("Ruth Aldine – Chief Nurse, Brackenshire Integrated Care Board")
    d.add_paragraph("Supt Kevin Marsh – Brackenshire Constabulary")

    d.add_heading("1. Welcome, introductions and apologies", level=2)
    d.add_paragraph("MO welcomed members. Apologies were noted as above. SW was deputising for Ruth Aldine.")
    d.add_heading("2. Minutes of the previous meeting and matters arising", level=2)
    d.add_paragraph("The minutes of the meeting held on 14 January 2025 were agreed as an accurate record. "
                    "Matters arising were reviewed:")
    docx_table(d, [["Action", "Update", "Status"],
                   ["Circulate the revised threshold document to all schools", "Sent on 3 February", "Complete"],
                   ["Police data on repeat missing episodes to be added to the dataset",
                    "Work ongoing with the analyst", "Ongoing"],
                   ["Review of the Early Help offer to come to the Board", "Deferred to May", "Carried forward"]])
    d.add_heading("3. Rapid Review: Child K", level=2)
    d.add_paragraph("HB summarised the rapid review. The panel identified learning about information sharing "
                    "between the school nursing service and the MASH. AF confirmed that the police "
                    "chronology was complete. The Board agreed that the rapid review would be sent to the "
                    "National Panel with a recommendation that a local review is not required.")
    d.add_heading("4. Annual Report 2023–24 sign-off", level=2)
    d.add_paragraph("TA presented the final draft. Members asked that the section on education be strengthened. "
                    "The Board agreed to publish the Annual Report subject to the changes noted.")
    d.add_heading("5. Neglect Strategy refresh", level=2)
    d.add_paragraph("NR noted that the neglect toolkit is used inconsistently across health settings. "
                    "The Board agreed that the Neglect Strategy would be refreshed by a task and finish group.")
    d.add_heading("6. Any other business", level=2)
    d.add_paragraph("PL raised the updated escalation policy, which partners have not all received.")

    d.add_heading("Action log", level=2)
    docx_table(d, [["No.", "Item", "Action", "By whom", "By when"],
                   ["1", "3", "Share the Rapid Review findings with the National Panel", "TA", "21/03/2025"],
                   ["2", "3", "Arrange a learning briefing for frontline practitioners on Child K", "HB/NR", "30/04/2025"],
                   ["3", "4", "Make the agreed amendments to the Annual Report and circulate for final approval",
                    "TA", "28/03/2025"],
                   ["4", "5", "Nominate a representative to the neglect task and finish group", "All", "Next meeting"],
                   ["5", "6", "Circulate the revised escalation policy to all partners", "Business Unit", "ASAP"]])
    d.add_paragraph("Forward plan: Early Help offer review (May 2025); Neglect Strategy draft (July 2025).")
    d.add_paragraph("Date of next meeting: Tuesday 13 May 2025, 10:00, Council Chamber, County Hall")
    docx_footer(d, "BSCP Executive Board – 11.03.25 – OFFICIAL")
    return save_docx(d, "d01_brackenshire_exec.docx")


# 02 ----------------------------------------------------------------------------------------------
def d02():
    """PDF. Attendance as a two-column table with section rows; inline ACTION lines; footers."""
    from reportlab.platypus import Paragraph, Spacer

    st = pdf_styles()

    def flow():
        yield Paragraph("NORTHWOLD SAFEGUARDING ADULTS BOARD", st["title"])
        yield Paragraph("Minutes of the Board meeting", st["h"])
        yield Paragraph("Date: 24/04/2025 &nbsp;&nbsp; Time: 13:30 – 16:00 &nbsp;&nbsp; Venue: Microsoft Teams", st["p"])
        yield Spacer(1, 8)
        yield pdf_table([
            ["Name", "Role / Organisation"],
            ["Members present", ""],
            ["Graham Ellery", "Independent Chair, Northwold Safeguarding Adults Board"],
            ["Cllr Janet Fenwick", "Cabinet Member for Adult Care, Northwold Council"],
            ["DCI Robert Okafor", "Safeguarding Adults Lead, Northwold Police"],
            ["Dr Imran Qureshi", "Named GP for Adult Safeguarding, Northwold ICB"],
            ["Lisa Carrow", "Head of Adult Social Care, Northwold Council (on behalf of Mark Denholm)"],
            ["Bernadette Shaw", "Deputy Chief Nurse, Northwold Hospitals NHS Foundation Trust"],
            ["In attendance", ""],
            ["Yusuf Amiri", "SAB Business Manager"],
            ["Chloe Dunmore", "Business Support Officer (minutes)"],
            ["Apologies", ""],
            ["Mark Denholm", "Director of Adult Social Services, Northwold Council"],
            ["Station Manager Paul Voss", "Northwold Fire and Rescue Service"],
        ], widths=[150, 320])
        yield Paragraph("Item 1 – Welcome and apologies", st["h"])
        yield Paragraph("The Chair welcomed members and noted apologies. LC attended on behalf of Mark Denholm.", st["p"])
        yield Paragraph("Item 2 – Minutes of the last meeting and action log", st["h"])
        yield Paragraph("The minutes of 20 February 2025 were approved. Action 4 (self-neglect pathway launch) is "
                        "complete. Action 6 (transitions protocol) remains outstanding and was carried forward.", st["p"])
        yield Paragraph("Item 3 – Safeguarding Adults Review: Mr D – final report", st["h"])
        yield Paragraph("The independent reviewer's report was presented by YA. Members discussed hospital discharge "
                        "arrangements and the role of the GP practice. " * 3, st["p"])
        yield Paragraph("RESOLVED: The Board approved the SAR Mr D report for publication on 5 June 2025.", st["p"])
        yield Paragraph("ACTION: IQ to share the hospital discharge audit with the SAR subgroup by 30/04/2025.", st["p"])
        yield Paragraph("ACTION: YA to prepare the publication plan and press statement by 16/05/2025.", st["p"])
        yield Paragraph("Item 4 – Self-neglect audit findings", st["h"])
        yield Paragraph("BS presented the multi-agency audit of twelve self-neglect cases. Recording of mental "
                        "capacity assessments was inconsistent. DCI Okafor noted the police welfare check data. " * 3,
                        st["p"])
        yield Paragraph("ACTION: LC and BS to develop a joint mental capacity recording standard by 31/07/2025.", st["p"])
        yield Paragraph("ACTION: RO to provide welfare check figures for the next performance report.", st["p"])
        yield Paragraph("Item 5 – Board risk register", st["h"])
        yield Paragraph("The risk register was reviewed. The risk relating to commissioning capacity was raised "
                        "from amber to red. " * 2 + "The Board agreed to add the risk on care market fragility.", st["p"])
        yield Paragraph("ACTION: Business Unit to update the risk register and recirculate.", st["p"])
        yield Paragraph("Item 6 – Any other business", st["h"])
        yield Paragraph("Cllr Fenwick asked members to promote the Safeguarding Adults Week programme. "
                        "ACTION: All to share the Safeguarding Adults Week programme within their agencies.", st["p"])
        yield Paragraph("Date and time of next meeting: 26 June 2025, 13:30, Microsoft Teams", st["p"])

    return build_pdf("d02_northwold_sab.pdf", flow, "NSAB Board – 24.04.25", marking="OFFICIAL-SENSITIVE")


# 03 ----------------------------------------------------------------------------------------------
D03 = """CALDERFORD SAFEGUARDING PARTNERSHIP
Child Safeguarding Practice Review Subgroup

Minutes of meeting: Wednesday 5th February 2025, 14:00 – 16:00, via Teams

Present: Fiona Gledhill (FG) Chair, Designated Nurse, Calderford ICB; DI Mark Beaumont (MB), Calderford Police; Joanne Collier (JCol), Principal Social Worker, Calderford Council; James Cooper (JCoo), Head of Education Safeguarding, Calderford Council; Priya Natarajan (PN), Named GP, Calderford ICB; Owen Riley (OR), Service Manager, Calderford Council (deputising for Anita Shah); Laura Beck (LB), Reviews Officer, Calderford Safeguarding Partnership (minutes).

1. Introductions and apologies
Apologies were received from Anita Shah (Head of Service, Calderford Council) and Dr Hugh Lennox (Named Doctor, Calderford Hospitals NHS Trust).

2. Minutes of last meeting and action log
The minutes of 4th December 2024 were agreed.
Action 21 - Update single agency chronology template - complete.
Action 22 - Circulate the Child N seven minute briefing - ongoing.
Action 23 - Contact regional panel about a thematic review of adolescent neglect - carried forward to April.

3. Case referrals
3.1 Referral: Child P (notification 112/24)
JCol presented the referral. Child P was known to early help for six months before the incident. The subgroup considered the criteria.
RESOLVED: Child P does not meet the criteria for a local CSPR; a single agency learning review will be completed by Children's Services.
Action: JCol to circulate the practice learning summary for Child P to team managers.

3.2 Referral: Siblings R and T
JCoo presented the school's information. Attendance had fallen below 60% in the autumn term and no referral had been made.
Action: JCoo to contact the school's designated safeguarding lead about the attendance records by 21/02/2025.
Action: MB/PN to complete the joint chronology for Siblings R and T by 28/02/2025.

4. Rapid Review: Baby L – draft report
FG introduced the draft. Members agreed the report should go to the Safeguarding Partners for sign-off.
It was agreed that the learning on safe sleep would be included in the annual learning event.
Action: All to disseminate the safe sleep seven minute briefing within their agencies.

5. Learning from local reviews – dissemination
OR reported that 140 practitioners attended the January learning session.
Action: Laura to book the venue for the June learning event.

6. Any other business
None.

7. Date of next meeting
Wednesday 2nd April 2025, 14:00, via Teams.
"""


def d03():
    p = DOCS / "d03_calderford_cspr.txt"
    p.write_text(D03, encoding="utf-8")
    return p


# 04 ----------------------------------------------------------------------------------------------
def d04():
    """Word. P/A/D grid with a DNA row; items in a 5-column table with merged title rows."""
    d = new_docx()
    docx_header(d, "Thornbury Vale Safeguarding Children Partnership")
    d.add_heading("Exploitation Subgroup", level=1)
    d.add_paragraph("Meeting date: 18.03.2025 – 09:30 to 11:30 – Thornbury Vale Civic Centre, Meeting Room 2")
    d.add_paragraph("Attendance (P = present, A = apologies, D = deputy sent, DNA = did not attend)")
    docx_table(d, [["Name", "Organisation", "Role", "P/A/D"],
                   ["Rachel Onslow", "Thornbury Vale Council", "Head of Youth Justice (Chair)", "P"],
                   ["Insp Dawn Hale", "Thornbury Vale Police", "Missing and Exploitation Team", "D"],
                   ["Carl Webb", "Thornbury Vale Police", "DS, Missing and Exploitation Team (deputy for Dawn Hale)", "P"],
                   ["Amira Haddad", "Thornbury Vale ICB", "Named Nurse Safeguarding Children", "P"],
                   ["Declan Forde", "Catch22", "Project Lead", "P"],
                   ["Stephen Marsh", "Thornbury Vale Council", "Community Safety Manager", "A"],
                   ["Sofia Mendes", "Thornbury Vale Council", "Exploitation Coordinator", "P"],
                   ["Kwame Asante", "Thornbury Vale Academies Trust", "Trust Safeguarding Lead", "DNA"],
                   ["Hannah Yates", "Thornbury Vale Council", "Partnership Officer (minutes)", "P"]])
    d.add_paragraph("")
    t = docx_table(d, [["Item", "Discussion", "Action", "Owner", "Due"],
                       ["1", "Welcome and apologies", "", "", ""],
                       ["", "RO welcomed members. Apologies from Stephen Marsh. CW attended for Dawn Hale.", "", "", ""],
                       ["2", "Notes and actions from 21 January", "", "", ""],
                       ["", "Notes agreed. Action on return home interview data – complete. Action on taxi "
                            "licensing training – ongoing.", "", "", ""],
                       ["3", "Exploitation dashboard Q3", "", "", ""],
                       ["", "SM (Sofia Mendes) presented the dashboard. Referrals rose by 18%, mostly county lines. "
                            "Fewer children were missing from care.",
                        "Add ethnicity breakdown to the dashboard for Q4", "SM", "May meeting"],
                       ["4", "Contextual safeguarding: Station Road hotspot", "", "", ""],
                       ["", "CW described joint patrols. DF noted the detached youth work offer.",
                        "Arrange a location assessment for Station Road with Community Safety\n"
                        "Share detached youth work schedule with police",
                        "SM/CW\nDF", "30/04/2025\n15/04/2025"],
                       ["5", "Health contribution to exploitation screening", "", "", ""],
                       ["", "AH reported that the emergency department screening tool is now live.\n"
                            "RESOLVED: the subgroup endorsed the screening tool for use in urgent care.",
                        "Present ED screening audit results", "AH", "July 2025"],
                       ["6", "AOB", "", "", ""],
                       ["", "None.", "", "", ""]])
    # merge the title rows across Discussion..Due (merged cells repeat their text in python-docx)
    for r in (1, 3, 5, 7, 9, 11):
        row = t.rows[r]
        row.cells[1].merge(row.cells[4])
    d.add_paragraph("Next meeting: 20.05.2025, 09:30, Civic Centre")
    docx_footer(d, "Exploitation Subgroup minutes 18.03.2025 – OFFICIAL-SENSITIVE")
    return save_docx(d, "d04_thornbury_exploitation.docx")


# 05 ----------------------------------------------------------------------------------------------
def d05():
    """PDF. 'Name, INIT (role, organisation)'; Parts with numbered items; action log over a page break."""
    from reportlab.platypus import Paragraph, Spacer

    st = pdf_styles()

    def flow():
        yield Paragraph("Eastmere Safeguarding Partnership", st["title"])
        yield Paragraph("Quality Assurance and Performance Subgroup – Minutes", st["h"])
        yield Paragraph("Thursday 8 May 2025 at 10.00am, Eastmere House", st["p"])
        yield Paragraph("<b>Attendees</b>", st["p"])
        for line in ["Vanessa Pruitt, VP (Chair; Head of Quality Assurance, Eastmere Council)",
                     "Dr Colin Ferris, CF (Designated Doctor, Eastmere ICB)",
                     "DS Becky Lorne, BL (Public Protection, Eastmere Police)",
                     "Martin Greaves, MG (Performance Analyst, Eastmere Council)",
                     "Nadia Karim, NK (Safeguarding Lead, Eastmere Community Health; rep Joe Pinder)",
                     "Ellen Moss, EM (Designated Safeguarding Lead, Eastmere College)"]:
            yield Paragraph(line, st["p"])
        yield Paragraph("<b>Also present</b>", st["p"])
        yield Paragraph("Tariq Bhatti, TB (Business Unit Manager, Eastmere Safeguarding Partnership)", st["p"])
        yield Paragraph("<b>Apologies</b>", st["p"])
        yield Paragraph("Joe Pinder (Eastmere Community Health); Fay Osei (Eastmere Council)", st["p"])
        yield Spacer(1, 6)
        yield Paragraph("Part 1: Standing items", st["h"])
        yield Paragraph("1. Apologies and declarations of interest", st["h"])
        yield Paragraph("Apologies noted as above. No declarations.", st["p"])
        yield Paragraph("2. Previous minutes and action log", st["h"])
        yield Paragraph("Minutes of 6 March 2025 agreed. The action log was updated (see end of minutes).", st["p"])
        yield Paragraph("Part 2: Assurance", st["h"])
        yield Paragraph("3. Multi-agency audit: domestic abuse and children", st["h"])
        yield Paragraph("VP presented findings from 15 cases. The voice of the child was evident in most "
                        "assessments, but fathers were rarely engaged. " * 4, st["p"])
        yield Paragraph("It was agreed that the audit report would go to the Executive in July.", st["p"])
        yield Paragraph("4. Partnership performance dataset Q4", st["h"])
        yield Paragraph("MG took members through the dataset. Re-referral rates are above the statistical "
                        "neighbour average. Health data on missed appointments is not yet included. " * 4, st["p"])
        yield Paragraph("5. Section 11 and education audit returns", st["h"])
        yield Paragraph("EM reported that 82% of schools returned the section 175 audit. TB noted three agencies "
                        "have not submitted section 11 returns. " * 4, st["p"])
        yield Paragraph("Part 3: Close", st["h"])
        yield Paragraph("6. Any other business", st["h"])
        yield Paragraph("CF asked that the subgroup consider the child death overview panel annual report at a "
                        "future meeting. " * FILL05, st["p"])
        yield Paragraph("7. Date of next meeting: 14.07.25, 10.00am", st["h"])
        yield Paragraph("Action log", st["h"])
        rows = [["Ref", "Item", "Action", "Lead", "Deadline", "Status"],
                ["QA/31", "3", "Write the domestic abuse audit report for the Executive", "VP", "30/06/2025", "New"],
                ["QA/32", "3", "Brief team managers on engaging fathers in assessments", "Fay Osei", "31/07/2025", "New"],
                ["QA/33", "4", "Add missed health appointments to the performance dataset", "MG/CF", "14/07/2025", "New"],
                ["QA/34", "4", "Analyse re-referrals within 12 months by locality", "Martin", "14/07/2025", "New"],
                ["QA/35", "5", "Chase outstanding section 11 returns from the three agencies", "Business Unit", "30/05/2025", "New"],
                ["QA/36", "5", "Share the section 175 summary with the Education Safeguarding Forum", "Ellen", "20/06/2025", "New"],
                ["QA/37", "6", "Add the CDOP annual report to the forward plan", "TB", "14/07/2025", "New"],
                ["QA/28", "2", "Circulate revised audit tool", "VP", "March 2025", "Complete"],
                ["QA/29", "2", "Police data on voice of the child to be provided", "BL", "May 2025", "Ongoing"]]
        yield pdf_table(rows, widths=[40, 30, 220, 60, 60, 55], repeat=0)

    return build_pdf("d05_eastmere_qa.pdf", flow, "ESP QA Subgroup 08/05/2025", marking="OFFICIAL-SENSITIVE")


# 06 ----------------------------------------------------------------------------------------------
D06 = """Westhaven Safeguarding Adults Board
Executive Group

Notes of meeting held Monday 12 May 2025, 2pm – 4pm, Westhaven Town Hall, Committee Room B

Attendees
Name\tRole\tOrganisation
Kathryn O'Neill\tIndependent Chair\tWesthaven Safeguarding Adults Board
Dr Samuel Adeyemi\tDirector of Nursing\tWesthaven and District ICB
Det Supt Fiona Rourke\tHead of Crime and Safeguarding\tWesthaven Constabulary
Andrew Pell\tDirector of Adult Services\tWesthaven City Council
Marie Dufour\tAssistant Director, Housing\tWesthaven City Council (also representing Community Safety)
Gary Tull\tHead of Safeguarding\tWesthaven Mental Health Partnership Trust

In attendance
Priya Sandhu\tBoard Manager\tWesthaven Safeguarding Adults Board
Ben Carver\tAdministrator (notes)\tWesthaven Safeguarding Adults Board

Apologies
Cllr Irene Mackay\tLead Member, Adult Social Care\tWesthaven City Council

Item 1: Welcome and apologies
KO welcomed members. Apologies as above.

Item 2: Notes and actions of 10 March 2025
Agreed as accurate. Action: Housing pathway for prison leavers – closed. Action: Quarterly data from the mental health trust – remains on the agenda.

Item 3: SAB Strategic Plan 2025–2028
PS presented the draft plan and the consultation feedback from people with lived experience. Members asked for a clearer priority on transitions. (Action: PS)
The Executive agreed the three strategic priorities: self-neglect, transitions and exploitation of adults.

Item 4: Homelessness deaths review
MD described the eleven deaths reviewed in 2024. Five people had recent contact with the emergency department. FR said the police would share missing person data with housing. (Action: FR/MD)
The Executive agreed that the homelessness deaths review will become a thematic SAR.

Item 5: Mental health trust – discharge concerns
GT reported on the new discharge policy. SA asked for a review of the delayed discharge cases from quarter four. (Action: GT)

Item 6: AOB
AP noted the CQC assessment of adult social care is expected in the autumn. (Action: Andrew / Priya)

Actions
Item\tAction\tOwner\tDue
3\tAmend the Strategic Plan to include a clear transitions priority and circulate\tPS\t30 May 2025
4\tShare missing person data for people experiencing homelessness with housing\tFR/MD\tJuly Executive
5\tReview delayed discharge cases from quarter four and report back\tGT\tJuly Executive
6\tPrepare the Board's self-assessment for the CQC assessment\tAndrew / Priya\tSeptember 2025

Next meeting: 14th July 2025, 2pm, Town Hall
"""


def d06():
    p = DOCS / "d06_westhaven_sab_exec.txt"
    p.write_text(D06, encoding="utf-8")
    return p


# 07 ----------------------------------------------------------------------------------------------
def d07():
    """Word. Present | Apologies side by side; Action / By whom / By when table after each item."""
    d = new_docx()
    docx_header(d, "Marlowe Local Safeguarding Children Partnership – Full Partnership Board")
    d.add_paragraph().add_run("MARLOWE LOCAL SAFEGUARDING CHILDREN PARTNERSHIP BOARD").bold = True
    d.add_paragraph("MINUTES")
    docx_table(d, [["Date", "Thursday 19th June 2025"], ["Time", "1.30pm – 4.00pm"],
                   ["Venue", "The Guildhall, Marlowe"], ["Chair", "Cllr Denise Hartley"]], header=False,
               bold_first_col=True)
    d.add_paragraph("")
    docx_table(d, [["Present", "Apologies"],
                   ["Cllr Denise Hartley – Marlowe Borough Council (Chair)\n"
                    "Simon Wardle – Director of Children's Services, Marlowe Borough Council\n"
                    "DCI Priya Chandra – Marlowe and Fenby Police\n"
                    "Dr Olu Bankole – Designated Doctor, Marlowe ICB\n"
                    "Jenny Atherton – Head of Early Help, Marlowe Borough Council\n"
                    "Steve Wood – Marlowe Fire and Rescue (on behalf of Chief Fire Officer)\n"
                    "Sarah Wilde – Head of Safeguarding, Marlowe Hospitals NHS Trust",
                    "Mike Farrant – Marlowe Probation Service\n"
                    "Lynne Osborne – Headteacher representative\n"
                    "Rev Andrew Kemp – Faith Forum"]])
    d.add_paragraph("In attendance: Colette Rhys (Partnership Manager), Adam Frost (Business Support – minutes)")

    def item(title, paras, actions=None):
        d.add_heading(title, level=2)
        for p in paras:
            d.add_paragraph(p)
        if actions:
            docx_table(d, [["Action", "By whom", "By when"], *actions])

    item("Item 1 – Welcome, introductions and apologies", ["The Chair welcomed members. Apologies were received as listed."])
    item("Item 2 – Minutes of 20 March 2025 and matters arising",
         ["The minutes were agreed. Matters arising: the escalation protocol has been published (complete); "
          "the dental neglect pathway is still in development (ongoing)."])
    item("Item 3 – Independent Scrutineer's report",
         ["SWa presented the scrutiny report on behalf of the independent scrutineer. The report noted strong "
          "engagement from health but limited involvement of schools in strategy discussions.",
          "The Board agreed to accept the recommendations in full."],
         [["Draft a response to the scrutiny recommendations", "SWa / CR", "31 July 2025"],
          ["Invite two headteachers to join the Board", "Chair", "September Board"]])
    item("Item 4 – Early Help strategy progress",
         ["JA presented the update. Family hubs are open in four localities. SWi asked whether midwifery "
          "referrals to family hubs are tracked."],
         [["Provide family hub referral data by source, including midwifery", "JA", "September Board"],
          ["Confirm how midwives refer to family hubs", "SWi", "31 July 2025"]])
    item("Item 5 – Police update: Operation Lantern",
         ["DCI Chandra described the outcome of Operation Lantern targeting child criminal exploitation. "
          "Eleven children were safeguarded.",
          "RESOLVED: Operation Lantern learning to be shared through a practitioner briefing."],
         [["Produce a practitioner briefing on Operation Lantern learning", "PC / Business Unit", "31 August 2025"]])
    item("Item 6 – Any other business",
         ["SWo reported a new fire safety home visit offer for families with young children."],
         [["Circulate fire safety home visit referral criteria to partners", "SWo", "ASAP"]])
    d.add_paragraph("Date of next meeting: Thursday 18th September 2025, 1.30pm")
    docx_footer(d, "Marlowe LSCP Board 19/06/2025")
    return save_docx(d, "d07_marlowe_lscp_board.docx")


# 08 ----------------------------------------------------------------------------------------------
def d08():
    """PDF. Attendance as one long paragraph (apologies later); matters arising table; action
    table with a repeated header that runs over the page break."""
    from reportlab.platypus import Paragraph

    st = pdf_styles()

    def flow():
        yield Paragraph("Felsham Safeguarding Children Partnership", st["title"])
        yield Paragraph("Practice Review Subgroup – minutes of the meeting of 3 July 2025", st["h"])
        yield Paragraph("<b>Present:</b> Andrea Kowalski (AK), Head of Safeguarding, Felsham ICB (Chair); "
                        "Det Supt Neil Harrop (NH), Felsham Constabulary; Dr Rosa Lindqvist (RL), Named Doctor, "
                        "Felsham General Hospital; Philip Otway (PO), Head of Service, Felsham Council; "
                        "Grace Nwosu (GN), Education Safeguarding Adviser, Felsham Council; "
                        "Ian Scully (IS), Senior Probation Officer, Probation Service (re Ruth Gann); "
                        "Karen Doyle (KD), Reviews Manager, Felsham Safeguarding Children Partnership.", st["p"])
        yield Paragraph("1. Welcome and apologies", st["h"])
        yield Paragraph("AK welcomed members. <b>Apologies:</b> Ruth Gann (Probation Service), "
                        "Cllr Terry Blake (Felsham Council).", st["p"])
        yield Paragraph("2. Matters arising", st["h"])
        yield pdf_table([["No.", "Action", "Owner", "Status"],
                         ["1", "Obtain GP records for Child M", "RL", "Complete"],
                         ["2", "Confirm reviewer for LCSPR Family S", "KD", "Complete"],
                         ["3", "Training needs analysis for strategy meetings", "PO", "Roll over"]],
                        widths=[30, 270, 60, 80], repeat=1)
        yield Paragraph("2.1 LCSPR Family S – terms of reference", st["h"])
        yield Paragraph("KD presented the draft terms of reference. The scope runs from January 2023 to the "
                        "date of the incident and includes the family's contact with adult services. " * 3, st["p"])
        yield Paragraph("The subgroup agreed the terms of reference for LCSPR Family S.", st["p"])
        yield Paragraph("2.2 Rapid review Child M – National Panel response", st["h"])
        yield Paragraph("The National Panel agreed with the partnership's decision not to undertake a local review "
                        "and asked to see the learning. " * 3, st["p"])
        yield Paragraph("3. Learning and improvement plan", st["h"])
        yield Paragraph("PO presented the learning and improvement plan. Several recommendations from earlier "
                        "reviews remain open because of workforce pressures in children's social care. " * FILL08, st["p"])
        yield Paragraph("4. Any other business", st["h"])
        yield Paragraph("GN asked for the learning from Child M to be shared at the headteachers' forum. " * 3, st["p"])
        yield Paragraph("5. Actions agreed", st["h"])
        rows = [["Item", "Action", "By whom", "By when"],
                ["2.1", "Send the agreed terms of reference for LCSPR Family S to the independent reviewer "
                        "and all agencies involved, asking for single agency chronologies", "KD", "17/07/2025"],
                ["2.1", "Provide the police chronology for Family S", "NH", "15/08/2025"],
                ["2.1", "Provide the hospital and GP chronologies for Family S", "RL", "15/08/2025"],
                ["2.2", "Prepare a learning summary for Child M for the National Panel", "KD/AK", "31/07/2025"],
                ["3", "Update the learning and improvement plan with revised target dates", "PO", "September meeting"],
                ["3", "Report on workforce pressures to the Executive", "AK", "September meeting"],
                ["4", "Present Child M learning at the headteachers' forum", "GN", "Autumn term"],
                ["4", "Check whether probation staff can attend the learning event", "IS", "31/07/2025"]]
        yield pdf_table(rows, widths=[35, 290, 60, 80], repeat=1)
        yield Paragraph("Next meeting: Wednesday 3rd September 2025 at 10am, Felsham Council offices", st["p"])

    return build_pdf("d08_felsham_practice_review.pdf", flow, "FSCP Practice Review Subgroup – 03/07/2025",
                     marking="OFFICIAL-SENSITIVE")


# 09 ----------------------------------------------------------------------------------------------
D09 = """Ravensmoor Safeguarding Partnership\t
Missing, Exploited and Trafficked (MET) Subgroup\t
Date\tWednesday 9 th April 2025\t
Venue\tTeams\t
Attendees\tLouise Fairbank (Chair, Ravensmoor Council) Sgt Jamal Reid (Ravensmoor Police) Pauline Crane (Ravensmoor ICB) Tom Wragg (Barnardo's) Olivia Hunt (Ravensmoor Council)\t
\tIn Attendance: Neha Joshi (Ravensmoor Safeguarding Partnership, minutes)\t
Apologies\tDr Kevin Lomax (Ravensmoor ICB) Rebecca Stone (Ravensmoor Council)\t

No\tItem / Discussion\tAction\tLead
1.\tWelcome and Apologies\t\t
\tLF welcomed all. Apologies noted.\t\t
2.\tMinutes of the last meeting (12 February 2025)\t\t
\tAgreed. Return home interview audit – actioned. Trafficking pathway – outstanding, to remain on the agenda.\t\t
3.\tMET Profile – Quarter 4\t\t
\tOH presented the profile. 46 children were open to the MET panel, an increase of 9. Girls aged 13 to 15 were the largest group.\tProfile to be shared with the Executive Board\tOH
\tJR noted more missing episodes from out of area placements.\tNotify placing authorities of missing episodes within 24 hours\tJR
4.\tReturn home interviews\t\t
\tTW reported that 71% of interviews were completed within 72 hours.\tRHI performance report for the next meeting\tTW

No\tItem / Discussion\tAction\tLead
\tPC asked whether health staff receive the outcome of interviews.\tAgree an information sharing route for RHI outcomes to school nurses\tPC/T
\t\tW\t
5.\tDisruption tools\t\t
\tJR described the use of child abduction warning notices.\tCirculate the CAWN guidance to the subgroup\tJR
6.\tAny other business\t\t
\tNone raised.\t\t
Date of next meeting: 11.06.2025\t\t
"""


def d09():
    p = DOCS / "d09_ravensmoor_met.txt"
    p.write_text(D09, encoding="utf-8")
    return p


# 10 ----------------------------------------------------------------------------------------------
def d10():
    """Word. Attendees in one long paragraph; two people share the initials SM; inline ACTION lines."""
    d = new_docx()
    d.add_heading("Harrowdale Safeguarding Partnership", level=1)
    d.add_paragraph("Joint Adults and Children Executive Group")
    d.add_paragraph("Minutes – 27 January 2025")
    d.add_paragraph("Attendees: Nicola Brennan (NB) Independent Chair; Sam Moreno (SM) Director of Children's "
                    "Services, Harrowdale Council; Sian Matthews (SM) Deputy Chief Nurse, Harrowdale ICB; "
                    "Det Supt Lee Carrick (LC) Harrowdale Police; Dr Femi Adebayo (FA) Consultant Psychiatrist, "
                    "Harrowdale Mental Health Trust (rep Deborah Quinn); Cllr Rhys Pugh (RP) Harrowdale Council; "
                    "Joanna Fleet (JF) Partnership Business Manager; Kim Lacey (KL) minutes.")
    d.add_paragraph("Apologies: Deborah Quinn (Harrowdale Mental Health Trust), Tony Brice (Harrowdale Council).")
    paras = [
        ("h", "1. Welcome and introductions"),
        ("p", "NB welcomed members. FA attended on behalf of Deborah Quinn."),
        ("h", "2. Previous minutes and matters arising"),
        ("p", "The minutes of 25 November 2024 were agreed. The action on joint commissioning of advocacy is "
              "complete; the transitions audit is ongoing; the self-harm pathway review is deferred to March."),
        ("h", "3. Children's services improvement plan"),
        ("p", "Sam Moreno presented the improvement plan following the recent inspection. Caseloads have fallen "
              "to an average of 18. Members discussed the pace of progress on supervision."),
        ("p", "ACTION: SM to bring the supervision audit findings to the March meeting."),
        ("p", "The Executive agreed to receive the improvement plan at every meeting until the monitoring visit."),
        ("h", "4. Health safeguarding assurance"),
        ("p", "Sian Matthews reported on the health assurance framework. Two trusts have not completed "
              "level 3 training targets."),
        ("p", "ACTION: SM to write to the two trusts about level 3 training compliance by 28/02/2025."),
        ("h", "5. Police: domestic abuse and stalking"),
        ("p", "LC described the new stalking protection order process. Cllr Pugh asked about victim support in rural "
              "areas."),
        ("p", "ACTION: LC/JF to arrange a briefing on stalking protection orders for elected members."),
        ("h", "6. Mental health and safeguarding adults"),
        ("p", "FA presented the trust's safeguarding adults report. The Executive noted the report."),
        ("p", "ACTION: FA to share the trust's safeguarding adults report with the Safeguarding Adults Board."),
        ("h", "7. Any other business"),
        ("p", "JF reminded members of the annual conference on 12 June 2025."),
        ("p", "ACTION: All to confirm conference delegates to the Business Unit by 31 March 2025."),
        ("h", "8. Date of next meeting"),
        ("p", "24 March 2025, 10am – 12pm, Harrowdale Civic Offices"),
    ]
    for kind, text in paras:
        if kind == "h":
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text)
    docx_footer(d, "Harrowdale Safeguarding Partnership – Executive – Page 1")
    return save_docx(d, "d10_harrowdale_exec.docx")


# 11 ----------------------------------------------------------------------------------------------
def d11():
    """Word. Attendance grid across several meeting dates (this meeting's column is the third);
    extended initials DBe / DBr; actions inside the notes cell as 'Action: ... – OWNER – DATE'."""
    d = new_docx()
    docx_header(d, "Kettleby and District Safeguarding Adults Board")
    d.add_heading("Safeguarding Adults Review Subgroup – Minutes", level=1)
    d.add_paragraph("Date of meeting: 14/05/2025. Location: Kettleby Town Hall, Room 3.")
    d.add_paragraph("Attendance record 2025 (✓ present, A apologies, D deputy)")
    docx_table(d, [["Name", "Organisation", "15/01/25", "12/03/25", "14/05/25"],
                   ["Daniel Bell (Chair)", "Kettleby Council Adult Social Care", "✓", "✓", "✓"],
                   ["Diane Brook", "Kettleby and District ICB", "✓", "A", "✓"],
                   ["DI Owen Marsh", "Kettleby Police", "D", "✓", "A"],
                   ["Shona Pike", "Kettleby Police", "✓", "", "D – for Owen Marsh"],
                   ["Dr Leah Fenn", "Kettleby Hospitals NHS Trust", "✓", "✓", "✓"],
                   ["Carlos Medina", "Kettleby Housing Partnership", "A", "✓", "A"],
                   ["Helena Grieve", "SAB Business Unit (minutes)", "✓", "✓", "✓"]])
    d.add_paragraph("")
    docx_table(d, [["Item", "Notes", "Action / owner / date"],
                   ["Item 1", "Welcome and apologies\nDBe welcomed members. Apologies from Owen Marsh and Carlos Medina.", ""],
                   ["Item 2", "Minutes and action tracker\nMinutes of 12 March agreed. SAR Ms F briefing – done. "
                              "Audit of self-neglect referrals – superseded by the thematic review.", ""],
                   ["Item 3", "SAR referral: Mr G\nDBr presented the referral. Mr G died following a fall at home "
                              "after a long period of refusing care. The criteria for a mandatory SAR are met.\n"
                              "The subgroup agreed to recommend a SAR to the Independent Chair.",
                    "Action: Write to the Independent Chair recommending a SAR for Mr G – DBe – 21/05/2025\n"
                    "Action: Request chronologies from all agencies involved with Mr G – HG – 28/05/2025"],
                   ["Item 4", "Thematic review of self-neglect: scoping\nLF noted that hospital discharge is a "
                              "recurring theme. SP said the police hold welfare check records for eight of the "
                              "twelve people in scope.",
                    "Action: Provide hospital discharge summaries for the twelve cases – LF – 30/06/2025\n"
                    "Action: Share police welfare check records for the cases in scope – SP – 30/06/2025"],
                   ["Item 5", "Any other business\nDBr asked that GP practices be reminded of the SAR referral form.",
                    "Action: Send the SAR referral form to GP practice managers – DBr – 31/05/2025"]])
    d.add_paragraph("Date of next meeting: Wed 9th July 2025, 2.00pm")
    docx_footer(d, "KDSAB SAR Subgroup 14/05/2025")
    return save_docx(d, "d11_kettleby_sar_subgroup.docx")


# 12 ----------------------------------------------------------------------------------------------
def d12():
    """PDF. 'Apols' rows and 'To present:' in an attendance table; an Item/Discussion/Action/Owner
    table running over a page break with its header repeated; owners by surname and role."""
    from reportlab.platypus import Paragraph, Spacer

    st = pdf_styles()

    def flow():
        yield Paragraph("Oakhurst Safeguarding Children Partnership", st["title"])
        yield Paragraph("Learning and Development Subgroup", st["h"])
        yield Paragraph("Minutes of meeting held on Tuesday 21st January 2025 at 9.30am, Oakhurst Learning Centre", st["p"])
        yield Spacer(1, 6)
        yield pdf_table([["Attendee", "Agency"],
                         ["Mrs Alison Okoro (Chair)", "Oakhurst Council – Workforce Development"],
                         ["Mr Rhys Denton", "Oakhurst Police – Training"],
                         ["Ms Poppy Lund", "Oakhurst ICB – Safeguarding Children Team"],
                         ["Mr Ade Balogun", "Oakhurst Schools Forum"],
                         ["Apols – Ms Bethan Rowe", "Oakhurst Council – Early Help"],
                         ["Apols – Mr Simon Yeo", "Oakhurst Community Health"],
                         ["To present: Dr Ellie Marsh", "Oakhurst University – Evaluation of multi-agency training"]],
                        widths=[170, 300], repeat=1)
        yield Spacer(1, 8)
        filler = ("Members discussed attendance patterns by agency, the balance of online and face-to-face "
                  "sessions, and the feedback from practitioners about the length of courses. ")
        rows = [["Item", "Discussion", "Action", "Owner"],
                ["1.", "Welcome and apologies. The Chair welcomed members; apologies noted.", "", ""],
                ["2.", "Minutes of 19 November 2024 agreed. Trainer pool recruitment – carried forward. "
                       "Course booking system – complete.", "", ""],
                ["3.", "Evaluation of multi-agency training. Dr Marsh presented the evaluation. " + filler * 6,
                 "Circulate the evaluation report to the Executive", "Ms Okoro"],
                ["", "The subgroup agreed to adopt the evaluation's four recommendations. " + filler * 4,
                 "Draft an implementation plan for the four recommendations", "Chair / Ms Lund"],
                ["4.", "Training calendar 2025-26. " + filler * 5, "Publish the 2025-26 training calendar on the website",
                 "Business Unit"],
                ["", "Police input on exploitation courses. " + filler * 3,
                 "Provide two trainers for the exploitation course", "Mr Denton"],
                ["5.", "Any other business. Mr Balogun asked for a designated safeguarding lead refresher.",
                 "Scope a DSL refresher session with the Schools Forum", "Mr Balogun / Ms Okoro"]]
        yield pdf_table(rows, widths=[30, 250, 120, 70], repeat=1)
        yield Paragraph("Next meeting: 18.03.25 at 9.30am, Oakhurst Learning Centre", st["p"])

    return build_pdf("d12_oakhurst_learning.pdf", flow, "OSCP L&D Subgroup 21.01.25", marking="OFFICIAL")


BUILDERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12]

if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    for build in BUILDERS:
        print(build())
