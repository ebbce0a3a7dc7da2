"""The budget part of the permission matrix, run on its own (the central test walks every app)."""
from assure.core.tests.app_matrix import AppMatrix

from .. import urls as budget_urls
from . import matrix


class TestBudgetMatrix(AppMatrix):
    app, urls, matrix = "budget", budget_urls, matrix
