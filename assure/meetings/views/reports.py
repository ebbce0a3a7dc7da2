from django.shortcuts import render

from assure.core import clock
from assure.core.access import READ, partnership_view

from .. import queries
from ..forms import AttendanceReportForm


def _boxes(name, date):
    return {f"{name}_day": str(date.day), f"{name}_month": str(date.month), f"{name}_year": str(date.year)}


@partnership_view(READ)
def attendance_report(request):
    """Opened without dates: the last 12 months. With dates: checked, and refused with a message if unusable."""
    if any(name.startswith(("start_", "end_")) for name in request.GET):
        form = AttendanceReportForm(request.GET, partnership=request.partnership)
    else:
        today = clock.today()
        form = AttendanceReportForm({**_boxes("start", today.replace(year=today.year - 1)), **_boxes("end", today)},
                                    partnership=request.partnership)
    report = None
    if form.is_valid():
        data = form.cleaned_data
        report = queries.attendance_report_for(request.partnership, data["start"], data["end"], body=data["body"])
    return render(request, "meetings/attendance_report.html", {"form": form, "report": report})
