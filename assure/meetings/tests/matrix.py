"""For the central permission matrix: one record of each kind in world.partnership, by URL name."""
import datetime

from django.core.files.uploadedfile import SimpleUploadedFile

from assure.actions.services import Owner, create_action
from assure.partnerships.models import Body, Person

from .. import services


def url_kwargs(world) -> dict[str, dict]:
    partnership, by = world.partnership, world.business_user
    body = Body.objects.create(partnership=partnership, name="Matrix Board", kind=Body.Kind.EXECUTIVE_BOARD)
    person = Person.objects.create(partnership=partnership, full_name="Matrix Person")
    earlier = services.schedule_meeting(partnership=partnership, body=body, date=datetime.date(2026, 1, 5), by=by)
    meeting = services.schedule_meeting(partnership=partnership, body=body, date=datetime.date(2026, 3, 2), by=by)
    earlier_item = services.add_agenda_item(earlier, title="Earlier item", by=by)
    action = create_action(partnership=partnership, text="Matrix action", owners=[Owner(person=person)], by=by,
                           meeting=earlier, item=earlier_item, due_at_next_meeting=True)
    item = services.add_agenda_item(meeting, title="Matrix item", by=by)
    services.add_decision(item, text="Agreed", by=by)
    paper = services.add_paper(item, upload=SimpleUploadedFile("paper.txt", b"Matrix paper"), by=by)
    (attendance,) = services.record_attendance(
        meeting, entries=[services.AttendanceEntry(person=person, status="present")], by=by)
    entry = services.book_forward_plan_entry(partnership=partnership, body=body, title="Annual report",
                                             every_year_in=3, by=by)
    m, i = {"meeting_id": meeting.pk}, {"meeting_id": meeting.pk, "item_id": item.pk}
    return {
        "meetings:list": {},
        "meetings:schedule": {},
        "meetings:attendance-report": {},
        "meetings:forward-plan": {},
        "meetings:forward-plan-add": {},
        "meetings:forward-plan-edit": {"entry_id": entry.pk},
        "meetings:forward-plan-remove": {"entry_id": entry.pk},
        "meetings:detail": m,
        "meetings:history": m,
        "meetings:edit": m,
        "meetings:cancel": m,
        "meetings:approve-minutes": m,
        "meetings:attendance": m,
        "meetings:minutes-docx": m,
        "meetings:minutes-pdf": m,
        "meetings:agenda-pack": m,
        "meetings:action-log-docx": m,
        "meetings:action-log-xlsx": m,
        "meetings:matters-arising-update": {**m, "action_id": action.pk},
        "meetings:forward-plan-to-agenda": {**m, "entry_id": entry.pk},
        "meetings:item-add": m,
        "meetings:item-edit": i,
        "meetings:item-remove": i,
        "meetings:item-move": i,
        "meetings:item-minutes": i,
        "meetings:paper-add": i,
        "meetings:paper-download": {**m, "paper_id": paper.pk},
        "meetings:paper-remove": {**m, "paper_id": paper.pk},
    }
