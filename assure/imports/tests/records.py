"""Hand-built records in the MINUTES_SCHEMA shape, and helpers to make drafts from them without a reader."""
import copy

from assure.documents.document import Document, Paragraph
from assure.imports.models import ImportedDocument
from assure.imports.services import fingerprint

RECORD = {
    "body": "Fenbridge Safeguarding Partnership Executive Board",
    "date": "2026-01-15",
    "next_meeting_date": "2026-03-19",
    "people": {
        "present": [
            {"name": "Jackie Channell", "initials": "JC", "role": "Chair", "organisation": "Fenbridge Council",
             "deputising_for": None},
            {"name": "Nadia Okafor", "initials": "NO", "role": "Head of Service", "organisation": "Fenshire Fire and Rescue",
             "deputising_for": None},
            {"name": "Tom Price", "initials": "TP", "role": "Detective Superintendent", "organisation": "Fenshire Police",
             "deputising_for": "Owen Hart"},
        ],
        "in_attendance": [
            {"name": "Bea Business", "initials": "BB", "role": "Business Manager", "organisation": "", "deputising_for": None},
        ],
        "apologies": [
            {"name": "Owen Hart", "initials": "OH", "role": "Chief Superintendent", "organisation": "Fenshire Police",
             "deputising_for": None},
        ],
    },
    "items": [
        {"number": "1", "title": "Welcome and apologies"},
        {"number": "2", "title": "Matters arising"},
        {"number": "3", "title": "Neglect strategy"},
        {"number": "3.1", "title": "Neglect toolkit"},
    ],
    "actions": [
        {"item": "3", "text": "Circulate the neglect strategy to all members for comment", "owner_text": "JC/NO",
         "owners": ["Jackie Channell", "Nadia Okafor"], "due": "2026-02-28"},
        {"item": "3.1", "text": "Bring the toolkit evaluation to the next meeting", "owner_text": "WS Business Team",
         "owners": ["WS Business Team"], "due": "Next meeting"},
        {"item": "9", "text": "Share the audit findings with schools", "owner_text": "TP", "owners": [], "due": "March 2026"},
    ],
    "action_updates": [],
    "decisions": [{"item": "3", "text": "The board agreed the neglect strategy."}],
    "forward_plan": [
        {"item": "3", "text": "Neglect strategy: six-month review", "when": "July 2026"},
        {"item": "", "text": "LADO annual report", "when": "each September"},
        {"item": "", "text": "Training needs analysis", "when": "Q3"},
    ],
}


def record(**changes) -> dict:
    result = copy.deepcopy(RECORD)
    result.update(changes)
    return result


def make_draft(partnership, user, rec=None, name="minutes.txt", data=None) -> ImportedDocument:
    rec = copy.deepcopy(rec if rec is not None else RECORD)
    data = data if data is not None else repr(rec).encode()
    document = Document(blocks=[Paragraph("Minutes of the Executive Board")], source=name, kind="text")
    return ImportedDocument.objects.create(
        partnership=partnership, file_name=name, content_hash=fingerprint(data), size=len(data), kind="text",
        uploaded_by=user, record=rec, source_text=document.text())
