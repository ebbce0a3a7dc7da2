"""Writes to inspections: the inspection (its Activity and detail, together), its judgements, its published report
and its preparation tasks. Recommendations and their actions are the programme's (services.programme)."""
import datetime
import hashlib
from pathlib import Path

from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.db import transaction

from assure.actions import services as action_services
from assure.actions.models import Action
from assure.core import clock
from assure.core.audit import service
from assure.documents import intake
from assure.documents.checks import UnreadableDocument, check_size

from ..models import Activity, Inspection, InspectionJudgement, InspectionPreparation
from ..timescales import financial_year
from . import _checks
from .programme import add_activity, edit_activity

REPORT_KINDS = ("pdf", "docx", "odt", "text")
HELD = (Activity.Status.IN_PROGRESS, Activity.Status.REPORTED, Activity.Status.COMPLETE)


def _max_upload_bytes() -> int:
    return getattr(django_settings, "IMPORT_MAX_BYTES", 20 * 1024 * 1024)


def _checked(*, inspection_type, theme, title, start_date, end_date, status) -> dict:
    if inspection_type not in Inspection.Type.values:
        raise ValidationError({"inspection_type": "Choose the type of inspection."})
    theme = _checks.one_line(theme)
    if inspection_type == Inspection.Type.JTAI and not theme:
        raise ValidationError({"theme": "Enter the theme of the joint targeted area inspection, for example "
                                        "'children who are victims of domestic abuse'."})
    if status in HELD and start_date is None:
        raise ValidationError({"start_date": "Enter the first day of the inspection."})
    if end_date is not None and start_date is None:
        raise ValidationError({"start_date": "Enter the first day of the inspection as well as the last."})
    _checks.not_before(end_date, start_date, "end_date", "The last day of the inspection is before its first day.")
    title = _checks.one_line(title) or " ".join(
        part for part in (Inspection.Type(inspection_type).label.split(" (")[0],
                          f"({theme})" if theme and inspection_type == Inspection.Type.JTAI else "",
                          f"{start_date:%B %Y}" if start_date else "") if part)
    return {"theme": theme, "title": title}


def _activity_fields(values, *, start_date, planned_report, status, reported_on, reporting_body, owner_body, lead,
                     agencies, scope) -> dict:
    year = financial_year(start_date or planned_report or reported_on or clock.today())
    return {"year": year, "kind": Activity.Kind.INSPECTION, "title": values["title"], "theme": values["theme"],
            "scope": scope, "owner_body": owner_body, "reporting_body": reporting_body, "lead": lead,
            "planned_start": start_date, "planned_report": planned_report, "status": status,
            "reported_on": reported_on, "agencies": agencies}


@service
@transaction.atomic
def add_inspection(*, partnership, by, inspection_type: str, title: str = "", theme: str = "",
                   start_date: datetime.date | None = None, end_date: datetime.date | None = None, agencies=(),
                   reporting_body=None, owner_body=None, lead=None, status: str = Activity.Status.PLANNED,
                   planned_report: datetime.date | None = None, reported_on: datetime.date | None = None,
                   scope: str = "") -> Inspection:
    """An inspection on the assurance programme (an Activity of kind inspection) with its detail. An expected
    inspection is `planned`; its date may not be known yet."""
    values = _checked(inspection_type=inspection_type, theme=theme, title=title, start_date=start_date,
                      end_date=end_date, status=status)
    activity = add_activity(partnership=partnership, by=by, **_activity_fields(
        values, start_date=start_date, planned_report=planned_report, status=status, reported_on=reported_on,
        reporting_body=reporting_body, owner_body=owner_body, lead=lead, agencies=agencies, scope=scope))
    return Inspection.objects.create(activity=activity, inspection_type=inspection_type, start_date=start_date,
                                     end_date=end_date)


@service
@transaction.atomic
def edit_inspection(inspection: Inspection, *, by, expected_version: int, inspection_type: str, title: str = "",
                    theme: str = "", start_date=None, end_date=None, agencies=(), reporting_body=None,
                    owner_body=None, lead=None, status: str = Activity.Status.PLANNED, planned_report=None,
                    reported_on=None, scope: str = "") -> Inspection:
    """Change the inspection; `expected_version` is its activity's (the earlier values stay in both histories)."""
    values = _checked(inspection_type=inspection_type, theme=theme, title=title, start_date=start_date,
                      end_date=end_date, status=status)
    edit_activity(inspection.activity, by=by, expected_version=expected_version, **_activity_fields(
        values, start_date=start_date, planned_report=planned_report, status=status, reported_on=reported_on,
        reporting_body=reporting_body, owner_body=owner_body, lead=lead, agencies=agencies, scope=scope))
    inspection.refresh_from_db()
    inspection.inspection_type, inspection.start_date, inspection.end_date = inspection_type, start_date, end_date
    inspection.save()
    return inspection


@service
@transaction.atomic
def add_judgement(inspection: Inspection, *, by, area: str, judgement: str, summary: str = "") -> InspectionJudgement:
    """The inspectors' judgement for one area, as they wrote it ("Overall effectiveness: Good")."""
    area, judgement = _checks.one_line(area), _checks.one_line(judgement)
    if not area:
        raise ValidationError({"area": "Enter the area judged, for example 'Overall effectiveness'."})
    if len(area) > 200:
        raise ValidationError({"area": "The area must be 200 characters or fewer."})
    if not judgement:
        raise ValidationError({"judgement": "Enter the judgement, for example 'Good'."})
    if len(judgement) > 100:
        raise ValidationError({"judgement": "The judgement must be 100 characters or fewer."})
    if inspection.judgements.filter(area__iexact=area).exists():
        raise ValidationError({"area": f"A judgement for “{area}” is already recorded: remove it first."})
    return InspectionJudgement.objects.create(inspection=inspection, area=area, judgement=judgement,
                                              summary=_checks.tidy(summary))


@service
@transaction.atomic
def remove_judgement(judgement: InspectionJudgement, *, by) -> None:
    judgement.delete()


@service
def upload_report(inspection: Inspection, *, by, file) -> Inspection:
    """Keep the published report, once the document intake has checked it (outside any transaction): a file that
    could not be checked is refused and nothing is stored. A later upload replaces it (the history keeps both)."""
    if file is None:
        raise ValidationError({"file": "Choose the report to upload."})
    name = Path(file.name).name[:255]
    try:
        check_size(file.size, _max_upload_bytes())   # before an oversized upload is read into memory
        file.seek(0)
        data = file.read()
        intake.check_upload(data, name, accept=REPORT_KINDS, max_bytes=_max_upload_bytes())
    except UnreadableDocument as exc:
        raise ValidationError({"file": exc.reason}) from None
    file.seek(0)
    return _keep_report(inspection, by=by, file=file, name=name, digest=hashlib.sha256(data).hexdigest())


@transaction.atomic
def _keep_report(inspection, *, by, file, name, digest) -> Inspection:
    inspection.refresh_from_db()
    inspection.report_file = file
    inspection.report_filename, inspection.report_sha256 = name, digest
    inspection.report_uploaded_at, inspection.report_uploaded_by = clock.now(), by
    inspection.save()
    return inspection


@service
@transaction.atomic
def add_preparation_task(inspection: Inspection, *, by, text, owner_organisation, due_date, owner=None) -> Action:
    """A task to get ready for an expected inspection, in the shared action log (held by the board that receives
    the report, or else the subgroup that owns the inspection) and linked here."""
    activity = inspection.activity
    if activity.status in (Activity.Status.REPORTED, Activity.Status.COMPLETE, Activity.Status.CANCELLED):
        raise ValidationError("The inspection is over: add actions to its recommendations' action plan instead.")
    action = action_services.create_follow_up_action(
        partnership=activity.partnership, text=text, owner_organisation=owner_organisation, due_date=due_date,
        owner=owner, body=activity.reporting_body or activity.owner_body, by=by)
    InspectionPreparation.objects.create(inspection=inspection, action=action)
    return action
