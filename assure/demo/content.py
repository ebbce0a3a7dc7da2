"""What the demo meetings discussed. Invented; written to read like real minutes.

A topic is (title, presenter key, discussion, decision or "", [actions]); an action is
(text, [owner keys, or "@Group name"], due) where due is days after the meeting or "next".
"""

RECURRING = {
    "eb": ("Performance dataset and scorecard", "nb",
           "The business manager presented the quarterly dataset. Referrals to children's social care were "
           "broadly stable; re-referrals within 12 months remain above the regional average. Child protection "
           "plans lasting over two years fell slightly. Members asked for police and health data to be shown "
           "alongside the local authority figures.",
           "The Board noted the dataset.",
           [("Add police and health measures to the scorecard for the next quarter", ["nb", "@Business team"], 45)]),
    "lrs": ("Rapid review and review tracker", "tw",
            "The reviews officer took the group through the tracker. All rapid reviews this period were completed "
            "within 15 working days. One review is waiting on a coroner's date before publication can be agreed.",
            "",
            [("Confirm the inquest date with the coroner's office and update the tracker", ["tw"], 30)]),
    "ems": ("Missing episodes and exploitation data", "mt",
            "Missing episodes rose over the school holidays, with a small number of young people accounting for "
            "most episodes. Return home interviews were offered in most cases but take-up remains low.",
            "",
            [("Share the list of repeat missing young people with the education safeguarding lead", ["mt"], 14)]),
    "apg": ("Safeguarding adults concerns and enquiries", "gs",
            "Concerns received rose by a tenth on the previous quarter, most from care homes. Section 42 "
            "enquiries were concluded within target in most cases.",
            "",
            [("Break down care home concerns by provider for the next meeting", ["gs"], "next")]),
}

TOPICS = {
    "eb": [
        ("Partnership budget and partner contributions", "nb",
         "The business manager set out the budget for the year. Partner contributions are unchanged; the training "
         "budget is under pressure because of the rise in review costs.",
         "The Board agreed the budget, with a review at the half year.",
         [("Write to partners confirming their contributions for the year", ["nb"], 30)]),
        ("Neglect strategy", "bl",
         "Members discussed whether a separate neglect strategy is needed or whether neglect should sit within "
         "the wider children and adults strategy.",
         "",
         [("Commission a separate neglect strategy and bring a draft to the Board", ["@Business team"], 90)]),
        ("Independent scrutineer's report", "ma",
         "The independent chair presented his scrutiny of the partnership's arrangements. He praised the rapid "
         "review process and challenged partners on attendance at subgroups.",
         "The Board accepted the report and its four recommendations.",
         [("Each statutory partner to name a lead for each subgroup", ["ch", "op", "fc"], 60)]),
        ("Domestic abuse and safeguarding: joint work with the community safety partnership", "ic",
         "The community safety manager described the new domestic abuse needs assessment. Members agreed that the "
         "two partnerships should share one dataset.",
         "",
         [("Agree a shared domestic abuse dataset with the community safety partnership", ["ic", "nb"], 75)]),
        ("Learning from the child safeguarding practice review 'Child R'", "bl",
         "The chair of the Learning and Review Subgroup summarised the findings. The review found that information "
         "about the family's moves between areas was not shared with health visiting.",
         "The Board approved the report for publication and the multi-agency action plan.",
         [("Publish the review and its seven minute briefing", ["tw"], 30),
          ("Health to confirm the transfer-in process for health visiting records", ["fc"], 60)]),
        ("Education safeguarding: section 175 audit results", "at",
         "Most schools returned the audit. Themes were training for governors and record keeping in small schools.",
         "",
         [("Offer governor safeguarding training through the schools partnership", ["at", "jr"], 90)]),
        ("Children and adults strategy 2026-2029", "ma",
         "The draft strategy brings children's and adults' priorities together. Members asked for neglect to be "
         "a shared priority across both.",
         "The Board agreed to fold neglect into the joint children and adults strategy.",
         [("Circulate the final strategy for sign-off by correspondence", ["nb"], 21)]),
        ("Risk register", "nb",
         "Two risks were raised: the capacity of the designated professionals, and delays in receiving police "
         "information for strategy discussions.",
         "",
         [("Report on the timeliness of police information for strategy discussions", ["op"], 60)]),
        ("Probation: managing people who pose a risk to children", "km",
         "The head of the probation delivery unit described the new approach to child safeguarding enquiries on "
         "people under supervision. Checks are now made within two working days.",
         "",
         []),
        ("Fire and rescue safe and well visits", "lh",
         "Safe and well visits now include questions on self-neglect and hoarding. Referrals to adult social care "
         "from the fire service have doubled.",
         "",
         [("Agree a referral pathway for hoarding with adult social care", ["lh", "rm"], 60)]),
        ("Health visitor caseloads", "fc",
         "The chief nursing officer reported vacancies in health visiting in the south of the county.",
         "",
         [("Report on health visitor caseloads and the recruitment plan", ["fc"], 45)]),
        ("Voluntary sector safeguarding standards", "rp",
         "The voluntary sector lead proposed a self-assessment for small charities.",
         "The Board endorsed the self-assessment tool.",
         [("Launch the self-assessment with small charities", ["rp"], 90)]),
    ],
    "lrs": [
        ("Rapid review: Child T", "bl",
         "The group considered the rapid review. It agreed that the criteria for a local child safeguarding "
         "practice review were not met, but that there was learning for schools about attendance.",
         "The group recommended no further review to the National Panel.",
         [("Send the rapid review to the National Panel", ["tw"], 5)]),
        ("Safeguarding adults review referral: Mr K", "jb",
         "The group considered the referral against the Care Act section 44 criteria.",
         "The group recommended that a safeguarding adults review be commissioned.",
         [("Draft terms of reference for the review", ["tw", "jb"], 30)]),
        ("Multi-agency audit: neglect", "bl",
         "Twelve cases were audited. Good practice was found in early help; chronologies were often missing.",
         "",
         [("Share the audit findings at the practitioner forum", ["bl"], 45)]),
        ("Training evaluation", "at",
         "Feedback on the multi-agency training programme was positive; attendance from GPs remains low.",
         "",
         [("Work with primary care to raise GP attendance at training", ["hv"], 60)]),
        ("Learning briefings", "tw",
         "The group reviewed drafts of two seven minute briefings.",
         "The group approved both briefings.",
         [("Publish the briefings on the partnership website", ["@Business team"], 14)]),
        ("Independent reviewer's progress report", "pl",
         "The independent reviewer reported that practitioner events have been held and the draft report is due.",
         "",
         [("Arrange the family's meeting with the independent reviewer", ["tw"], 30)]),
        ("Action plan monitoring", "bl",
         "Partners reported on actions from the last two reviews. Most are complete; two are amber.",
         "",
         [("Chase the two amber actions with the owning agencies", ["tw"], "next")]),
        ("Escalation policy", "dp",
         "Use of the escalation policy was reviewed. Most escalations were resolved at the first stage.",
         "The group agreed the revised escalation policy.",
         []),
    ],
    "ems": [
        ("Child exploitation screening tool", "so",
         "The screening tool has been used in most referrals. Practitioners find it long.",
         "",
         [("Shorten the screening tool and pilot it in two schools", ["so", "at"], 60)]),
        ("Contextual safeguarding: town centre hotspots", "md",
         "Police described work with the district council on the bus station and the retail park.",
         "",
         [("Arrange a joint visit to the bus station with the district council", ["md", "ic"], 30)]),
        ("Return home interviews", "da",
         "The voluntary sector provider reported on take-up and what young people say.",
         "",
         [("Report take-up of return home interviews by area", ["da"], "next")]),
        ("County lines", "mt",
         "The group heard about the recent county lines operation and the safeguarding of the young people found.",
         "",
         [("Make sure each young person found has a named lead professional", ["so"], 21)]),
        ("Online harm", "at",
         "Schools report more sextortion cases. The group discussed guidance for parents.",
         "The group agreed to produce guidance for parents.",
         [("Draft guidance for parents on online sextortion", ["at", "da"], 60)]),
        ("Transitional safeguarding", "so",
         "The group discussed young people turning 18 while at risk of exploitation.",
         "",
         [("Agree a protocol for exploited young people turning 18 with adult social care", ["so"], 90)]),
        ("Fire service: arson and exploitation", "lh",
         "The fire service described links between deliberate fires and young people being exploited.",
         "",
         []),
        ("Missing from care: out of area placements", "mt",
         "Children placed from other areas go missing more often; notifications are not always received.",
         "",
         [("Write to placing authorities about missing notifications", ["so"], 30)]),
    ],
    "apg": [
        ("Self-neglect and hoarding protocol", "jb",
         "The group reviewed the draft protocol with the fire service's comments.",
         "The group approved the protocol.",
         [("Publish the protocol and brief practitioners", ["jb"], 30)]),
        ("Making safeguarding personal", "si",
         "People's outcomes were asked for in most enquiries and mostly met.",
         "",
         [("Audit a sample of enquiries where outcomes were not met", ["gs"], 60)]),
        ("Financial abuse and scams", "ic",
         "Trading standards and the district council described scams aimed at older people.",
         "",
         [("Add scams awareness to the community safety campaign", ["ic"], 45)]),
        ("Care home quality", "si",
         "Quality concerns at two homes were discussed.",
         "",
         []),
        ("Domestic abuse: older victims", "lw",
         "Police data shows older victims are under-represented in referrals.",
         "",
         [("Raise awareness of older victims with adult social care teams", ["lw", "jb"], 60)]),
    ],
}

# Storylines followed across meetings, so the log shows each status for a reason (see story.py).
LONG_RUNNING = ("Agree a joint protocol for sharing information at the front door (MASH) and bring it to the Board",
                ["op", "ch"], 60)
LONG_RUNNING_UPDATES = [
    "Draft protocol shared between police and children's social care.",
    "Legal advice awaited on sharing health information. Carried forward.",
    "Police and council legal teams disagree on the lawful basis. Chair to broker a meeting.",
    "Meeting held; revised draft expected next month. Carried forward again.",
    "Still waiting for the revised draft. The chair asked for a firm date.",
]

AOB = ("Any other business", "",
       "No other business was raised.", "", [])

# Forward plan: (body, title, presenter key, notes, how) where how is ("every_year", month),
# ("meeting", index of the upcoming meeting) or ("month", months ahead).
FORWARD_PLAN = [
    ("eb", "LADO annual report", "dp", "The designated officer's report on allegations against staff.",
     ("every_year", 9)),
    ("eb", "Partnership annual report: draft for sign-off", "nb", "", ("every_year", 7)),
    ("eb", "Child Death Overview Panel annual report", "ak", "", ("every_year", 11)),
    ("eb", "Section 11 audit: results", "bl", "", ("meeting", 0)),
    ("eb", "Budget for next year", "nb", "", ("meeting", 1)),
    ("lrs", "Safeguarding adults review Mr K: draft report", "pl", "", ("meeting", 0)),
    ("lrs", "Training programme evaluation", "at", "", ("month", 3)),
    ("ems", "Exploitation strategy refresh", "so", "", ("meeting", 0)),
    ("apg", "Safeguarding adults board annual report contributions", "gs", "", ("every_year", 6)),
]
