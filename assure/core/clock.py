"""The one place that reads the time, so tests can fix it."""
from django.utils import timezone


def now():
    return timezone.now()


def today():
    return timezone.localdate()
