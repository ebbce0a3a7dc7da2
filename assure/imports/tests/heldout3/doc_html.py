"""h01 (modern.gov committee page) and h10 (Word 'Save as Web Page')."""
from __future__ import annotations

from html import escape

from assure.imports.tests.heldout_kit import A, P


def _disc(paras):
    return "\n\n".join(paras)


def h01():
    body = "Greyhaven Safeguarding Children Partnership Executive"
    present = [
        P("Marcus Delane", None, "Chair; Cabinet Member for Children and Families", "Greyhaven Borough Council"),
        P("Helen Okafor", None, "Director of Children's Services", "Greyhaven Borough Council"),
        P("Ross Kettering", None, "Detective Superintendent", "Greyhaven Police"),
        P("Anwen Pryce", None, "Designated Doctor", "Greyhaven Integrated Care Board"),
        P("Lorna Bassett", None, "Head of Education Safeguarding", "Greyhaven Borough Council"),
    ]
    also = [
        P("Gareth Lyle", None, "Partnership Business Manager", None),
        P("Priya Ashdown", None, "Democratic Services Officer", None),
    ]
    apologies = [P("Janet Thorne", None, "Councillor", None), P("Simon Achebe", None, None, "Greyhaven Integrated Care Board")]
    items = [
        ("19", "Apologies for Absence", [
            "Apologies for absence were received from Councillor Janet Thorne and Simon Achebe (Greyhaven Integrated Care Board)."]),
        ("20", "Declarations of Interest", ["There were no declarations of interest."]),
        ("21", "Minutes of the previous meeting", [
            "The minutes of the meeting held on 14 July 2026 were submitted for approval.",
            "RESOLVED: That the minutes of the meeting held on 14 July 2026 be confirmed as a correct record and signed by the Chair."]),
        ("22", "Action tracker and matters arising", [
            "The Partnership Business Manager introduced the action tracker. The review of the threshold document had been completed and the revised document was published on 2 September 2026. The audit of strategy discussions held out of hours remained open; the Police had supplied their sample and the health sample was awaited. The request for school exclusion data by locality had been superseded by the new education dashboard and was closed.",
            "RESOLVED: That the action tracker be noted."]),
        ("23", "Performance report", [
            "The Director of Children's Services presented the quarter 1 performance report for 2026/27. Contacts to the front door had risen by nine per cent compared with the same quarter last year, although the proportion progressing to a referral had fallen slightly. Re-referrals within twelve months stood at 24 per cent, above the regional average of 19 per cent.",
            "Members asked whether the rise in re-referrals was concentrated in particular localities. The Director confirmed that the eastern locality accounted for almost half of the increase and that a deep dive was under way.",
            "Detective Superintendent Kettering reported that the number of children held overnight in police custody had fallen to two in the quarter, both of whom had been transferred to local authority accommodation before morning.",
            "RESOLVED: That (1) the report be noted; and (2) the Director of Children's Services bring the findings of the eastern locality deep dive on re-referrals to the meeting on 19 January 2027."]),
        ("24", "Child Safeguarding Practice Review - Child T", [
            "The Partnership Business Manager presented the final report of the review concerning Child T, a fourteen year old who had been exploited through county lines activity. The report made five recommendations, the most significant being that return home interviews should be offered within 72 hours by a worker the child already knew.",
            "Dr Pryce welcomed the report but noted that the health chronology had been difficult to assemble because two community services used separate record systems.",
            "RESOLVED: That (1) the final report and its five recommendations be endorsed for publication; and (2) the Partnership Business Manager submit the report to the National Panel by 30 October 2026."]),
        ("25", "Work programme", [
            "The Executive considered its work programme for the remainder of the municipal year.",
            "RESOLVED: That the work programme be agreed, with the annual report of the Local Authority Designated Officer added for the meeting in January 2027 and the Private Fostering annual report added for April 2027."]),
        ("26", "Date of next meeting", ["The next meeting will be held on Tuesday 19 January 2027 at 2.00 pm."]),
    ]
    docs_links = {"21": "Minutes of the previous meeting held on 14 July 2026 PDF 198 KB",
                  "22": "Action tracker October 2026 PDF 88 KB",
                  "23": "Performance report Q1 2026-27 PDF 312 KB",
                  "24": "CSPR Child T final report PDF 540 KB"}
    nav = ["Home", "Councillors", "Committees", "Meetings", "Calendar", "Decisions", "Forward Plans", "Search documents"]
    crumbs = ["Greyhaven Borough Council", "Committee structure", body, "Meeting"]
    lines: list[str] = []
    h = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
         f'<title>Agenda and minutes - {escape(body)} - Tuesday, 13th October, 2026 2.00 pm</title>',
         '<link rel="stylesheet" href="/SiteSpecific/ssMgStyles.css"></head><body>',
         '<div id="header"><a href="/" class="logo">Greyhaven Borough Council</a><ul class="nav">']
    for n in nav:
        h.append(f'<li><a href="/mg{n.replace(" ", "")}.aspx">{escape(n)}</a></li>')
    lines += ["Greyhaven Borough Council"] + nav
    h.append('</ul></div><div id="breadcrumbs"><ul>')
    for c in crumbs:
        h.append(f'<li><a href="#">{escape(c)}</a> &gt; </li>')
    lines.append(" > ".join(crumbs))
    title = f"Agenda and minutes - {body} - Tuesday, 13th October, 2026 2.00 pm"
    h.append(f'</ul></div><div id="content"><h1 class="mgMainTitleTxt">{escape(title)}</h1>')
    lines.append(title)
    meta = [("Venue:", "Committee Room 2, Greyhaven Town Hall, Market Square, Greyhaven, GH1 4AB"),
            ("Contact:", "Priya Ashdown, Democratic Services Officer  Email: democratic.services@greyhaven.example.gov.uk")]
    h.append('<div class="mgSubTitle">')
    for k, v in meta:
        h.append(f'<p><span class="mgLabel">{k}</span> {escape(v)}</p>')
        lines.append(f"{k} {v}")
    h.append('</div><ul class="mgActionList"><li><a href="#">Printed minutes PDF 402 KB</a></li><li><a href="#">Browse the webcast</a></li></ul>')
    lines += ["Printed minutes PDF 402 KB", "Browse the webcast"]
    h.append('<h2 class="mgSectionTitle">Attendance Details</h2><div class="mgAttendance">')
    lines.append("Attendance Details")
    pres = ("Present: Councillor Marcus Delane (Chair), Helen Okafor (Director of Children's Services, Greyhaven Borough Council), "
            "Detective Superintendent Ross Kettering (Greyhaven Police), Dr Anwen Pryce (Designated Doctor, Greyhaven Integrated Care Board) "
            "and Lorna Bassett (Head of Education Safeguarding, Greyhaven Borough Council).")
    also_t = "Also Present: Gareth Lyle (Partnership Business Manager) and Priya Ashdown (Democratic Services Officer)."
    apol = "Apologies: Councillor Janet Thorne and Simon Achebe (Greyhaven Integrated Care Board)."
    for t in (pres, also_t, apol):
        k, v = t.split(": ", 1)
        h.append(f'<p><strong>{k}:</strong> {escape(v)}</p>')
        lines.append(t)
    h.append('</div><h2 class="mgSectionTitle">Items</h2><table class="mgItemTable">')
    lines.append("Items")
    for num, ttl, paras in items:
        h.append(f'<tr><td class="mgItemNumberCell"><p>{num}.</p></td><td><p class="mgSubItemTitleTxt"><a href="#">{escape(ttl)}</a></p>')
        lines.append(f"{num}. {ttl}")
        if num in docs_links:
            h.append(f'<ul class="mgBulletList"><li><a href="#">{escape(docs_links[num])}</a></li></ul>')
            lines.append(docs_links[num])
        h.append('<div class="mgWordPara"><p class="mgLabel">Minutes:</p>')
        lines.append("Minutes:")
        for p in paras:
            h.append(f"<p>{escape(p)}</p>")
            lines.append(p)
        h.append("</div></td></tr>")
    h.append("</table></div>")
    foot = ["Contact us", "Accessibility statement", "Privacy notice", "Cookies", "RSS", "Greyhaven Borough Council, Town Hall, Market Square, Greyhaven GH1 4AB"]
    h.append('<div id="footer"><ul>' + "".join(f'<li><a href="#">{escape(f)}</a></li>' for f in foot) + "</ul></div></body></html>")
    lines += foot
    html = "\n".join(h) + "\n"
    gold = {
        "body": body, "date": "2026-10-13", "start_time": "14:00",
        "location": "Committee Room 2, Greyhaven Town Hall, Market Square, Greyhaven, GH1 4AB",
        "next_meeting_date": "2027-01-19",
        "people": {"present": present, "in_attendance": also, "apologies": apologies},
        "items": [{"number": n, "title": t, "discussion": _disc(p)} for n, t, p in items],
        "actions": [
            A("23", "bring the findings of the eastern locality deep dive on re-referrals to the meeting on 19 January 2027",
              "the Director of Children's Services", ["Helen Okafor"], "2027-01-19", "the meeting on 19 January 2027"),
            A("24", "submit the report to the National Panel", "the Partnership Business Manager", ["Gareth Lyle"], "2026-10-30", "by 30 October 2026"),
        ],
        "action_updates": [
            {"item": "22", "text": "The review of the threshold document had been completed and the revised document was published on 2 September 2026.", "status": "closed"},
            {"item": "22", "text": "The audit of strategy discussions held out of hours remained open; the Police had supplied their sample and the health sample was awaited.", "status": "open"},
            {"item": "22", "text": "The request for school exclusion data by locality had been superseded by the new education dashboard and was closed.", "status": "closed"},
        ],
        "decisions": [
            {"item": "21", "text": "That the minutes of the meeting held on 14 July 2026 be confirmed as a correct record and signed by the Chair."},
            {"item": "22", "text": "That the action tracker be noted."},
            {"item": "23", "text": "That (1) the report be noted; and (2) the Director of Children's Services bring the findings of the eastern locality deep dive on re-referrals to the meeting on 19 January 2027."},
            {"item": "24", "text": "That (1) the final report and its five recommendations be endorsed for publication; and (2) the Partnership Business Manager submit the report to the National Panel by 30 October 2026."},
            {"item": "25", "text": "That the work programme be agreed, with the annual report of the Local Authority Designated Officer added for the meeting in January 2027 and the Private Fostering annual report added for April 2027."},
        ],
        "forward_plan": [
            {"item": "25", "text": "Annual report of the Local Authority Designated Officer", "when": "January 2027"},
            {"item": "25", "text": "Private Fostering annual report", "when": "April 2027"},
        ],
        "notes": ("modern.gov page: body is the committee name from the page title, not the council. Time from the title (2.00 pm). "
                  "Location is the Venue line as written. Honorifics (Councillor, Detective Superintendent, Dr) dropped from names; "
                  "Councillor kept as role for Janet Thorne, whose role is not otherwise given. 'Also Present' -> in_attendance; the "
                  "Business Manager and Democratic Services Officer have no organisation given (null). RESOLVED paragraphs are decisions "
                  "(text after 'RESOLVED: '); the two resolution parts that task a named officer are also actions (owners resolved from "
                  "the attendance list by role). Item 22 sentences are action updates. Work programme additions are forward-plan entries. "
                  "Discussion keeps every paragraph under 'Minutes:' including the RESOLVED lines; linked report titles are not discussion."),
    }
    return html, "\n".join(lines) + "\n", gold
