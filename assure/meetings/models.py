"""Meetings of a body: agenda, attendance, minutes, decisions and the forward plan."""
import datetime
import uuid
from pathlib import PurePath

from django.conf import settings
from django.db import models

from assure.core.audit import History
from assure.partnerships.models import Body, Partnership, Person


class Meeting(models.Model):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        HELD = "held", "Held"
        CANCELLED = "cancelled", "Cancelled"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="meetings")
    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="meetings")
    date = models.DateField()
    start_time = models.TimeField(null=True, blank=True)
    location = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SCHEDULED)
    cancellation_reason = models.CharField(max_length=300, blank=True)
    minutes_approved_on = models.DateField(null=True, blank=True)
    minutes_approved_at = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="approved_minutes_of",
        help_text="The meeting at which these minutes were agreed as an accurate record",
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    history = History()

    class Meta:
        ordering = ["-date", "body__name"]
        indexes = [models.Index(fields=["partnership", "body", "date"])]

    def __str__(self):
        return f"{self.body} – {self.date:%-d %B %Y}"

    @property
    def minutes_approved(self) -> bool:
        return self.minutes_approved_on is not None

    def previous_meeting(self):
        return (Meeting.objects.filter(body=self.body, date__lt=self.date)
                .exclude(status=Meeting.Status.CANCELLED).order_by("-date").first())

    def next_meeting(self):
        return (Meeting.objects.filter(body=self.body, date__gt=self.date)
                .exclude(status=Meeting.Status.CANCELLED).order_by("date").first())


class AgendaItem(models.Model):
    """A numbered item (3, 2.1, Part 1) with the minutes written against it."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items")
    number = models.CharField(max_length=20, help_text="As printed on the agenda, for example 3 or 2.1")
    title = models.CharField(max_length=300)
    position = models.PositiveIntegerField(default=0, help_text="Order on the agenda")
    presenter = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="presented_items")
    discussion = models.TextField(blank=True, help_text="The minutes of the discussion")
    forward_plan_entry = models.ForeignKey(
        "ForwardPlanEntry", null=True, blank=True, on_delete=models.SET_NULL, related_name="agenda_items",
    )
    # Two minute takers writing up the same item: the second save is refused, not merged.
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["meeting", "position", "id"]

    def __str__(self):
        return f"{self.number}. {self.title}"

    @property
    def is_sub_item(self) -> bool:
        return "." in self.number


def paper_path(paper, filename: str) -> str:
    """Stored under a random name: the original name is kept on the record, never in the path."""
    suffix = PurePath(filename).suffix.lower()
    return f"papers/{paper.item.meeting.partnership_id}/{uuid.uuid4().hex}{suffix}"


class Paper(models.Model):
    """A paper for an agenda item. Served only through a permission-checked view, never a public URL."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="papers")
    title = models.CharField(max_length=200)
    file = models.FileField(upload_to=paper_path, max_length=255)
    original_name = models.CharField(max_length=255, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    uploaded_at = models.DateTimeField(auto_now_add=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    history = History()

    def __str__(self):
        return self.title


class Decision(models.Model):
    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="decisions")
    text = models.TextField()
    history = History()

    def __str__(self):
        return self.text[:80]


class Attendance(models.Model):
    class Status(models.TextChoices):
        PRESENT = "present", "Present"
        IN_ATTENDANCE = "in_attendance", "In attendance"
        APOLOGIES = "apologies", "Apologies"
        ABSENT = "absent", "Absent without apology"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="attendance")
    status = models.CharField(max_length=20, choices=Status.choices)
    deputising_for = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="deputised_by",
    )
    history = History()

    class Meta:
        ordering = ["status", "person__full_name"]
        constraints = [models.UniqueConstraint(fields=["meeting", "person"], name="attendance_once_per_meeting")]

    def __str__(self):
        return f"{self.person}: {self.get_status_display()}"

    @property
    def attended(self) -> bool:
        return self.status in (self.Status.PRESENT, self.Status.IN_ATTENDANCE)


class ForwardPlanEntry(models.Model):
    """An item booked for a future meeting, a month, or every year in a month."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="forward_plan")
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="forward_plan")
    title = models.CharField(max_length=300)
    notes = models.TextField(blank=True)
    presenter = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    meeting = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="booked_entries")
    month = models.DateField(null=True, blank=True, help_text="The first day of the month it is booked for")
    every_year_in = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Month number (1-12) for an item that comes every year",
    )
    source_item = models.ForeignKey(AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    history = History()

    class Meta:
        ordering = ["body", "month", "every_year_in", "id"]
        verbose_name_plural = "forward plan entries"

    def __str__(self):
        return self.title

    @property
    def when(self) -> str:
        if self.meeting_id:
            return f"{self.meeting.date:%-d %B %Y} meeting"
        if self.month:
            return f"{self.month:%B %Y}"
        if self.every_year_in:
            return f"Every {datetime.date(2000, self.every_year_in, 1):%B}"
        return "Not yet booked"

    def is_due_at(self, meeting: Meeting) -> bool:
        """Pure: whether this entry belongs on that meeting's agenda."""
        if meeting.body_id != self.body_id:
            return False
        if self.meeting_id:
            return self.meeting_id == meeting.pk
        if self.month:
            return (self.month.year, self.month.month) == (meeting.date.year, meeting.date.month)
        if self.every_year_in:
            return self.every_year_in == meeting.date.month
        return False
