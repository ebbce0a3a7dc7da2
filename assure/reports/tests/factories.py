"""Yearly reports for tests: a draft started through the services, and a published one frozen without drawing its
PDF (fast), with its statutory recipients."""
import datetime
import hashlib

from assure.core import clock
from assure.partnerships.models import Body, Membership, Person

from .. import services
from ..models import Recipient, ReportFile, YearlyReport
from ..yearly import checklist

D = datetime.date


def draft(partnership, by, *, kind="joint", starts_on=D(2025, 4, 1), ends_on=D(2026, 3, 31), **kwargs):
    return services.start_report(partnership=partnership, by=by, kind=kind, starts_on=starts_on, ends_on=ends_on,
                                 **kwargs)


def published(partnership, by, *, kind="children", starts_on=D(2024, 4, 1), ends_on=D(2025, 3, 31),
              published_on=D(2026, 3, 2)):
    """Published on 2 March 2026 (a week before the tests' fixed clock), nothing sent yet."""
    report = draft(partnership, by, kind=kind, starts_on=starts_on, ends_on=ends_on)
    report.frozen = services.frozen_data(report)
    report.status, report.signed_off_at, report.signed_off_by = YearlyReport.Status.PUBLISHED, clock.now(), by
    report.published_on, report.published_by, report.web_address = published_on, by, "https://example.org.uk/yr"
    report.save()
    for file_format in services.FILE_FORMATS:
        content = f"kept {file_format}".encode()
        ReportFile.objects.create(report=report, file_format=file_format, content=content, size=len(content),
                                  sha256=hashlib.sha256(content).hexdigest(), made_at=clock.now())
    for position, name in enumerate(checklist.RECIPIENTS[kind], start=1):
        Recipient.objects.create(report=report, name=name, statutory=True, position=position)
    return report


def executive_member(partnership, user, by=None):
    """Make `user`'s person a member of the partnership's Executive Board."""
    board = Body.objects.filter(partnership=partnership, kind=Body.Kind.EXECUTIVE_BOARD).first() or \
        Body.objects.create(partnership=partnership, name="Executive Board", kind=Body.Kind.EXECUTIVE_BOARD)
    person = Person.objects.get(partnership=partnership, user=user)
    Membership.objects.get_or_create(body=board, person=person)
    return person
