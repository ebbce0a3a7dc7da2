"""A minutes file waiting to be checked: the Adults Partnership Group's extraordinary meeting, as its
minute taker typed it in Word, uploaded by the business manager (run by `assure demo`, see services.py).

So a new user finds one import on the Import minutes page and can walk the check page: the people
matched to the partnership's own, due dates read from how they were written, an owner nobody can be
sure of, and a matters-arising line to link to an earlier action. Everything here is invented.
"""
from __future__ import annotations

import datetime
import io

from assure.demo.story import weekday_on_or_after
from assure.imports.services import ImportRefused, start_import

FILE_NAME = "APG extraordinary meeting - draft minutes.docx"


def extend(world) -> None:
    held = weekday_on_or_after(world.today - datetime.timedelta(days=16))
    next_meeting = world.meetings["apg"][-1].date   # already in the group's diary
    try:
        start_import(partnership=world.partnership, file_name=FILE_NAME, data=minutes_docx(held, next_meeting),
                     by=world.business_user)
    except ImportRefused as refused:  # the demo's own file must read; say why loudly if it ever does not
        raise RuntimeError(f"The demo minutes were refused: {refused}") from None


def _long(day: datetime.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def minutes_docx(held: datetime.date, next_meeting: datetime.date) -> bytes:
    import docx

    def by(days: int) -> str:
        day = held + datetime.timedelta(days=days)
        return f"{day.day} {day:%B %Y}"

    end_of_next_month = (held.replace(day=1) + datetime.timedelta(days=62)).replace(day=1) - datetime.timedelta(days=1)
    document = docx.Document()
    document.add_heading("Marshcombe Safeguarding Partnership", level=1)
    document.add_heading("Adults Partnership Group", level=2)
    document.add_paragraph(f"Extraordinary meeting: {_long(held)}, 2.00pm – 3.30pm, Marshcombe Voluntary Action, Bridge Street")
    document.add_paragraph("Present: Gareth Sims (GS) – Head of Adult Safeguarding, Marshcombe County Council (Chair); "
                           "Sian Osborne (SO) – Designated Nurse, Safeguarding Adults, ICB; Joanne Baptiste (JB) – "
                           "Principal Social Worker, Adults; Leah Whitmore (LW) – Detective Inspector, Tarnside Police; "
                           "Rosie Penrose (RP) – Chief Executive, Marshcombe Voluntary Action; Imogen Clarke (IC) – "
                           "Community Safety Manager, Tarnside District Council")
    document.add_paragraph("In attendance: Ellie Fairbairn (EF) – Business Support Officer (minutes)")
    document.add_paragraph("Apologies: Kwame Mensah (KM) – Probation Service; Lucy Harland (LH) – Tarnside Fire and Rescue")
    rows = [
        ("1", "Welcome, apologies and declarations of interest",
         "The Chair welcomed members to this extraordinary meeting, called to agree the partnership's response to "
         "the rise in self-neglect referrals over the autumn. Apologies were noted as above. No declarations of "
         "interest were made.", "", ""),
        ("2", "Matters arising",
         "Action 1 from the last meeting, the hoarding protocol briefing for housing officers, was reported complete: "
         "the briefing was delivered to both district housing teams.", "", ""),
        ("3", "Self-neglect referrals: what the figures show",
         "JB presented the figures: referrals citing self-neglect rose by a third on the same quarter last year, "
         "most from housing and the fire service's home safety visits. Most people referred were over 75 and lived "
         "alone.\nMembers discussed whether the rise reflects more need or better recognition since the fire "
         "service's training. LW noted that police welfare checks had risen in the same period.\nThe group agreed "
         "that both are likely and that the response must cover each.",
         f"Break the referrals down by district and referrer and bring them to the next meeting\n"
         f"Share the fire service's home safety visit referral criteria with all members by {by(10)}",
         "JB\nIC"),
        ("4", "Multi-agency self-neglect protocol refresh",
         "SO outlined the draft refreshed protocol, which adds a risk threshold for a multi-agency meeting and names "
         "a lead agency for each level of risk. Members welcomed the clearer thresholds and asked that the lead "
         "agency table be tested against three recent cases before sign-off.\nThe protocol was agreed in "
         "principle, subject to the case testing.",
         f"Test the lead agency table against three recent cases – deadline {(held + datetime.timedelta(days=21)):%d/%m/%Y}",
         "SO / JB"),
        ("5", "Communications to the public and practitioners",
         "RP proposed a short winter campaign with the voluntary sector on checking on isolated older neighbours. "
         "Members supported it, with the messages agreed with the community safety team first.",
         f"Draft the winter campaign messages and circulate for comment by end of {end_of_next_month:%B %Y}",
         "RP & IC"),
        ("6", "Any other business",
         "All members were asked to confirm their agency's lead contact for self-neglect cases.",
         "Confirm each agency's self-neglect lead contact – ASAP", "All"),
    ]
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, ("Item", "Title", "Discussion", "Action", "Owner"), strict=True):
        cell.text = heading
    for number, title, discussion, action, owner in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text, cells[4].text = (
            number, title, discussion, action, owner)
    document.add_paragraph(f"Date of next meeting: {_long(next_meeting)}, 2.00pm, Marshcombe Voluntary Action")
    document.core_properties.created = document.core_properties.modified = datetime.datetime(2026, 1, 1)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
