"""The training part of the permission matrix, run on its own (the central test walks every app)."""
from assure.core.tests.app_matrix import AppMatrix

from .. import urls as training_urls
from . import matrix


class TestTrainingMatrix(AppMatrix):
    app, urls, matrix = "training", training_urls, matrix
