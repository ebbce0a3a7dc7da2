"""k08-k10: action register grouped by lead (pdf), wiki meeting-notes page (html), roman-numeral items with RAG tracker (pdf)."""
from __future__ import annotations

from html import escape

from reportlab.lib import colors

from assure.imports.tests.heldout_kit import BODY, H1, H2, SMALL, A, P, Pdf, build_pdf, disc


# ---------------------------------------------------------------- k08: actions only in a register grouped by lead officer
def k08(path, src):
    pdf = Pdf()
    pdf.para("Ashby Moor Safeguarding Children Partnership", H1)
    pdf.para("Education Reference Group", H2)
    pdf.para("Record of meeting: Monday 16 November 2026, 3.45pm, Ashby Moor Teachers' Centre")
    present = [P("Lucy Harcourt", None, "Chair; Headteacher", "Ashby Moor High School"),
               P("Tariq Mahmood", None, "Education Safeguarding Manager", "Ashby Moor Council"),
               P("Joanne Pell", None, "Designated Safeguarding Lead", "St Anne's Catholic Primary"),
               P("Ravi Desai", None, "Head of Inclusion", "Ashby Moor Council"),
               P("Karen Lisle", None, "School Nursing Team Leader", "Ashby Moor Community Health")]
    apols = [P("Martin Quayle", None, "Principal", "Ashby Moor College")]
    inatt = [P("Beth Ormerod", None, "Partnership Officer (notes)", None)]
    pdf.para("Attendees", H2)
    pdf.table([["Name", "Role", "Setting / agency"]] + [[p["name"], p["role"], p["organisation"]] for p in present]
              + [["Beth Ormerod", "Partnership Officer (notes)", ""]], [4.5, 6, 6.5])
    pdf.rich([("Apologies: ", True), ("Martin Quayle, Principal, Ashby Moor College", False)])
    items = [
        ("1", "Apologies and notes of last meeting", [
            "Apologies noted. The notes of 21 September 2026 were agreed. All actions from that meeting are complete except the review of the elective home education protocol, which is carried forward."]),
        ("2", "Children missing education", [
            "Ravi Desai reported that 212 children were recorded as missing education at the end of October, up from 164 a year ago. The largest group are children who left for another area without a confirmed school place.",
            "Members felt schools were not always clear when to make a children missing education referral rather than continue with attendance procedures. The group agreed that a one-page flowchart would help."]),
        ("3", "Designated safeguarding lead supervision", [
            "Joanne Pell described the pilot of group supervision for designated safeguarding leads in primary schools. 18 leads took part and all said they would continue. The cost is mainly the time of the facilitator.",
            "The group agreed to recommend to the Executive that the pilot is extended to secondary schools."]),
        ("4", "Health and education joint working", [
            "Karen Lisle said school nurses are often not told when a child with a health care plan is excluded. The group discussed adding school nursing to the exclusion notification list."]),
    ]
    for num, title, paras in items:
        pdf.para(f"{num}. {title}", H2)
        for p in paras:
            pdf.para(p)
    pdf.para("Next meeting: Monday 25 January 2027, 3.45pm", BODY, bold=True)
    pdf.para("Action register – by lead officer", H2)
    register = [
        ("Head of Inclusion", [("2", "Produce a one-page children missing education referral flowchart for schools", "by half term (12 February 2027)")]),
        ("Education Safeguarding Manager", [("3", "Take the recommendation on DSL group supervision to the Executive", "January Executive"),
                                            ("4", "Add school nursing to the exclusion notification list", "end of December")]),
        ("School Nursing Team Leader", [("4", "Provide the list of school nurse contacts by school", "2 weeks")]),
    ]
    for lead, acts in register:
        pdf.para(lead, BODY, bold=True)
        for item, text, when in acts:
            pdf.para(f"• Item {item} – {text} – {when}")
    build_pdf(pdf, path, "Education Reference Group record 16.11.26", "Ashby Moor SCP")
    src.write_text("\n".join(pdf.lines) + "\n", encoding="utf-8")
    return {
        "body": "Ashby Moor Safeguarding Children Partnership Education Reference Group", "date": "2026-11-16", "start_time": "15:45",
        "location": "Ashby Moor Teachers' Centre", "next_meeting_date": "2027-01-25",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": [{"number": n, "title": t, "discussion": disc(p)} for n, t, p in items],
        "actions": [
            A("2", "Produce a one-page children missing education referral flowchart for schools", "Head of Inclusion", ["Ravi Desai"], "2027-02-12", "by half term (12 February 2027)"),
            A("3", "Take the recommendation on DSL group supervision to the Executive", "Education Safeguarding Manager", ["Tariq Mahmood"], None, "January Executive"),
            A("4", "Add school nursing to the exclusion notification list", "Education Safeguarding Manager", ["Tariq Mahmood"], "2026-12-31", "end of December"),
            A("4", "Provide the list of school nurse contacts by school", "School Nursing Team Leader", ["Karen Lisle"], "2026-11-30", "2 weeks"),
        ],
        "action_updates": [
            {"item": "1", "text": "All actions from that meeting are complete except the review of the elective home education protocol, which is carried forward.", "status": "carried_forward"},
        ],
        "decisions": [
            {"item": "1", "text": "The notes of 21 September 2026 were agreed."},
            {"item": "2", "text": "The group agreed that a one-page flowchart would help."},
            {"item": "3", "text": "The group agreed to recommend to the Executive that the pilot is extended to secondary schools."},
        ],
        "forward_plan": [],
        "notes": ("Actions appear only in the closing register, grouped under the lead's job title (owner_text = the group heading), each bullet 'Item N – text – when'. "
                  "Job titles resolved through the attendance table. Lucy Harcourt's role is printed 'Chair; Headteacher'. "
                  "Beth Ormerod (notes) is a table row but goes to in_attendance. 'by half term (12 February 2027)' -> the bracketed date. "
                  "'January Executive' -> null (the Executive's date is not given; the next meeting is this group's). 'end of December' -> 2026-12-31. "
                  "'2 weeks' -> 16 Nov + 14 = 2026-11-30. Item 1's update merges several actions into one sentence: one update, carried_forward."),
    }


# ---------------------------------------------------------------- k09: wiki meeting-notes page (task list, discussion table)
def k09(path, src):
    rows = [
        ("1", "Welcome and notes of last meeting", "Priya", [
            "Notes of 5 October agreed.",
            "Tracker: escalation flowchart launched – done. Audit of bruising in non-mobile babies – overdue, carried forward again."]),
        ("2", "Learning from the Baby S rapid review", "Owain", [
            "Owain Fitch took the group through the rapid review. The baby was seen by four professionals in the fortnight before the injury; none recorded the bruise because each assumed someone else had acted.",
            "Agreed: a reminder on the bruising protocol goes to all GP practices and the emergency department."]),
        ("3", "Audit programme 2027", "Priya", [
            "Priya Lanning proposed three multi-agency audits for 2027: strategy discussions, neglect in adolescents, and the use of interpreters. Group agreed the programme."]),
        ("4", "AOB", "", ["Mags asked that the neglect audit includes a sample from the independent schools. Agreed."]),
    ]
    tasks = [
        ("Owain Fitch", "send the bruising protocol reminder to GP practices and ED", "11 Dec 2026", "2"),
        ("Priya Lanning", "draft audit terms of reference for strategy discussions", "29 Jan 2027", "3"),
        ("Mags Dunmore", "get the independent schools sample list", "", "4"),
    ]
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8"><title>2026-11-30 Practice Review Group meeting notes - Team Space</title></head><body>',
         '<div id="breadcrumbs">Team Space / Meeting notes / 2026-11-30 Practice Review Group meeting notes</div>',
         '<div class="page-metadata">Created by Priya Lanning, last updated on 01 Dec 2026</div>',
         "<h1>2026-11-30 Practice Review Group meeting notes</h1>"]
    text = ["2026-11-30 Practice Review Group meeting notes"]

    def add(tag, s, raw=None):
        h.append(f"<{tag}>{raw if raw is not None else escape(s)}</{tag}>")
        text.append(s)

    add("p", "Kestrel Cross Safeguarding Partnership – Practice Review Group")
    add("h2", "Date")
    add("p", "30 Nov 2026, 14:00 – 15:30, Training Room B, Kestrel Cross Civic Centre")
    add("h2", "Attendees")
    att = [("Priya Lanning", "Practice Review Lead (chair)"), ("Owain Fitch", "Named GP"), ("Mags Dunmore", "Child Protection Adviser, Kestrel Cross Council"),
           ("Sam Akintola", "Detective Sergeant, Kestrel Cross Police")]
    h.append("<ul>")
    for n, r in att:
        h.append(f'<li><a class="user-mention" href="/people/{n.lower().replace(" ", ".")}">@{escape(n)}</a> – {escape(r)}</li>')
        text.append(f"@{n} – {r}")
    h.append("</ul>")
    add("p", "Not attending: Dr Ines Calloway (Designated Doctor)")
    add("h2", "Discussion items")
    h.append("<table><thead><tr><th>#</th><th>Item</th><th>Who</th><th>Notes</th></tr></thead><tbody>")
    text += ["#", "Item", "Who", "Notes"]
    for num, title, who, paras in rows:
        notes = "".join(f"<p>{escape(p)}</p>" for p in paras)
        h.append(f"<tr><td>{num}</td><td>{escape(title)}</td><td>{escape(who)}</td><td>{notes}</td></tr>")
        text += [num, title] + ([who] if who else []) + paras
    h.append("</tbody></table>")
    add("h2", "Action items")
    h.append('<ul class="task-list">')
    for who, t, due, item in tasks:
        due_html = f' <time datetime="">{escape(due)}</time>' if due else ""
        line = f"@{who} {t} (item {item})" + (f" {due}" if due else "")
        h.append(f'<li data-task-status="incomplete"><input type="checkbox"> <a class="user-mention">@{escape(who)}</a> {escape(t)} (item {item}){due_html}</li>')
        text.append(line)
    h.append("</ul>")
    add("p", "Next meeting: 25 Jan 2027")
    h.append('<div class="footer">Powered by a team wiki · Report a problem</div></body></html>')
    path.write_text("\n".join(h) + "\n", encoding="utf-8")
    src.write_text("\n".join(text) + "\n", encoding="utf-8")
    return {
        "body": "Kestrel Cross Safeguarding Partnership Practice Review Group", "date": "2026-11-30", "start_time": "14:00",
        "location": "Training Room B, Kestrel Cross Civic Centre", "next_meeting_date": "2027-01-25",
        "people": {
            "present": [P("Priya Lanning", None, "Practice Review Lead (chair)", None), P("Owain Fitch", None, "Named GP", None),
                        P("Mags Dunmore", None, "Child Protection Adviser", "Kestrel Cross Council"),
                        P("Sam Akintola", None, "Detective Sergeant", "Kestrel Cross Police")],
            "in_attendance": [],
            "apologies": [P("Ines Calloway", None, "Designated Doctor", None)]},
        "items": [{"number": n, "title": t, "discussion": disc(p)} for n, t, _, p in rows],
        "actions": [A(item, t, f"@{who}", [who], d, dt) for (who, t, _, item), d, dt in zip(
            tasks, ["2026-12-11", "2027-01-29", None], ["11 Dec 2026", "29 Jan 2027", None])],
        "action_updates": [
            {"item": "1", "text": "escalation flowchart launched – done.", "status": "closed"},
            {"item": "1", "text": "Audit of bruising in non-mobile babies – overdue, carried forward again.", "status": "carried_forward"},
        ],
        "decisions": [
            {"item": "1", "text": "Notes of 5 October agreed."},
            {"item": "2", "text": "Agreed: a reminder on the bruising protocol goes to all GP practices and the emergency department."},
            {"item": "3", "text": "Group agreed the programme."},
            {"item": "4", "text": "Mags asked that the neglect audit includes a sample from the independent schools. Agreed."},
        ],
        "forward_plan": [],
        "notes": ("Wiki meeting-notes template: page title is the date + group; the partnership name is the first line. Attendees are @mentions; "
                  "'Not attending:' -> apologies ('Dr' dropped). Discussion items table # / Item / Who / Notes: the Who column is the presenter, not part of the discussion. "
                  "Action items are a checkbox task list '@Name text (item N) date'; owner_text keeps the @mention; the third task has no date -> due and due_text null. "
                  "Page metadata, breadcrumbs and footer are furniture."),
    }


# ---------------------------------------------------------------- k10: roman-numeral items and a RAG action tracker
def k10(path, src):
    pdf = Pdf()

    def header(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(56, 810, "Brackenvale Safeguarding Adults Board – Executive – 9 December 2026 – OFFICIAL")
        canvas.drawRightString(539, 30, f"Page {doc.page}")
        canvas.restoreState()

    pdf.para("BRACKENVALE SAFEGUARDING ADULTS BOARD – EXECUTIVE", H1)
    pdf.para("Minutes of the meeting held on Wednesday 9 December 2026 at 09:00, via Microsoft Teams")
    present = [P("Angela Fairbrother", "AF", "Chair", "Brackenvale SAB"),
               P("Nathan Cole", "NC", "Assistant Director, Adult Social Care", "Brackenvale Council"),
               P("Yusuf Karim", "YK", "Superintendent", "Brackenvale Police"),
               P("Imelda Roche", "IR", "Head of Safeguarding", "Brackenvale ICB")]
    inatt = [P("Georgia Platt", "GP", "SAB Manager", "Brackenvale SAB")]
    apols = []
    pdf.table([["Present", "In attendance"],
               ["Angela Fairbrother (AF), Chair, Brackenvale SAB", "Georgia Platt (GP), SAB Manager, Brackenvale SAB"],
               ["Nathan Cole (NC), Assistant Director, Adult Social Care, Brackenvale Council", ""],
               ["Supt Yusuf Karim (YK), Brackenvale Police", ""],
               ["Imelda Roche (IR), Head of Safeguarding, Brackenvale ICB", ""]], [8.5, 8.5])
    pdf.para("Apologies: none.")
    items = [
        ("I", "Minutes and action tracker", [
            "The minutes of 14 October 2026 were agreed. The action tracker was reviewed (see RAG table below)."]),
        ("II", "Risk register", [
            "Georgia Platt presented the risk register. The highest risk remains the capacity of the adult safeguarding team, rated red. The risk relating to data sharing with the mental health trust has reduced to amber now that the information sharing agreement is signed.",
            "AGREED: the Executive accepted the revised ratings."]),
        ("III", "Self-neglect thematic review – recommendations", [
            "Nathan Cole reported that four of the seven recommendations are complete. The remaining three depend on a new multi-agency risk management meeting, which has been piloted in one locality.",
            "ACTION NC: evaluate the risk management meeting pilot and propose a borough-wide model – March Executive (10.03.27)."]),
        ("IV", "Police safeguarding adults data", [
            "Supt Karim reported a rise in concerns raised by officers attending calls to older people living alone during the cold weather. Members welcomed this as a sign of professional curiosity.",
            "ACTION YK/IR: look at joint messaging to officers and district nurses on cold homes – asap."]),
    ]
    for num, title, paras in items:
        pdf.para(f"{num}.  {title}", H2)
        for p in paras:
            pdf.para(p)
    pdf.para("Action tracker (RAG)", H2)
    rag = [["Ref", "Action", "Owner", "RAG", "Comment"],
           ["E14", "Refresh the SAB communications plan", "GP", "Green", "Complete – plan published"],
           ["E15", "Agree funding for the transitional safeguarding post", "NC", "Amber", "Carried forward – awaiting budget setting"],
           ["E16", "Police to provide data on financial abuse crimes", "YK", "Red", "Not started – overdue"]]
    fill = {"Green": "#c6efce", "Amber": "#ffeb9c", "Red": "#ffc7ce"}
    extra = [("BACKGROUND", (3, r), (3, r), colors.HexColor(fill[rag[r][3]])) for r in range(1, 4)]
    pdf.table(rag, [1.2, 6, 1.5, 1.5, 6.8], extra=extra, style=SMALL)
    pdf.para("Next meeting: Wednesday 10 March 2027, 09:00, Microsoft Teams", BODY, bold=True)
    build_pdf(pdf, path, "SAB Executive minutes 9 December 2026", "Brackenvale SAB", on_page=header)
    src.write_text("\n".join(pdf.lines) + "\n", encoding="utf-8")
    return {
        "body": "Brackenvale Safeguarding Adults Board Executive", "date": "2026-12-09", "start_time": "09:00",
        "location": "Microsoft Teams", "next_meeting_date": "2027-03-10",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": [{"number": n, "title": t, "discussion": disc(p)} for n, t, p in items],
        "actions": [
            A("III", "evaluate the risk management meeting pilot and propose a borough-wide model", "NC", ["Nathan Cole"], "2027-03-10", "March Executive (10.03.27)"),
            A("IV", "look at joint messaging to officers and district nurses on cold homes", "YK/IR", ["Yusuf Karim", "Imelda Roche"], None, "asap"),
        ],
        "action_updates": [
            {"item": "I", "text": "E14 Refresh the SAB communications plan – Green – Complete – plan published", "status": "closed"},
            {"item": "I", "text": "E15 Agree funding for the transitional safeguarding post – Amber – Carried forward – awaiting budget setting", "status": "carried_forward"},
            {"item": "I", "text": "E16 Police to provide data on financial abuse crimes – Red – Not started – overdue", "status": "open"},
        ],
        "decisions": [
            {"item": "I", "text": "The minutes of 14 October 2026 were agreed."},
            {"item": "II", "text": "AGREED: the Executive accepted the revised ratings."},
        ],
        "forward_plan": [],
        "notes": ("Body printed in capitals 'BRACKENVALE SAFEGUARDING ADULTS BOARD – EXECUTIVE'; gold in title case without the dash. Items numbered with roman numerals; number kept as printed ('III'). 'Supt' dropped from the name -> role 'Superintendent'. "
                  "Present / In attendance side by side in one table; 'Apologies: none.' -> empty list. "
                  "'ACTION NC: text – when' lines are actions (kept in the discussion). 'March Executive (10.03.27)' -> 2027-03-10; 'asap' -> null. "
                  "The RAG tracker after item IV is linked to item I ('see RAG table below'); each row is an update (Green/Complete -> closed, "
                  "Amber/Carried forward -> carried_forward, Red/Not started -> open); update text joins the row's cells. "
                  "The running header and page numbers are furniture (the header repeats the meeting date)."),
    }
