"""Choosing the written answers the impact page and the yearly report quote (the business team): each a named,
atomic @service taking the acting user as `by`."""
from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core.audit import service
from assure.core.concurrency import claim_version

from ..models import Answer, Question


def _quotable(answer: Answer) -> None:
    if answer.question.kind != Question.Kind.TEXT:
        raise ValidationError("Only a written answer can be quoted: this answer is a score or a yes or no.")
    if not answer.text.strip():
        raise ValidationError("This written answer is empty, so there is nothing to quote.")


def _set_quoted(answer: Answer, quoted: bool, expected_version: int) -> Answer:
    _quotable(answer)
    claim_version(Answer, answer.pk, expected_version)
    answer.refresh_from_db()
    answer.quoted = quoted
    answer.save()
    return answer


@service
@transaction.atomic
def choose_quote(answer: Answer, *, by, expected_version: int) -> Answer:
    """Quote this written answer on the impact pages and in the yearly report (without the delegate's name)."""
    return _set_quoted(answer, True, expected_version)


@service
@transaction.atomic
def unchoose_quote(answer: Answer, *, by, expected_version: int) -> Answer:
    """Stop quoting this written answer."""
    return _set_quoted(answer, False, expected_version)
