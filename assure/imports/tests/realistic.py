"""A realistic imported meeting (fictional): eight items with their minutes, fifteen people, ten actions,
four updates to actions of the previous meeting, decisions and forward plan. For the query cap and the
linking tests."""
import datetime

from assure.actions.services import Owner
from assure.meetings import services as meeting_services
from assure.partnerships.models import Person

KNOWN = [  # (name, initials, organisation key): already in the partnership before the import
    ("Jackie Channell", "JC", "local_authority"), ("Tom Price", "TP", "police"), ("Owen Hart", "OH", "police"),
    ("Priya Lal", "PL", "health"), ("Martin Oduya", "MO", "local_authority"), ("Sara Whitlow", "SW", "health"),
    ("Greg Ambers", "GA", "police"), ("Lena Fosse", "LF", "local_authority"), ("Ruth Capel", "RC", "health"),
    ("Dev Anand", "DA", "local_authority"),
]
NEW = [("Nadia Okafor", "NO", "Fenshire Fire and Rescue"), ("Ivo Brandt", "IB", "Fenshire Probation"),
       ("Cara Lindqvist", "CL", "Fenshire Schools Forum"), ("Hugh Marr", "HM", "Fenshire Fire and Rescue"),
       ("Bea Business", "BB", "")]
EARLIER = [  # actions of the previous meeting, in the order its minutes listed them ("Action 1" ...)
    ("2", "Circulate the revised escalation policy to all partner agencies", "Jackie Channell"),
    ("3", "Bring the neglect audit findings to the next board", "Priya Lal"),
    ("3", "Write to schools about attendance data sharing", "Martin Oduya"),
    ("5", "Arrange a development session on contextual safeguarding", "Tom Price"),
    ("6", "Publish the seven minute briefing on the learning review", "Sara Whitlow"),
]


def earlier_meeting(partnership, body, by, date=datetime.date(2025, 11, 20)):
    """The previous meeting of `body` with its five open actions (in the order of EARLIER)."""
    meeting = meeting_services.schedule_meeting(partnership=partnership, body=body, date=date, by=by, status="held")
    items = {}
    actions = []
    for number, text, owner in EARLIER:
        if number not in items:
            items[number] = meeting_services.add_agenda_item(meeting, title=f"Item {number}", number=number, by=by)
        person = Person.objects.get(partnership=partnership, full_name=owner)
        actions.append(meeting_services.record_item_action(items[number], text=text, owners=[Owner(person=person)],
                                                           by=by))
    return meeting, actions


def known_people(partnership, organisations):
    return [Person.objects.create(partnership=partnership, full_name=name, initials=initials,
                                  organisation=organisations[key]) for name, initials, key in KNOWN]


def person(name, initials, organisation, role="Member"):
    return {"name": name, "initials": initials, "role": role, "organisation": organisation, "deputising_for": None}


def realistic_record(organisations) -> dict:
    org_name = {key: organisation.name for key, organisation in organisations.items()}
    people = [person(n, i, org_name[k]) for n, i, k in KNOWN[:9]] + [person(n, i, o) for n, i, o in NEW[:4]]
    discussion = ("The chair introduced the item and members discussed the position in detail.\n\n"
                  "Members noted the progress made since the last meeting and asked for a short update in writing.")
    items = [{"number": str(n), "title": title, "discussion": f"Item {n}. {discussion}"} for n, title in enumerate(
        ["Welcome and apologies", "Minutes and matters arising", "Neglect strategy", "Learning reviews",
         "Exploitation subgroup report", "Performance dataset", "Risk register", "Any other business"], start=1)]
    actions = [
        {"item": "3", "text": f"Action {n} on the neglect strategy work stream", "owner_text": initials,
         "owners": [name], "due": f"2026-0{2 + n % 3}-15", "due_text": f"by 15 {['March', 'April', 'February'][n % 3]}"}
        for n, (name, initials, _k) in enumerate(KNOWN[:8], start=1)]
    actions += [{"item": "5", "text": "Share the exploitation profile with the new probation lead", "owner_text": "IB",
                 "owners": ["Ivo Brandt"], "due": None, "due_text": "ASAP"},
                {"item": "8", "text": "Circulate the schools forum note to all members", "owner_text": "All",
                 "owners": ["All"], "due": "2026-03-19", "due_text": "next meeting"}]
    return {
        "body": "Fenbridge Safeguarding Partnership Executive Board",
        "date": "2026-01-15", "start_time": "14:00", "location": "Shire Hall, Room 2",
        "next_meeting_date": "2026-03-19",
        "people": {"present": people[:11], "in_attendance": [person(*NEW[4], role="Business Manager")] + people[11:13],
                   "apologies": [person("Dev Anand", "DA", org_name["local_authority"])]},
        "items": items,
        "actions": actions,
        "action_updates": [
            {"item": "2", "text": "Action 1 – policy circulated to all agencies", "status": "closed"},
            {"item": "2", "text": "A2: neglect audit findings on today's agenda", "status": "closed"},
            {"item": "2", "text": "Development session on contextual safeguarding is booked for March",
             "status": "carried_forward"},
            {"item": "2", "text": "Action 5 – seven minute briefing published", "status": "closed"},
        ],
        "decisions": [{"item": "3", "text": "The board agreed the neglect strategy."},
                      {"item": "4", "text": "The board agreed to publish the learning review."},
                      {"item": "6", "text": "The board noted the performance dataset."},
                      {"item": "7", "text": "The board agreed the risk register."}],
        "forward_plan": [{"item": "3", "text": "Neglect strategy: six-month review", "when": "July 2026"},
                         {"item": "", "text": "LADO annual report", "when": "each September"},
                         {"item": "", "text": "Training needs analysis", "when": "Q3"}],
    }
