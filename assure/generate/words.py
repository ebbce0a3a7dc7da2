"""Small word lists the generator invents everything from: places, people, bodies and what meetings discuss.

All invented for the generator (fictional places and people); nothing here is copied from real minutes.
"""

PLACE_STARTS = ["Ash", "Bram", "Cal", "Dun", "Elm", "Fen", "Gar", "Hol", "Ivy", "Kes", "Lark", "Mor", "Nether",
                "Oak", "Pen", "Quar", "Rook", "Sel", "Thorn", "Ulls", "Wyn", "Yar", "Brack", "Cold", "Dray"]
PLACE_ENDS = ["bridge", "combe", "dale", "field", "ford", "ham", "holt", "ley", "mere", "moor", "stead", "ton",
              "wick", "worth", "by", "cross", "well", "hurst"]

FIRST_NAMES = ["Ada", "Bram", "Cara", "Dev", "Edie", "Fin", "Gwen", "Hal", "Isla", "Jas", "Kit", "Lena", "Mal",
               "Nia", "Orla", "Pip", "Quinn", "Rhys", "Sana", "Tam", "Una", "Vik", "Wren", "Yusuf", "Zara", "Arlo",
               "Bex", "Cal", "Dina", "Esme", "Femi", "Gus", "Hana", "Ivo", "Jude", "Kofi", "Lois", "Milo", "Noor"]
SURNAMES = ["Ashdown", "Birchall", "Copperfield", "Dunmore", "Elsworth", "Fairclough", "Greenhalgh", "Hartley",
            "Ingleby", "Jessop", "Kettering", "Langridge", "Merriman", "Northcott", "Oakes", "Pembridge", "Quarrie",
            "Rudge", "Sallow", "Thornbury", "Underhill", "Vance", "Westlake", "Yardley", "Abara", "Bhatti", "Chen",
            "Dossou", "Esposito", "Farouk", "Gill", "Haddad", "Iqbal", "Kowal", "Lindqvist", "Mensah", "Nakamura"]

JOB_TITLES = ["Head of Service", "Designated Nurse", "Detective Inspector", "Safeguarding Lead", "Service Manager",
              "Named GP", "Principal Social Worker", "Quality Assurance Officer", "Assistant Director",
              "Head of Public Protection", "Education Safeguarding Adviser", "Community Safety Manager"]

# (kind, name pattern, short name pattern) for the organisations of an area; {p} is the place.
ORGANISATIONS = [
    ("local_authority", "{p} Council", "{p} Council"),
    ("police", "{p}shire Constabulary", "Police"),
    ("health", "{p} Integrated Care Board", "ICB"),
    ("health", "{p} Community Health Trust", "Community Health"),
    ("education", "{p} Learning Trust", "Schools"),
    ("probation", "{p} Probation Delivery Unit", "Probation"),
    ("fire", "{p} Fire and Rescue Service", "Fire"),
    ("voluntary", "{p} Voluntary Action", "CVS"),
    ("health", "{p} Hospitals Trust", "Hospitals"),
    ("other", "{p} Housing Partnership", "Housing"),
    ("voluntary", "{p} Youth Network", "Youth Network"),
    ("other", "{p} Community Rehabilitation Service", "Rehab"),
]

# Bodies beyond the Executive Board and a partnership group: (name, short name).
SUBGROUPS = [
    ("Quality and Performance Subgroup", "QPS"), ("Learning and Development Subgroup", "LDS"),
    ("Case Review Subgroup", "CRS"), ("Exploitation Subgroup", "EXP"), ("Neglect Subgroup", "NEG"),
    ("Adults Practice Subgroup", "APS"), ("Education Safeguarding Subgroup", "ESS"),
    ("Health Safeguarding Subgroup", "HSS"), ("Communications Subgroup", "COM"),
    ("Domestic Abuse Subgroup", "DAS"), ("Transitions Subgroup", "TRN"), ("Policy and Procedures Subgroup", "PPS"),
    ("Child Death Overview Subgroup", "CDO"), ("Voice and Engagement Subgroup", "VES"),
]

TOPICS = ["neglect", "exploitation", "transitional safeguarding", "domestic abuse", "self-neglect", "missing episodes",
          "early help", "allegations against staff", "hoarding", "online harm", "elective home education",
          "escalation", "information sharing", "professional curiosity", "thresholds", "mental capacity",
          "carers' assessments", "school attendance", "unborn babies", "care leavers"]
ITEM_FORMS = ["Update on {t}", "{T} dashboard", "Audit findings: {t}", "{T} strategy refresh",
              "Partner report on {t}", "Learning from practice: {t}", "{T} training uptake", "Risk review: {t}"]
ACTION_FORMS = ["Circulate the {t} briefing to all partners", "Bring a revised {t} plan to the next meeting",
                "Check the {t} figures with the data team", "Arrange a practitioner session on {t}",
                "Share the {t} audit report with the chairs", "Write to agencies about {t} returns",
                "Update the {t} pathway and publish it", "Report on {t} referrals by agency",
                "Agree a lead for the {t} workstream", "Review the {t} procedure against the new guidance"]
UPDATE_TEXTS = ["Work has started and a draft is with the lead.", "Discussed with partners; a date is agreed.",
                "Delayed by staffing; a new date is proposed.", "Draft shared for comment.",
                "Figures gathered from three agencies, two outstanding.", "Session booked and places offered.",
                "Progress reported at the meeting.", "Waiting for the agency returns."]
DISCUSSIONS = ["The group discussed {t} and the latest figures. Members noted the improvement in timeliness and "
               "asked for more detail on the agencies with gaps.",
               "The lead presented the report on {t}. Partners agreed the findings and raised the need for clearer "
               "escalation routes.",
               "Members considered {t} and the themes from recent audits. Further work was asked for before the "
               "next meeting."]
DECISIONS = ["The report on {t} was agreed.", "The group agreed to escalate {t} to the Executive Board.",
             "Partners agreed the revised {t} plan.", "The {t} item is to come back in six months."]
RISK_TITLES = ["Capacity to meet the {t} demand", "Partner funding for {t}", "Data quality for {t}",
               "Statutory timescales for {t}", "Workforce turnover affecting {t}"]
INDICATORS = [("CP-RATE", "Children on child protection plans", "rate_children", "lower"),
              ("CP-2ND", "Second or later child protection plans", "percentage", "lower"),
              ("CIN-RATE", "Children in need", "rate_children", "lower"),
              ("EH-REF", "Early help referrals", "count", "higher"),
              ("S42-ENQ", "Section 42 enquiries", "count", "higher"),
              ("S42-MSP", "Enquiries asking the person's wishes", "percentage", "higher"),
              ("MISS-EP", "Missing episodes", "count", "lower"),
              ("DA-REF", "Domestic abuse referrals", "count", "higher")]
COURSES = ["{T}: an introduction", "Working together on {t}", "{T} for managers", "Recognising {t}"]
PSEUDONYM_CHILD = "Child {}"
PSEUDONYM_ADULT = ["Mr {}", "Ms {}", "Mrs {}", "Adult {}"]
RECOMMENDATIONS = ["Partners should agree a shared approach to {t}.",
                   "Agencies should review how they record {t}.",
                   "The partnership should audit practice on {t} within a year.",
                   "Training on {t} should reach front-line staff in every agency."]
