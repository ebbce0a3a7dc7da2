"""Fictional minutes in every format we read: for the reader tests, the fuzzers and the benchmark.

All names, bodies and organisations are made up. `meeting(seed)` is deterministic, so a seed
always gives the same document. PDFs need reportlab (a test dependency).
"""
from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

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

    SimpleDocTemplate(out, pagesize=A4, title="Minutes").build(story, onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()
