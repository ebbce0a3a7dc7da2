"""What each partner did: a table of the member organisations (statutory partners first) with their attendance at
the period's meetings (the meetings app's rule) and their training places (the training app's year summaries), and
the partners' own reports uploaded for this report (`reports.PartnerReport`); and the appendix listing those reports."""
from assure.documents.compose import Bullets, Paragraph, Table
from assure.meetings import attendance_report
from assure.partnerships.models import Organisation
from assure.reports.models import PartnerReport

from .common import Live, Period, nothing, percent_text
from .governance import attendance_data
from .training import summaries


def partner_reports(period: Period) -> list[PartnerReport]:
    """The reports uploaded for the partnership's report of this kind and period."""
    return list(PartnerReport.objects.filter(
        report__partnership=period.partnership, report__kind=period.kind, report__starts_on=period.starts_on,
        report__ends_on=period.ends_on).select_related("organisation").defer("content")
        .order_by("organisation__name", "title"))


def partners(period: Period) -> Live:
    report = attendance_report.build_report(*attendance_data(period))
    attendance = {line.organisation.id: line for line in report.organisations}
    booked, attended = {}, {}
    for summary in summaries(period):
        for row in summary["by_organisation"]:
            key = row["organisation"].casefold()
            booked[key] = booked.get(key, 0) + row["booked"]
            attended[key] = attended.get(key, 0) + row["attended"]
    uploaded = partner_reports(period)
    titles = {}
    for partner_report in uploaded:
        titles.setdefault(partner_report.organisation_id, []).append(partner_report.title)
    organisations = sorted(Organisation.objects.filter(partnership=period.partnership),
                           key=lambda o: (o.statutory_rank, o.name.casefold()))
    rows = []
    for organisation in organisations:
        line = attendance.get(organisation.pk)
        key = organisation.name.casefold()
        if line is None and key not in booked and organisation.pk not in titles:
            continue
        rows.append((organisation.name + (" (statutory partner)" if organisation.is_statutory_partner else ""),
                     f"{line.represented} of {line.expected}" if line else "–",
                     percent_text(line.rate) if line else "–",
                     str(booked.get(key, 0)), str(attended.get(key, 0)),
                     "; ".join(titles.get(organisation.pk, [])) or "–"))
    if not rows:
        return nothing(f"No member organisation attended a meeting, booked training or sent its own report for "
                       f"{period.words}.")
    return Live((Paragraph("Each member organisation's part in the partnership's work: the meetings at which it was "
                           "represented of those it was expected at, the training places its staff booked and used, "
                           "and its own report of the year."),
                 Table(("Organisation", "Meetings represented", "Rate", "Training places booked",
                        "Places attended", "Own report"), tuple(rows),
                       caption=f"What each partner did, {period.words}", widths=(3, 1.2, 0.8, 1, 1, 2.5),
                       numeric=(2, 3, 4))), True)


def partner_reports_appendix(period: Period) -> Live:
    uploaded = partner_reports(period)
    if not uploaded:
        return nothing("No partner has sent its own report for this report yet.")
    return Live((Paragraph("The partners' own reports of their year:"),
                 Bullets(tuple(f"{r.organisation.name}: {r.title}" for r in uploaded))), True)
