"""The daily run on the queue: at 07:00 London time, every partnership's reminders and overdue notices, and on
its digest day the weekly digests (ADR 0147). Sent as the system actor; the outbox's keys make a repeated run
send nothing twice."""
import datetime
import zoneinfo

from huey.contrib.djhuey import db_periodic_task

LONDON = zoneinfo.ZoneInfo("Europe/London")
SEND_AT = datetime.time(7, 0)


def at_london_time(when: datetime.time):
    """huey's crontab reads the consumer's clock, which is UTC (huey's default): 07:00 in London is 07:00 UTC in
    winter and 06:00 UTC in summer, so the check is made in London time instead."""
    def due(moment: datetime.datetime) -> bool:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=datetime.UTC)
        local = moment.astimezone(LONDON)
        return (local.hour, local.minute) == (when.hour, when.minute)
    return due


@db_periodic_task(at_london_time(SEND_AT))
def send_daily_reminders() -> int:
    from assure.core.audit import system_actor
    from assure.partnerships.models import Partnership

    from . import services

    by, count = system_actor(), 0
    for partnership in Partnership.objects.order_by("pk"):
        count += len(services.send_reminders(partnership, by=by).emails)
    return count
