"""k04-k07: meetings-app export (txt), intranet definition lists (html), agencies with names (txt), bilingual (docx)."""
from __future__ import annotations

from html import escape

from assure.imports.tests.heldout_kit import A, Docx, P, disc, save_text


# ---------------------------------------------------------------- k04: meetings-app plain-text export, [Item N] markers
def k04(path, src):
    items = [
        ("1", "Welcome", ["Chair opened the meeting at 09:32 and noted apologies from Lena Vos."]),
        ("2", "Action review", [
            "CE-21 Return-home interview audit: COMPLETE. Findings go to the Board in January.",
            "CE-22 Taxi licensing training for drivers: IN PROGRESS. Carried forward; licensing team has booked two dates.",
            "CE-23 Hotel watch scheme relaunch: COMPLETE."]),
        ("3", "Contextual safeguarding – Eastfield retail park", [
            "Maya Corbridge described the concerns about older young people recruiting younger children outside the retail park. Four children are known to be involved. Security staff have been briefed, and a place-based safety plan is being drafted with the park's management.",
            "Hamid Rashed said neighbourhood officers would increase patrols on Friday and Saturday evenings until the end of January."]),
        ("4", "Data dashboard", [
            "The dashboard now includes missing episodes by age and ethnicity. Members noted that Black boys aged 13 to 15 were over-represented among children missing from home compared with the local population, and agreed this should be looked at in the next deep dive."]),
        ("5", "AOB", ["None."]),
    ]
    lines = [
        "MeetBoard – meeting notes export",
        "==================================",
        "Meeting: Pennock Vale Safeguarding Partnership – Child Exploitation Subgroup",
        "When: Tue 8 Dec 2026, 09:30–11:00 (GMT)",
        "Where: Room 2.14, Pennock Vale Council House",
        "Organiser: Maya Corbridge",
        "Exported: 9 Dec 2026 16:05",
        "",
        "Attendees (joined)",
        "  • Maya Corbridge – Exploitation Lead, Pennock Vale Council (chair)",
        "  • Hamid Rashed – Detective Inspector, Pennock Vale Police",
        "  • Orla Kinsella – Missing Children Coordinator, Pennock Vale Council",
        "  • Bradley Tse – Youth Justice Manager",
        "  • Ruth Ellery – Note taker",
        "Declined",
        "  • Lena Vos – Designated Nurse, Pennock Vale ICB",
        "",
    ]
    for num, title, paras in items:
        lines.append(f"[Item {num}] {title}")
        lines += paras
        lines.append("")
    lines += [
        "Action items (3)",
        "----------------",
        "☐ Draft the place-based safety plan for Eastfield retail park with centre management",
        "    Assigned to: Maya Corbridge · Linked to: Item 3 · Due: 18 Dec 2026",
        "☐ Set up the deep dive into missing episodes for Black boys aged 13 to 15",
        "    Assigned to: Orla Kinsella, Bradley Tse · Linked to: Item 4 · Due: Next meeting",
        "☐ Share patrol outcomes with the subgroup",
        "    Assigned to: Hamid Rashed · Linked to: Item 3 · Due: End of Jan",
        "",
        "Next meeting: Tue 2 Feb 2027, 09:30",
    ]
    save_text(path, src, "\n".join(lines) + "\n")
    return {
        "body": "Pennock Vale Safeguarding Partnership Child Exploitation Subgroup", "date": "2026-12-08", "start_time": "09:30",
        "location": "Room 2.14, Pennock Vale Council House", "next_meeting_date": "2027-02-02",
        "people": {
            "present": [P("Maya Corbridge", None, "Exploitation Lead (chair)", "Pennock Vale Council"),
                        P("Hamid Rashed", None, "Detective Inspector", "Pennock Vale Police"),
                        P("Orla Kinsella", None, "Missing Children Coordinator", "Pennock Vale Council"),
                        P("Bradley Tse", None, "Youth Justice Manager", None)],
            "in_attendance": [P("Ruth Ellery", None, "Note taker", None)],
            "apologies": [P("Lena Vos", None, "Designated Nurse", "Pennock Vale ICB")]},
        "items": [{"number": n, "title": t, "discussion": disc(p)} for n, t, p in items],
        "actions": [
            A("3", "Draft the place-based safety plan for Eastfield retail park with centre management", "Maya Corbridge", ["Maya Corbridge"], "2026-12-18", "18 Dec 2026"),
            A("4", "Set up the deep dive into missing episodes for Black boys aged 13 to 15", "Orla Kinsella, Bradley Tse", ["Orla Kinsella", "Bradley Tse"], "2027-02-02", "Next meeting"),
            A("3", "Share patrol outcomes with the subgroup", "Hamid Rashed", ["Hamid Rashed"], "2027-01-31", "End of Jan"),
        ],
        "action_updates": [
            {"item": "2", "text": "CE-21 Return-home interview audit: COMPLETE. Findings go to the Board in January.", "status": "closed"},
            {"item": "2", "text": "CE-22 Taxi licensing training for drivers: IN PROGRESS. Carried forward; licensing team has booked two dates.", "status": "carried_forward"},
            {"item": "2", "text": "CE-23 Hotel watch scheme relaunch: COMPLETE.", "status": "closed"},
        ],
        "decisions": [{"item": "4", "text": "Members noted that Black boys aged 13 to 15 were over-represented among children missing from home compared with the local population, and agreed this should be looked at in the next deep dive."}],
        "forward_plan": [{"item": "2", "text": "Return-home interview audit findings", "when": "January"}],
        "notes": ("Meetings-app export: 'Meeting:' line gives body (partnership – subgroup). 'Attendees (joined)' -> present except the 'Note taker' -> in_attendance; "
                  "'Declined' -> apologies. Items are '[Item N] Title' markers; actions are in the closing 'Action items' list and linked to items by 'Linked to: Item N' "
                  "(two actions for item 3, listed out of order). 'Next meeting' -> 2027-02-02; 'End of Jan' -> 2027-01-31 (meeting in December, so the next January). "
                  "Exported timestamp and organiser line are app furniture. Update statuses: COMPLETE -> closed, IN PROGRESS + carried forward -> carried_forward."),
    }


# ---------------------------------------------------------------- k05: intranet page with definition lists
def k05(path, src):
    present = [P("Rosalind Achterberg", None, "Independent Chair", None),
               P("Gethin Morley", None, "Director of Adult Services", "Westbury Downs Council"),
               P("Farah Iqbal", None, "Deputy Chief Nurse", "Westbury Downs Health Board", "Kenneth Amos"),
               P("Callum Brisco", None, "Chief Inspector", "Westbury Downs Police"),
               P("Tegan Oakes", None, "Board Business Manager", None)]
    inatt = [P("Dominika Wren", None, "Principal Social Worker, for item 4", "Westbury Downs Council")]
    apols = [P("Kenneth Amos", None, "Chief Nurse", "Westbury Downs Health Board"),
             P("Harriet Lusty", None, None, "Westbury Downs Fire and Rescue")]
    items = [
        ("1", "Welcome and apologies", ["The Chair welcomed members. Farah Iqbal attended on behalf of Kenneth Amos."]),
        ("2", "Minutes and actions", [
            "The minutes of 22 September were confirmed.",
            "Action 31, the Board's risk register review, is complete. Action 32, the report on financial abuse referrals from banks, remains open and will come to the next meeting."]),
        ("3", "Annual report 2025/26", [
            "Tegan Oakes presented the final draft of the annual report. Members asked that the section on making safeguarding personal include the outcomes adults said they wanted, not only whether they were asked.",
            "The Board approved the annual report for publication subject to that change."]),
        ("4", "Transitional safeguarding", [
            "Dominika Wren presented proposals for a transitional safeguarding protocol for young people aged 16 to 25. Too many young people lose support at 18 because they do not meet the care and support thresholds for adults.",
            "The Board supported the direction of travel and asked for a joint workshop with the children's partnership."]),
        ("5", "Any other business", ["No other business."]),
    ]
    actions = [("3", "Amend the making safeguarding personal section and publish the annual report", "TO", "by 18 December 2026"),
               ("4", "Arrange a joint workshop on transitional safeguarding with the children's partnership", "DW / TO", "February 2027")]
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8"><title>Board minutes – 24 November 2026 – Staff intranet</title>',
         "<style>dt{font-weight:bold} dl.action{border-left:4px solid #1d70b8;padding-left:8px}</style></head><body>",
         '<nav class="breadcrumbs"><a href="/">Intranet home</a> › <a href="/partnerships">Partnerships</a> › <a href="/partnerships/sab">Westbury Downs SAB</a> › Minutes</nav>',
         "<main>", "<h1>Westbury Downs Safeguarding Adults Board – minutes</h1>", '<dl class="meeting">']
    text = ["Westbury Downs Safeguarding Adults Board – minutes"]
    meta = [("Date", "Tuesday 24 November 2026"), ("Time", "10.00am to 12.30pm"), ("Place", "Committee Room 1, Westbury Downs Town Hall"),
            ("Present", "Rosalind Achterberg (Independent Chair); Gethin Morley (Director of Adult Services, Westbury Downs Council); "
                        "Farah Iqbal (Deputy Chief Nurse, Westbury Downs Health Board, for Kenneth Amos); Chief Inspector Callum Brisco (Westbury Downs Police); "
                        "Tegan Oakes (Board Business Manager)"),
            ("In attendance", "Dominika Wren (Principal Social Worker, Westbury Downs Council) for item 4"),
            ("Apologies", "Kenneth Amos (Chief Nurse, Westbury Downs Health Board); Harriet Lusty (Westbury Downs Fire and Rescue)")]
    for k, v in meta:
        h.append(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>")
        text += [k, v]
    h.append("</dl>")
    h.append('<dl class="items">')
    gold_items = []
    for num, title, paras in items:
        h.append(f"<dt>{num}. {escape(title)}</dt><dd>")
        text.append(f"{num}. {title}")
        for p in paras:
            h.append(f"<p>{escape(p)}</p>")
            text.append(p)
        for ai, atext, who, when in actions:
            if ai == num:
                h.append(f'<dl class="action"><dt>Action</dt><dd>{escape(atext)}</dd><dt>Who</dt><dd>{escape(who)}</dd>'
                         f"<dt>When</dt><dd>{escape(when)}</dd></dl>")
                text += ["Action", atext, "Who", who, "When", when]
        h.append("</dd>")
        gold_items.append({"number": num, "title": title, "discussion": disc(paras)})
    h.append("</dl>")
    h.append("<dl><dt>Next meeting</dt><dd>Tuesday 23 February 2027, 10.00am, Committee Room 1</dd></dl>")
    text += ["Next meeting", "Tuesday 23 February 2027, 10.00am, Committee Room 1"]
    h.append('</main><footer><p>Page owner: SAB Business Unit · Last reviewed 1 December 2026</p></footer></body></html>')
    html = "\n".join(h) + "\n"
    path.write_text(html, encoding="utf-8")
    src.write_text("\n".join(text) + "\n", encoding="utf-8")
    return {
        "body": "Westbury Downs Safeguarding Adults Board", "date": "2026-11-24", "start_time": "10:00",
        "location": "Committee Room 1, Westbury Downs Town Hall", "next_meeting_date": "2027-02-23",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": gold_items,
        "actions": [
            A("3", actions[0][1], "TO", ["Tegan Oakes"], "2026-12-18", "by 18 December 2026"),
            A("4", actions[1][1], "DW / TO", ["Dominika Wren", "Tegan Oakes"], "2027-02-28", "February 2027"),
        ],
        "action_updates": [
            {"item": "2", "text": "Action 31, the Board's risk register review, is complete.", "status": "closed"},
            {"item": "2", "text": "Action 32, the report on financial abuse referrals from banks, remains open and will come to the next meeting.", "status": "open"},
        ],
        "decisions": [
            {"item": "2", "text": "The minutes of 22 September were confirmed."},
            {"item": "3", "text": "The Board approved the annual report for publication subject to that change."},
            {"item": "4", "text": "The Board supported the direction of travel and asked for a joint workshop with the children's partnership."},
        ],
        "forward_plan": [{"item": "2", "text": "Report on financial abuse referrals from banks", "when": "next meeting"}],
        "notes": ("Intranet page: meeting details, attendance and items are all definition lists (dt/dd); each item's action is a nested dl Action / Who / When. "
                  "Breadcrumbs and footer are furniture. Farah Iqbal deputising_for Kenneth Amos ('for Kenneth Amos'). 'Chief Inspector' dropped from the name -> role. "
                  "Dominika Wren 'for item 4' kept in role as a presenter (in_attendance). Owners 'TO' and 'DW' are initials nowhere listed but "
                  "resolved by the names (Tegan Oakes, Dominika Wren). 'February 2027' read as 'by end of February 2027' -> last day (judgement). "
                  "The action-cell text is not part of the item discussion (it is in actions)."),
    }


# ---------------------------------------------------------------- k06: attendance as agencies with names in brackets; vague due dates
def k06(path, src):
    lines = [
        "ROTHWICK SAFEGUARDING CHILDREN PARTNERSHIP",
        "NEGLECT SUBGROUP",
        "Minutes of meeting held 1 December 2026, 1pm, Rothwick Family Hub, Mill Lane",
        "",
        "Agencies represented:",
        "Rothwick Council Children's Services (Sophie Lyall – Chair, Team Manager; Ifan Rowlands, Practice Lead)",
        "Rothwick Police (DS Ali Farah)",
        "Rothwick Community Health (Bryony Kemp, Health Visiting Lead; Patrick Nye, School Nursing)",
        "Schools (Mrs Dawn Ashcroft, Head, Millbrook Lane Primary)",
        "Partnership Business Unit (Eleri Vaughan – notes)",
        "",
        "Agencies sending apologies:",
        "Rothwick Housing (Carl Benning)",
        "Early Years (Tasha Okoro)",
        "",
    ]
    items = [
        ("1", "Previous minutes / actions", [
            "Minutes agreed. Neglect toolkit training for schools – done. Dental access letter – Bryony still waiting for a reply from the dental network, keep open."]),
        ("2", "Graded Care Profile roll-out", [
            "Ifan said 140 practitioners are now trained in the Graded Care Profile but only 35 assessments have been completed since April. Some practitioners do not feel confident scoring, and schools have not used it at all.",
            "Dawn said schools would use it if there were a shorter version for designated safeguarding leads. The group agreed to ask the licence holder whether a school version is allowed.",
            "ACTION: Ifan to contact the licence holder about a schools version – 2 weeks.",
            "ACTION: Sophie and Bryony to run two refresher sessions on scoring – Q1 2027."]),
        ("3", "Neglect strategy progress", [
            "Sophie went through the strategy action plan. Most actions are on track. The action on a shared definition of neglect across adult and children's services is behind because the adult board has not yet met.",
            "ACTION: Eleri to send the updated action plan to all members – before Christmas."]),
        ("4", "Case discussion – Family T (anonymised)", [
            "The group discussed the learning from Family T, where neglect was present for six years before a child protection plan. Patrick pointed out that the school nurse had raised concerns twice but the referrals were closed as no further action.",
            "ACTION: DS Farah to check whether the police held any domestic abuse reports for the family address – by the end of next month."]),
    ]
    for num, title, paras in items:
        lines.append(f"{num}. {title.upper()}")
        lines += paras
        lines.append("")
    lines.append("Date of next meeting: 2 February 2027, 1pm, Rothwick Family Hub")
    save_text(path, src, "\n".join(lines) + "\n")
    return {
        "body": "Rothwick Safeguarding Children Partnership Neglect Subgroup", "date": "2026-12-01", "start_time": "13:00",
        "location": "Rothwick Family Hub, Mill Lane", "next_meeting_date": "2027-02-02",
        "people": {
            "present": [P("Sophie Lyall", None, "Chair, Team Manager", "Rothwick Council Children's Services"),
                        P("Ifan Rowlands", None, "Practice Lead", "Rothwick Council Children's Services"),
                        P("Ali Farah", None, "DS", "Rothwick Police"),
                        P("Bryony Kemp", None, "Health Visiting Lead", "Rothwick Community Health"),
                        P("Patrick Nye", None, "School Nursing", "Rothwick Community Health"),
                        P("Dawn Ashcroft", None, "Head", "Millbrook Lane Primary")],
            "in_attendance": [P("Eleri Vaughan", None, "notes", "Partnership Business Unit")],
            "apologies": [P("Carl Benning", None, None, "Rothwick Housing"), P("Tasha Okoro", None, None, "Early Years")]},
        "items": [{"number": n, "title": t.upper(), "discussion": disc(p)} for n, t, p in items],
        "actions": [
            A("2", "contact the licence holder about a schools version", "Ifan", ["Ifan Rowlands"], "2026-12-15", "2 weeks"),
            A("2", "run two refresher sessions on scoring", "Sophie and Bryony", ["Sophie Lyall", "Bryony Kemp"], None, "Q1 2027"),
            A("3", "send the updated action plan to all members", "Eleri", ["Eleri Vaughan"], None, "before Christmas"),
            A("4", "check whether the police held any domestic abuse reports for the family address", "DS Farah", ["Ali Farah"], "2027-01-31", "by the end of next month"),
        ],
        "action_updates": [
            {"item": "1", "text": "Neglect toolkit training for schools – done.", "status": "closed"},
            {"item": "1", "text": "Dental access letter – Bryony still waiting for a reply from the dental network, keep open.", "status": "open"},
        ],
        "decisions": [
            {"item": "1", "text": "Minutes agreed."},
            {"item": "2", "text": "The group agreed to ask the licence holder whether a school version is allowed."},
        ],
        "forward_plan": [],
        "notes": ("Body printed in capitals on two lines (partnership, subgroup); gold in title case. Attendance is a list of agencies with people in brackets: organisation = the agency (for Schools, the school named in the bracket). "
                  "'Chair' kept in Sophie Lyall's role. 'DS' and 'Mrs' dropped from names; DS kept as role. Eleri Vaughan (notes) -> in_attendance. "
                  "Apologies agencies with names -> apologies with organisation. Item titles are printed in capitals; gold keeps them as printed. "
                  "Owners are first names / 'DS Farah' resolved to full names. '2 weeks' -> 1 Dec + 14 = 2026-12-15. 'Q1 2027' -> null (ambiguous quarter). "
                  "'before Christmas' -> null (no day given; not fixable by the rules). 'by the end of next month' -> 2027-01-31 (meeting in December). "
                  "Discussion keeps the ACTION lines."),
    }


# ---------------------------------------------------------------- k07: Welsh-English bilingual headings, English content
K07_ITEMS = [
    ("1", "Croeso ac ymddiheuriadau", "Welcome and apologies", [
        "The Chair welcomed everyone. Apologies were received as listed."]),
    ("2", "Cofnodion y cyfarfod blaenorol", "Minutes of the previous meeting", [
        "The minutes of 17 September 2026 were agreed as a true record.",
        "Action log: the regional procedures update has been published (closed). The request for Welsh-language versions of the practitioner leaflets is in translation and remains open."]),
    ("3", "Adolygiadau Ymarfer Plant", "Child Practice Reviews", [
        "Dafydd Rees updated the Board on three child practice reviews. The review concerning Child L is complete and the learning event was held on 5 November. Two reviews are still at the panel stage.",
        "The Board agreed to publish the Child L review in English and Welsh on the same day.",
        "Action: Regional Safeguarding Manager to arrange simultaneous publication of the Child L review in both languages by 29 January 2027."]),
    ("4", "Diogelu yn yr iaith Gymraeg", "Safeguarding through the medium of Welsh", [
        "Nia Prosser presented findings from a survey of Welsh-speaking families. Many said they were not offered the chance to speak with a social worker in Welsh, even when they asked for it.",
        "Action: Head of Children's Services, Tawel Council, and Head of Safeguarding, Cwm Tawel Health Board, to report how the active offer is recorded in each service – next Board meeting."]),
    ("5", "Unrhyw fater arall", "Any other business", ["None."]),
]


def k07(path, src):
    d = Docx()
    d.para("Bwrdd Diogelu Rhanbarthol Cwm Tawel", bold=True, size=13, align="center")
    d.para("Cwm Tawel Regional Safeguarding Board", bold=True, size=13, align="center")
    d.para("Cofnodion / Minutes", bold=True, align="center")
    d.para("Dyddiad / Date: 10 December 2026   Amser / Time: 10:00   Lleoliad / Venue: Siambr y Cyngor / Council Chamber, Tawel County Hall, Pontyrafon")
    present = [P("Eluned Parry", "EP", "Chair; Corporate Director, Social Services", "Tawel Council"),
               P("Gareth Howells", "GH", "Head of Children's Services", "Tawel Council"),
               P("Sian Beddoe", "SB", "Head of Safeguarding", "Cwm Tawel Health Board"),
               P("Mark Pritchard", "MP", "Detective Superintendent", "Tawel Police"),
               P("Dafydd Rees", "DR", "Regional Safeguarding Manager", "Cwm Tawel Regional Safeguarding Board")]
    inatt = [P("Nia Prosser", "NP", "Welsh Language Officer (item 4)", "Tawel Council"),
             P("Lowri Jenkins", "LJ", "Business Support (minutes)", "Cwm Tawel Regional Safeguarding Board")]
    apols = [P("Huw Bevan", "HB", "Head of Adult Services", "Tawel Council")]
    d.para("Yn bresennol / Present", bold=True)
    for p in present:
        nm = p["name"] if p["name"] != "Mark Pritchard" else "Det Supt Mark Pritchard"
        role = p["role"] if p["name"] != "Mark Pritchard" else None
        d.para(f"{nm} ({p['initials']})" + (f" – {role}" if role else "") + f", {p['organisation']}")
    d.para("Hefyd yn bresennol / In attendance", bold=True)
    for p in inatt:
        d.para(f"{p['name']} ({p['initials']}) – {p['role']}, {p['organisation']}")
    d.para("Ymddiheuriadau / Apologies", bold=True)
    for p in apols:
        d.para(f"{p['name']} ({p['initials']}) – {p['role']}, {p['organisation']}")
    items = []
    for num, cy, en, paras in K07_ITEMS:
        d.heading(f"Eitem {num} / Item {num}: {cy} / {en}", 2)
        for p in paras:
            d.para(p)
        items.append({"number": num, "title": en, "discussion": disc(paras)})
    d.para("Dyddiad y cyfarfod nesaf / Date of next meeting: 11 March 2027", bold=True)
    d.footer_text("Mae'r ddogfen hon ar gael yn Gymraeg / This document is available in Welsh")
    d.save(path, src)
    return {
        "body": "Cwm Tawel Regional Safeguarding Board", "date": "2026-12-10", "start_time": "10:00",
        "location": "Council Chamber, Tawel County Hall, Pontyrafon", "next_meeting_date": "2027-03-11",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": items,
        "actions": [
            A("3", "arrange simultaneous publication of the Child L review in both languages", "Regional Safeguarding Manager",
              ["Dafydd Rees"], "2027-01-29", "by 29 January 2027"),
            A("4", "report how the active offer is recorded in each service",
              "Head of Children's Services, Tawel Council, and Head of Safeguarding, Cwm Tawel Health Board",
              ["Gareth Howells", "Sian Beddoe"], "2027-03-11", "next Board meeting"),
        ],
        "action_updates": [
            {"item": "2", "text": "the regional procedures update has been published (closed).", "status": "closed"},
            {"item": "2", "text": "The request for Welsh-language versions of the practitioner leaflets is in translation and remains open.", "status": "open"},
        ],
        "decisions": [
            {"item": "2", "text": "The minutes of 17 September 2026 were agreed as a true record."},
            {"item": "3", "text": "The Board agreed to publish the Child L review in English and Welsh on the same day."},
        ],
        "forward_plan": [],
        "notes": ("Bilingual Welsh / English headings with English content. Body is the English board name (the Welsh name is the same body). "
                  "Item titles: the English half of 'Eitem N / Item N: Welsh / English'. Location: the English half of 'Siambr y Cyngor / Council Chamber, ...'. "
                  "'Det Supt' dropped from the name -> role 'Detective Superintendent' (no other role printed). Eluned Parry's line starts with 'Chair' in the role. "
                  "Owners are job titles resolved through the attendance list (Regional Safeguarding Manager -> Dafydd Rees; Head of Children's Services, Tawel Council -> Gareth Howells; "
                  "Head of Safeguarding, Cwm Tawel Health Board -> Sian Beddoe). 'next Board meeting' -> 2027-03-11. Welsh footer is furniture."),
    }
