"""Writes to self-assessment rounds (section 11, section 175/157): the partnership's template of standards, rounds,
returns, nominated contacts, follow-ups and survey imports. Each a named, atomic @service taking the acting user.

Who may call which is the pages' check (`access.may_fill_return`); these refuse bad input, naming the field.
"""
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from assure.core import clock
from assure.core.audit import service
from assure.core.concurrency import claim_version
from assure.documents.checks import UnreadableDocument
from assure.documents.tables import read_table
from assure.partnerships.models import Organisation

from .. import survey
from ..models import (
    Activity,
    FollowUp,
    Framework,
    Rating,
    ReturnImport,
    RoundStandard,
    SelfAssessmentReturn,
    SelfAssessmentRound,
    StandardRating,
    TemplateStandard,
)
from ..standards import template_standards
from .programme import add_activity


def _checked_standards(standards) -> list[dict]:
    checked, numbers = [], set()
    for position, standard in enumerate(standards, start=1):
        number = " ".join((standard.get("number") or "").split())
        title = " ".join((standard.get("title") or "").split())
        guidance = (standard.get("guidance") or "").strip()
        if not (number or title or guidance):
            continue
        if not number:
            raise ValidationError({"standards": f"Enter the number of standard {position} ('{title}')."})
        if not title:
            raise ValidationError({"standards": f"Enter the title of standard {number}."})
        if len(number) > 10 or len(title) > 200:
            raise ValidationError({"standards": f"Standard {number[:10]}: the number must be 10 characters or "
                                                "fewer and the title 200 or fewer."})
        if number.lower() in numbers:
            raise ValidationError({"standards": f"Two standards are numbered {number}: give each its own number."})
        numbers.add(number.lower())
        checked.append({"number": number, "title": title, "guidance": guidance})
    if not checked:
        raise ValidationError({"standards": "Enter at least one standard."})
    return checked


@service
@transaction.atomic
def save_standards_template(*, partnership, by, framework: str, standards) -> list[TemplateStandard]:
    """The partnership's template for a framework, in the order given: what each new round copies. Rounds already
    set up keep the standards they asked."""
    if framework not in Framework.values:
        raise ValidationError({"framework": "Choose section 11 or section 175/157."})
    checked = _checked_standards(standards)
    TemplateStandard.objects.filter(partnership=partnership, framework=framework).delete()
    return [TemplateStandard.objects.create(partnership=partnership, framework=framework, position=position, **s)
            for position, s in enumerate(checked, start=1)]


def _default_contact(organisation):
    """The organisation's person to nominate when nobody is chosen: one who can sign in, then by name."""
    people = sorted(organisation.people.all(), key=lambda person: (person.user_id is None, person.full_name))
    return people[0] if people else None


def _check_round(framework, deadline, organisations, planned_start, planned_report) -> None:
    if framework not in Framework.values:
        raise ValidationError({"framework": "Choose section 11 or section 175/157."})
    if deadline is None:
        raise ValidationError({"deadline": "Enter the deadline for returns."})
    if not organisations:
        raise ValidationError({"organisations": "Choose the organisations or schools asked for a return."})
    if planned_start and deadline < planned_start:
        raise ValidationError({"deadline": "The deadline is before the round starts."})
    if planned_report and planned_report < deadline:
        raise ValidationError({"planned_report": "The report date is before the deadline for returns."})


def _start_round(activity, framework, deadline, organisations) -> SelfAssessmentRound:
    """The round's own copy of the template's standards, and a return (not yet returned) per organisation asked,
    each with its nominated contact."""
    for organisation in organisations:
        if organisation.partnership_id != activity.partnership_id:
            raise ValidationError({"organisations": "Choose from this partnership's own organisations."})
    self_assessment = SelfAssessmentRound.objects.create(activity=activity, framework=framework, deadline=deadline)
    for position, standard in enumerate(template_standards(activity.partnership, framework), start=1):
        RoundStandard.objects.create(round=self_assessment, position=position, **standard)
    for organisation in organisations:
        SelfAssessmentReturn.objects.create(round=self_assessment, organisation=organisation,
                                            contact=_default_contact(organisation))
    return self_assessment


@service
@transaction.atomic
def add_self_assessment_round(*, partnership, by, year: int, framework: str, title: str, deadline: datetime.date,
                              organisations, owner_body=None, reporting_body=None, lead=None,
                              planned_start: datetime.date | None = None,
                              planned_report: datetime.date | None = None) -> SelfAssessmentRound:
    """A round on the year's programme (an Activity, in progress): its standards copied from the template, a return
    (not yet returned) for each organisation asked, each with its nominated contact."""
    organisations = list(organisations)
    _check_round(framework, deadline, organisations, planned_start, planned_report)
    activity = add_activity(partnership=partnership, by=by, year=year, kind=Activity.Kind.SELF_ASSESSMENT,
                            title=title, owner_body=owner_body, reporting_body=reporting_body, lead=lead,
                            planned_start=planned_start, planned_report=planned_report,
                            status=Activity.Status.IN_PROGRESS, agencies=organisations)
    return _start_round(activity, framework, deadline, organisations)


@service
@transaction.atomic
def set_up_round(activity: Activity, *, by, framework: str, deadline: datetime.date, organisations
                 ) -> SelfAssessmentRound:
    """The round of a self-assessment already on the programme: the organisations asked become its agencies."""
    organisations = list(organisations)
    if activity.kind != Activity.Kind.SELF_ASSESSMENT:
        raise ValidationError("Only a self-assessment on the programme has a round of returns.")
    if SelfAssessmentRound.objects.filter(activity=activity).exists():
        raise ValidationError("This self-assessment has its round already.")
    if deadline and activity.planned_report and deadline > activity.planned_report:
        raise ValidationError({"deadline": "The deadline is after the report is due at the board "
                                           f"({_day(activity.planned_report)}): change one of them."})
    _check_round(framework, deadline, organisations, activity.planned_start, activity.planned_report)
    self_assessment = _start_round(activity, framework, deadline, organisations)
    activity.agencies.set(organisations)
    return self_assessment


@service
@transaction.atomic
def change_deadline(self_assessment: SelfAssessmentRound, *, by, expected_version: int, deadline: datetime.date
                    ) -> SelfAssessmentRound:
    """A new deadline for returns (extended for everyone); returns already in keep their dates, and whether each
    was late is read against the new deadline."""
    activity = self_assessment.activity
    if deadline is None:
        raise ValidationError({"deadline": "Enter the deadline for returns."})
    if activity.planned_start and deadline < activity.planned_start:
        raise ValidationError({"deadline": "The deadline is before the round started."})
    if activity.planned_report and deadline > activity.planned_report:
        raise ValidationError({"deadline": "The deadline is after the report is due at the board "
                                           f"({_day(activity.planned_report)}): change one of them."})
    claim_version(SelfAssessmentRound, self_assessment.pk, expected_version)
    self_assessment.refresh_from_db()
    self_assessment.deadline = deadline
    self_assessment.save()
    return self_assessment


@service
@transaction.atomic
def ask_organisations(self_assessment: SelfAssessmentRound, *, by, organisations) -> list[SelfAssessmentReturn]:
    """Organisations or schools added to a round after it was set up (a school missed, a new academy), each with
    a return not yet returned and its nominated contact."""
    organisations = list(organisations)
    if not organisations:
        raise ValidationError({"organisations": "Choose the organisations or schools to add."})
    partnership = self_assessment.activity.partnership
    asked = set(self_assessment.returns.values_list("organisation_id", flat=True))
    for organisation in organisations:
        if organisation.partnership_id != partnership.pk:
            raise ValidationError({"organisations": "Choose from this partnership's own organisations."})
        if organisation.pk in asked:
            raise ValidationError({"organisations": f"{organisation} is asked in this round already."})
    self_assessment.activity.agencies.add(*organisations)
    return [SelfAssessmentReturn.objects.create(round=self_assessment, organisation=organisation,
                                                contact=_default_contact(organisation))
            for organisation in organisations]


@service
@transaction.atomic
def nominate_contact(organisation_return: SelfAssessmentReturn, *, by, expected_version: int, contact
                     ) -> SelfAssessmentReturn:
    """The person who fills in the organisation's return: someone of that organisation."""
    if contact is not None and contact.organisation_id != organisation_return.organisation_id:
        raise ValidationError({"contact": f"Choose someone of {organisation_return.organisation}."})
    claim_version(SelfAssessmentReturn, organisation_return.pk, expected_version)
    organisation_return.refresh_from_db()
    organisation_return.contact = contact
    organisation_return.save()
    return organisation_return


def _checked_ratings(organisation_return, ratings: dict) -> dict:
    """{standard: (rating, evidence)} for every standard of the round, or a ValidationError naming the first
    standard without a rating on the scale (its field is `rating_<standard id>`)."""
    checked = {}
    for standard in organisation_return.round.standards.all():
        rating, evidence = ratings.get(standard.pk, ("", ""))
        if rating not in Rating.values:
            message = (f"Choose red, amber or green for standard {standard.number}" if not rating else
                       f"The rating for standard {standard.number} must be red, amber or green")
            raise ValidationError({f"rating_{standard.pk}": message})
        checked[standard] = (rating, (evidence or "").strip())
    return checked


def _write_ratings(organisation_return, checked: dict) -> None:
    for standard, (rating, evidence) in checked.items():
        StandardRating.objects.update_or_create(organisation_return=organisation_return, standard=standard,
                                                defaults={"rating": rating, "evidence": evidence})


@service
@transaction.atomic
def submit_return(organisation_return: SelfAssessmentReturn, *, by, expected_version: int, ratings: dict
                  ) -> SelfAssessmentReturn:
    """The organisation's return: a RAG rating and evidence for every standard ({standard id: (rating, evidence)}).
    The first submission dates it; a later change keeps that date (the history shows the change)."""
    checked = _checked_ratings(organisation_return, ratings)
    claim_version(SelfAssessmentReturn, organisation_return.pk, expected_version)
    organisation_return.refresh_from_db()
    _write_ratings(organisation_return, checked)
    if organisation_return.submitted_on is None:
        organisation_return.submitted_on = clock.today()
        organisation_return.submitted_by = by
        organisation_return.source = SelfAssessmentReturn.Source.FORM
    organisation_return.save()
    return organisation_return


@service
@transaction.atomic
def record_follow_up(organisation_return: SelfAssessmentReturn, *, by, kind: str, held_on: datetime.date,
                     attendees: str, notes: str = "") -> FollowUp:
    """A follow-up visit or challenge session about the organisation's return."""
    if kind not in FollowUp.Kind.values:
        raise ValidationError({"kind": "Choose whether this was a follow-up visit or a challenge session."})
    if held_on is None:
        raise ValidationError({"held_on": "Enter the date it took place."})
    attendees = " ".join((attendees or "").split())
    if not attendees:
        raise ValidationError({"attendees": "Enter who took part."})
    if len(attendees) > 300:
        raise ValidationError({"attendees": "Who took part must be 300 characters or fewer."})
    return FollowUp.objects.create(organisation_return=organisation_return, kind=kind, held_on=held_on,
                                   attendees=attendees, notes=(notes or "").strip())


def _day(date: datetime.date) -> str:
    return f"{date.day} {date:%B %Y}"


def _noun(self_assessment) -> str:
    return "school" if self_assessment.framework == Framework.SECTION_175 else "organisation"


@service
@transaction.atomic
def start_return_import(self_assessment: SelfAssessmentRound, *, by, file_name: str, data: bytes,
                        max_bytes: int | None = None) -> ReturnImport:
    """Read a survey export and check each row; nothing reaches the returns until `confirm_return_import`.
    A file that is not CSV or Excel, is damaged, or lacks a column is refused whole, saying why."""
    try:
        rows = read_table(data, file_name, **({"max_bytes": max_bytes} if max_bytes else {}))
        standards = [survey.Standard(s.pk, s.number, s.title) for s in self_assessment.standards.all()]
        returns = list(self_assessment.returns.select_related("organisation"))
        asked = [survey.Organisation(r.organisation_id, r.organisation.name, r.organisation.short_name)
                 for r in returns]
        asked_ids = {r.organisation_id for r in returns}
        elsewhere = set()
        for name, short_name in (Organisation.objects.filter(partnership=self_assessment.activity.partnership)
                                 .exclude(pk__in=asked_ids).values_list("name", "short_name")):
            elsewhere.update(survey.normalise(n) for n in (name, short_name) if n)
        plan = survey.plan_import(rows, standards, asked, known_elsewhere=elsewhere,
                                  returned={r.organisation_id: r.submitted_on for r in returns if r.is_returned},
                                  today=clock.today(), noun=_noun(self_assessment))
    except (UnreadableDocument, survey.SurveyFileError) as exc:
        raise ValidationError({"file": str(exc)}) from None
    return ReturnImport.objects.create(round=self_assessment, file_name=file_name[:255], rows=plan.accepted,
                                       refused=plan.refused, created_by=by)


@service
@transaction.atomic
def confirm_return_import(return_import: ReturnImport, *, by) -> list[SelfAssessmentReturn]:
    """Import every accepted row, all or nothing: if any can no longer be imported (returned meanwhile, a standard
    changed) nothing is, and the person is told which row and why."""
    return_import = ReturnImport.objects.select_for_update().get(pk=return_import.pk)
    if return_import.status != ReturnImport.Status.WAITING:
        raise ValidationError("This file has been imported already.")
    if not return_import.rows:
        raise ValidationError("No row of this file can be imported: correct the file and upload it again.")
    returns = {r.organisation_id: r for r in return_import.round.returns.select_for_update()}
    standards = {s.pk: s for s in return_import.round.standards.all()}
    saved = []
    for row in return_import.rows:
        organisation_return = returns.get(row["organisation_id"])
        if organisation_return is None or organisation_return.is_returned:
            raise ValidationError(f"Row {row['row']}: {row['name']} has returned since the file was checked. "
                                  "Nothing was imported: upload the file again.")
        if {int(k) for k in row["ratings"]} != set(standards):
            raise ValidationError("The round's standards changed since the file was checked. Nothing was "
                                  "imported: upload the file again.")
        ratings = {int(k): tuple(v) for k, v in row["ratings"].items()}
        _write_ratings(organisation_return, _checked_ratings(organisation_return, ratings))
        organisation_return.submitted_on = datetime.date.fromisoformat(row["submitted_on"])
        organisation_return.submitted_by = by
        organisation_return.source = SelfAssessmentReturn.Source.IMPORT
        organisation_return.version += 1
        organisation_return.save()
        saved.append(organisation_return)
    return_import.status = ReturnImport.Status.IMPORTED
    return_import.imported_at = timezone.now()
    return_import.save()
    return saved
