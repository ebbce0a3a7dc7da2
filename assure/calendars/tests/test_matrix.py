"""The calendars' part of the permission matrix, run on its own (the central test walks every app)."""
from assure.core.tests.app_matrix import AppMatrix

from .. import urls as calendars_urls
from . import matrix


class TestCalendarsMatrix(AppMatrix):
    app, urls, matrix = "calendars", calendars_urls, matrix
