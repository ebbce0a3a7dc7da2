"""The partnership's structure: who sits where, and who may sign in to see what."""
from django.conf import settings
from django.db import models

from assure.core.audit import History
from assure.core.dates import financial_year_label


class Partnership(models.Model):
    """One safeguarding partnership. Every other record belongs to exactly one."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True, help_text="Short name used in web addresses, for example 'northmoor'")
    covers_children = models.BooleanField(default=True)
    covers_adults = models.BooleanField(default=True)
    history = History()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Organisation(models.Model):
    class Kind(models.TextChoices):
        LOCAL_AUTHORITY = "local_authority", "Local authority"
        POLICE = "police", "Police"
        HEALTH = "health", "Health"
        EDUCATION = "education", "Education"
        PROBATION = "probation", "Probation"
        FIRE = "fire", "Fire and rescue"
        VOLUNTARY = "voluntary", "Voluntary sector"
        PARTNERSHIP = "partnership", "Partnership business unit"
        OTHER = "other", "Other relevant agency"

    # The three statutory safeguarding partners, always listed first.
    STATUTORY = (Kind.LOCAL_AUTHORITY, Kind.POLICE, Kind.HEALTH)

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="organisations")
    name = models.CharField(max_length=200)
    short_name = models.CharField(max_length=40, blank=True)
    kind = models.CharField(max_length=30, choices=Kind.choices)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["partnership", "name"], name="organisation_unique_name")]

    def __str__(self):
        return self.name

    @property
    def is_statutory_partner(self) -> bool:
        return self.kind in self.STATUTORY

    @property
    def statutory_rank(self) -> int:
        """Sort key: local authority, police, health, then everyone else."""
        return self.STATUTORY.index(self.kind) if self.kind in self.STATUTORY else len(self.STATUTORY)


class Person(models.Model):
    """Someone who sits on, attends or owns actions for the partnership. Need not have a login."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="people")
    full_name = models.CharField(max_length=200)
    initials = models.CharField(max_length=12, blank=True)
    job_title = models.CharField(max_length=200, blank=True)
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="people")
    email = models.EmailField(blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="people",
        help_text="The sign-in account of this person, if they have one",
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["full_name"]
        verbose_name_plural = "people"
        constraints = [
            models.UniqueConstraint(fields=["partnership", "user"], name="person_one_per_user_per_partnership"),
        ]

    def __str__(self):
        return self.full_name


class Body(models.Model):
    """A board or group that meets: the Executive Board, a partnership group, a subgroup."""

    class Kind(models.TextChoices):
        EXECUTIVE_BOARD = "executive_board", "Executive Board"
        PARTNERSHIP_GROUP = "partnership_group", "Partnership group"
        SUBGROUP = "subgroup", "Subgroup"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="bodies")
    name = models.CharField(max_length=200)
    short_name = models.CharField(max_length=40, blank=True)
    kind = models.CharField(max_length=30, choices=Kind.choices, default=Kind.SUBGROUP)
    reports_to = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="subgroups")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["kind", "name"]
        verbose_name_plural = "bodies"
        constraints = [models.UniqueConstraint(fields=["partnership", "name"], name="body_unique_name")]

    def __str__(self):
        return self.name


class Priority(models.Model):
    """One of the partnership's strategic priorities ("Neglect", "Exploitation", "Transitional safeguarding"):
    what assurance, indicators, training and the yearly report are read against."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="priorities")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    first_year = models.PositiveSmallIntegerField(null=True, blank=True,
                                                  help_text="First year of the first financial year: 2025 for 2025/26")
    last_year = models.PositiveSmallIntegerField(null=True, blank=True,
                                                 help_text="First year of the last financial year; empty while current")
    position = models.PositiveSmallIntegerField(default=0)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["position", "title"]
        verbose_name_plural = "priorities"
        constraints = [models.UniqueConstraint(fields=["partnership", "title"], name="priority_unique_title")]

    def __str__(self):
        return self.title

    @property
    def years(self) -> str:
        """The financial years it stands for: "2025/26 to 2027/28", "from 2025/26", "until 2027/28", or ""."""
        first = financial_year_label(self.first_year) if self.first_year is not None else ""
        last = financial_year_label(self.last_year) if self.last_year is not None else ""
        if first and last:
            return first if first == last else f"{first} to {last}"
        return f"from {first}" if first else f"until {last}" if last else ""

    def applies_in(self, year: int) -> bool:
        """Whether the priority stands in the financial year starting in `year`."""
        return (self.first_year is None or self.first_year <= year) and (self.last_year is None or year <= self.last_year)


class Membership(models.Model):
    class Role(models.TextChoices):
        CHAIR = "chair", "Chair"
        VICE_CHAIR = "vice_chair", "Vice-chair"
        MEMBER = "member", "Member"
        ADVISER = "adviser", "Adviser"

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    deputy = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="deputy_for",
        help_text="Who attends in this member's place",
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["body", "role", "person__full_name"]
        constraints = [models.UniqueConstraint(fields=["body", "person"], name="membership_unique_person")]

    def __str__(self):
        return f"{self.person} ({self.get_role_display()}, {self.body})"


class Role(models.Model):
    """A user's role in one partnership. No role, no access: the partnership is invisible."""

    class Kind(models.TextChoices):
        BUSINESS_TEAM = "business_team", "Business team"
        MEMBER = "member", "Member"
        READ_ONLY = "read_only", "Read-only"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="partnership_roles")
    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="roles")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    history = History()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "partnership"], name="role_one_per_partnership")]

    def __str__(self):
        return f"{self.user} – {self.get_kind_display()} of {self.partnership}"

    @property
    def can_manage(self) -> bool:
        return self.kind == self.Kind.BUSINESS_TEAM

    @property
    def can_update_own_actions(self) -> bool:
        return self.kind in (self.Kind.BUSINESS_TEAM, self.Kind.MEMBER)
