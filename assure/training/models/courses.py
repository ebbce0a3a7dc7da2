"""Courses, their learning outcomes and the questions each evaluation stage asks, and the partnership's
training policy (notice period, non-attendance charges, evaluation windows)."""
from django.conf import settings
from django.db import models

from assure.core.audit import History
from assure.partnerships.models import Partnership, Priority
from assure.reviews.models import Review


class Level(models.TextChoices):
    """Safeguarding training levels as partnerships' training frameworks and single-agency returns count them."""
    AWARENESS = "1", "Level 1: awareness"
    CORE = "2", "Level 2: multi-agency core"
    SPECIALIST = "3", "Level 3: specialist"
    LEADERSHIP = "4", "Level 4: leadership and management"


class Course(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", "Offered"
        RETIRED = "retired", "No longer offered"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="courses")
    title = models.CharField(max_length=200)
    summary = models.TextField(blank=True)
    level = models.CharField(max_length=2, choices=Level.choices)
    audience = models.CharField(max_length=300, blank=True,
                                help_text="Who it is for, for example 'Practitioners working with families'")
    priority = models.ForeignKey(Priority, null=True, blank=True, on_delete=models.SET_NULL, related_name="courses")
    review = models.ForeignKey(Review, null=True, blank=True, on_delete=models.SET_NULL, related_name="courses",
                               help_text="The review whose learning the course shares (a bitesize session)")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["title"]
        constraints = [models.UniqueConstraint(fields=["partnership", "title"], name="course_title_once")]

    def __str__(self):
        return self.title


class LearningOutcome(models.Model):
    """What a delegate should be able to do after the course; confidence is asked about each, before and after."""
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="outcomes")
    text = models.CharField(max_length=300)
    position = models.PositiveSmallIntegerField(default=0)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.text


class Stage(models.TextChoices):
    BEFORE = "before", "Before the course"
    AFTER = "after", "Straight after"
    FOLLOW_UP = "follow_up", "Six to eight weeks later, with the manager"


class Question(models.Model):
    """One question a course asks at one stage. CONFIDENCE asks once per learning outcome (1 to 5);
    USEFULNESS and RATING are 1 to 5; CHANGED_PRACTICE is yes or no (the share reporting changed practice)."""

    class Kind(models.TextChoices):
        CONFIDENCE = "confidence", "Confidence in each learning outcome (1 to 5)"
        USEFULNESS = "usefulness", "How useful the course was (1 to 5)"
        CHANGED_PRACTICE = "changed_practice", "Whether practice has changed (yes or no)"
        RATING = "rating", "A rating (1 to 5)"
        TEXT = "text", "A written answer"

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="questions")
    stage = models.CharField(max_length=10, choices=Stage.choices)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    text = models.CharField(max_length=300)
    required = models.BooleanField(default=True)
    position = models.PositiveSmallIntegerField(default=0)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["stage", "position", "pk"]

    def __str__(self):
        return self.text


class TrainingPolicy(models.Model):
    """The partnership's booking and evaluation rules. `queries.policy_for(partnership)` gives the defaults when
    none has been saved."""
    partnership = models.OneToOneField(Partnership, on_delete=models.CASCADE, related_name="training_policy")
    # Cancelling fewer working days than this before the event is a late cancellation.
    notice_working_days = models.PositiveSmallIntegerField(default=5)
    did_not_attend_charge_pence = models.PositiveIntegerField(default=5000)
    late_cancellation_charge_pence = models.PositiveIntegerField(default=5000)
    # Who is charged: the policy in words, shown on the charges page ("Charged to the delegate's organisation").
    charging_note = models.CharField(max_length=300, blank=True)
    # How long the straight-after link stays open after the event ends.
    after_link_days = models.PositiveSmallIntegerField(default=14)
    # The follow-up with the manager: from this many weeks after the event, until that many.
    follow_up_from_weeks = models.PositiveSmallIntegerField(default=6)
    follow_up_until_weeks = models.PositiveSmallIntegerField(default=8)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        verbose_name_plural = "training policies"

    def __str__(self):
        return f"Training policy of {self.partnership}"
