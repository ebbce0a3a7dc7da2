"""More layout families of fictional minutes for training (ADR 115), each with its record.

`document(seed)` -> (file name, bytes, record). The content comes from `corpus.meeting` plus decisions
and updates to earlier actions; the layout family, the markers and the format (txt, docx, html, pdf)
are drawn from the seed. The first three families are corpus.py's own renderings.
"""
from __future__ import annotations

import html
import io
import random
import textwrap
from datetime import date

from assure.imports import corpus

DECISIONS = ["The {b} agreed to adopt the revised {t}.", "The {b} approved the {t} for publication.",
             "It was agreed that the {t} would be reviewed in six months.", "The {b} endorsed the recommendations on the {t}.",
             "Members agreed to fund the {t} from the pooled budget."]
UPDATES = ["Refresh the information sharing agreement", "Send the audit tool to schools", "Book the annual conference venue",
           "Update the website with the new thresholds", "Report back on missing episodes", "Confirm health lead for the panel"]
STATUS = [("Complete", "closed"), ("Closed", "closed"), ("Ongoing – carried forward", "carried_forward"),
          ("In progress", "open"), ("Done", "closed"), ("Open", "open")]
VERBS = ["Circulate", "Draft", "Present", "Arrange", "Share", "Review", "Bring", "Write to partners about"]
# Discussion sentences name the item and its people, so no two items read alike (the labelling takes
# text repeated word for word as page furniture) and none says "agreed" (decisions are their own lines).
DISCUSSION = ["{I} presented the {t} and took questions from members.",
              "{I} described the {t}, including the early results in two districts.",
              "Members asked {I} for the {t} figures to be broken down by locality.",
              "Concerns were raised about the {t} and the timeliness of strategy discussions.",
              "{I} noted the risk that funding for the {t} ends in March and asked for a plan.",
              "Partners confirmed the learning from the {t} had been shared with practitioners.",
              "The chair thanked {I} for the work on the {t}.",
              "Schools reported more referrals linked to the {t} this term than last.",
              "{I} said the {t} would need health and police data to be complete.",
              "There was a discussion of how the {t} affects families on the edge of care."]


def document(seed: int) -> tuple[str, bytes, dict]:
    rng = random.Random(seed * 7919 + 1)
    m = corpus.meeting(seed, items=rng.randint(3, 8), sentences=rng.randint(1, 3))
    family = seed % 8
    rng_text = random.Random(seed)
    for item in m.items:  # more varied actions and discussion than corpus.py's sentences
        item.actions = [(f"{rng_text.choice(VERBS)} the {item.title.lower()} {rng_text.choice(['paper', 'plan', 'figures', 'briefing'])}",
                         owner, due) for _, owner, due in item.actions]
        item.discussion = [" ".join(sentence.format(I=rng_text.choice(m.present).initials, t=item.title.lower())
                                    for sentence in rng_text.sample(DISCUSSION, rng_text.randint(1, 3)))
                           for _ in range(rng_text.randint(1, 3))]
    if family == 0:
        return f"g{seed}.txt", corpus.as_text(m), _record(m, {}, [])
    if family == 1:
        return f"g{seed}.docx", corpus.as_docx(m, auto_numbers=rng.random() < 0.3), _record(m, {}, [])
    if family == 2:
        return f"g{seed}.pdf", corpus.as_pdf(m, page_per_item=rng.random() < 0.3), _record(m, {}, [])
    decisions = {item.number: DECISIONS[rng.randrange(len(DECISIONS))].format(b="Board", t=item.title.lower())
                 for item in m.items[1:] if rng.random() < 0.5}
    updates = [(rng.choice(UPDATES), *rng.choice(STATUS)) for _ in range(rng.randint(0, 3))]
    blocks = LAYOUTS[family](m, rng, decisions, updates)
    kind = rng.choice(FORMATS[family])
    return f"g{seed}.{kind}", RENDER[kind](blocks, m, rng), _record(m, decisions, updates)


def _record(m: corpus.Meeting, decisions: dict, updates: list) -> dict:
    person = {p.initials: p.name for p in m.present}
    def entry(p):  # corpus.py keeps titles in the name ("Dr ..."); the labelling matches names loosely anyway
        return {"name": p.name, "initials": p.initials, "role": p.role, "organisation": p.organisation}
    return {
        "body": m.body, "date": m.date.isoformat(),
        "people": {"present": [entry(p) for p in m.present], "in_attendance": [], "apologies": [entry(p) for p in m.apologies]},
        "items": [{"number": i.number, "title": i.title} for i in m.items],
        "actions": [{"item": i.number, "text": text, "owner_text": owner, "owners": [person.get(owner, owner)],
                     "due_text": due} for i in m.items for text, owner, due in i.actions],
        "action_updates": [{"item": "2", "text": text, "status": status} for text, _, status in updates],
        "decisions": [{"item": n, "text": text} for n, text in decisions.items()],
    }


def _due(rng, due: str) -> str:
    day = date(int(due[6:]), int(due[3:5]), int(due[:2]))
    return rng.choice([due, f"{day.day} {day:%B %Y}", f"{day:%d.%m.%y}", f"end of {day:%B %Y}", f"w/c {day:%d %B}"])


def _people_lines(m, rng) -> list:
    style = rng.randrange(4)
    if style == 0:  # one a line
        return [("p", "Present:")] + [("p", f"{p.name} ({p.initials}) – {p.role}, {p.organisation}") for p in m.present] + [
            ("p", "Apologies: " + ", ".join(p.name for p in m.apologies))]
    if style == 1:  # comma paragraph
        return [("p", "Present: " + ", ".join(f"{p.name} ({p.initials})" for p in m.present)),
                ("p", "Apologies were received from " + " and ".join(p.name for p in m.apologies) + ".")]
    if style == 2:  # table
        return [("table", [["Name", "Role", "Organisation"]] + [[f"{p.name} ({p.initials})", p.role, p.organisation]
                                                              for p in m.present]),
                ("p", "Apologies: " + "; ".join(f"{p.name}, {p.organisation}" for p in m.apologies))]
    dates = ["Jan", "Mar", "May"]  # P / A / D grid over three meetings
    rows = [["Name", "Organisation", *dates]]
    rows += [[p.name, p.organisation, *[rng.choice(["P", "P", "A", "✓"]) for _ in dates[:-1]], "P"] for p in m.present]
    rows += [[p.name, p.organisation, "P", "P", "A"] for p in m.apologies]
    return [("p", "Attendance (P – present, A – apologies, D – deputy)"), ("table", rows)]


def _header(m, rng) -> list:
    top = [("p", m.body), ("p", rng.choice(["Minutes of the meeting held on ", "Notes of meeting ", "Meeting: "])
                            + f"{m.date.day} {m.date:%B %Y}")]
    if rng.random() < 0.3:
        top = [("p", "From: Business Team"), ("p", f"Sent: {m.date:%d %B %Y} 16:04"), ("p", "Subject: Notes"),
               ("p", "Hi all, notes from the meeting below.")] + top
    return top


def _business_table(m, rng, decisions, updates) -> list:
    split_title = rng.random() < 0.5
    head = ["Item", "Discussion", "Action", rng.choice(["Owner", "Lead", "By whom"]), rng.choice(["Due", "By when", "Deadline"])]
    rows = [head if split_title else [head[0]] + head[1:]]
    if split_title:
        rows[0] = ["No.", "Item", *head[1:]]
    for item in m.items:
        text = "\n".join(item.discussion + ([f"Agreed: {decisions[item.number]}"] if item.number in decisions else []))
        if item.number == "2" and updates:
            text += "\n" + "\n".join(f"Matters arising: {u} – {s.lower()}" for u, s, _ in updates)
        acts = "\n".join(a[0] for a in item.actions)
        owners = "\n".join(a[1] for a in item.actions)
        dues = "\n".join(_due(rng, a[2]) for a in item.actions)
        if split_title:
            rows.append([item.number, item.title, text, acts, owners, dues])
        else:
            rows.append([item.number, f"{item.title}\n{text}", acts, owners, dues])
    return _header(m, rng) + _people_lines(m, rng) + [("table", rows), ("p", "Date of next meeting: to be confirmed")]


def _inline(m, rng, decisions, updates) -> list:
    marker = rng.choice(["ACTION: {o} to {t} by {d}.", "Action – {o} – {T} – {d}", "{o} to {t} by {d}.",
                         "Action: {T} ({o}, {d})"])
    dec = rng.choice(["Agreed: {x}", "RESOLVED: That {x}", "Decision: {x}", "{x}"])
    blocks = _header(m, rng) + _people_lines(m, rng)
    parts = rng.random() < 0.4
    for n, item in enumerate(m.items):
        number = f"{(n // 3) + 1}.{n % 3 + 1}" if parts else item.number
        if parts and n % 3 == 0:
            blocks.append(("h", f"Part {(n // 3) + 1} – {rng.choice(['Governance', 'Assurance', 'Learning'])}"))
        item.number = number
        blocks.append(("h", rng.choice(["{n}. {t}", "Item {n} – {t}", "{n} {t}"]).format(n=number, t=item.title)))
        blocks += [("p", text) for text in item.discussion]
        if number in decisions or item.number in decisions:
            blocks.append(("p", dec.format(x=decisions.get(number) or decisions[item.number])))
        if n == 1:
            blocks += [("p", f"Action {k + 3} ({u}) – {s.lower()}") for k, (u, s, _) in enumerate(updates)]
        blocks += [("p", marker.format(o=o, t=t[0].lower() + t[1:], T=t, d=_due(rng, d))) for t, o, d in item.actions]
    return blocks


def _action_log(m, rng, decisions, updates) -> list:
    blocks = _header(m, rng) + _people_lines(m, rng)
    log = [["Ref", "Action", "Owner", "Due", "Status"]]
    log += [[f"{k + 1}", u, "", "", s] for k, (u, s, _) in enumerate(updates)]
    for item in m.items:
        blocks.append(("h", f"{item.number}. {item.title}"))
        blocks += [("p", text) for text in item.discussion]
        if item.number in decisions:
            blocks.append(("p", decisions[item.number]))
        if item.actions:
            blocks[-1] = ("p", blocks[-1][1] + f" (Action: {'/'.join(a[1] for a in item.actions)})")
        log += [[f"{item.number}.{k + 1}", t, o, _due(rng, d), "New"] for k, (t, o, d) in enumerate(item.actions)]
    return blocks + [("h", "Action log"), ("table", log)]


def _council_page(m, rng, decisions, updates) -> list:
    blocks = [("p", m.body), ("p", f"Minutes of the meeting on {m.date:%A %d %B %Y}")]
    blocks.append(("p", "Present: Councillors " + ", ".join(p.name.replace("Cllr ", "") for p in m.present[:4])))
    blocks.append(("p", "Officers: " + ", ".join(f"{p.name} ({p.role})" for p in m.present[4:])))
    blocks.append(("p", "Apologies for absence were received from " + ", ".join(p.name for p in m.apologies)))
    for item in m.items:
        blocks.append(("h", f"{item.number}. {item.title}"))
        blocks += [("p", text) for text in item.discussion]
        if item.number in decisions:
            blocks.append(("p", "RESOLVED: That " + decisions[item.number][0].lower() + decisions[item.number][1:]))
        blocks += [("p", f"ACTION: {o} to {t[0].lower() + t[1:]} by {_due(rng, d)}") for t, o, d in item.actions]
    return blocks


FAMILIES = 8
FAMILY_NAMES = ["corpus text", "corpus docx", "corpus pdf", "business table", "inline markers", "closing action log",
                "council page (html)", "business table (2)"]
LAYOUTS = {3: _business_table, 4: _inline, 5: _action_log, 6: _council_page, 7: _business_table}
FORMATS = {3: ["docx", "pdf"], 4: ["txt", "docx", "pdf"], 5: ["docx", "pdf", "txt"], 6: ["html"], 7: ["pdf", "txt"]}


def _text(blocks, m, rng) -> bytes:
    lines = []
    for kind, value in blocks:
        if kind == "table":
            lines += ["\t".join(cell.replace("\n", " ") for cell in row) for row in value]
        else:
            lines += textwrap.wrap(value, 95) if kind == "p" else [value]
    return ("\n".join(lines) + "\n").encode()


def _html(blocks, m, rng) -> bytes:
    out = ["<html><body><div class='mgContent'>"]
    for kind, value in blocks:
        if kind == "table":
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{html.escape(c).replace(chr(10), '<br>')}</td>"
                                                            for c in row) + "</tr>" for row in value) + "</table>")
        else:
            out.append(f"<{'h2' if kind == 'h' else 'p'}>{html.escape(value)}</{'h2' if kind == 'h' else 'p'}>")
    return ("\n".join(out) + "</div></body></html>").encode()


def _docx(blocks, m, rng) -> bytes:
    import docx

    word = docx.Document()
    for kind, value in blocks:
        if kind == "table":
            table = word.add_table(rows=0, cols=max(len(r) for r in value))
            for row in value:
                for cell, text in zip(table.add_row().cells, row):
                    cell.text = text
        elif kind == "h":
            word.add_paragraph().add_run(value).bold = True
        else:
            word.add_paragraph(value)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _pdf(blocks, m, rng) -> bytes:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, Table, TableStyle

    styles = getSampleStyleSheet()
    story = []
    for kind, value in blocks:
        if kind == "table":
            small = styles["BodyText"].clone("small", fontSize=7, leading=8)
            cells = [[Paragraph(html.escape(c).replace("\n", "<br/>"), small) for c in row] for row in value]
            n = max(len(r) for r in value)  # column widths by how much each column holds
            weight = [max(6, sum(len(r[c]) for r in value if c < len(r))) ** 0.5 for c in range(n)]
            total = rng.choice([440, 440, 320])  # sometimes narrow columns that wrap word by word
            widths = [30 + (total - 30 * n) * w / sum(weight) for w in weight]
            table = Table(cells, repeatRows=1, colWidths=widths)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(table)
        else:
            story.append(Paragraph(html.escape(value), styles["Heading3" if kind == "h" else "BodyText"]))
    return corpus.build_pdf(story, footer=f"{m.body[:30]} {m.date:%d.%m.%y}")


RENDER = {"txt": _text, "html": _html, "docx": _docx, "pdf": _pdf}
