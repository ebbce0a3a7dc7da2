"""h02: multi-page PDF, whole minutes one narrow table, P/A/D grid."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import SimpleDocTemplate

from assure.imports.tests.heldout_kit import BODY, H1, PAGE, SMALL, A, P, Pdf

NARROW = ParagraphStyle("narrow", parent=SMALL, fontSize=9.5, leading=13, spaceAfter=5)

MARK = "OFFICIAL – SENSITIVE"


class NumberedCanvas(rl_canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont("Helvetica", 8)
            self.drawString(2 * cm, 1.2 * cm, MARK)
            self.drawRightString(PAGE[0] - 2 * cm, 1.2 * cm, f"Page {self._pageNumber} of {n}")
            self.drawCentredString(PAGE[0] / 2, PAGE[1] - 1.2 * cm, "Ashwell and Dunmore Safeguarding Adults Board – minutes 24 September 2026")
            super().showPage()
        super().save()


ITEMS = [
    ("1", "Welcome, introductions and apologies", [
        "The Independent Chair, Ruth Calloway, welcomed members to the meeting and introductions were made around the table. Apologies were noted as recorded in the attendance grid above.",
        "The Chair reminded members that the Board had agreed in June to hold one meeting each year in Dunmore and thanked the housing association for the use of the room."],
     [], [], []),
    ("2", "Minutes of the meeting held on 25 June 2026 and matters arising", [
        "The minutes of the last meeting were agreed as an accurate record, subject to the correction of the spelling of Hollins Lodge in item 5.",
        "Action 14 (self-neglect pathway leaflet to be translated into Polish and Romanian): complete; both versions are on the Board website.",
        "Action 15 (audit of Section 42 enquiries closed at triage): the audit has begun but the sample had to be redrawn because the first extract included duplicate records. Carried forward to December.",
        "Action 16 (letter to the regional ambulance service about delayed safeguarding referrals): complete; a reply was received on 3 August and is attached to the papers.",
        "Action 17 (training needs analysis for care home managers): this has been overtaken by the regional workforce programme and members agreed to close it."],
     [], [], []),
    ("3", "Board performance dashboard, quarter 1 2026/27", [
        "Declan Moss presented the dashboard. Safeguarding concerns received by the two local authorities rose to 1,412 in the quarter, an increase of eleven per cent. The conversion rate from concern to Section 42 enquiry fell from 31 per cent to 26 per cent, which he attributed to better screening at the front door rather than to a change in threshold.",
        "Neglect and acts of omission remained the most common category of abuse, followed by financial abuse. The proportion of enquiries in which the person was asked about their desired outcomes rose to 88 per cent, and 79 per cent of those who were asked said their outcomes had been fully or partly met.",
        "Members questioned why the proportion of concerns raised by GP practices remained so low. Dr Feroz Qureshi explained that practices often contacted the adult social care duty team by telephone and that these contacts were recorded as advice rather than as concerns. He offered to raise this with the primary care safeguarding forum.",
        "The Board noted the dashboard and asked that future versions show the Ashwell and Dunmore figures separately as well as combined."],
     [("Show Ashwell and Dunmore figures separately in the dashboard from quarter 2.", "DM", ["Declan Moss"], "by 3 December 2026", "2026-12-03"),
      ("Raise the recording of GP safeguarding contacts with the primary care safeguarding forum and report back.", "FQ", ["Feroz Qureshi"], "next meeting", "2026-12-10")],
     ["The Board noted the dashboard and asked that future versions show the Ashwell and Dunmore figures separately as well as combined."], []),
    ("4", "Safeguarding Adults Review – Mr K", [
        "Olwen Harte, the independent reviewer, presented the draft overview report concerning Mr K, a 67 year old man who died at home following a long period of self-neglect. Mr K had been known to eleven agencies over four years and had declined most offers of help.",
        "The report found that each agency had acted reasonably within its own remit but that no single agency had taken the lead. A multi-agency risk management meeting had been proposed twice but had not been convened. Mr K's capacity to make decisions about his living conditions had been assumed rather than assessed.",
        "The review made six recommendations, including that the Board's self-neglect procedures should name a lead agency whenever three or more agencies are involved, and that capacity assessments should be recorded where a person repeatedly declines support that would reduce serious risk.",
        "Members discussed the family's wish for the report to be published with a pseudonym that they had chosen. The Board agreed to accept the family's request.",
        "The Board approved the overview report subject to minor amendments and agreed that publication should take place after the inquest."],
     [("Send the final amendments to the overview report to the reviewer.", "All", ["All"], "– deadline 9/10/2026", "2026-10-09"),
      ("Prepare the action plan in response to the six recommendations for sign-off.", "KW / DM", ["Karen Whitlow", "Declan Moss"], "end of November 2026", "2026-11-30"),
      ("Liaise with the coroner's office about the inquest date and plan publication accordingly.", "RC", ["Ruth Calloway"], "Ongoing", None)],
     ["The Board agreed to accept the family's request.",
      "The Board approved the overview report subject to minor amendments and agreed that publication should take place after the inquest."], []),
    ("5", "Making Safeguarding Personal – practitioner survey", [
        "Hannah Greaves reported on the survey of 214 practitioners across health, social care, housing and the voluntary sector. Most respondents understood the principles of Making Safeguarding Personal but fewer than half felt confident about recording the person's own words.",
        "Housing staff reported the lowest confidence, and several said they were not sure whether they were allowed to raise a concern without the tenant's consent. Members agreed that this reflected a wider misunderstanding about consent and the duty to share information.",
        "The Board agreed to commission a short briefing on consent and information sharing, to be co-produced with the Board's experts by experience group."],
     [("Co-produce a seven minute briefing on consent and information sharing with the experts by experience group.", "HG", ["Hannah Greaves"], "by 15/01/27", "2027-01-15")],
     ["The Board agreed to commission a short briefing on consent and information sharing, to be co-produced with the Board's experts by experience group."], []),
    ("6", "Partner update – Dunmore Police", [
        "Inspector Callum Reyes, attending for Detective Chief Inspector Amira Nolan, reported that the force had created a dedicated vulnerability desk in the control room. Officers attending calls involving adults at risk could now obtain advice in real time.",
        "The force was also reviewing its response to people reported missing from care homes after two incidents in which residents were found some distance away several hours later. The review would report to the Board in the spring."],
     [], [], [("Dunmore Police review of its response to people reported missing from care homes to report to the Board", "in the spring")]),
    ("7", "Board budget 2027/28", [
        "Patrick Oyelaran presented the proposed budget. Partner contributions had been held at the 2025/26 level for two years and the Board now faced a shortfall of approximately £18,000, mainly because of the cost of the two Safeguarding Adults Reviews commissioned this year.",
        "Members agreed in principle to a three per cent uplift in partner contributions, subject to confirmation by each organisation's finance lead."],
     [("Write to finance leads to confirm the three per cent uplift in contributions.", "PO", ["Patrick Oyelaran"], "w/c 2 November", "2026-11-02")],
     ["Members agreed in principle to a three per cent uplift in partner contributions, subject to confirmation by each organisation's finance lead."], []),
    ("8", "Any other business", [
        "Karen Whitlow informed the Board that the Care Quality Commission had rated Hollins Lodge as requires improvement. The provider had an improvement plan and the commissioning team was monitoring it weekly.",
        "There was no further business."],
     [], [], []),
    ("9", "Date of next meeting", [
        "Thursday 10 December 2026, 10.00am – 12.30pm, Council Chamber, Ashwell Civic Offices."],
     [], [], []),
]


def h02(out_pdf):
    pdf = Pdf()
    pdf.para("Ashwell and Dunmore Safeguarding Adults Board", H1)
    pdf.para("Minutes of the Board meeting", BODY, bold=True)
    pdf.para("Thursday 24 September 2026, 10.00am – 12.30pm", BODY)
    pdf.para("Conference Room B, Dunmore House, 12 Quay Street, Dunmore", BODY)
    pdf.space(6)
    grid = [
        ("Ruth Calloway", "RC", "Independent Chair", "Ashwell and Dunmore SAB", "P", ""),
        ("Declan Moss", "DM", "Head of Adult Safeguarding", "Ashwell Council", "P", ""),
        ("Sunita Varma", "SV", "Director of Adult Social Care", "Dunmore Council", "D", "Represented by Karen Whitlow (KW), Head of Quality and Commissioning"),
        ("Feroz Qureshi", "FQ", "Named GP for Safeguarding Adults", "Ashwell and Dunmore ICB", "P", ""),
        ("Amira Nolan", "AN", "Detective Chief Inspector, Public Protection", "Dunmore Police", "D", "Represented by Inspector Callum Reyes (CR)"),
        ("Hannah Greaves", "HG", "Safeguarding Lead", "Ashwell Housing Trust", "P", ""),
        ("Tobias Lindqvist", "TL", "Group Manager, Prevention", "Dunmore Fire and Rescue Service", "A", ""),
        ("Bernadette Oni", "BO", "Chief Executive", "Ashwell Voluntary Action", "A", ""),
        ("Patrick Oyelaran", "PO", "Board Business Manager", "Ashwell and Dunmore SAB", "P", ""),
        ("Olwen Harte", "OH", "Independent Reviewer (item 4 only)", "", "P", ""),
        ("Lucy Penrose", "LP", "Minute taker", "Ashwell Council", "P", ""),
    ]
    pdf.para("Attendance", BODY, bold=True)
    pdf.table([("Name", "Initials", "Role", "Organisation", "Att.", "Notes")] + [list(r) for r in grid], [3.0, 1.55, 3.9, 3.45, 1.0, 4.1])
    pdf.para("Key: P = present; A = apologies; D = deputy sent (see notes)", BODY)
    pdf.space(6)
    # one row per paragraph so the table can break between paragraphs; inner horizontal rules only where an item starts
    rows = [("Item", "Discussion", "Action", "Owner", "Due")]
    extra = [("LINEBEFORE", (1, 0), (-1, -1), 0.5, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]
    for num, title, paras, acts, _dec, _fp in ITEMS:
        extra.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.5, colors.black))
        rows.append((num, [(title, True), paras[0]], [a[0] for a in acts] or "", [a[1] for a in acts] or "", [a[3] for a in acts] or ""))
        for para in paras[1:]:
            rows.append(("", para, "", "", ""))
    pdf.table(rows, [1.25, 4.0, 3.4, 1.35, 2.1], style=NARROW, extra=extra, grid=False)
    pdf.para("Minutes approved by the Chair: ____________________   Date: __________", BODY)
    doc = SimpleDocTemplate(str(out_pdf), pagesize=PAGE, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, invariant=1, title="SAB minutes 24 September 2026", author="SAB Business Unit",
                            creator="heldout3", producer="heldout3")
    doc.build(pdf.story, canvasmaker=NumberedCanvas)
    return pdf.lines, _gold(grid)


def _gold(grid):
    present = [P("Ruth Calloway", "RC", "Independent Chair", "Ashwell and Dunmore SAB"),
               P("Declan Moss", "DM", "Head of Adult Safeguarding", "Ashwell Council"),
               P("Karen Whitlow", "KW", "Head of Quality and Commissioning", "Dunmore Council", "Sunita Varma"),
               P("Feroz Qureshi", "FQ", "Named GP for Safeguarding Adults", "Ashwell and Dunmore ICB"),
               P("Callum Reyes", "CR", "Inspector", "Dunmore Police", "Amira Nolan"),
               P("Hannah Greaves", "HG", "Safeguarding Lead", "Ashwell Housing Trust"),
               P("Patrick Oyelaran", "PO", "Board Business Manager", "Ashwell and Dunmore SAB")]
    in_att = [P("Olwen Harte", "OH", "Independent Reviewer (item 4 only)", None),
              P("Lucy Penrose", "LP", "Minute taker", "Ashwell Council")]
    apols = [P("Sunita Varma", "SV", "Director of Adult Social Care", "Dunmore Council"),
             P("Amira Nolan", "AN", "Detective Chief Inspector, Public Protection", "Dunmore Police"),
             P("Tobias Lindqvist", "TL", "Group Manager, Prevention", "Dunmore Fire and Rescue Service"),
             P("Bernadette Oni", "BO", "Chief Executive", "Ashwell Voluntary Action")]
    items, actions, decisions, fp = [], [], [], []
    for num, title, paras, acts, decs, fps in ITEMS:
        items.append({"number": num, "title": title, "discussion": "\n\n".join(paras)})
        for text, owner_text, owners, due_text, due in acts:
            actions.append(A(num, text, owner_text, owners, due, due_text))
        decisions += [{"item": num, "text": d} for d in decs]
        fp += [{"item": num, "text": t, "when": w} for t, w in fps]
    ups = [
        {"item": "2", "text": "Action 14 (self-neglect pathway leaflet to be translated into Polish and Romanian): complete; both versions are on the Board website.", "status": "closed"},
        {"item": "2", "text": "Action 15 (audit of Section 42 enquiries closed at triage): the audit has begun but the sample had to be redrawn because the first extract included duplicate records. Carried forward to December.", "status": "carried_forward"},
        {"item": "2", "text": "Action 16 (letter to the regional ambulance service about delayed safeguarding referrals): complete; a reply was received on 3 August and is attached to the papers.", "status": "closed"},
        {"item": "2", "text": "Action 17 (training needs analysis for care home managers): this has been overtaken by the regional workforce programme and members agreed to close it.", "status": "closed"},
    ]
    decisions.insert(0, {"item": "2", "text": "The minutes of the last meeting were agreed as an accurate record, subject to the correction of the spelling of Hollins Lodge in item 5."})
    return {
        "body": "Ashwell and Dunmore Safeguarding Adults Board", "date": "2026-09-24", "start_time": "10:00",
        "location": "Conference Room B, Dunmore House, 12 Quay Street, Dunmore", "next_meeting_date": "2026-12-10",
        "people": {"present": present, "in_attendance": in_att, "apologies": apols},
        "items": items, "actions": actions, "action_updates": ups, "decisions": decisions, "forward_plan": fp,
        "notes": ("Attendance grid: P -> present; A -> apologies; D -> the member under apologies and the named representative "
                  "under present with deputising_for (rank 'Inspector' moved to role for Callum Reyes; Karen Whitlow's role from the note). "
                  "Independent reviewer (item 4 only) and the minute taker -> in_attendance. Item titles are the bold first line of the "
                  "Discussion cell; discussion is the paragraphs after the title. 'next meeting' due -> 2026-12-10 (item 9). "
                  "'w/c 2 November' -> Monday 2 November 2026. 'end of November 2026' -> 2026-11-30. 'Ongoing' -> due null. "
                  "Owner 'All' kept as a group; 'KW / DM' -> Karen Whitlow (the deputy) and Declan Moss. Dunmore Police's review "
                  "reporting to the Board 'in the spring' is a forward-plan entry, when kept as written. Item 2 first paragraph is a "
                  "decision (minutes agreed); each 'Action NN' paragraph is an update (Carried forward -> carried_forward)."),
    }
