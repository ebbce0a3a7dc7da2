"""A fictional eight-item meeting's minutes as a Word file, in the common Item | Discussion | Action | Owner layout.

Used by the check page's browser test (and to measure the page's height). Everyone and everything here is invented.
"""
import io

MEMBERS = [
    ("Jackie Channell", "JC", "Independent Chair", "Fenbridge Council"),
    ("Nadia Okafor", "NO", "Head of Service", "Fenshire Fire and Rescue"),
    ("Tom Price", "TP", "Detective Superintendent", "Fenshire Police"),
    ("Priya Raman", "PR", "Designated Nurse", "Fenshire Integrated Care Board"),
    ("Gareth Lowe", "GL", "Head of Education Safeguarding", "Fenbridge Council"),
    ("Sofia Marsh", "SM", "Assistant Director", "Fenbridge Council"),
    ("Dev Anand", "DA", "Head of Probation Delivery", "Fenshire Probation"),
]
IN_ATTENDANCE = [("Bea Business", "BB", "Business Manager", "Fenbridge Safeguarding Partnership")]
APOLOGIES = [("Owen Hart", "OH", "Chief Superintendent", "Fenshire Police"),
             ("Lena Frost", "LF", "Director of Nursing", "Fenshire Integrated Care Board")]

# (number, title, discussion, action, owner, due as written)
ITEMS = [
    ("1", "Welcome and apologies", "The chair welcomed members. Apologies were noted as above.", "", "", ""),
    ("2", "Minutes and matters arising",
     "The minutes of the last meeting were agreed as accurate. Action 7 on the escalation leaflet: the audit of "
     "escalation cases is complete and was circulated with the papers.", "", "", ""),
    ("3", "Neglect strategy",
     "SM presented the draft neglect strategy. Members asked for the toolkit to be tested with two schools first.",
     "Circulate the neglect strategy to all members for comment", "SM", "by 4 December 2026"),
    ("4", "Exploitation subgroup report",
     "TP summarised the quarter: 41 children discussed at the exploitation panel, a rise of six.",
     "Share the exploitation panel data with the education subgroup", "TP", "by 18/12/2026"),
    ("5", "Health update",
     "PR reported on the designated nurse review of missed health appointments for children in care.",
     "Bring the missed appointments review to the next meeting", "PR", "by 15/01/2027"),
    ("6", "Education safeguarding audit",
     "GL reported that 58 of 62 schools returned the section 175 audit; four are being followed up.",
     "Write to the four schools that have not returned the audit", "ZQ", "by 11/12/2026"),
    ("7", "Probation and youth justice",
     "DA described the new transition arrangements between youth justice and adult probation.",
     "Circulate the transition protocol to board members", "DA", "by 8 January 2027"),
    ("8", "Any other business",
     "NO asked that the fire service home safety visits be added to the training offer.",
     "Add home safety visits to the multi-agency training offer", "NO/BB", "by 29/01/2027"),
]

MEETING_DATE = "27 November 2026"
NEXT_MEETING = "Thursday 28 January 2027"


def minutes_docx() -> bytes:
    from docx import Document

    document = Document()
    document.add_heading("Fenbridge Safeguarding Partnership", level=1)
    document.add_heading("Executive Board", level=2)
    document.add_paragraph(f"Minutes of the meeting held on {MEETING_DATE} at 2pm, Room 4, Fenbridge House")
    for heading, people in (("Present:", MEMBERS), ("In attendance:", IN_ATTENDANCE), ("Apologies:", APOLOGIES)):
        document.add_paragraph(heading)
        table = document.add_table(rows=0, cols=3)
        for name, initials, role, organisation in people:
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = f"{name} ({initials})", role, organisation
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ("Item", "Discussion", "Action", "Owner", "Due")):
        cell.text = text
    for number, title, discussion, action, owner, due in ITEMS:
        cells = table.add_row().cells
        cells[0].text = number
        cells[1].text = f"{title}\n{discussion}"
        cells[2].text, cells[3].text, cells[4].text = action, owner, due
    document.add_paragraph(f"Date of next meeting: {NEXT_MEETING}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
