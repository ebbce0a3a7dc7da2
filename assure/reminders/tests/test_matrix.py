"""Reminders' part of the permission matrix, run on its own (the central test walks every app)."""
from assure.core.tests.app_matrix import AppMatrix

from .. import urls as reminders_urls
from . import matrix


class TestRemindersMatrix(AppMatrix):
    app, urls, matrix = "reminders", reminders_urls, matrix
