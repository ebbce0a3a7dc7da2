"""Pages of the meetings app; each view: permission (decorator), form, one service call, render or redirect."""
from .agenda import (
                     item_add,
                     item_edit,
                     item_minutes,
                     item_move,
                     item_remove,
                     paper_add,
                     paper_download,
                     paper_remove,
)
from .attendance import attendance, matters_arising_update
from .documents import action_log_docx, action_log_xlsx, minutes_docx, minutes_pdf, pack_pdf
from .forward_plan import entry_add, entry_edit, entry_remove, entry_to_agenda, forward_plan
from .meetings import approve_minutes, cancel, detail, edit, history, meeting_list, schedule
from .reports import attendance_report

__all__ = [
    "action_log_docx", "action_log_xlsx", "minutes_docx", "minutes_pdf", "pack_pdf",
    "approve_minutes", "attendance", "attendance_report", "cancel",
    "detail", "edit", "entry_add", "entry_edit", "entry_remove", "entry_to_agenda",
    "forward_plan", "history", "item_add", "item_edit", "item_minutes", "item_move", "item_remove",
    "matters_arising_update", "meeting_list", "paper_add", "paper_download", "paper_remove", "schedule",
]
