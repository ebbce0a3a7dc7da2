"""The demo partnership's structure. Every name here is invented."""

PARTNERSHIP = {"name": "Marshcombe Safeguarding Partnership", "slug": "marshcombe"}

# key: (name, short name, kind)
ORGANISATIONS = {
    "council": ("Marshcombe County Council", "MCC", "local_authority"),
    "police": ("Tarnside Police", "TP", "police"),
    "icb": ("Marshcombe and Tarnside Integrated Care Board", "ICB", "health"),
    "trust": ("Marshcombe Community Health NHS Trust", "MCHT", "health"),
    "schools": ("Marshcombe Schools Partnership", "MSP", "education"),
    "probation": ("Probation Service – Marshcombe", "PS", "probation"),
    "fire": ("Tarnside Fire and Rescue Service", "TFRS", "fire"),
    "voluntary": ("Marshcombe Voluntary Action", "MVA", "voluntary"),
    "district": ("Tarnside District Council", "TDC", "other"),
    "unit": ("Marshcombe Safeguarding Business Unit", "MSBU", "partnership"),
}

# key: (full name, initials, job title, organisation key or None)
PEOPLE = {
    "nb": ("Nadia Brook", "NB", "Partnership Business Manager", "unit"),
    "tw": ("Tomasz Wrobel", "TW", "Reviews Officer", "unit"),
    "ef": ("Ellie Fairbairn", "EF", "Business Support Officer (minutes)", "unit"),
    "ma": ("Martin Achebe", "MA", "Independent Chair and Scrutineer", "unit"),
    "gw": ("Grace Whitfield", "GW", "Lay Member", "unit"),
    "ch": ("Catherine Hollis", "CH", "Director of Children's Services", "council"),
    "rm": ("Rajesh Menon", "RM", "Director of Adult Social Care", "council"),
    "bl": ("Bethan Lloyd", "BL", "Head of Safeguarding and Quality Assurance", "council"),
    "so": ("Sam Okafor", "SO", "Service Manager, Exploitation and Missing", "council"),
    "dp": ("Dawn Pickering", "DP", "Designated Officer (LADO)", "council"),
    "gs": ("Gareth Sims", "GS", "Head of Adult Safeguarding", "council"),
    "jb": ("Joanne Baptiste", "JB", "Principal Social Worker, Adults", "council"),
    "co": ("Chris Ogden", "CO", "Head of Early Help", "council"),
    "op": ("Owen Pryce", "OP", "Detective Chief Superintendent, Public Protection", "police"),
    "lw": ("Leah Whitmore", "LW", "Detective Inspector, Safeguarding Hub", "police"),
    "md": ("Marcus Dunn", "MD", "Detective Sergeant, Child Exploitation Team", "police"),
    "mt": ("Megan Tully", "MT", "Detective Inspector, Missing Persons", "police"),
    "fc": ("Fiona Caldwell", "FC", "Chief Nursing Officer", "icb"),
    "ak": ("Anil Kapoor", "AK", "Designated Doctor, Safeguarding Children", "icb"),
    "hv": ("Helen Varley", "HV", "Designated Nurse, Safeguarding Children", "icb"),
    # Shares the initials SO with Sam Okafor on purpose: the People page warns about it.
    "si": ("Sian Osborne", "SO", "Designated Nurse, Safeguarding Adults", "icb"),
    "pc": ("Priya Chauhan", "PC", "Named Nurse for Safeguarding", "trust"),
    "jr": ("Jonathan Reeve", "JR", "Head Teacher, Tarnside Academy (secondary schools)", "schools"),
    "at": ("Alison Tate", "AT", "Education Safeguarding Lead", "schools"),
    "km": ("Kwame Mensah", "KM", "Head of Probation Delivery Unit", "probation"),
    "lh": ("Lucy Harland", "LH", "Group Manager, Prevention", "fire"),
    "rp": ("Rosie Penrose", "RP", "Chief Executive", "voluntary"),
    "da": ("Daniel Ashworth", "DA", "Young People's Services Lead", "voluntary"),
    "ic": ("Imogen Clarke", "IC", "Community Safety Manager", "district"),
    "pl": ("Peter Lindqvist", "PL", "Independent Reviewer", None),
}

# key: (name, short name, kind, reports to key or None)
BODIES = {
    "eb": ("Executive Board", "EB", "executive_board", None),
    "lrs": ("Learning and Review Subgroup", "LRS", "subgroup", "eb"),
    "ems": ("Exploitation and Missing Subgroup", "EMS", "subgroup", "eb"),
    "apg": ("Adults Partnership Group", "APG", "partnership_group", "eb"),
}

# body key -> [(person key, role, deputy key or None)]. A deputy is never a member of the same body.
MEMBERS = {
    "eb": [("ma", "chair", None), ("ch", "vice_chair", "bl"), ("rm", "member", "gs"), ("op", "member", "lw"),
           ("fc", "member", "hv"), ("ak", "adviser", None), ("km", "member", None), ("jr", "member", "at"),
           ("rp", "member", None), ("lh", "member", None), ("gw", "member", None)],
    "lrs": [("bl", "chair", None), ("hv", "vice_chair", "ak"), ("lw", "member", "md"), ("tw", "member", None),
            ("pc", "member", None), ("at", "member", None), ("jb", "member", None), ("dp", "member", None),
            ("pl", "adviser", None)],
    "ems": [("so", "chair", "co"), ("md", "vice_chair", None), ("mt", "member", "lw"), ("pc", "member", "hv"),
            ("da", "member", None), ("at", "member", None), ("ic", "member", None), ("lh", "member", None)],
    "apg": [("gs", "chair", "rm"), ("si", "vice_chair", None), ("jb", "member", None), ("lw", "member", "mt"),
            ("km", "member", None), ("rp", "member", None), ("lh", "member", None), ("ic", "member", None)],
}

# Who attends every meeting of a body without being a member (minute taker, business manager).
IN_ATTENDANCE = {"eb": ["nb", "ef"], "lrs": ["tw", "ef"], "ems": ["nb"], "apg": ["ef"]}

# Meetings, as days relative to today. Negative: held. Positive: scheduled.
SCHEDULE = {
    "eb": [-352, -290, -227, -170, -108, -50, 10, 73],
    "lrs": [-338, -268, -199, -129, -58, 19],
    "ems": [-324, -254, -184, -115, -44, 24],
    "apg": [-310, -205, -96, 40],
}
# (body, index in SCHEDULE): cancelled before it happened.
CANCELLED = {("ems", 2): "Not quorate: too many apologies received the day before"}

# Demo sign-ins: one per role. Backup codes are fixed so the printed list always works after `assure demo`.
USERS = [
    {"username": "demo-business", "person": "nb", "role": "business_team", "codes": "bt"},
    {"username": "demo-member", "person": "op", "role": "member", "codes": "mb"},
    {"username": "demo-readonly", "person": "gw", "role": "read_only", "codes": "ro"},
]
PASSWORD = "marshcombe-demo-2026"

# The rest of the team and the chairs and members who do the demo's work, each with an account of their own so
# the history names them. Not printed: their temporary passwords are never shown. key -> (username, role)
TEAM = {
    "tw": ("demo-reviews-officer", "business_team"),
    "ef": ("demo-minute-taker", "business_team"),
    "ma": ("demo-board-chair", "member"),
    "bl": ("demo-lrs-chair", "member"),
    "so": ("demo-ems-chair", "member"),
    "gs": ("demo-apg-chair", "member"),
    "ch": ("demo-dcs", "member"),
    "fc": ("demo-chief-nurse", "member"),
}
# Who takes the minutes of each body's meetings (and reports matters arising at them).
MINUTE_TAKER = {"eb": "ef", "lrs": "ef", "ems": "nb", "apg": "ef"}
