"""Papers and a minuted meeting for the board's documents tests (fictional text throughout)."""
import datetime
import io

from django.core.files.base import ContentFile

from assure.actions.services import Owner
from assure.meetings import services
from assure.meetings.models import Paper


def pdf_bytes(pages: int, label: str = "Paper", password: str = "", owner_only: bool = False) -> bytes:
    """A PDF of `pages` A4 pages, each saying "<label> page n", drawn by WeasyPrint; encrypted when `password`
    (`owner_only`: anyone may open it, the password guards only changes)."""
    from pypdf import PdfReader, PdfWriter
    from weasyprint import HTML

    html = "".join(f'<p style="break-after: page">{label} page {n}</p>' for n in range(1, pages + 1))
    data = HTML(string=f"<html><body>{html}</body></html>").write_pdf()
    if not password:
        return data
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password="" if owner_only else password, owner_password=password + "-owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes(heading: str = "Summary", text: str = "The subgroup met twice.",
               table=(("Measure", "Q1"), ("Referrals", "41"))) -> bytes:
    from docx import Document

    document = Document()
    document.add_heading(heading, level=1)
    document.add_paragraph(text)
    grid = document.add_table(rows=0, cols=len(table[0]))
    for row in table:
        cells = grid.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def stored_paper(item, title: str, name: str, data: bytes, by=None) -> Paper:
    """A paper stored as it is, without the upload checks (a file kept before today's checks, or a test's)."""
    paper = Paper(item=item, title=title, original_name=name, size=len(data), uploaded_by=by)
    paper.file.save(name, ContentFile(data), save=False)
    paper.save()
    return paper


def minuted_meeting(meeting, people, by):
    """The meeting with attendance, two minuted items, a decision and actions."""
    people["la"].job_title = "Director of Children's Services"
    people["la"].save()
    services.record_attendance(meeting, entries=[
        services.AttendanceEntry(person=people["la"], status="present"),
        services.AttendanceEntry(person=people["police"], status="present"),
        services.AttendanceEntry(person=people["school"], status="in_attendance"),
        services.AttendanceEntry(person=people["health"], status="apologies"),
    ], by=by)
    welcome = services.add_agenda_item(meeting, number="1", title="Welcome and apologies", by=by)
    services.record_minutes(welcome, by=by, expected_version=welcome.version,
                            discussion="The chair welcomed members.")
    item = services.add_agenda_item(meeting, number="2", title="Neglect toolkit relaunch", by=by,
                                    presenter=people["police"])
    services.record_minutes(item, by=by, expected_version=item.version,
                            discussion="Members discussed the take-up of the toolkit in schools.")
    services.add_decision(item, text="The relaunch goes ahead in April.", by=by)
    services.record_item_action(item, text="Write to head teachers about the toolkit",
                                owners=[Owner(person=people["la"])], by=by, due_date=datetime.date(2026, 4, 30))
    services.record_item_action(item, text="Share the training dates", owners=[Owner(group_name="Business team")],
                                by=by, due_at_next_meeting=True)
    return welcome, item
