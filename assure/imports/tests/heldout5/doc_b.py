"""m04-m06: SAR subgroup notes pasted into an email (txt), council committee system page with RESOLVED (html),
Word-exported PDF with a logo header line and the action tracker first (pdf)."""
from __future__ import annotations

from html import escape

from assure.imports.tests.heldout_kit import BODY, H1, H2, A, P, Pdf, build_pdf_as, disc, save_text

WORD = ("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365")  # PDF creator / producer


# ---------------------------------------------------------------- m04: email with the notes pasted in
def m04(path, src):
    items = [
        ("1", "Actions from last meeting", [
            "- SAR referral form updated and on the website – done",
            "- LF to chase Adult B chronology from the care provider – received 20/11, close",
            "- TH to speak to regional SAR network re reviewer pool – TH still waiting for a reply, carry fwd"]),
        ("2", "New referral – Mr E", [
            "Referral from the ambulance service. Mr E, 64, died in October after a house fire. He was a heavy smoker with limited mobility and had refused a fire safety visit twice. Known to adult social care, his GP and the district nursing team; the fire service had not been told about his oxygen therapy.",
            "Group went through the criteria. KE felt the police had no involvement beyond the fire investigation. LF said ASC had closed a self-neglect enquiry in the summer.",
            "Decision: criteria for a mandatory SAR are met – recommendation to go to the Independent Chair.",
            "ACTION: NH to write to Mr E's sister to explain the review and invite her to contribute by 4/12.",
            "ACTION: TH to commission an independent reviewer from the regional pool – by 18 December 2026."]),
        ("3", "Adult B SAR – progress", [
            "Chronologies now in from all six agencies. Reviewer has started merging them and will hold a practitioner event in February. JB raised that two of the mental health practitioners involved have left the trust – she will try to contact them.",
            "ACTION: All agencies to send their individual management reviews to NH by 15 Jan."]),
        ("4", "Thematic review of self-neglect – scoping", [
            "Agreed last time to look at the five self-neglect referrals that did not meet the criteria together as a thematic review. Need a scoping document before the Board will agree it.",
            "ACTION: JB/LF to draft the scoping document – w/c 4 Jan."]),
        ("5", "Learning briefing – Ms F", [
            "Draft 7-minute briefing was circulated before the meeting. Small changes to the wording on mental capacity. Agreed to publish once the Chair has signed it off.",
            "ACTION: NH to put the briefing on the website once signed off – ASAP."]),
        ("6", "AOB", ["None."]),
    ]
    lines = [
        "From: Nadia Hurst <nadia.hurst@wyverne.gov.uk>",
        "Sent: Friday, November 27, 2026 4:42 PM",
        "To: SAR Subgroup <sar.subgroup@wyverne.gov.uk>",
        "Subject: Notes from yesterday's SAR subgroup",
        "",
        "Hi all,",
        "",
        "Notes from yesterday below – please let me know of any changes by Wednesday. IMR template attached again for those who asked.",
        "",
        "Thanks",
        "Nadia",
        "",
        "-------------------------------------------",
        "WYVERNE SAFEGUARDING ADULTS BOARD",
        "SAFEGUARDING ADULTS REVIEW (SAR) SUBGROUP",
        "Thursday 26 November 2026, 9.30–11.30, Teams",
        "",
        "Attendees: Tom Haworth (TH) – Chair, Head of Safeguarding, Wyverne ICB; Lorraine Fisk (LF) – Principal Social Worker, Wyverne Council; "
        "DS Kate Ellison (KE) – Wyverne Police; Jas Bhogal (JB) – Safeguarding Lead, Wyverne Mental Health NHS Trust; Nadia Hurst (NH) – SAB Business Officer (notes)",
        "Apologies: Rob Greaves (Wyverne Homes), Anita Shah (Ambulance Trust)",
        "",
    ]
    for num, title, paras in items:
        lines.append(f"{num}. {title}")
        lines += paras
        lines.append("")
    lines += [
        "Next meeting: Thurs 28 Jan 2027, 9.30, Teams",
        "",
        "Nadia Hurst | SAB Business Officer | Wyverne Safeguarding Adults Board",
        "Tel 01632 960 418",
        "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.",
    ]
    save_text(path, src, "\n".join(lines) + "\n")
    return {
        "body": "Wyverne Safeguarding Adults Board Safeguarding Adults Review (SAR) Subgroup", "date": "2026-11-26", "start_time": "09:30",
        "location": "Teams", "next_meeting_date": "2027-01-28",
        "people": {
            "present": [P("Tom Haworth", "TH", "Chair, Head of Safeguarding", "Wyverne ICB"),
                        P("Lorraine Fisk", "LF", "Principal Social Worker", "Wyverne Council"),
                        P("Kate Ellison", "KE", "DS", "Wyverne Police"),
                        P("Jas Bhogal", "JB", "Safeguarding Lead", "Wyverne Mental Health NHS Trust")],
            "in_attendance": [P("Nadia Hurst", "NH", "SAB Business Officer (notes)", None)],
            "apologies": [P("Rob Greaves", None, None, "Wyverne Homes"), P("Anita Shah", None, None, "Ambulance Trust")]},
        "items": [{"number": n, "title": t, "discussion": disc(p)} for n, t, p in items],
        "actions": [
            A("2", "write to Mr E's sister to explain the review and invite her to contribute", "NH", ["Nadia Hurst"], "2026-12-04", "by 4/12"),
            A("2", "commission an independent reviewer from the regional pool", "TH", ["Tom Haworth"], "2026-12-18", "by 18 December 2026"),
            A("3", "send their individual management reviews to NH", "All agencies", ["All agencies"], "2027-01-15", "by 15 Jan"),
            A("4", "draft the scoping document", "JB/LF", ["Jas Bhogal", "Lorraine Fisk"], "2027-01-04", "w/c 4 Jan"),
            A("5", "put the briefing on the website once signed off", "NH", ["Nadia Hurst"], None, "ASAP"),
        ],
        "action_updates": [
            {"item": "1", "text": "SAR referral form updated and on the website – done", "status": "closed"},
            {"item": "1", "text": "LF to chase Adult B chronology from the care provider – received 20/11, close", "status": "closed"},
            {"item": "1", "text": "TH to speak to regional SAR network re reviewer pool – TH still waiting for a reply, carry fwd", "status": "carried_forward"},
        ],
        "decisions": [
            {"item": "2", "text": "Decision: criteria for a mandatory SAR are met – recommendation to go to the Independent Chair."},
            {"item": "5", "text": "Agreed to publish once the Chair has signed it off."},
        ],
        "forward_plan": [],
        "notes": ("Notes pasted into an email: From / Sent / To / Subject headers, greeting, signature and disclaimer are furniture; the meeting date is in the pasted heading "
                  "(the email is sent the day after). Body printed in capitals on two lines; gold in title case with the '(SAR)' kept. Attendees as one ';' list "
                  "'Name (XX) – role, org'; 'Chair' kept in Tom Haworth's role; DS Kate Ellison -> name without rank, role 'DS' (no other role given). "
                  "Nadia Hurst '(notes)' -> in_attendance. Apologies give organisations only. 'Teams' is the location. "
                  "Item 4 'Agreed last time ...' refers to an earlier decision and is not a decision of this meeting. "
                  "'by 4/12' -> 2026-12-04 (meeting's year); 'by 15 Jan' and 'w/c 4 Jan' -> January 2027 (the next year, after a November meeting; 4 Jan 2027 is a Monday); 'ASAP' -> null. "
                  "Group owner 'All agencies' kept as written. Bulleted matters arising are updates; 'close' -> closed, 'carry fwd' -> carried_forward."),
    }


# ---------------------------------------------------------------- m05: council committee management system page, RESOLVED
def m05(path, src):
    present_line = ("Councillor Margaret Eyre (Cabinet Member for Adult Social Care), Dr Philip Amis (Independent Chair) (in the Chair), "
                    "Jane Corbett (Director of Adult Social Services, Dunmere Borough Council), Detective Superintendent Neil Royle (Dunmere Police), "
                    "Samira Haddad (Associate Director of Safeguarding, Dunmere ICB), Lucy Blake (Healthwatch Dunmere)")
    officers_line = ("Kevin Moss (Safeguarding Adults Board Manager), Ellen Shaw (Head of Safeguarding and Quality, Dunmere Borough Council) "
                     "and Sophie Brannigan (Democratic Services Officer)")
    apols_line = "Councillor Ravi Patel and Tony Hearn (Dunmere Fire and Rescue Service)"
    items = [
        ("21", "Apologies for absence and substitutions", [
            "Apologies for absence were received from Councillor Ravi Patel and Tony Hearn. There were no substitutions."]),
        ("22", "Declarations of interest", [
            "Lucy Blake declared a non-pecuniary interest in minute 25 as a trustee of Dunmere Carers' Centre."]),
        ("23", "Minutes of the previous meeting", [
            "RESOLVED: That the minutes of the meeting held on 7 September 2026 be approved as a correct record and signed by the Chair."]),
        ("24", "Safeguarding Adults Board Annual Report 2025/26", [
            "Kevin Moss introduced the annual report, which sets out the Board's work against its three priorities and the findings of two safeguarding adults reviews published during the year. He highlighted that safeguarding concerns had risen by 12% while the number of section 42 enquiries had fallen slightly.",
            "In response to a question from Councillor Eyre, Jane Corbett explained that the fall reflected better screening at the front door rather than a change in thresholds, and that this had been tested through a case audit.",
            "RESOLVED: That (1) the Annual Report 2025/26 be approved for publication; and (2) the report be presented to the Health and Wellbeing Board and the Cabinet."]),
        ("25", "Making Safeguarding Personal – audit of carers' involvement", [
            "Ellen Shaw presented the findings of an audit of 30 enquiries involving an adult with an unpaid carer. In 19 cases the carer's views had been recorded; in only 8 cases had the carer been offered a carer's assessment during or after the enquiry.",
            "Members expressed concern that carers were being treated as sources of information rather than as people who might themselves need support.",
            "RESOLVED: That (1) the audit findings be noted; and (2) the Head of Safeguarding and Quality be asked to bring an improvement plan on carers' assessments to the meeting on 8 March 2027."]),
        ("26", "Modern slavery and human trafficking – partnership response", [
            "Detective Superintendent Royle reported on the partnership's response to modern slavery, including two operations at car washes and a nail bar. 17 potential victims had been referred through the National Referral Mechanism in the year to date, compared with 9 in the whole of the previous year.",
            "RESOLVED: That (1) the report be noted; and (2) the Safeguarding Adults Board Manager be asked to circulate the modern slavery pathway to all Board members by 18 December 2026."]),
        ("27", "Work programme", [
            "The Board considered its work programme for the remainder of the municipal year.",
            "RESOLVED: That the work programme be agreed, with the addition of the carers' assessment improvement plan to the March meeting."]),
    ]
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8"><title>Minutes - Safeguarding Adults Board - Monday, 30th November, 2026 2.00 pm | Dunmere Borough Council</title></head><body>',
         '<header class="site"><a href="/">Dunmere Borough Council</a> <nav><a href="/council">Council and democracy</a> | <a href="/committees">Committees</a> | <a href="/search">Search</a></nav></header>',
         '<div class="crumbs">Home &gt; Committees &gt; Safeguarding Adults Board &gt; Meeting &gt; Minutes</div>',
         '<div id="content">']
    text = []

    def add(tag, s, cls=None):
        c = f' class="{cls}"' if cls else ""
        h.append(f"<{tag}{c}>{escape(s)}</{tag}>")
        text.append(s)

    add("h1", "Minutes of the Safeguarding Adults Board")
    add("p", "Monday, 30th November, 2026 2.00 pm", "mgDate")
    add("p", "Venue: Committee Room 3, Dunmere Civic Centre, Market Street, Dunmere", "mgVenue")
    add("p", "Contact: Sophie Brannigan, Democratic Services Officer", "mgContact")
    add("h2", "Attendance details")
    h.append(f"<p><strong>Present:</strong> {escape(present_line)}</p>")
    text.append(f"Present: {present_line}")
    h.append(f"<p><strong>Officers in attendance:</strong> {escape(officers_line)}</p>")
    text.append(f"Officers in attendance: {officers_line}")
    h.append(f"<p><strong>Apologies for absence:</strong> {escape(apols_line)}</p>")
    text.append(f"Apologies for absence: {apols_line}")
    add("h2", "Minutes")
    h.append('<table class="mgMinutes"><thead><tr><th>Minute No.</th><th>Item</th></tr></thead><tbody>')
    text += ["Minute No.", "Item"]
    gold_items = []
    for num, title, paras in items:
        body = "".join(f"<p>{escape(p)}</p>" for p in paras)
        h.append(f'<tr><td class="mgItemNumber">{num}.</td><td><h3>{escape(title)}</h3>{body}</td></tr>')
        text += [f"{num}.", title] + paras
        gold_items.append({"number": num, "title": title, "discussion": disc(paras)})
    h.append("</tbody></table>")
    add("p", "The meeting ended at 3.47 pm.")
    add("p", "Chair ....................................")
    h.append('</div><footer><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/mgRss">RSS</a> | © Dunmere Borough Council</footer></body></html>')
    path.write_text("\n".join(h) + "\n", encoding="utf-8")
    src.write_text("\n".join(text) + "\n", encoding="utf-8")
    return {
        "body": "Dunmere Safeguarding Adults Board", "date": "2026-11-30", "start_time": "14:00",
        "location": "Committee Room 3, Dunmere Civic Centre, Market Street, Dunmere", "next_meeting_date": None,
        "people": {
            "present": [P("Margaret Eyre", None, "Councillor, Cabinet Member for Adult Social Care", None),
                        P("Philip Amis", None, "Independent Chair", None),
                        P("Jane Corbett", None, "Director of Adult Social Services", "Dunmere Borough Council"),
                        P("Neil Royle", None, "Detective Superintendent", "Dunmere Police"),
                        P("Samira Haddad", None, "Associate Director of Safeguarding", "Dunmere ICB"),
                        P("Lucy Blake", None, None, "Healthwatch Dunmere")],
            "in_attendance": [P("Kevin Moss", None, "Safeguarding Adults Board Manager", None),
                              P("Ellen Shaw", None, "Head of Safeguarding and Quality", "Dunmere Borough Council"),
                              P("Sophie Brannigan", None, "Democratic Services Officer", None)],
            "apologies": [P("Ravi Patel", None, "Councillor", None), P("Tony Hearn", None, None, "Dunmere Fire and Rescue Service")]},
        "items": gold_items,
        "actions": [
            A("25", "bring an improvement plan on carers' assessments to the meeting on 8 March 2027", "the Head of Safeguarding and Quality",
              ["Ellen Shaw"], "2027-03-08", "to the meeting on 8 March 2027"),
            A("26", "circulate the modern slavery pathway to all Board members", "the Safeguarding Adults Board Manager", ["Kevin Moss"],
              "2026-12-18", "by 18 December 2026"),
        ],
        "action_updates": [],
        "decisions": [
            {"item": "23", "text": "RESOLVED: That the minutes of the meeting held on 7 September 2026 be approved as a correct record and signed by the Chair."},
            {"item": "24", "text": "RESOLVED: That (1) the Annual Report 2025/26 be approved for publication; and (2) the report be presented to the Health and Wellbeing Board and the Cabinet."},
            {"item": "25", "text": "RESOLVED: That (1) the audit findings be noted; and (2) the Head of Safeguarding and Quality be asked to bring an improvement plan on carers' assessments to the meeting on 8 March 2027."},
            {"item": "26", "text": "RESOLVED: That (1) the report be noted; and (2) the Safeguarding Adults Board Manager be asked to circulate the modern slavery pathway to all Board members by 18 December 2026."},
            {"item": "27", "text": "RESOLVED: That the work programme be agreed, with the addition of the carers' assessment improvement plan to the March meeting."},
        ],
        "forward_plan": [{"item": "27", "text": "Carers' assessment improvement plan", "when": "March meeting"}],
        "notes": ("Council committee-system page: site header, breadcrumbs, 'Contact:' line, 'The meeting ended at ...', the Chair signature line and the footer are furniture. "
                  "Body: the page calls it 'the Safeguarding Adults Board' of Dunmere Borough Council; gold 'Dunmere Safeguarding Adults Board'. "
                  "Date and time from 'Monday, 30th November, 2026 2.00 pm'. Minute numbers 21-27 continue the municipal year (printed '21.'). "
                  "Present is one comma list with brackets; 'Councillor' kept in role (it is her office, combined with the cabinet post), 'Dr' dropped, "
                  "'Detective Superintendent' moved to role; '(in the Chair)' is a marker, role 'Independent Chair' as printed. Lucy Blake has no role printed. "
                  "'Officers in attendance' -> in_attendance, including the Democratic Services Officer. No next meeting date is printed (the 8 March 2027 meeting is named "
                  "only inside resolutions) -> null. Two resolutions ask a named post to do something by a date: labelled as decisions (the RESOLVED text) and also as actions "
                  "with the post resolved to the officer (Head of Safeguarding and Quality -> Ellen Shaw, SAB Manager -> Kevin Moss); due for the first is the date of the "
                  "named meeting. Item 22's declaration is not a decision. Work programme addition -> forward plan."),
    }


# ---------------------------------------------------------------- m06: Word-exported PDF, logo header line, tracker first
def m06(path, src):
    pdf = Pdf()

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFillColorRGB(0.1, 0.3, 0.55)
        canvas.rect(56, 796, 26, 26, fill=1, stroke=0)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawString(59, 806, "TSCP")
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(90, 810, "Thornleigh Safeguarding Children Partnership")
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(90, 800, "Working together to keep children safe")
        canvas.drawRightString(539, 28, f"{doc.page}")
        canvas.restoreState()

    pdf.para("Executive Group – Minutes", H1)
    meta = [["Date", "Wednesday 2 December 2026"], ["Time", "09:30 – 11:30"], ["Venue", "Conference Room 2, Thornleigh Police Station, Bridge Street"],
            ["Chair", "Andrew Kettle, Chief Superintendent, Thornleigh Police"]]
    pdf.table(meta, [3, 14], header=False)
    pdf.para("Attendees", H2)
    present = [P("Andrew Kettle", "AK", "Chief Superintendent (Chair)", "Thornleigh Police"),
               P("Deborah Quinn", "DQ", "Director of Children's Services", "Thornleigh Council"),
               P("Imran Siddiqui", "IS", "Deputy Chief Nurse", "Thornleigh and Wyre ICB", "Gillian Shore"),
               P("Matthew Rowe", "MR", "Partnership Manager", "TSCP"),
               P("Hazel Grant", "HG", "Head of Education Safeguarding", "Thornleigh Council")]
    inatt = [P("Chloe Winters", "CW", "Business Support Officer (minutes)", "TSCP")]
    apols = [P("Gillian Shore", "GS", "Chief Nurse", "Thornleigh and Wyre ICB")]
    for line in ["Andrew Kettle (AK) – Chief Superintendent, Thornleigh Police (Chair)",
                 "Deborah Quinn (DQ) – Director of Children's Services, Thornleigh Council",
                 "Imran Siddiqui (IS) – Deputy Chief Nurse, Thornleigh and Wyre ICB (deputising for Gillian Shore)",
                 "Matthew Rowe (MR) – Partnership Manager, TSCP",
                 "Hazel Grant (HG) – Head of Education Safeguarding, Thornleigh Council",
                 "Chloe Winters (CW) – Business Support Officer, TSCP (minutes)"]:
        pdf.para("• " + line)
    pdf.rich([("Apologies: ", True), ("Gillian Shore (GS) – Chief Nurse, Thornleigh and Wyre ICB", False)])
    pdf.para("1.  Matters arising – action tracker", H2)
    tracker = [["Ref", "Action", "Lead", "Due", "Update", "Status"],
               ["EX-31", "Refresh the partnership's escalation policy", "MR", "30/10/26", "Refreshed policy published 28 October", "Complete"],
               ["EX-32", "Report on children placed in unregistered provision", "DQ", "02/12/26", "Verbal update given – 3 children currently; written report to follow", "Carried forward"],
               ["EX-33", "Confirm ICB capacity for initial health assessments", "GS", "02/12/26", "Recruitment to two nurse posts under way", "On track"],
               ["EX-34", "Share school exclusion data by ethnicity", "HG", "18/11/26", "Data not yet received from the DfE return", "Overdue"]]
    pdf.table(tracker, [1.4, 4.6, 1.1, 1.7, 5.8, 2.4])
    pdf.para("The Group noted the tracker. The minutes of the meeting of 7 October 2026 were approved.")
    items = [{"number": "1", "title": "Matters arising – action tracker",
              "discussion": "The Group noted the tracker. The minutes of the meeting of 7 October 2026 were approved."}]
    body = [
        ("2", "Neglect – multi-agency audit findings", [
            "MR presented the findings of the audit of eight children subject to child protection plans for neglect. Practitioners knew the children well, but plans were often a list of services rather than the changes the family needed to make. In five of the eight cases the plan had been in place for more than 15 months.",
            "DQ said the audit matched what the council's own quality assurance had found and that a practice week on neglect was planned for February.",
            "Action – MR: circulate the audit report and the seven minute briefing to all partner agencies (by 18 December 2026).",
            "Action – DQ / IS: jointly present a plan to reduce long-running neglect plans to the next Executive (3 February 2027)."]),
        ("3", "Elective home education", [
            "HG reported that 614 children are now electively home educated, an increase of 21% in a year. A quarter are known to children's social care, either currently or in the past. Schools are sometimes encouraging parents to remove children to avoid exclusion.",
            "The Group agreed that the partnership should write to the Department for Education in support of a register of children not in school.",
            "Action – AK: write to the Department for Education on behalf of the Executive (by end of December)."]),
        ("4", "Child death overview panel annual report", [
            "IS presented the panel's annual report on behalf of the Designated Doctor. 31 child deaths were reviewed, of which 7 had modifiable factors, most commonly unsafe sleep. The Group endorsed the report."]),
        ("5", "Any other business", [
            "MR reminded members that the partnership's section 11 audit will open in January. No other business."]),
    ]
    for num, title, paras in body:
        pdf.para(f"{num}.  {title}", H2)
        for p in paras:
            pdf.para(p)
        items.append({"number": num, "title": title, "discussion": disc(paras)})
    pdf.para("Next meeting: Wednesday 3 February 2027, 09:30, Conference Room 2, Thornleigh Police Station", BODY, bold=True)
    build_pdf_as(pdf, path, "Executive Group minutes 02.12.2026", "Thornleigh SCP", *WORD, on_page=page)
    pdf.lines[:0] = ["TSCP", "Thornleigh Safeguarding Children Partnership", "Working together to keep children safe"]
    src.write_text("\n".join(pdf.lines) + "\n", encoding="utf-8")
    return {
        "body": "Thornleigh Safeguarding Children Partnership Executive Group", "date": "2026-12-02", "start_time": "09:30",
        "location": "Conference Room 2, Thornleigh Police Station, Bridge Street", "next_meeting_date": "2027-02-03",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": items,
        "actions": [
            A("2", "circulate the audit report and the seven minute briefing to all partner agencies", "MR", ["Matthew Rowe"], "2026-12-18", "by 18 December 2026"),
            A("2", "jointly present a plan to reduce long-running neglect plans to the next Executive", "DQ / IS", ["Deborah Quinn", "Imran Siddiqui"],
              "2027-02-03", "3 February 2027"),
            A("3", "write to the Department for Education on behalf of the Executive", "AK", ["Andrew Kettle"], "2026-12-31", "by end of December"),
        ],
        "action_updates": [
            {"item": "1", "text": "EX-31 Refresh the partnership's escalation policy – MR – 30/10/26 – Refreshed policy published 28 October – Complete", "status": "closed"},
            {"item": "1", "text": "EX-32 Report on children placed in unregistered provision – DQ – 02/12/26 – Verbal update given – 3 children currently; written report to follow – Carried forward", "status": "carried_forward"},
            {"item": "1", "text": "EX-33 Confirm ICB capacity for initial health assessments – GS – 02/12/26 – Recruitment to two nurse posts under way – On track", "status": "open"},
            {"item": "1", "text": "EX-34 Share school exclusion data by ethnicity – HG – 18/11/26 – Data not yet received from the DfE return – Overdue", "status": "open"},
        ],
        "decisions": [
            {"item": "1", "text": "The minutes of the meeting of 7 October 2026 were approved."},
            {"item": "3", "text": "The Group agreed that the partnership should write to the Department for Education in support of a register of children not in school."},
            {"item": "4", "text": "The Group endorsed the report."},
        ],
        "forward_plan": [],
        "notes": ("PDF exported from Word: a logo box 'TSCP' and the partnership name with a strapline drawn on every page (the only place the partnership name appears), "
                  "page numbers in the footer; body = header name + 'Executive Group'. Meeting details in a label/value table (Date / Time / Venue / Chair). "
                  "Attendees as bullets 'Name (XX) – role, org (Chair)'; Imran Siddiqui '(deputising for Gillian Shore)' -> deputising_for; Chloe Winters '(minutes)' -> in_attendance. "
                  "The matters-arising action tracker table comes first as item 1; each row is an update whose text joins the cells "
                  "(Complete -> closed, Carried forward -> carried_forward, On track / Overdue -> open). The tracker table's cells are not in the item discussion; "
                  "the sentence under the table is. 'Action – XX: text (due)' lines are actions and stay in the discussion. "
                  "'3 February 2027' is the next Executive; 'by end of December' -> 2026-12-31."),
    }
