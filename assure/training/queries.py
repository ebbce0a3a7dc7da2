"""Reads for training pages."""
from .models import TrainingPolicy


def policy_for(partnership) -> TrainingPolicy:
    """The partnership's training policy, or the defaults (unsaved) when it has not set one."""
    return TrainingPolicy.objects.filter(partnership=partnership).first() or TrainingPolicy(partnership=partnership)
