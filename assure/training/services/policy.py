"""The partnership's training policy: notice period, non-attendance charges, evaluation windows."""
from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core.audit import service
from assure.core.concurrency import EditConflict, claim_version
from assure.core.money import pounds

from ..models import TrainingPolicy
from ._checks import words

LONGEST_NOTICE = 30          # working days: six weeks
LARGEST_CHARGE_PENCE = 100_000   # £1,000: more than any training place costs
LONGEST_AFTER_LINK = 60      # days
LONGEST_FOLLOW_UP = 26       # weeks


def _whole(value, field: str, what: str, *, least: int, most: int, unit: str) -> int:
    if value is None or isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError({field: f"Enter {what} as a whole number."})
    if value < least:
        raise ValidationError({field: f"{what[0].upper()}{what[1:]} must be {least} or more."})
    if value > most:
        raise ValidationError({field: f"{what[0].upper()}{what[1:]} must be {most} {unit} or fewer."})
    return value


def _charge(value, field: str, what: str) -> int:
    if value is None or isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError({field: f"Enter {what} in pounds and pence, or 0 for no charge."})
    if value < 0:
        raise ValidationError({field: f"{what[0].upper()}{what[1:]} cannot be negative: enter 0 for no charge."})
    if value > LARGEST_CHARGE_PENCE:
        raise ValidationError({field: f"{what[0].upper()}{what[1:]} must be {pounds(LARGEST_CHARGE_PENCE)} or "
                                      f"less: is it a typing mistake?"})
    return value


@service
@transaction.atomic
def save_policy(*, partnership, by, expected_version: int | None, notice_working_days: int,
                did_not_attend_charge_pence: int, late_cancellation_charge_pence: int, after_link_days: int,
                follow_up_from_weeks: int, follow_up_until_weeks: int, charging_note: str = "") -> TrainingPolicy:
    """Create the partnership's policy (expected_version None: none saved yet) or change it."""
    fields = {
        "notice_working_days": _whole(notice_working_days, "notice_working_days", "the notice period", least=0,
                                      most=LONGEST_NOTICE, unit="working days"),
        "did_not_attend_charge_pence": _charge(did_not_attend_charge_pence, "did_not_attend_charge_pence",
                                               "the charge for not attending"),
        "late_cancellation_charge_pence": _charge(late_cancellation_charge_pence, "late_cancellation_charge_pence",
                                                  "the charge for cancelling late"),
        "charging_note": words(charging_note, "charging_note", "who is charged", max_length=300, required=False),
        "after_link_days": _whole(after_link_days, "after_link_days", "how long the evaluation link stays open",
                                  least=1, most=LONGEST_AFTER_LINK, unit="days"),
        "follow_up_from_weeks": _whole(follow_up_from_weeks, "follow_up_from_weeks", "the start of the follow-up",
                                       least=1, most=LONGEST_FOLLOW_UP, unit="weeks"),
        "follow_up_until_weeks": _whole(follow_up_until_weeks, "follow_up_until_weeks", "the end of the follow-up",
                                        least=1, most=LONGEST_FOLLOW_UP, unit="weeks"),
    }
    if fields["follow_up_until_weeks"] <= fields["follow_up_from_weeks"]:
        raise ValidationError({"follow_up_until_weeks": "The follow-up must end later than it starts: enter more "
                                                        f"weeks than {fields['follow_up_from_weeks']}."})
    existing = TrainingPolicy.objects.filter(partnership=partnership).first()
    if expected_version is None:
        if existing is not None:
            raise EditConflict()
        return TrainingPolicy.objects.create(partnership=partnership, **fields)
    if existing is None:
        raise EditConflict()
    claim_version(TrainingPolicy, existing.pk, expected_version)
    existing.refresh_from_db()
    for name, value in fields.items():
        setattr(existing, name, value)
    existing.save()
    return existing
