"""Fictional minutes in every format we read: for the reader tests, the fuzzers and the benchmark.

All names, bodies and organisations are made up. `meeting(seed)` is deterministic, so a seed
always gives the same document. PDFs need reportlab (a test dependency).
"""
from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

FIRST = ["Alys", "Bram", "Cerys", "Dev", "Elin", "Faisal", "Greta", "Hamish", "Ines", "Jonah", "Kemi", "Lorcan",
         "Maren", "Nuala", "Osian", "Priya", "Quinn", "Rhodri", "Sadia", "Tomas", "Una", "Vikram", "Wren", "Yusuf"]
LAST = ["Abernethy", "Bellamy", "Carrow", "Dunmore", "Ellery", "Fenwick", "Galloway", "Hartigan", "Ingleby",
        "Jessop", "Kinnear", "Lockyer", "Marchbank", "Northcott", "Oakes", "Pennock", "Quarrie", "Rushby",
        "Stannard", "Trevelyan", "Upcott", "Vance", "Whitlock", "Yardley"]
TITLES = ["", "", "", "Dr ", "Cllr ", "DCI ", "Det Supt "]
ORGS = ["Borsetshire County Council", "Borsetshire Police", "Felpersham Integrated Care Board", "Probation Service",
        "Borsetshire Fire and Rescue", "Felpersham Schools Forum", "Harbourside NHS Trust", "Voluntary Sector Forum"]
ROLES = ["Director of Children's Services", "Head of Safeguarding", "Designated Nurse", "Detective Chief Inspector",
         "Head of Service", "Business Manager", "Independent Scrutineer", "Safeguarding Lead"]
BODIES = ["Borsetshire Safeguarding Children Partnership Executive Board", "Felpersham Safeguarding Adults Board",
          "Borsetshire Exploitation Subgroup", "Felpersham Learning and Review Subgroup"]
TOPICS = ["Multi-agency audit of neglect cases", "Quarterly performance dataset", "Rapid review update",
          "Annual report 2025-26", "Risk register", "Training programme", "Budget and partner contributions",
          "Escalation policy refresh", "Front door (MASH) visit findings", "Learning from practice reviews"]
SENTENCES = [
    "The Board discussed the findings and noted the improvement since the last quarter.",
    "Members asked for the figures to be broken down by locality before the next meeting.",
    "The chair thanked colleagues for the detailed report and the work behind it.",
    "Concerns were raised about the timeliness of strategy discussions out of hours.",
    "It was agreed that the subgroup would bring a short paper with options to the Board.",
    "Partners confirmed that the learning had been shared with frontline practitioners.",
    "The early help offer was described, including the new family hubs in two districts.",
    "Attendance at child protection conferences by health colleagues remains high.",
]


@dataclass
class Person:
    name: str
    initials: str
    role: str
    organisation: str


@dataclass
class Item:
    number: str
    title: str
    discussion: list[str]
    actions: list[tuple[str, str, str]] = field(default_factory=list)  # text, owner initials, due


@dataclass
class Meeting:
    body: str
    date: date
    present: list[Person]
    apologies: list[Person]
    items: list[Item]


def meeting(seed: int, *, items: int = 6, sentences: int = 3, day: date | None = None, body: str | None = None) -> Meeting:
    """Fictional minutes for `seed`; `day` and `body` fix the date and body (the benchmark gives every
    document its own), otherwise both come from the seed."""
    rng = random.Random(seed)
    people = []
    used = set()
    for _ in range(rng.randint(8, 14)):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if (first, last) in used:
            continue
        used.add((first, last))
        people.append(Person(rng.choice(TITLES) + f"{first} {last}", first[0] + last[0], rng.choice(ROLES), rng.choice(ORGS)))
    apologies = people[-2:]
    present = people[:-2]
    seeded_day = date(2024, 1, 8) + timedelta(days=rng.randint(0, 700))
    day = day or seeded_day
    agenda = []
    for n in range(1, items + 1):
        title = rng.choice(TOPICS)
        discussion = [" ".join(rng.choice(SENTENCES) for _ in range(sentences)) for _ in range(rng.randint(1, 3))]
        actions = []
        for _ in range(rng.randint(0, 2)):
            owner = rng.choice(present).initials
            due = (day + timedelta(days=rng.choice([28, 56, 91]))).strftime("%d/%m/%Y")
            actions.append((f"Circulate the {title.lower()} paper to all partners", owner, due))
        agenda.append(Item(str(n), title, discussion, actions))
    seeded_body = rng.choice(BODIES)
    return Meeting(body or seeded_body, day, present, apologies, agenda)


def _long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def as_text(m: Meeting) -> bytes:
    lines = [m.body, f"Minutes of the meeting held on {_long_date(m.date)}", "", "Present:"]
    lines += [f"{p.name} ({p.initials}) - {p.role}, {p.organisation}" for p in m.present]
    lines += ["", "Apologies:"] + [f"{p.name} ({p.initials}) - {p.role}, {p.organisation}" for p in m.apologies]
    for item in m.items:
        lines += ["", f"{item.number}. {item.title}", *item.discussion]
        lines += [f"ACTION: {owner} to {text.lower()} by {due}." for text, owner, due in item.actions]
    return ("\n".join(lines) + "\n").encode("utf-8")


def as_docx(m: Meeting, *, auto_numbers: bool = False) -> bytes:
    """`auto_numbers`: item numbers come from Word list numbering, not typed into the titles."""
    import docx

    word = docx.Document()
    section = word.sections[0]
    section.header.paragraphs[0].text = f"{m.body} - {_long_date(m.date)}"
    section.footer.paragraphs[0].text = "OFFICIAL-SENSITIVE"
    word.add_heading(m.body, level=1)
    word.add_paragraph(f"Minutes of the meeting held on {_long_date(m.date)}")
    attendance = word.add_table(rows=1, cols=4)
    for cell, text in zip(attendance.rows[0].cells, ["Name", "Initials", "Role", "Organisation"]):
        cell.text = text
    for p in m.present:
        for cell, text in zip(attendance.add_row().cells, [p.name, p.initials, p.role, p.organisation]):
            cell.text = text
    word.add_paragraph("Apologies: " + ", ".join(f"{p.name} ({p.initials})" for p in m.apologies))
    log = []
    for item in m.items:
        if auto_numbers:
            word.add_paragraph(item.title, style="List Number")
        else:
            word.add_heading(f"{item.number}. {item.title}", level=2)
        for text in item.discussion:
            word.add_paragraph(text)
        log += [(item.number, *action) for action in item.actions]
    word.add_heading("Action log", level=2)
    table = word.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Item", "Action", "By whom", "By when"]):
        cell.text = text
    for row in log:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def as_pdf(m: Meeting, *, page_per_item: bool = False) -> bytes:
    """Minutes as a PDF with page furniture and an action table (`page_per_item`: each item on a new page)."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    story = [Paragraph(m.body, styles["Heading1"]),
             Paragraph(f"Minutes of the meeting held on {_long_date(m.date)}", styles["Normal"]), Spacer(1, 8)]
    story.append(_grid([["Name", "Initials", "Role", "Organisation"]]
                       + [[p.name, p.initials, p.role, p.organisation] for p in m.present], Table, TableStyle))
    story.append(Paragraph("Apologies: " + ", ".join(f"{p.name} ({p.initials})" for p in m.apologies), styles["Normal"]))
    log = []
    for item in m.items:
        if page_per_item:
            story.append(PageBreak())
        story.append(Paragraph(f"{item.number}. {item.title}", styles["Heading2"]))
        story += [Paragraph(text, styles["Normal"]) for text in item.discussion]
        log += [[item.number, *action] for action in item.actions]
    story.append(Paragraph("Action log", styles["Heading2"]))
    story.append(_grid([["Item", "Action", "By whom", "By when"]] + log, Table, TableStyle))
    pages = len(m.items) + 1 if page_per_item else None
    return build_pdf(story, footer=f"{m.body[:40]} - {m.date:%d.%m.%y}", pages=pages)


def _grid(rows, Table, TableStyle, repeat_header: bool = True):
    table = Table(rows, repeatRows=1 if repeat_header else 0)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    return table


def build_pdf(story, *, footer: str = "", pages: int | None = None, marking: str = "OFFICIAL-SENSITIVE") -> bytes:
    """A reportlab story on A4 with a marking at the top and "footer Page N [of M]" at the bottom."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    out = io.BytesIO()

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if marking:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 30, marking)
        of = f" of {pages}" if pages else ""
        canvas.drawString(40, 25, f"{footer} Page {doc.page}{of}".strip())
        canvas.restoreState()

    SimpleDocTemplate(out, pagesize=A4, title="Minutes", invariant=1).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


# -- Layout families ----------------------------------------------------------------------------
# Richer fictional minutes rendered in the layouts real boards use (issue 8, point 3), each with its
# gold record (MINUTES_SCHEMA), so tests and `python -m assure.imports.corpus` can score the extractor
# per family. Deterministic: a (family, seed) pair always gives the same bytes and the same gold.

ACTION_TEXTS = [
    "Share the neglect audit findings with the practitioner forum",
    "Circulate the revised escalation policy to all partner agencies",
    "Bring the quarterly dataset broken down by locality to the next Board",
    "Write to the Integrated Care Board about attendance at strategy meetings",
    "Arrange a development session on contextual safeguarding for Board members",
    "Update the risk register with the new workforce pressures",
    "Publish the annual report on the partnership website",
    "Review the terms of reference of the learning and review subgroup",
    "Confirm the partner contributions for the coming financial year",
    "Add the family hubs evaluation to the forward plan",
]
DECISION_TEXTS = [
    "The Board agreed the revised escalation policy.",
    "It was agreed that the annual report be published in its current form.",
    "Members approved the budget for the coming year.",
    "The Board endorsed the recommendations of the practice review.",
]
RESOLUTIONS = [
    "RESOLVED: That the report be noted.",
    "RESOLVED: That the revised escalation policy be approved.",
    "RESOLVED: That the recommendations of the practice review be endorsed.",
    "RESOLVED: That the annual report be published on the partnership website.",
]
EARLIER = [("Circulate the MASH visit findings", "Complete", "closed"),
           ("Agree the scope of the neglect audit", "Ongoing - carried forward", "carried_forward"),
           ("Confirm the health lead for the exploitation subgroup", "Closed", "closed"),
           ("Refresh the training needs analysis", "Ongoing", "open")]
PROSE = [s for s in SENTENCES if "agreed" not in s]  # decisions are written apart, so the gold lists them all
VENUES = ["Committee Room 2, County Hall, Borchester", "Microsoft Teams", "The Guildhall, Felpersham"]
FAMILIES = ("council_html", "narrow_pdf_table", "narrative_parts", "numbered_log_docx", "tick_grid_docx", "email_text")


@dataclass
class LayoutItem:
    number: str
    title: str
    discussion: list[str]
    actions: list[tuple[str, str, date]] = field(default_factory=list)  # text, owner initials, due
    decisions: list[str] = field(default_factory=list)


@dataclass
class LayoutMeeting:
    body: str
    date: date
    start: str
    venue: str
    next_meeting: date
    present: list[Person]
    deputies: list[tuple[Person, Person]]  # (deputy, member sending apologies)
    apologies: list[Person]
    officers: list[Person]                  # in attendance
    items: list[LayoutItem]
    parts: list[tuple[str, str, int]] = field(default_factory=list)  # (label, title, first item index)
    updates: list[tuple[str, str, str, str]] = field(default_factory=list)  # ref, text, status as written, status


def layout_meeting(seed: int, *, items: int = 7, sentences: int = 3, first_number: int = 1,
                   sub_items: bool = False) -> LayoutMeeting:
    """Fictional minutes for a layout family. Names and initials are unique in the meeting, so every
    owner resolves; `sub_items` numbers the items 1.1, 1.2, 2.1 ... under parts."""
    rng = random.Random(seed * 7919 + 17)
    people: list[Person] = []
    names, initials = set(), set()
    while len(people) < rng.randint(10, 14):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if (first, last) in names or first[0] + last[0] in initials:
            continue
        names.add((first, last))
        initials.add(first[0] + last[0])
        people.append(Person(f"{first} {last}", first[0] + last[0], rng.choice(ROLES), rng.choice(ORGS)))
    officers = [people.pop()]
    officers[0].role = "Business Manager (minutes)"
    apologies = people[-3:]
    deputy = people[-4]
    deputy.organisation = apologies[0].organisation
    present = people[:-4]
    day = date(2024, 1, 8) + timedelta(days=rng.randint(0, 700))
    topics = rng.sample(TOPICS, len(TOPICS))
    texts = rng.sample(ACTION_TEXTS, len(ACTION_TEXTS))
    agenda = []
    for n in range(items):
        if sub_items:
            number = f"{n // 3 + 1}.{n % 3 + 1}"
        else:
            number = str(first_number + n)
        title = topics[n % len(topics)] if n else "Welcome, introductions and apologies"
        discussion = [" ".join(rng.choice(PROSE) for _ in range(sentences)) for _ in range(rng.randint(1, 3))]
        actions = []
        if n and texts and rng.random() < 0.75:
            for _ in range(rng.randint(1, 2)):
                if texts:
                    owner = rng.choice(present + [deputy]).initials
                    actions.append((texts.pop(), owner, day + timedelta(days=rng.choice([21, 42, 70]))))
        decisions = [rng.choice(DECISION_TEXTS)] if n and rng.random() < 0.4 else []
        agenda.append(LayoutItem(number, title, discussion, actions, decisions))
    parts = []
    if sub_items:
        names_ = ["Governance and assurance", "Performance and quality", "Learning and improvement", "Partnership business"]
        parts = [(str(k + 1), names_[k % len(names_)], k * 3) for k in range((items + 2) // 3)]
    updates = [(f"{(day.year - 1) % 100}/{rng.randint(10, 40)}", text, said, status)
               for text, said, status in rng.sample(EARLIER, 3)]
    return LayoutMeeting(rng.choice(BODIES), day, rng.choice(["09:30", "10:00", "14:00"]), rng.choice(VENUES),
                         day + timedelta(days=rng.choice([56, 84, 91])), present, [(deputy, apologies[0])],
                         apologies, officers, agenda, parts, updates)


def _people_by_initials(m: LayoutMeeting) -> dict[str, str]:
    return {p.initials: p.name for p in [*m.present, *(d for d, _ in m.deputies), *m.apologies, *m.officers]}


def _entry(p: Person) -> dict:
    return {"name": p.name, "initials": p.initials, "role": p.role, "organisation": p.organisation}


def layout_gold(m: LayoutMeeting, *, with_initials: bool = True, updates: bool = False) -> dict:
    """The record a careful person would write from the rendered minutes (MINUTES_SCHEMA)."""
    names = _people_by_initials(m)
    owner = (lambda i: i) if with_initials else (lambda i: names[i])
    present = [_entry(p) for p in m.present]
    present += [{**_entry(d), "deputising_for": member.name} for d, member in m.deputies]
    return {
        "body": m.body, "date": m.date.isoformat(), "start_time": m.start, "location": m.venue,
        "next_meeting_date": m.next_meeting.isoformat(),
        "people": {"present": present, "in_attendance": [_entry(p) for p in m.officers],
                   "apologies": [_entry(p) for p in m.apologies]},
        "items": [{"number": i.number, "title": i.title, "discussion": "\n".join(i.discussion)} for i in m.items],
        "actions": [{"item": i.number, "text": text, "owner_text": owner(who), "owners": [names[who]],
                     "due": due.isoformat(), "due_text": due.strftime("%d/%m/%Y")}
                    for i in m.items for text, who, due in i.actions],
        "action_updates": [{"item": None, "text": text, "status": status} for _, text, _, status in m.updates]
        if updates else [],
        "decisions": [{"item": i.number, "text": d} for i in m.items for d in i.decisions],
        "forward_plan": [],
    }


def _html_escape(text: str) -> str:
    from html import escape

    return escape(text, quote=True)


def _council_attendance(m: LayoutMeeting, style: int) -> list[str]:
    """Three ways a committee system lists attendance: labelled lists of names and organisations,
    "Councillors A (Chair), B and C", or the attendance table (Attendee | Role | Attendance)."""
    e = _html_escape
    chair, *rest = m.present
    if style == 1:
        return ["<p><strong>Present:</strong> Councillors " + e(", ".join(
                    [f"{chair.name} (Chair)"] + [p.name for p in rest[:-1]]) + f" and {rest[-1].name}") + "</p>",
                "<p><strong>Substitutes:</strong> " + e(", ".join(f"{d.name} for {member.name}" for d, member in m.deputies))
                + "</p>",
                "<p><strong>Officers in attendance:</strong> " + e(", ".join(f"{p.name} ({p.role})" for p in m.officers))
                + "</p>",
                "<p><strong>Apologies:</strong> Councillors " + e(", ".join(p.name for p in m.apologies[:-1]))
                + f" and {e(m.apologies[-1].name)}</p>"]
    if style == 3:
        lists = [("Present", [f"Councillor {chair.name} (Chair)", *(f"{p.name} - {p.organisation}" for p in rest),
                              *(f"{d.name} (deputising for {member.name})" for d, member in m.deputies)]),
                 ("In attendance", [f"{p.name} - {p.role}" for p in m.officers]),
                 ("Apologies", [p.name for p in m.apologies])]
        return [html for label, names in lists
                for html in (f"<h3>{label}</h3>", "<ul>", *(f"<li>{e(n)}</li>" for n in names), "</ul>")]
    if style == 2:
        rows = [(f"Councillor {chair.name}", "Chair", "Present")] + [(p.name, "Committee Member", "Present") for p in rest]
        rows += [(d.name, "Substitute", f"Present as substitute for {member.name}") for d, member in m.deputies]
        rows += [(p.name, "Committee Member", "Apologies") for p in m.apologies]
        rows += [(p.name, "Officer", "In attendance") for p in m.officers]
        return ['<table class="mgStatsTable"><caption>Attendance</caption>',
                "<tr><th>Attendee</th><th>Role</th><th>Attendance</th></tr>",
                *(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>" for a, b, c in rows), "</table>"]
    return ["<p><strong>Present:</strong> " + e(", ".join(
                [f"Councillor {chair.name} (Chair)"] + [f"{p.name} ({p.organisation})" for p in rest]
                + [f"{d.name} (substituting for {member.name})" for d, member in m.deputies])) + "</p>",
            "<p><strong>Officers in attendance:</strong> " + e(", ".join(f"{p.name} ({p.role})" for p in m.officers)) + "</p>",
            "<p><strong>Apologies:</strong> " + e(", ".join(p.name for p in m.apologies)) + "</p>"]


def as_council_html(m: LayoutMeeting, *, table_items: bool = True, style: int = 0) -> bytes:
    """A council committee website's minutes page (modern.gov style): navigation, breadcrumbs, a
    search box and footer around "Attendance details", items "23. Title" (in an item table or as
    headings) with "Minutes:" and "RESOLVED: That ..." paragraphs, actions as "ACTION:" lines."""
    e = _html_escape
    names = _people_by_initials(m)
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>Minutes - {e(m.body)} - {m.date:%A, %d %B %Y} - Borsetshire County Council</title>",
           "<style>.mgItemTable td{vertical-align:top}</style><script>var cookies = 'accepted';</script></head><body>",
           '<a href="#content" class="skip">Skip to main content</a>',
           '<div id="header"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/councillors">Councillors</a></li>',
           '<li><a href="/committees">Committees</a></li><li><a href="/meetings">Meetings</a></li>',
           '<li><a href="/contact">Contact us</a></li></ul>',
           '<form action="/search"><label for="q">Search this site</label><input id="q" name="q"></form></div>',
           f'<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/committees">Committees</a> &gt; '
           f'<a href="/c/1">{e(m.body)}</a> &gt; Meeting</div>',
           '<div id="content">',
           f"<h1>Minutes: {e(m.body)}</h1>",
           f"<p>Date: {m.date:%A}, {m.date.day} {m.date:%B %Y}, {m.start.replace(':', '.')}</p>",
           f"<p>Venue: {e(m.venue)}</p>",
           "<p>Contact: Democratic Services, 01234 567890</p>",
           "<h2>Attendance details</h2>", *_council_attendance(m, style)]
    out += ["<h2>Items</h2>"]
    resolution = iter(RESOLUTIONS * 4)
    for item in m.items:
        body = [f"<p>{e(text)}</p>" for text in item.discussion]
        body += [f"<p>{e(text)}</p>" for text in item.decisions]
        body += [f"<p><strong>ACTION:</strong> {e(names[who])} to {e(text[0].lower() + text[1:])} by "
                 f"{due.day} {due:%B %Y}.</p>" for text, who, due in item.actions]
        if int(item.number) % 2 == 0:
            body.append(f"<p>{e(next(resolution))}</p>")
        if table_items:
            out += ['<table class="mgItemTable"><tr>',
                    f'<td class="mgItemNumberCell"><p>{item.number}.</p></td>',
                    f'<td><p class="mgAiTitleTxt"><a href="/item/{item.number}">{e(item.title)}</a>'
                    f'&nbsp;<span class="mgFileSize">PDF 2{item.number} KB</span></p>',
                    f"<p>To consider the report on {e(item.title.lower())}.</p>" if item.number != m.items[0].number else "",
                    '<p class="mgSubItemTitleTxt">Minutes:</p>', *body, "</td></tr></table>"]
        else:
            out += [f'<h3 class="mgSubItemTitleTxt">{item.number}. {e(item.title)}</h3>', *body]
    out += [f"<p>The next meeting will be held on {m.next_meeting.day} {m.next_meeting:%B %Y}.</p>",
            "<p>The meeting ended at 12.15 pm.</p>", "</div>",
            '<div id="footer"><ul><li><a href="/accessibility">Accessibility statement</a></li>',
            '<li><a href="/privacy">Privacy</a></li><li>Print this page</li></ul>',
            "<p>Borsetshire County Council, County Hall, Borchester</p></div></body></html>"]
    return "\n".join(line for line in out if line).encode("utf-8")


def council_gold(m: LayoutMeeting) -> dict:
    gold = layout_gold(m, with_initials=False)
    gold["people"]["present"][0]["role"] = "Chair"
    resolution = iter(RESOLUTIONS * 4)
    for item in m.items:
        if int(item.number) % 2 == 0:
            gold["decisions"].append({"item": item.number, "text": next(resolution)})
    return gold


def _pad_rows(m: LayoutMeeting) -> list[list[str]]:
    """Name | Organisation | P/A/D rows: the member a deputy stood in for is "D - Deputy's name"."""
    rows = [[p.name, p.organisation, "P"] for p in m.present]
    stood_in = {member.name: d for d, member in m.deputies}
    rows += [[p.name, p.organisation, f"D - {stood_in[p.name].name}" if p.name in stood_in else "A"] for p in m.apologies]
    rows += [[p.name, p.role.replace(" (minutes)", ""), "P (minutes)"] for p in m.officers]
    return rows


def as_narrow_table_pdf(m: LayoutMeeting, *, title_in_discussion: bool = False, ruled: bool = True) -> bytes:
    """Minutes as one long ruled table with narrow columns (Item | Title | Discussion | Action | Lead |
    Due): titles and actions wrap word by word, the header row repeats on every page, every page has a
    footer; attendance is a P / A / D grid with a key.
    `title_in_discussion`: no Title column; the title is the discussion cell's bold first line.
    `ruled=False`: no cell borders, only a rule under the header (Word's "no borders" tables)."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=8, leading=9.5)
    p = lambda text: Paragraph(_html_escape(text), small)  # noqa: E731
    story = [Paragraph(_html_escape(m.body), styles["Heading1"]),
             Paragraph(f"Minutes of the meeting held on {_long_date(m.date)} at {m.start}, {_html_escape(m.venue)}",
                       styles["Normal"]), Spacer(1, 6),
             Paragraph("Attendance (Key: P = present, A = apologies, D = deputy attended)", styles["Normal"])]
    grid = Table([["Name", "Organisation", "P/A/D"]] + [[p(c) for c in row] for row in _pad_rows(m)],
                 colWidths=[120, 200, 90], repeatRows=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("FONTSIZE", (0, 0), (-1, -1), 8),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [grid, Spacer(1, 10)]
    rows = [["Item", "Title", "Discussion", "Action", "Lead", "Due"]]
    closing = LayoutItem(str(int(m.items[-1].number) + 1), "Date of next meeting",
                         [f"The next meeting will be held on {_long_date(m.next_meeting)}."])
    for item in [*m.items, closing]:
        discussion = [p(text) for text in item.discussion] + [p(text) for text in item.decisions]
        rows.append([p(f"{item.number}."), p(item.title), discussion,
                     [p(text) for text, _, _ in item.actions], [p(who) for _, who, _ in item.actions],
                     [p(due.strftime("%d/%m/%Y")) for _, _, due in item.actions]])
        if title_in_discussion:
            rows[-1] = [rows[-1][0], [Paragraph(f"<b>{_html_escape(item.title)}</b>", small), *discussion], *rows[-1][3:]]
    widths = [26, 62, 210, 110, 38, 52]
    if title_in_discussion:
        rows[0] = ["Item", "Discussion", "Action", "Lead", "Due"]
        widths = [26, 250, 130, 45, 47]
    table = Table(rows, colWidths=widths, repeatRows=1)
    lines = [("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))] if ruled else [
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, (0, 0, 0)), ("TOPPADDING", (0, 1), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 10)]
    table.setStyle(TableStyle([*lines, ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    story.append(table)
    return build_pdf(story, footer=f"{m.body[:32]} minutes {m.date:%d.%m.%y}")


def narrow_gold(m: LayoutMeeting) -> dict:
    gold = layout_gold(m)
    gold["items"].append({"number": str(int(m.items[-1].number) + 1), "title": "Date of next meeting",
                          "discussion": f"The next meeting will be held on {_long_date(m.next_meeting)}."})
    return gold


def _part_label(m: LayoutMeeting, label: str) -> str:
    return f"Part {label}" if m.date.toordinal() % 2 else f"Section {label}"


def as_narrative_pdf(m: LayoutMeeting, *, run_in: bool = False) -> bytes:
    """Long narrative board minutes in Parts (or Sections) with x.y numbered sub-items, several
    paragraphs each, decisions in the prose and "ACTION:" lines. `run_in`: each sub-item's title
    opens its first paragraph in bold ("1.2 Risk register: The Board ...") instead of a heading."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, Spacer

    styles = getSampleStyleSheet()
    e = _html_escape
    story = [Paragraph(e(m.body), styles["Title"]),
             Paragraph(f"Minutes of the Board meeting held on {_long_date(m.date)} at {m.start}", styles["Normal"]),
             Paragraph(f"Venue: {e(m.venue)}", styles["Normal"]), Spacer(1, 6),
             Paragraph("<b>Present:</b> " + e("; ".join(
                 [f"{p.name} ({p.initials}) - {p.role}, {p.organisation}" for p in m.present]
                 + [f"{d.name} ({d.initials}) - {d.organisation}, deputising for {member.name}" for d, member in m.deputies])),
                 styles["Normal"]),
             Paragraph("<b>In attendance:</b> " + e("; ".join(f"{p.name} ({p.initials}) - {p.role}" for p in m.officers)),
                       styles["Normal"]),
             Paragraph("<b>Apologies:</b> " + e("; ".join(f"{p.name} ({p.initials}) - {p.organisation}" for p in m.apologies)),
                       styles["Normal"])]
    starts = {index: (label, title) for label, title, index in m.parts}
    for n, item in enumerate(m.items):
        if n in starts:
            label, title = starts[n]
            story.append(Paragraph(e(f"{_part_label(m, label)}: {title}"), styles["Heading1"]))
        paragraphs = [e(text) for text in [*item.discussion, *item.decisions]]
        if run_in:
            paragraphs[0] = f"<b>{item.number} {e(item.title)}:</b> {paragraphs[0]}"
        else:
            story.append(Paragraph(e(f"{item.number} {item.title}"), styles["Heading2"]))
        story += [Paragraph(text, styles["BodyText"]) for text in paragraphs]
        story += [Paragraph(f"<b>ACTION:</b> {e(who)} to {e(text[0].lower() + text[1:])} by {due:%d/%m/%Y}.",
                            styles["BodyText"]) for text, who, due in item.actions]
    story.append(Paragraph(e(f"The next meeting of the Board will be held on {_long_date(m.next_meeting)}."),
                           styles["BodyText"]))
    return build_pdf(story, footer=f"{m.body[:40]} - {m.date:%d.%m.%y}", marking="")


def narrative_gold(m: LayoutMeeting) -> dict:
    return layout_gold(m)


def as_numbered_log_docx(m: LayoutMeeting, *, ticks: bool = False) -> bytes:
    """Word minutes in numbered paragraphs (3.1, 3.2 ... under a bold "3. Title"), bold "Action:" lines
    in the text, and a closing action log (Ref | Action | Owner | Due | Status) that mixes updates to
    earlier actions with the new ones. `ticks`: attendance as a grid of ✓ / ✗ over the year's meetings
    with a key and a Notes column ("represented by ...")."""
    import docx

    word = docx.Document()
    word.sections[0].footer.paragraphs[0].text = f"{m.body} - minutes - {m.date:%d/%m/%Y}"
    word.add_heading(m.body, level=1)
    word.add_paragraph(f"Minutes of the meeting held on {_long_date(m.date)}, {m.start}, {m.venue}")
    if ticks:
        earlier = [m.date - timedelta(days=d) for d in (168, 84)]
        word.add_paragraph("Attendance (Key: ✓ attended, ✗ apologies, - not a member then)")
        table = word.add_table(rows=1, cols=6)
        header = ["Name", "Organisation", *(f"{d:%d %b}" for d in earlier), f"{m.date:%d %b}", "Notes"]
        for cell, text in zip(table.rows[0].cells, header):
            cell.text = text
        stood_in = {member.name: d for d, member in m.deputies}
        rows = [[p.name, p.organisation, "✓", "✗" if n % 4 == 1 else "✓", "✓", ""] for n, p in enumerate(m.present)]
        rows += [[p.name, p.organisation, "✓", "✓", "✗", f"Represented by {stood_in[p.name].name}" if p.name in stood_in else ""]
                 for p in m.apologies]
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
        word.add_paragraph("In attendance: " + "; ".join(f"{p.name} ({p.initials}), {p.role}" for p in m.officers))
        word.add_paragraph("Initials used in these minutes: " + ", ".join(
            f"{p.initials} - {p.name}" for p in [*m.present, *(d for d, _ in m.deputies)]))
    else:
        word.add_paragraph("Present: " + "; ".join(
            [f"{p.name} ({p.initials}), {p.role}, {p.organisation}" for p in m.present]
            + [f"{d.name} ({d.initials}), {d.organisation} (rep {member.name})" for d, member in m.deputies]))
        word.add_paragraph("In attendance: " + "; ".join(f"{p.name} ({p.initials}), {p.role}" for p in m.officers))
        word.add_paragraph("Apologies: " + "; ".join(f"{p.name} ({p.initials}), {p.organisation}" for p in m.apologies))
    log = [(ref, text, "", "", said) for ref, text, said, _ in m.updates]
    for item in m.items:
        word.add_paragraph().add_run(f"{item.number}. {item.title}").bold = True
        for k, text in enumerate([*item.discussion, *item.decisions], start=1):
            word.add_paragraph(f"{item.number}.{k} {text}")
        for k, (text, who, due) in enumerate(item.actions, start=1):
            word.add_paragraph().add_run(f"Action: {who} to {text[0].lower() + text[1:]} by {due:%d/%m/%Y}.").bold = True
            log.append((f"{item.number}.{k}", text, who, due.strftime("%d/%m/%Y"), "New"))
    closing = word.add_paragraph()
    closing.add_run(f"{int(m.items[-1].number) + 1}. Date of next meeting").bold = True
    word.core_properties.created = word.core_properties.modified = datetime(2025, 1, 1)
    word.add_paragraph(f"{int(m.items[-1].number) + 1}.1 The next meeting will be held on {_long_date(m.next_meeting)}.")
    word.add_heading("Action log", level=2)
    table = word.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ["Ref", "Action", "Owner", "Due", "Status"]):
        cell.text = text
    for row in log:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    out = io.BytesIO()
    word.save(out)
    return _same_bytes(out.getvalue())


def _same_bytes(package: bytes) -> bytes:
    """The Word package with fixed entry times, so a seed always gives the same bytes."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0)), source.read(info.filename),
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def numbered_gold(m: LayoutMeeting) -> dict:
    gold = layout_gold(m, updates=True)
    number = str(int(m.items[-1].number) + 1)
    gold["items"].append({"number": number, "title": "Date of next meeting",
                          "discussion": f"The next meeting will be held on {_long_date(m.next_meeting)}."})
    return gold


def as_email_text(m: LayoutMeeting) -> bytes:
    """Notes pasted into an email: its headers, a greeting and a separator, then the notes in plain
    text ("Present:" on one line with the note taker marked, items "N. Title", "Action:" lines)."""
    taker = m.officers[0]
    lines = [f"From: {taker.name}", f"Sent: {m.date + timedelta(days=1):%d %B %Y} 16:04",
             f"To: {m.body} members", f"Subject: Notes - {m.body} {m.date:%d/%m/%y}", "",
             "Hi all,", "", "Please see the notes from yesterday's meeting below. Any amendments to me by Friday please.",
             "", f"Thanks, {taker.name.split()[0]}", "", "-----", "", m.body, f"Notes of meeting {m.date:%d/%m/%y}", "",
             "Present: " + ", ".join([f"{p.name} ({p.initials})" for p in m.present]
                                     + [f"{d.name} ({d.initials}) for {member.name}" for d, member in m.deputies]
                                     + [f"{taker.name} ({taker.initials}) notes"]),
             "Apologies: " + ", ".join(f"{p.name} ({p.initials})" for p in m.apologies), ""]
    for item in m.items:
        lines += [f"{item.number}. {item.title}", *item.discussion, *item.decisions]
        lines += [f"Action: {who} to {text[0].lower() + text[1:]} by {due:%d/%m/%y}." for text, who, due in item.actions]
        lines.append("")
    lines += [f"{int(m.items[-1].number) + 1}. Date of next meeting", f"{m.next_meeting:%d/%m/%y}, 10am, Teams."]
    return ("\n".join(lines) + "\n").encode("utf-8")


def email_gold(m: LayoutMeeting) -> dict:
    gold = layout_gold(m)
    gold["people"]["in_attendance"] = [{"name": m.officers[0].name, "initials": m.officers[0].initials, "role": "notes"}]
    gold["items"].append({"number": str(int(m.items[-1].number) + 1), "title": "Date of next meeting",
                          "discussion": f"{m.next_meeting:%d/%m/%y}, 10am, Teams."})
    for action in gold["actions"]:
        action["due_text"] = date.fromisoformat(action["due"]).strftime("%d/%m/%y")
    return gold


def family_document(family: str, seed: int) -> tuple[str, bytes, dict]:
    """(file name, bytes, gold record) of one document of a layout family."""
    if family == "council_html":
        m = layout_meeting(seed, items=8, first_number=20 + seed % 30)
        return f"{family}_{seed}.html", as_council_html(m, table_items=seed % 2 == 0, style=seed % 4), council_gold(m)
    if family == "narrow_pdf_table":
        m = layout_meeting(seed, items=12, sentences=7)
        pdf = as_narrow_table_pdf(m, title_in_discussion=seed % 2 == 1, ruled=seed % 4 < 2)
        return f"{family}_{seed}.pdf", pdf, narrow_gold(m)
    if family == "narrative_parts":
        m = layout_meeting(seed, items=10, sentences=5, sub_items=True)
        return f"{family}_{seed}.pdf", as_narrative_pdf(m, run_in=seed % 2 == 1), narrative_gold(m)
    if family in ("numbered_log_docx", "tick_grid_docx"):
        m = layout_meeting(seed, items=7)
        return f"{family}_{seed}.docx", as_numbered_log_docx(m, ticks=family == "tick_grid_docx"), numbered_gold(m)
    if family == "email_text":
        m = layout_meeting(seed, items=5)
        return f"{family}_{seed}.txt", as_email_text(m), email_gold(m)
    raise ValueError(f"unknown layout family {family!r}")


def write_families(directory, seeds=range(3), families=FAMILIES) -> None:
    """docs/, gold/ and sources/ (plain text) of every family and seed, for the scorer."""
    import json
    from pathlib import Path

    directory = Path(directory)
    for sub in ("docs", "gold"):
        (directory / sub).mkdir(parents=True, exist_ok=True)
    for family in families:
        for seed in seeds:
            name, data, gold = family_document(family, seed)
            (directory / "docs" / name).write_bytes(data)
            (directory / "gold" / f"{Path(name).stem}.json").write_text(json.dumps(gold, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """`python -m assure.imports.corpus [--seeds N] [--keep DIR]`: the extractor's score on each layout family."""
    import argparse
    import tempfile
    from pathlib import Path

    from assure.imports.evaluate import LabelledSet, print_table, score

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--family", action="append", choices=FAMILIES)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    results = []
    for family in args.family or FAMILIES:
        with tempfile.TemporaryDirectory() as tmp:
            root = args.keep / family if args.keep else Path(tmp)
            write_families(root, range(args.seeds), [family])
            results.append(score(LabelledSet(family, root / "docs", root / "gold", None), verbose=args.verbose))
    print_table(results, "family", verbose=args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
