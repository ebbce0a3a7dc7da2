"""h03-h12: the other layouts. Each builder renders one document, writes its plain text, and returns its gold."""
from __future__ import annotations

from assure.imports.tests.heldout_kit import A, Docx, P


def disc(paras):
    return "\n\n".join(paras)


# ---------------------------------------------------------------- h03: Parts with x.y items, long narrative
H03_PARTS = [
    ("Part A – Governance", [
        ("1.1", "Welcome and apologies", [
            "The Chair, Professor Imogen Stratton, opened the meeting and welcomed Wesley Adeyemi, who joined the partnership in September as the new Head of Safeguarding for Millbrook Community Health, to his first Board meeting.",
            "Apologies were received as listed above. The Chair confirmed that the meeting was quorate, with all three statutory safeguarding partners represented."]),
        ("1.2", "Minutes of the previous meeting (16 July 2026)", [
            "The minutes were approved as an accurate record.",
            "The Board reviewed the action log. The action for the police to confirm the new referral route for the Multi-Agency Safeguarding Hub is complete: the route went live on 1 September. The action for the business unit to arrange a development session on adolescent neglect is complete; the session took place on 8 October and was attended by 46 practitioners. The action for health to provide the audit of children not brought to appointments remains open and is carried forward to the January Board."]),
        ("1.3", "Partnership arrangements – annual review", [
            "Gemma Thornycroft, Partnership Manager, presented the annual review of the Millbrook multi-agency safeguarding arrangements. The review had been completed in line with Working Together and would be published on the partnership website by the end of the year.",
            "The review concluded that the arrangements were working well in terms of shared leadership, but that the voice of schools in the partnership's decision making remained weaker than intended. The education representative on the Board had changed three times in eighteen months.",
            "Board members discussed whether a second education seat should be created, with one place for a primary headteacher and one for a secondary or special school headteacher. There was broad support for this, and for a standing education reference group to feed into the Board.",
            "The Board agreed to create a second education seat and asked the Partnership Manager to seek nominations through the headteacher associations.",
            "Actions arising: (a) Seek nominations for the two education seats through the primary and secondary headteacher associations – GT – by 11 December 2026; (b) Publish the annual review of the arrangements on the partnership website – GT – 31/12/2026."]),
    ]),
    ("Part B – Assurance", [
        ("2.1", "Early help – multi-agency audit", [
            "Rhiannon Castell, Head of Early Help, reported on the multi-agency audit of twenty early help assessments completed between January and June. The audit was carried out by practitioners from children's social care, health visiting, schools and the police.",
            "Fourteen of the twenty assessments were judged good or better. The strongest assessments showed that the lead practitioner knew the child well and had spoken to the child alone. The weakest relied on the parent's account and did not show that the child's own experience had been considered.",
            "The audit found that the lead practitioner role was still held by schools in most cases, even where health visitors or family hub staff knew the family better. Members agreed that the early help guidance should make clear that any agency can and should take the lead.",
            "Wesley Adeyemi offered health visiting leads to act as lead practitioner for families with children under five where there is no school involvement.",
            "Actions arising: (a) Revise the early help guidance on the lead practitioner role – RC – end of January 2027; (b) Agree with health visiting team leaders how they will take the lead practitioner role for under-fives – WA – by the next Board."]),
        ("2.2", "Section 11 and Section 175 self-assessment – summary", [
            "Gemma Thornycroft summarised the returns from the joint Section 11 and Section 175 self-assessment. Returns had been received from 31 agencies and 68 of the 74 schools. The areas most often rated amber were supervision for staff working directly with children, and the recording of children's wishes and feelings.",
            "The police return identified that officers in the response teams did not receive regular safeguarding supervision. Superintendent Lewis Drummond explained that a new reflective supervision model for response sergeants would be piloted from January.",
            "The Board noted the summary and agreed that the six schools which had not returned the self-assessment should be followed up by the Education Safeguarding Team.",
            "Actions arising: (a) Follow up the six outstanding school returns – Education Safeguarding Team – w/c 30 November; (b) Report on the reflective supervision pilot for response sergeants – LD – the May Board."]),
        ("2.3", "Child Q – learning review recommendations: progress", [
            "The Chair reminded members that the local learning review concerning Child Q had been published in April. Of the eight recommendations, five are now complete.",
            "The three outstanding recommendations all relate to information sharing between the hospital emergency department and the school nursing service. Wesley Adeyemi explained that a technical solution had been identified but required funding of approximately £12,000.",
            "The Board agreed that the cost should be shared equally between the three statutory partners."]),
    ]),
    ("Part C – Learning and Improvement", [
        ("3.1", "Training and learning offer 2027", [
            "Gemma Thornycroft presented the draft training and learning offer for 2027. The offer includes a new course on working with fathers and male carers, which was a recommendation from two local reviews, and an expanded programme of short lunchtime briefings.",
            "Members welcomed the offer but asked for clearer information about which courses are mandatory for which roles. The Board approved the offer subject to that addition.",
            "Action: GT to add a role-based table of required training to the offer and circulate ASAP."]),
    ]),
    ("Part D – Other business", [
        ("4.1", "Any other business and future agenda items", [
            "Superintendent Drummond asked that the Board receive a presentation on the force's child-centred policing strategy at a future meeting. This was agreed for the March 2027 Board.",
            "The next meeting will be held on Thursday 14 January 2027, 9.30am – 12.00pm, at the Millbrook Partnership Centre."]),
    ]),
]


def h03(path, src):
    d = Docx()
    d.para("Millbrook Safeguarding Children Partnership", bold=True, size=14)
    d.para("Board meeting – minutes", bold=True, size=12)
    d.para("Thursday 12 November 2026, 9.30am – 12.00pm, Board Room, Millbrook Partnership Centre, Canal Street, Millbrook")
    present = [P("Imogen Stratton", "IS", "Independent Scrutineer and Chair", "Millbrook Safeguarding Children Partnership"),
               P("Omar Whitfield", "OW", "Director of Children's Services", "Millbrook City Council"),
               P("Lewis Drummond", "LD", "Superintendent, Head of Public Protection", "Millbrook Constabulary"),
               P("Wesley Adeyemi", "WA", "Head of Safeguarding", "Millbrook Community Health"),
               P("Bethan Lowther", "BL", "Chief Nurse", "Millbrook Integrated Care Board"),
               P("Rhiannon Castell", "RC", "Head of Early Help", "Millbrook City Council"),
               P("Gemma Thornycroft", "GT", "Partnership Manager", "Millbrook Safeguarding Children Partnership")]
    inatt = [P("Zara Pilkington", "ZP", "Business Support Officer (minutes)", "Millbrook Safeguarding Children Partnership")]
    apols = [P("Niamh Doherty", "ND", "Headteacher", "St Clement's Primary School"),
             P("Victor Amadi", "VA", "Head of Service", "Millbrook Probation Delivery Unit")]
    d.para("Present", bold=True)
    for p in present:
        d.para(f"{p['name']} ({p['initials']}) – {p['role']}, {p['organisation']}")
    d.para("In attendance", bold=True)
    d.para("Zara Pilkington (ZP) – Business Support Officer (minutes), Millbrook Safeguarding Children Partnership")
    d.para("Apologies", bold=True)
    d.para("Niamh Doherty (ND) – Headteacher, St Clement's Primary School; Victor Amadi (VA) – Head of Service, Millbrook Probation Delivery Unit")
    items = []
    for part, its in H03_PARTS:
        d.heading(part, 1)
        for num, title, paras in its:
            d.heading(f"{num} {title}", 2)
            for p in paras:
                d.para(p)
            items.append({"number": num, "title": title, "discussion": disc(paras)})
    d.footer_text("Millbrook SCP Board minutes 12.11.2026 – draft until approved")
    d.save(path, src)
    return {
        "body": "Millbrook Safeguarding Children Partnership Board", "date": "2026-11-12", "start_time": "09:30",
        "location": "Board Room, Millbrook Partnership Centre, Canal Street, Millbrook", "next_meeting_date": "2027-01-14",
        "people": {"present": present, "in_attendance": inatt, "apologies": apols},
        "items": items,
        "actions": [
            A("1.3", "Seek nominations for the two education seats through the primary and secondary headteacher associations", "GT", ["Gemma Thornycroft"], "2026-12-11", "by 11 December 2026"),
            A("1.3", "Publish the annual review of the arrangements on the partnership website", "GT", ["Gemma Thornycroft"], "2026-12-31", "31/12/2026"),
            A("2.1", "Revise the early help guidance on the lead practitioner role", "RC", ["Rhiannon Castell"], "2027-01-31", "end of January 2027"),
            A("2.1", "Agree with health visiting team leaders how they will take the lead practitioner role for under-fives", "WA", ["Wesley Adeyemi"], "2027-01-14", "by the next Board"),
            A("2.2", "Follow up the six outstanding school returns", "Education Safeguarding Team", ["Education Safeguarding Team"], "2026-11-30", "w/c 30 November"),
            A("2.2", "Report on the reflective supervision pilot for response sergeants", "LD", ["Lewis Drummond"], None, "the May Board"),
            A("3.1", "add a role-based table of required training to the offer and circulate", "GT", ["Gemma Thornycroft"], None, "ASAP"),
        ],
        "action_updates": [
            {"item": "1.2", "text": "The action for the police to confirm the new referral route for the Multi-Agency Safeguarding Hub is complete: the route went live on 1 September.", "status": "closed"},
            {"item": "1.2", "text": "The action for the business unit to arrange a development session on adolescent neglect is complete; the session took place on 8 October and was attended by 46 practitioners.", "status": "closed"},
            {"item": "1.2", "text": "The action for health to provide the audit of children not brought to appointments remains open and is carried forward to the January Board.", "status": "carried_forward"},
        ],
        "decisions": [
            {"item": "1.2", "text": "The minutes were approved as an accurate record."},
            {"item": "1.3", "text": "The Board agreed to create a second education seat and asked the Partnership Manager to seek nominations through the headteacher associations."},
            {"item": "2.1", "text": "Members agreed that the early help guidance should make clear that any agency can and should take the lead."},
            {"item": "2.2", "text": "The Board noted the summary and agreed that the six schools which had not returned the self-assessment should be followed up by the Education Safeguarding Team."},
            {"item": "2.3", "text": "The Board agreed that the cost should be shared equally between the three statutory partners."},
            {"item": "3.1", "text": "The Board approved the offer subject to that addition."},
        ],
        "forward_plan": [
            {"item": "2.2", "text": "Report on the reflective supervision pilot for response sergeants", "when": "the May Board"},
            {"item": "4.1", "text": "Presentation on the force's child-centred policing strategy", "when": "March 2027"},
        ],
        "notes": ("Items are the x.y sub-items; Part headings are groupings, not items. Item titles without the number. "
                  "'(a) ... – GT – date' lines under 'Actions arising' are actions (text between the letter and the first dash). "
                  "'by the next Board' -> 2027-01-14 (next meeting given in 4.1). 'w/c 30 November' -> Monday 30 November 2026. "
                  "'the May Board': no May date is given, so due null with due_text kept; also listed as forward plan. "
                  "'end of January 2027' -> last day. 'ASAP' -> null. Group owner 'Education Safeguarding Team' as written. "
                  "Discussion includes the 'Actions arising' and 'Action:' lines because they are paragraphs of the minute. "
                  "Item 1.2's action-log paragraph split into three updates."),
    }


BUILDERS = [("h03_millbrook_scp_parts", "docx", h03)]
