"""Training's records (README.md lists them)."""
from .courses import Course, LearningOutcome, Level, Question, Stage, TrainingPolicy
from .evaluations import Answer, EvaluationLink
from .events import Booking, Delegate, Event
from .imports import BookingImport
from .returns import ReturnLine, TrainingReturn

__all__ = ["Answer", "Booking", "BookingImport", "Course", "Delegate", "EvaluationLink", "Event", "LearningOutcome", "Level",
           "Question", "ReturnLine", "Stage", "TrainingPolicy", "TrainingReturn"]
