"""For the central permission matrix: every role of the partnership has its own calendar page and makes or resets
its own addresses (READ); sending meeting invitations is for the business team (MANAGE). A feed is opened by its
secret address with no sign-in (level "link"), only under its own partnership. Another partnership's users get 404."""
import datetime

from .. import services
from . import factories

EXPECTED = {}


def url_kwargs(world) -> dict[str, dict]:
    partnership, by = world.partnership, world.business_user
    board = factories.body(partnership, "Calendar Feeds Test Group")
    meeting = factories.meeting(board, by, date=datetime.date(2026, 4, 20))
    token = services.reset_feed(partnership, by=by)
    return {
        "calendars:mine": {},
        "calendars:reset": {},
        "calendars:body-reset": {"body_id": board.pk},
        "calendars:feed": {"token": token},
        "calendars:invitations": {"meeting_id": meeting.pk},
    }
