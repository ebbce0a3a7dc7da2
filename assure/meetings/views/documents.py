"""The board's documents for a meeting: minutes (Word, PDF), the agenda pack (PDF) and the action log (Word,
XLSX). Each follows the meeting page's permission; the content is built by the app's document modules and drawn by
`documents.render` (the pack by `agenda_pack`)."""
from django.http import HttpResponse

from assure.core.access import READ, partnership_view
from assure.core.pages import bytes_download
from assure.documents import render, tables

from .. import agenda_pack
from ..action_log_document import action_log_composition, action_log_table
from ..minutes_document import file_name, minutes_composition
from ._common import get_meeting

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _download(content: bytes, content_type: str, name: str) -> HttpResponse:
    return bytes_download(content, name, content_type)


@partnership_view(READ)
def minutes_docx(request, meeting_id):
    meeting = get_meeting(request, meeting_id)
    return _download(render.render(minutes_composition(meeting), "docx"), render.FORMATS["docx"],
                     file_name(meeting, "docx"))


@partnership_view(READ)
def minutes_pdf(request, meeting_id):
    meeting = get_meeting(request, meeting_id)
    return _download(render.render(minutes_composition(meeting), "pdf"), render.FORMATS["pdf"],
                     file_name(meeting, "pdf"))


@partnership_view(READ)
def pack_pdf(request, meeting_id):
    meeting = get_meeting(request, meeting_id)
    pack = agenda_pack.build_pack(meeting, request.role)
    return _download(pack.pdf, render.FORMATS["pdf"], file_name(meeting, "pdf", what="agenda-pack"))


@partnership_view(READ)
def action_log_docx(request, meeting_id):
    meeting = get_meeting(request, meeting_id)
    return _download(render.render(action_log_composition(meeting), "docx"), render.FORMATS["docx"],
                     file_name(meeting, "docx", what="action-log"))


@partnership_view(READ)
def action_log_xlsx(request, meeting_id):
    meeting = get_meeting(request, meeting_id)
    return _download(tables.write_table(action_log_table(meeting), "xlsx", sheet="Action log"), XLSX_CONTENT_TYPE,
                     file_name(meeting, "xlsx", what="action-log"))
