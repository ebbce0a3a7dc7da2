"""Choices of records limited to one partnership, so a form never offers, or accepts, another's."""
from django import forms


def _has_partnership(model) -> bool:
    return any(f.name == "partnership" for f in model._meta.get_fields())


class PartnershipChoicesMixin:
    """Every model choice field whose model belongs to a partnership (people, organisations, bodies, priorities)
    is limited to `partnership`; choices of other records (an activity's findings) are left to the form."""

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField) and _has_partnership(field.queryset.model):
                field.queryset = field.queryset.filter(partnership=partnership)
