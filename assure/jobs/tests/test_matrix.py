"""The jobs' part of the permission matrix, run on its own (the central test walks every app)."""
from assure.core.tests.app_matrix import AppMatrix

from .. import urls as jobs_urls
from . import matrix


class TestJobsMatrix(AppMatrix):
    app, urls, matrix = "jobs", jobs_urls, matrix
