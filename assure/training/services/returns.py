"""Single-agency training returns: each agency's yearly count of staff trained at each level. Each write a named,
atomic @service taking the acting user as `by`; a return and its lines are saved all or nothing."""
from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core.audit import service
from assure.core.concurrency import claim_version
from assure.core.dates import financial_year_label

from ..models import Level, ReturnLine, TrainingReturn
from ._checks import same_partnership


def _count(value, field: str, what: str, *, required: bool) -> int | None:
    if value is None or value == "":
        if required:
            raise ValidationError({field: f"Enter {what}, or 0."})
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError({field: f"Enter {what} as a whole number."})
    if value < 0:
        raise ValidationError({field: f"{what[0].upper()}{what[1:]} cannot be less than 0."})
    return value


def _checked_lines(lines: dict) -> list[tuple[str, int, int | None]]:
    """`lines` maps each level to (staff trained, staff in scope or None)."""
    unknown = set(lines) - set(Level.values)
    if unknown:
        raise ValidationError({"lines": f"There is no training level {sorted(unknown)[0]}."})
    checked = []
    for level, label in Level.choices:
        trained, in_scope = lines.get(level, (0, None))
        number = label.split(":")[0]
        trained = _count(trained, f"trained_{level}", f"the number of staff trained at {number.lower()}",
                         required=True)
        in_scope = _count(in_scope, f"in_scope_{level}", f"the number of staff in scope at {number.lower()}",
                          required=False)
        if in_scope is not None and trained > in_scope:
            raise ValidationError({f"trained_{level}": f"Staff trained at {number.lower()} ({trained}) cannot be "
                                                       f"more than the staff in scope ({in_scope})."})
        checked.append((level, trained, in_scope))
    return checked


@service
@transaction.atomic
def save_return(*, partnership, by, organisation, start_year: int, lines: dict, received_on=None, notes: str = "",
                training_return: TrainingReturn | None = None, expected_version: int | None = None
                ) -> TrainingReturn:
    """Add an agency's return for a financial year, or change one (give `training_return` and `expected_version`),
    with one line per level: all or nothing. One return per organisation per year."""
    if organisation is None:
        raise ValidationError({"organisation": "Choose the organisation the return is from."})
    same_partnership(partnership, organisation, "organisation", "Choose one of this partnership's organisations.")
    if not isinstance(start_year, int) or not 2000 <= start_year <= 2100:
        raise ValidationError({"start_year": "Choose the financial year the return covers."})
    checked = _checked_lines(lines)
    clash = TrainingReturn.objects.filter(partnership=partnership, organisation=organisation, start_year=start_year)
    if training_return is not None:
        clash = clash.exclude(pk=training_return.pk)
    if clash.exists():
        raise ValidationError({"organisation": f"{organisation} already has a training return for "
                                               f"{financial_year_label(start_year)}: change that one instead."})
    fields = {"organisation": organisation, "start_year": start_year, "received_on": received_on,
              "notes": (notes or "").strip()}
    if training_return is None:
        training_return = TrainingReturn.objects.create(partnership=partnership, created_by=by, **fields)
    else:
        if training_return.partnership_id != partnership.pk:
            raise ValidationError("This return belongs to another partnership.")
        claim_version(TrainingReturn, training_return.pk, expected_version)
        training_return.refresh_from_db()
        for name, value in fields.items():
            setattr(training_return, name, value)
        training_return.save()
    existing = {line.level: line for line in training_return.lines.all()}
    for level, trained, in_scope in checked:
        line = existing.get(level) or ReturnLine(training_return=training_return, level=level)
        if line.pk is None or (line.staff_trained, line.staff_in_scope) != (trained, in_scope):
            line.staff_trained, line.staff_in_scope = trained, in_scope
            line.save()
    return training_return


@service
@transaction.atomic
def remove_return(training_return: TrainingReturn, *, by) -> None:
    """Remove a return and its lines (kept in the change history)."""
    for line in training_return.lines.all():
        line.delete()
    training_return.delete()
