"""The hand-written labels for docs/, dumped to gold/NAME.json (MINUTES_SCHEMA).

Written by a person reading each document, following the gold rules: names without honorifics
or ranks (the rank goes in role), owners resolved to full names where the minutes allow it,
group owners as written, minute takers and officers under in_attendance, a member marked
"did not attend" in no list, null/empty for what the document does not give.

    .venv/bin/python assure/imports/tests/heldout/write_gold.py
"""
from __future__ import annotations

import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold"


def P(name, initials=None, role=None, organisation=None, deputising_for=None):
    p = {"name": name}
    for k, v in (("initials", initials), ("role", role), ("organisation", organisation),
                 ("deputising_for", deputising_for)):
        if v:
            p[k] = v
    return p


def A(item, text, owner_text, owners, due=None):
    return {"item": item, "text": text, "owner_text": owner_text, "owners": owners, "due": due}


def U(item, text, status):
    return {"item": item, "text": text, "status": status}


def D(item, text):
    return {"item": item, "text": text}


def F(item, text, when):
    return {"item": item, "text": text, "when": when}


def items(*pairs):
    return [{"number": n, "title": t} for n, t in pairs]


BSCP, BCC, BICB = ("Brackenshire Safeguarding Children Partnership", "Brackenshire County Council",
                   "Brackenshire Integrated Care Board")
GOLDS = {
    "d01_brackenshire_exec": {
        "body": "Brackenshire Safeguarding Children Partnership Executive Board",
        "date": "2025-03-11", "next_meeting_date": "2025-05-13",
        "people": {
            "present": [P("Margaret Oduya", "MO", "Independent Scrutineer (Chair)", BSCP),
                        P("Peter Langhorne", "PL", "Cllr; Lead Member for Children", BCC),
                        P("Alan Fairweather", "AF", "Det Supt; Head of Public Protection", "Brackenshire Constabulary"),
                        P("Nisha Raman", "NR", "Dr; Designated Doctor", BICB),
                        P("Helen Bracewell", "HB", "Director of Children's Services", BCC),
                        P("Sarah Whitcombe", "SW", "Head of Safeguarding", BICB, "Ruth Aldine")],
            "in_attendance": [P("Tom Ashdown", "TA", "Partnership Business Manager", BSCP),
                              P("Gemma Pryce", "GP", "Minute taker")],
            "apologies": [P("Ruth Aldine", None, "Chief Nurse", BICB),
                          P("Kevin Marsh", None, "Supt", "Brackenshire Constabulary")],
        },
        "items": items(("1", "Welcome, introductions and apologies"),
                       ("2", "Minutes of the previous meeting and matters arising"),
                       ("3", "Rapid Review: Child K"), ("4", "Annual Report 2023–24 sign-off"),
                       ("5", "Neglect Strategy refresh"), ("6", "Any other business")),
        "actions": [A("3", "Share the Rapid Review findings with the National Panel", "TA", ["Tom Ashdown"], "2025-03-21"),
                    A("3", "Arrange a learning briefing for frontline practitioners on Child K", "HB/NR",
                      ["Helen Bracewell", "Nisha Raman"], "2025-04-30"),
                    A("4", "Make the agreed amendments to the Annual Report and circulate for final approval", "TA",
                      ["Tom Ashdown"], "2025-03-28"),
                    A("5", "Nominate a representative to the neglect task and finish group", "All", ["All"], "Next meeting"),
                    A("6", "Circulate the revised escalation policy to all partners", "Business Unit", ["Business Unit"], "ASAP")],
        "action_updates": [U("2", "Circulate the revised threshold document to all schools", "closed"),
                           U("2", "Police data on repeat missing episodes to be added to the dataset", "open"),
                           U("2", "Review of the Early Help offer to come to the Board", "carried_forward")],
        "decisions": [D("2", "The minutes of the meeting held on 14 January 2025 were agreed as an accurate record."),
                      D("3", "The Board agreed that the rapid review would be sent to the National Panel with a "
                             "recommendation that a local review is not required."),
                      D("4", "The Board agreed to publish the Annual Report subject to the changes noted."),
                      D("5", "The Board agreed that the Neglect Strategy would be refreshed by a task and finish group.")],
        "forward_plan": [F(None, "Early Help offer review", "May 2025"), F(None, "Neglect Strategy draft", "July 2025")],
    },
    "d02_northwold_sab": {
        "body": "Northwold Safeguarding Adults Board",
        "date": "2025-04-24", "next_meeting_date": "2025-06-26",
        "people": {
            "present": [P("Graham Ellery", None, "Independent Chair", "Northwold Safeguarding Adults Board"),
                        P("Janet Fenwick", None, "Cllr; Cabinet Member for Adult Care", "Northwold Council"),
                        P("Robert Okafor", None, "DCI; Safeguarding Adults Lead", "Northwold Police"),
                        P("Imran Qureshi", None, "Dr; Named GP for Adult Safeguarding", "Northwold ICB"),
                        P("Lisa Carrow", None, "Head of Adult Social Care", "Northwold Council", "Mark Denholm"),
                        P("Bernadette Shaw", None, "Deputy Chief Nurse", "Northwold Hospitals NHS Foundation Trust")],
            "in_attendance": [P("Yusuf Amiri", None, "SAB Business Manager"),
                              P("Chloe Dunmore", None, "Business Support Officer (minutes)")],
            "apologies": [P("Mark Denholm", None, "Director of Adult Social Services", "Northwold Council"),
                          P("Paul Voss", None, "Station Manager", "Northwold Fire and Rescue Service")],
        },
        "items": items(("1", "Welcome and apologies"), ("2", "Minutes of the last meeting and action log"),
                       ("3", "Safeguarding Adults Review: Mr D – final report"), ("4", "Self-neglect audit findings"),
                       ("5", "Board risk register"), ("6", "Any other business")),
        "actions": [A("3", "Share the hospital discharge audit with the SAR subgroup", "IQ", ["Imran Qureshi"], "2025-04-30"),
                    A("3", "Prepare the publication plan and press statement", "YA", ["Yusuf Amiri"], "2025-05-16"),
                    A("4", "Develop a joint mental capacity recording standard", "LC and BS",
                      ["Lisa Carrow", "Bernadette Shaw"], "2025-07-31"),
                    A("4", "Provide welfare check figures for the next performance report", "RO", ["Robert Okafor"],
                      "next performance report"),
                    A("5", "Update the risk register and recirculate", "Business Unit", ["Business Unit"]),
                    A("6", "Share the Safeguarding Adults Week programme within their agencies", "All", ["All"])],
        "action_updates": [U("2", "Self-neglect pathway launch", "closed"),
                           U("2", "Transitions protocol", "carried_forward")],
        "decisions": [D("2", "The minutes of 20 February 2025 were approved."),
                      D("3", "The Board approved the SAR Mr D report for publication on 5 June 2025."),
                      D("5", "The Board agreed to add the risk on care market fragility.")],
        "forward_plan": [],
    },
    "d03_calderford_cspr": {
        "body": "Calderford Safeguarding Partnership Child Safeguarding Practice Review Subgroup",
        "date": "2025-02-05", "next_meeting_date": "2025-04-02",
        "people": {
            "present": [P("Fiona Gledhill", "FG", "Chair, Designated Nurse", "Calderford ICB"),
                        P("Mark Beaumont", "MB", "DI", "Calderford Police"),
                        P("Joanne Collier", "JCol", "Principal Social Worker", "Calderford Council"),
                        P("James Cooper", "JCoo", "Head of Education Safeguarding", "Calderford Council"),
                        P("Priya Natarajan", "PN", "Named GP", "Calderford ICB"),
                        P("Owen Riley", "OR", "Service Manager", "Calderford Council", "Anita Shah")],
            "in_attendance": [P("Laura Beck", "LB", "Reviews Officer (minutes)", "Calderford Safeguarding Partnership")],
            "apologies": [P("Anita Shah", None, "Head of Service", "Calderford Council"),
                          P("Hugh Lennox", None, "Dr; Named Doctor", "Calderford Hospitals NHS Trust")],
        },
        "items": items(("1", "Introductions and apologies"), ("2", "Minutes of last meeting and action log"),
                       ("3", "Case referrals"), ("3.1", "Referral: Child P (notification 112/24)"),
                       ("3.2", "Referral: Siblings R and T"), ("4", "Rapid Review: Baby L – draft report"),
                       ("5", "Learning from local reviews – dissemination"), ("6", "Any other business"),
                       ("7", "Date of next meeting")),
        "actions": [A("3.1", "Circulate the practice learning summary for Child P to team managers", "JCol",
                      ["Joanne Collier"]),
                    A("3.2", "Contact the school's designated safeguarding lead about the attendance records", "JCoo",
                      ["James Cooper"], "2025-02-21"),
                    A("3.2", "Complete the joint chronology for Siblings R and T", "MB/PN",
                      ["Mark Beaumont", "Priya Natarajan"], "2025-02-28"),
                    A("4", "Disseminate the safe sleep seven minute briefing within their agencies", "All", ["All"]),
                    A("5", "Book the venue for the June learning event", "Laura", ["Laura Beck"])],
        "action_updates": [U("2", "Update single agency chronology template", "closed"),
                           U("2", "Circulate the Child N seven minute briefing", "open"),
                           U("2", "Contact regional panel about a thematic review of adolescent neglect", "carried_forward")],
        "decisions": [D("2", "The minutes of 4th December 2024 were agreed."),
                      D("3.1", "Child P does not meet the criteria for a local CSPR; a single agency learning review "
                               "will be completed by Children's Services."),
                      D("4", "Members agreed the report should go to the Safeguarding Partners for sign-off."),
                      D("4", "It was agreed that the learning on safe sleep would be included in the annual learning event.")],
        "forward_plan": [],
    },
    "d04_thornbury_exploitation": {
        "body": "Thornbury Vale Safeguarding Children Partnership Exploitation Subgroup",
        "date": "2025-03-18", "next_meeting_date": "2025-05-20",
        "people": {
            "present": [P("Rachel Onslow", None, "Head of Youth Justice (Chair)", "Thornbury Vale Council"),
                        P("Carl Webb", None, "DS, Missing and Exploitation Team", "Thornbury Vale Police", "Dawn Hale"),
                        P("Amira Haddad", None, "Named Nurse Safeguarding Children", "Thornbury Vale ICB"),
                        P("Declan Forde", None, "Project Lead", "Catch22"),
                        P("Sofia Mendes", None, "Exploitation Coordinator", "Thornbury Vale Council")],
            "in_attendance": [P("Hannah Yates", None, "Partnership Officer (minutes)", "Thornbury Vale Council")],
            "apologies": [P("Dawn Hale", None, "Insp; Missing and Exploitation Team", "Thornbury Vale Police"),
                          P("Stephen Marsh", None, "Community Safety Manager", "Thornbury Vale Council")],
        },
        "items": items(("1", "Welcome and apologies"), ("2", "Notes and actions from 21 January"),
                       ("3", "Exploitation dashboard Q3"), ("4", "Contextual safeguarding: Station Road hotspot"),
                       ("5", "Health contribution to exploitation screening"), ("6", "AOB")),
        "actions": [A("3", "Add ethnicity breakdown to the dashboard for Q4", "SM", ["Sofia Mendes"], "May meeting"),
                    A("4", "Arrange a location assessment for Station Road with Community Safety", "SM/CW",
                      ["Sofia Mendes", "Carl Webb"], "2025-04-30"),
                    A("4", "Share detached youth work schedule with police", "DF", ["Declan Forde"], "2025-04-15"),
                    A("5", "Present ED screening audit results", "AH", ["Amira Haddad"], "July 2025")],
        "action_updates": [U("2", "Return home interview data", "closed"),
                           U("2", "Taxi licensing training", "open")],
        "decisions": [D("5", "The subgroup endorsed the screening tool for use in urgent care.")],
        "forward_plan": [],
    },
    "d05_eastmere_qa": {
        "body": "Eastmere Safeguarding Partnership Quality Assurance and Performance Subgroup",
        "date": "2025-05-08", "next_meeting_date": "2025-07-14",
        "people": {
            "present": [P("Vanessa Pruitt", "VP", "Chair; Head of Quality Assurance", "Eastmere Council"),
                        P("Colin Ferris", "CF", "Dr; Designated Doctor", "Eastmere ICB"),
                        P("Becky Lorne", "BL", "DS; Public Protection", "Eastmere Police"),
                        P("Martin Greaves", "MG", "Performance Analyst", "Eastmere Council"),
                        P("Nadia Karim", "NK", "Safeguarding Lead", "Eastmere Community Health", "Joe Pinder"),
                        P("Ellen Moss", "EM", "Designated Safeguarding Lead", "Eastmere College")],
            "in_attendance": [P("Tariq Bhatti", "TB", "Business Unit Manager", "Eastmere Safeguarding Partnership")],
            "apologies": [P("Joe Pinder", None, None, "Eastmere Community Health"),
                          P("Fay Osei", None, None, "Eastmere Council")],
        },
        "items": items(("1", "Apologies and declarations of interest"), ("2", "Previous minutes and action log"),
                       ("3", "Multi-agency audit: domestic abuse and children"),
                       ("4", "Partnership performance dataset Q4"), ("5", "Section 11 and education audit returns"),
                       ("6", "Any other business"), ("7", "Date of next meeting")),
        "actions": [A("3", "Write the domestic abuse audit report for the Executive", "VP", ["Vanessa Pruitt"], "2025-06-30"),
                    A("3", "Brief team managers on engaging fathers in assessments", "Fay Osei", ["Fay Osei"], "2025-07-31"),
                    A("4", "Add missed health appointments to the performance dataset", "MG/CF",
                      ["Martin Greaves", "Colin Ferris"], "2025-07-14"),
                    A("4", "Analyse re-referrals within 12 months by locality", "Martin", ["Martin Greaves"], "2025-07-14"),
                    A("5", "Chase outstanding section 11 returns from the three agencies", "Business Unit",
                      ["Business Unit"], "2025-05-30"),
                    A("5", "Share the section 175 summary with the Education Safeguarding Forum", "Ellen",
                      ["Ellen Moss"], "2025-06-20"),
                    A("6", "Add the CDOP annual report to the forward plan", "TB", ["Tariq Bhatti"], "2025-07-14")],
        "action_updates": [U("2", "Circulate revised audit tool", "closed"),
                           U("2", "Police data on voice of the child to be provided", "open")],
        "decisions": [D("2", "Minutes of 6 March 2025 agreed."),
                      D("3", "It was agreed that the audit report would go to the Executive in July.")],
        "forward_plan": [F("6", "Child death overview panel annual report", "a future meeting")],
    },
    "d06_westhaven_sab_exec": {
        "body": "Westhaven Safeguarding Adults Board Executive Group",
        "date": "2025-05-12", "next_meeting_date": "2025-07-14",
        "people": {
            "present": [P("Kathryn O'Neill", None, "Independent Chair", "Westhaven Safeguarding Adults Board"),
                        P("Samuel Adeyemi", None, "Dr; Director of Nursing", "Westhaven and District ICB"),
                        P("Fiona Rourke", None, "Det Supt; Head of Crime and Safeguarding", "Westhaven Constabulary"),
                        P("Andrew Pell", None, "Director of Adult Services", "Westhaven City Council"),
                        P("Marie Dufour", None, "Assistant Director, Housing", "Westhaven City Council"),
                        P("Gary Tull", None, "Head of Safeguarding", "Westhaven Mental Health Partnership Trust")],
            "in_attendance": [P("Priya Sandhu", None, "Board Manager", "Westhaven Safeguarding Adults Board"),
                              P("Ben Carver", None, "Administrator (notes)", "Westhaven Safeguarding Adults Board")],
            "apologies": [P("Irene Mackay", None, "Cllr; Lead Member, Adult Social Care", "Westhaven City Council")],
        },
        "items": items(("1", "Welcome and apologies"), ("2", "Notes and actions of 10 March 2025"),
                       ("3", "SAB Strategic Plan 2025–2028"), ("4", "Homelessness deaths review"),
                       ("5", "Mental health trust – discharge concerns"), ("6", "AOB")),
        "actions": [A("3", "Amend the Strategic Plan to include a clear transitions priority and circulate", "PS",
                      ["Priya Sandhu"], "2025-05-30"),
                    A("4", "Share missing person data for people experiencing homelessness with housing", "FR/MD",
                      ["Fiona Rourke", "Marie Dufour"], "July Executive"),
                    A("5", "Review delayed discharge cases from quarter four and report back", "GT", ["Gary Tull"],
                      "July Executive"),
                    A("6", "Prepare the Board's self-assessment for the CQC assessment", "Andrew / Priya",
                      ["Andrew Pell", "Priya Sandhu"], "September 2025")],
        "action_updates": [U("2", "Housing pathway for prison leavers", "closed"),
                           U("2", "Quarterly data from the mental health trust", "open")],
        "decisions": [D("3", "The Executive agreed the three strategic priorities: self-neglect, transitions and "
                             "exploitation of adults."),
                      D("4", "The Executive agreed that the homelessness deaths review will become a thematic SAR.")],
        "forward_plan": [],
    },
    "d07_marlowe_lscp_board": {
        "body": "Marlowe Local Safeguarding Children Partnership Board",
        "date": "2025-06-19", "next_meeting_date": "2025-09-18",
        "people": {
            "present": [P("Denise Hartley", None, "Cllr; Chair", "Marlowe Borough Council"),
                        P("Simon Wardle", None, "Director of Children's Services", "Marlowe Borough Council"),
                        P("Priya Chandra", None, "DCI", "Marlowe and Fenby Police"),
                        P("Olu Bankole", None, "Dr; Designated Doctor", "Marlowe ICB"),
                        P("Jenny Atherton", None, "Head of Early Help", "Marlowe Borough Council"),
                        P("Steve Wood", None, None, "Marlowe Fire and Rescue", "Chief Fire Officer"),
                        P("Sarah Wilde", None, "Head of Safeguarding", "Marlowe Hospitals NHS Trust")],
            "in_attendance": [P("Colette Rhys", None, "Partnership Manager"),
                              P("Adam Frost", None, "Business Support – minutes")],
            "apologies": [P("Mike Farrant", None, None, "Marlowe Probation Service"),
                          P("Lynne Osborne", None, "Headteacher representative"),
                          P("Andrew Kemp", None, "Rev", "Faith Forum")],
        },
        "items": items(("1", "Welcome, introductions and apologies"), ("2", "Minutes of 20 March 2025 and matters arising"),
                       ("3", "Independent Scrutineer's report"), ("4", "Early Help strategy progress"),
                       ("5", "Police update: Operation Lantern"), ("6", "Any other business")),
        "actions": [A("3", "Draft a response to the scrutiny recommendations", "SWa / CR", ["Simon Wardle", "Colette Rhys"],
                      "2025-07-31"),
                    A("3", "Invite two headteachers to join the Board", "Chair", ["Denise Hartley"], "September Board"),
                    A("4", "Provide family hub referral data by source, including midwifery", "JA", ["Jenny Atherton"],
                      "September Board"),
                    A("4", "Confirm how midwives refer to family hubs", "SWi", ["Sarah Wilde"], "2025-07-31"),
                    A("5", "Produce a practitioner briefing on Operation Lantern learning", "PC / Business Unit",
                      ["Priya Chandra", "Business Unit"], "2025-08-31"),
                    A("6", "Circulate fire safety home visit referral criteria to partners", "SWo", ["Steve Wood"], "ASAP")],
        "action_updates": [U("2", "Escalation protocol published", "closed"),
                           U("2", "Dental neglect pathway", "open")],
        "decisions": [D("2", "The minutes were agreed."),
                      D("3", "The Board agreed to accept the recommendations in full."),
                      D("5", "Operation Lantern learning to be shared through a practitioner briefing.")],
        "forward_plan": [],
    },
    "d08_felsham_practice_review": {
        "body": "Felsham Safeguarding Children Partnership Practice Review Subgroup",
        "date": "2025-07-03", "next_meeting_date": "2025-09-03",
        "people": {
            "present": [P("Andrea Kowalski", "AK", "Head of Safeguarding (Chair)", "Felsham ICB"),
                        P("Neil Harrop", "NH", "Det Supt", "Felsham Constabulary"),
                        P("Rosa Lindqvist", "RL", "Dr; Named Doctor", "Felsham General Hospital"),
                        P("Philip Otway", "PO", "Head of Service", "Felsham Council"),
                        P("Grace Nwosu", "GN", "Education Safeguarding Adviser", "Felsham Council"),
                        P("Ian Scully", "IS", "Senior Probation Officer", "Probation Service", "Ruth Gann"),
                        P("Karen Doyle", "KD", "Reviews Manager", "Felsham Safeguarding Children Partnership")],
            "in_attendance": [],
            "apologies": [P("Ruth Gann", None, None, "Probation Service"),
                          P("Terry Blake", None, "Cllr", "Felsham Council")],
        },
        "items": items(("1", "Welcome and apologies"), ("2", "Matters arising"),
                       ("2.1", "LCSPR Family S – terms of reference"),
                       ("2.2", "Rapid review Child M – National Panel response"),
                       ("3", "Learning and improvement plan"), ("4", "Any other business"), ("5", "Actions agreed")),
        "actions": [A("2.1", "Send the agreed terms of reference for LCSPR Family S to the independent reviewer and all "
                             "agencies involved, asking for single agency chronologies", "KD", ["Karen Doyle"], "2025-07-17"),
                    A("2.1", "Provide the police chronology for Family S", "NH", ["Neil Harrop"], "2025-08-15"),
                    A("2.1", "Provide the hospital and GP chronologies for Family S", "RL", ["Rosa Lindqvist"], "2025-08-15"),
                    A("2.2", "Prepare a learning summary for Child M for the National Panel", "KD/AK",
                      ["Karen Doyle", "Andrea Kowalski"], "2025-07-31"),
                    A("3", "Update the learning and improvement plan with revised target dates", "PO", ["Philip Otway"],
                      "September meeting"),
                    A("3", "Report on workforce pressures to the Executive", "AK", ["Andrea Kowalski"], "September meeting"),
                    A("4", "Present Child M learning at the headteachers' forum", "GN", ["Grace Nwosu"], "Autumn term"),
                    A("4", "Check whether probation staff can attend the learning event", "IS", ["Ian Scully"], "2025-07-31")],
        "action_updates": [U("2", "Obtain GP records for Child M", "closed"),
                           U("2", "Confirm reviewer for LCSPR Family S", "closed"),
                           U("2", "Training needs analysis for strategy meetings", "carried_forward")],
        "decisions": [D("2.1", "The subgroup agreed the terms of reference for LCSPR Family S.")],
        "forward_plan": [],
    },
    "d09_ravensmoor_met": {
        "body": "Ravensmoor Safeguarding Partnership Missing, Exploited and Trafficked (MET) Subgroup",
        "date": "2025-04-09", "next_meeting_date": "2025-06-11",
        "people": {
            "present": [P("Louise Fairbank", None, "Chair", "Ravensmoor Council"),
                        P("Jamal Reid", None, "Sgt", "Ravensmoor Police"),
                        P("Pauline Crane", None, None, "Ravensmoor ICB"),
                        P("Tom Wragg", None, None, "Barnardo's"),
                        P("Olivia Hunt", None, None, "Ravensmoor Council")],
            "in_attendance": [P("Neha Joshi", None, "minutes", "Ravensmoor Safeguarding Partnership")],
            "apologies": [P("Kevin Lomax", None, "Dr", "Ravensmoor ICB"),
                          P("Rebecca Stone", None, None, "Ravensmoor Council")],
        },
        "items": items(("1", "Welcome and Apologies"), ("2", "Minutes of the last meeting (12 February 2025)"),
                       ("3", "MET Profile – Quarter 4"), ("4", "Return home interviews"), ("5", "Disruption tools"),
                       ("6", "Any other business")),
        "actions": [A("3", "Profile to be shared with the Executive Board", "OH", ["Olivia Hunt"]),
                    A("3", "Notify placing authorities of missing episodes within 24 hours", "JR", ["Jamal Reid"]),
                    A("4", "RHI performance report for the next meeting", "TW", ["Tom Wragg"]),
                    A("4", "Agree an information sharing route for RHI outcomes to school nurses", "PC/TW",
                      ["Pauline Crane", "Tom Wragg"]),
                    A("5", "Circulate the CAWN guidance to the subgroup", "JR", ["Jamal Reid"])],
        "action_updates": [U("2", "Return home interview audit", "closed"),
                           U("2", "Trafficking pathway", "open")],
        "decisions": [],
        "forward_plan": [],
    },
    "d10_harrowdale_exec": {
        "body": "Harrowdale Safeguarding Partnership Joint Adults and Children Executive Group",
        "date": "2025-01-27", "next_meeting_date": "2025-03-24",
        "people": {
            "present": [P("Nicola Brennan", "NB", "Independent Chair"),
                        P("Sam Moreno", "SM", "Director of Children's Services", "Harrowdale Council"),
                        P("Sian Matthews", "SM", "Deputy Chief Nurse", "Harrowdale ICB"),
                        P("Lee Carrick", "LC", "Det Supt", "Harrowdale Police"),
                        P("Femi Adebayo", "FA", "Dr; Consultant Psychiatrist", "Harrowdale Mental Health Trust",
                          "Deborah Quinn"),
                        P("Rhys Pugh", "RP", "Cllr", "Harrowdale Council"),
                        P("Joanna Fleet", "JF", "Partnership Business Manager")],
            "in_attendance": [P("Kim Lacey", "KL", "minutes")],
            "apologies": [P("Deborah Quinn", None, None, "Harrowdale Mental Health Trust"),
                          P("Tony Brice", None, None, "Harrowdale Council")],
        },
        "items": items(("1", "Welcome and introductions"), ("2", "Previous minutes and matters arising"),
                       ("3", "Children's services improvement plan"), ("4", "Health safeguarding assurance"),
                       ("5", "Police: domestic abuse and stalking"), ("6", "Mental health and safeguarding adults"),
                       ("7", "Any other business"), ("8", "Date of next meeting")),
        "actions": [A("3", "Bring the supervision audit findings to the March meeting", "SM", ["Sam Moreno"], "March meeting"),
                    A("4", "Write to the two trusts about level 3 training compliance", "SM", ["Sian Matthews"], "2025-02-28"),
                    A("5", "Arrange a briefing on stalking protection orders for elected members", "LC/JF",
                      ["Lee Carrick", "Joanna Fleet"]),
                    A("6", "Share the trust's safeguarding adults report with the Safeguarding Adults Board", "FA",
                      ["Femi Adebayo"]),
                    A("7", "Confirm conference delegates to the Business Unit", "All", ["All"], "2025-03-31")],
        "action_updates": [U("2", "Joint commissioning of advocacy", "closed"),
                           U("2", "Transitions audit", "open"),
                           U("2", "Self-harm pathway review", "carried_forward")],
        "decisions": [D("2", "The minutes of 25 November 2024 were agreed."),
                      D("3", "The Executive agreed to receive the improvement plan at every meeting until the "
                             "monitoring visit.")],
        "forward_plan": [],
    },
    "d11_kettleby_sar_subgroup": {
        "body": "Kettleby and District Safeguarding Adults Board Safeguarding Adults Review Subgroup",
        "date": "2025-05-14", "next_meeting_date": "2025-07-09",
        "people": {
            "present": [P("Daniel Bell", None, "Chair", "Kettleby Council Adult Social Care"),
                        P("Diane Brook", None, None, "Kettleby and District ICB"),
                        P("Shona Pike", None, None, "Kettleby Police", "Owen Marsh"),
                        P("Leah Fenn", None, "Dr", "Kettleby Hospitals NHS Trust")],
            "in_attendance": [P("Helena Grieve", None, "minutes", "SAB Business Unit")],
            "apologies": [P("Owen Marsh", None, "DI", "Kettleby Police"),
                          P("Carlos Medina", None, None, "Kettleby Housing Partnership")],
        },
        "items": items(("1", "Welcome and apologies"), ("2", "Minutes and action tracker"), ("3", "SAR referral: Mr G"),
                       ("4", "Thematic review of self-neglect: scoping"), ("5", "Any other business")),
        "actions": [A("3", "Write to the Independent Chair recommending a SAR for Mr G", "DBe", ["Daniel Bell"], "2025-05-21"),
                    A("3", "Request chronologies from all agencies involved with Mr G", "HG", ["Helena Grieve"], "2025-05-28"),
                    A("4", "Provide hospital discharge summaries for the twelve cases", "LF", ["Leah Fenn"], "2025-06-30"),
                    A("4", "Share police welfare check records for the cases in scope", "SP", ["Shona Pike"], "2025-06-30"),
                    A("5", "Send the SAR referral form to GP practice managers", "DBr", ["Diane Brook"], "2025-05-31")],
        "action_updates": [U("2", "SAR Ms F briefing", "closed"),
                           U("2", "Audit of self-neglect referrals", "closed")],
        "decisions": [D("2", "Minutes of 12 March agreed."),
                      D("3", "The subgroup agreed to recommend a SAR to the Independent Chair.")],
        "forward_plan": [],
    },
    "d12_oakhurst_learning": {
        "body": "Oakhurst Safeguarding Children Partnership Learning and Development Subgroup",
        "date": "2025-01-21", "next_meeting_date": "2025-03-18",
        "people": {
            "present": [P("Alison Okoro", None, "Chair", "Oakhurst Council – Workforce Development"),
                        P("Rhys Denton", None, None, "Oakhurst Police – Training"),
                        P("Poppy Lund", None, None, "Oakhurst ICB – Safeguarding Children Team"),
                        P("Ade Balogun", None, None, "Oakhurst Schools Forum")],
            "in_attendance": [P("Ellie Marsh", None, "Dr; to present", "Oakhurst University")],
            "apologies": [P("Bethan Rowe", None, None, "Oakhurst Council – Early Help"),
                          P("Simon Yeo", None, None, "Oakhurst Community Health")],
        },
        "items": items(("1", "Welcome and apologies"), ("2", "Minutes of 19 November 2024"),
                       ("3", "Evaluation of multi-agency training"), ("4", "Training calendar 2025-26"),
                       ("5", "Any other business")),
        "actions": [A("3", "Circulate the evaluation report to the Executive", "Ms Okoro", ["Alison Okoro"]),
                    A("3", "Draft an implementation plan for the four recommendations", "Chair / Ms Lund",
                      ["Alison Okoro", "Poppy Lund"]),
                    A("4", "Publish the 2025-26 training calendar on the website", "Business Unit", ["Business Unit"]),
                    A("4", "Provide two trainers for the exploitation course", "Mr Denton", ["Rhys Denton"]),
                    A("5", "Scope a DSL refresher session with the Schools Forum", "Mr Balogun / Ms Okoro",
                      ["Ade Balogun", "Alison Okoro"])],
        "action_updates": [U("2", "Trainer pool recruitment", "carried_forward"),
                           U("2", "Course booking system", "closed")],
        "decisions": [D("2", "Minutes of 19 November 2024 agreed."),
                      D("3", "The subgroup agreed to adopt the evaluation's four recommendations.")],
        "forward_plan": [],
    },
}

SOURCES = {"d01_brackenshire_exec": "docx", "d02_northwold_sab": "pdf", "d03_calderford_cspr": "txt",
           "d04_thornbury_exploitation": "docx", "d05_eastmere_qa": "pdf", "d06_westhaven_sab_exec": "txt",
           "d07_marlowe_lscp_board": "docx", "d08_felsham_practice_review": "pdf", "d09_ravensmoor_met": "txt",
           "d10_harrowdale_exec": "docx", "d11_kettleby_sar_subgroup": "docx", "d12_oakhurst_learning": "pdf"}

# Issue 8's schema fixes a due date wherever a reader can: the labels above keep the phrase as first
# written; it becomes due_text, and due the date the schema's rules give (relabelled by hand, 2026-11-30).
DUE_UNDER_SCHEMA = {"ASAP": None, "next performance report": None, "Autumn term": None,
                    "July 2025": "2025-07-31", "September 2025": "2025-09-30"}
NEXT_MEETING_PHRASES = {"Next meeting", "May meeting", "July Executive", "September Board", "September meeting",
                        "March meeting"}


def schema_dues(gold: dict) -> dict:
    for action in gold["actions"]:
        phrase = action.get("due")
        if phrase in NEXT_MEETING_PHRASES:
            action["due"], action["due_text"] = gold["next_meeting_date"], phrase
        elif phrase in DUE_UNDER_SCHEMA:
            action["due"], action["due_text"] = DUE_UNDER_SCHEMA[phrase], phrase
    return gold


if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for stem, gold in GOLDS.items():
        record = {"source": f"docs/{stem}.{SOURCES[stem]}", **schema_dues(gold)}
        (GOLD / f"{stem}.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(stem)
