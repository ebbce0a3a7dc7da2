from django.shortcuts import render

from assure.core import clock
from assure.core.access import READ, partnership_view
from assure.core.filters import sent
from assure.jobs import exports

from .. import queries
from ..filters import AttendanceReportFilter

# The attendance report's people in a download (jobs.exports, ADR 0148): a row per person, as the page counts them.
COLUMNS = [
    ("Name", "name"), ("Organisation", "organisation.name"), ("Present", "present"),
    ("In attendance", "in_attendance"), ("Apologies", "apologies"), ("Absent", "absent"),
    ("Attended (%)", "rate"), ("Deputised for others", "deputised_for_others"),
    ("Deputised for by others", "deputised_by_others"),
]


@partnership_view(READ)
def attendance_report(request):
    """Opened without dates: the last 12 months. With dates: checked, and refused with a message if unusable."""
    data = request.GET
    if not sent(data, "start", "end"):
        today = clock.today()
        data = data.copy()
        data.update({"start": today.replace(year=today.year - 1).isoformat(), "end": today.isoformat()})
    meetings = AttendanceReportFilter(data, queryset=queries.held_meetings(request.partnership), request=request)
    report = None
    if meetings.is_valid():
        report = queries.attendance_report_for(request.partnership, meetings.qs)
        if exports.wanted(request):
            return exports.download(request, report.people, COLUMNS, "attendance", sheet="Attendance")
    return render(request, "meetings/attendance_report.html", {"form": meetings.form, "report": report})
