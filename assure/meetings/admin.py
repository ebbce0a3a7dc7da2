from assure.core.admin_site import register_all

from .models import AgendaItem, Attendance, Decision, ForwardPlanEntry, Meeting, Paper

register_all(Meeting, AgendaItem, Attendance, Decision, ForwardPlanEntry, Paper)
