"""Taking the quarter's pack to the board: made, then added as a paper to an agenda item of a scheduled meeting of
the partnership (through the meetings app's own `add_paper`, so a paper's checks apply), and remembered so the
quarter page can say which meetings received it."""
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from assure.core import clock
from assure.core.audit import service
from assure.meetings.models import AgendaItem, Meeting
from assure.meetings.services import agenda

from .. import periods
from ..models import PackPaper
from ..pack import data, pdf, word

FORMATS = {"pdf": ("pdf", pdf.PDF_CONTENT_TYPE), "docx": ("docx", word.DOCX_CONTENT_TYPE)}


@service
def send_pack_to_meeting(partnership, *, by, quarter: periods.Period, meeting: Meeting,
                         item: AgendaItem | None = None, formats=("pdf",)) -> list[PackPaper]:
    """Make the pack and add it as the paper(s) of `item`, or of a new item "Performance dataset Q2 2026/27" at the
    end of the agenda when `item` is None. Refused while a red indicator has no commentary. The files are made
    before the transaction (seconds of CPU for 25 charts), so no lock is held while they are drawn."""
    if meeting.partnership_id != partnership.pk:
        raise ValidationError({"meeting": "Choose a meeting of this partnership."})
    if meeting.status != Meeting.Status.SCHEDULED:
        raise ValidationError({"meeting": "Choose a scheduled meeting: this one has been held or cancelled."})
    if item is not None and item.meeting_id != meeting.pk:
        raise ValidationError({"item": "Choose an item on the agenda of that meeting."})
    formats = [f for f in FORMATS if f in set(formats)]
    if not formats:
        raise ValidationError({"formats": "Choose the PDF, the Word file or both"})
    pack = data.assemble(partnership, quarter)
    refusal = data.refusal(pack)
    if refusal:
        raise ValidationError({"meeting": refusal})
    files = []
    for kind in formats:
        extension, content_type = FORMATS[kind]
        content = pdf.pack_pdf(pack) if kind == "pdf" else word.pack_docx(pack)
        files.append(SimpleUploadedFile(data.file_name(pack, extension), content, content_type=content_type))
    title = f"{pack.title}{' (draft)' if pack.is_draft else ''}"
    with transaction.atomic():
        if item is None:
            item = agenda.add_agenda_item(meeting, title=data.item_title(quarter), by=by)
        return [PackPaper.objects.create(partnership=partnership, quarter_start=quarter.start, sent_at=clock.now(),
                                         sent_by=by, paper=agenda.add_paper(item, upload=upload, by=by, title=title))
                for upload in files]
