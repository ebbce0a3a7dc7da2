"""Events of a course, the delegates (people of partner organisations, who never sign in) and their bookings."""
from django.conf import settings
from django.db import models
from django.db.models.functions import Lower

from assure.core.audit import History
from assure.partnerships.models import Organisation, Partnership

from .courses import Course


class Event(models.Model):
    class Delivery(models.TextChoices):
        VENUE = "venue", "At a venue"
        ONLINE = "online", "Online"

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        CANCELLED = "cancelled", "Cancelled"

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="events")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    delivery = models.CharField(max_length=10, choices=Delivery.choices)
    venue = models.CharField(max_length=300, blank=True, help_text="The venue's name and address, or the platform")
    trainer = models.CharField(max_length=200, blank=True)
    capacity = models.PositiveSmallIntegerField()
    booking_deadline = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SCHEDULED)
    notes = models.TextField(blank=True)
    # Why the event was cancelled (cancel_event), shown on its page.
    cancelled_reason = models.CharField(max_length=500, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["starts_at", "pk"]
        constraints = [models.CheckConstraint(condition=models.Q(ends_at__gt=models.F("starts_at")),
                                              name="event_ends_after_it_starts")]

    def __str__(self):
        return f"{self.course.title}, {self.starts_at:%d %b %Y}"


class Delegate(models.Model):
    """A person of a partner organisation booked on training. No sign-in: they are reached by email, and fill in
    their evaluation through a secret link."""
    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="delegates")
    name = models.CharField(max_length=200)
    email = models.EmailField()
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="delegates")
    job_role = models.CharField(max_length=200, blank=True)
    manager_email = models.EmailField(blank=True)
    # Set when another delegate has the same name in the same organisation under a different email address.
    possible_duplicate_of = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL,
                                              related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["name", "pk"]
        constraints = [models.UniqueConstraint(Lower("email"), "partnership", name="delegate_email_once")]

    def __str__(self):
        return self.name


class Booking(models.Model):
    class Status(models.TextChoices):
        BOOKED = "booked", "Booked"
        WAITING = "waiting", "On the waiting list"
        CANCELLED = "cancelled", "Cancelled"
        CANCELLED_LATE = "cancelled_late", "Cancelled late"

    class Attendance(models.TextChoices):
        NOT_RECORDED = "", "Not recorded"
        ATTENDED = "attended", "Attended"
        DID_NOT_ATTEND = "did_not_attend", "Did not attend"

    class Source(models.TextChoices):
        BY_HAND = "by_hand", "Booked in Assure"
        IMPORTED = "imported", "Imported from a booking system"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="bookings")
    delegate = models.ForeignKey(Delegate, on_delete=models.PROTECT, related_name="bookings")
    status = models.CharField(max_length=15, choices=Status.choices, default=Status.BOOKED)
    attendance = models.CharField(max_length=15, choices=Attendance.choices, blank=True, default="")
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.BY_HAND)
    booked_at = models.DateTimeField()
    cancelled_at = models.DateTimeField(null=True, blank=True)
    # The business team may waive a charge the policy implies (with the reason, kept in the history).
    charge_waived = models.BooleanField(default=False)
    waiver_reason = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["booked_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["event", "delegate"], name="booking_once_per_event")]

    def __str__(self):
        return f"{self.delegate} on {self.event}"

    @property
    def holds_a_place(self) -> bool:
        return self.status == self.Status.BOOKED
