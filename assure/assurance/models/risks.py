"""The risk register: the risks the board holds, each scored on the 5 x 5 scale three times (inherent, current,
target; `scoring.py`, ADR 0120), with further actions in the shared action log."""
from django.conf import settings
from django.db import models
from django.db.models import Q

from assure.core import clock
from assure.core.audit import History
from assure.partnerships.models import Body, Organisation, Partnership, Person

from .. import scoring

SCALE_CHOICES = [(n, str(n)) for n in range(scoring.LOWEST, scoring.HIGHEST + 1)]
LIKELIHOOD_CHOICES = [(n, f"{n} – {word}") for n, word in scoring.LIKELIHOOD.items()]
IMPACT_CHOICES = [(n, f"{n} – {word}") for n, word in scoring.IMPACT.items()]
SCORE_FIELDS = ("inherent_likelihood", "inherent_impact", "current_likelihood", "current_impact",
                "target_likelihood", "target_impact")


def _on_scale(name: str) -> models.CheckConstraint:
    return models.CheckConstraint(condition=Q(**{f"{name}__gte": scoring.LOWEST, f"{name}__lte": scoring.HIGHEST}),
                                  name=f"risk_{name}_1_to_5")


class Risk(models.Model):
    """A risk the partnership holds on its register: why it might happen, what would follow, who owns it."""

    class Category(models.TextChoices):
        STRATEGIC = "strategic", "Strategic"
        OPERATIONAL = "operational", "Operational"
        FINANCIAL = "financial", "Financial"
        REPUTATIONAL = "reputational", "Reputational"
        STATUTORY = "statutory_compliance", "Statutory compliance"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="risks")
    number = models.PositiveSmallIntegerField(editable=False)   # shown as the reference, "R07"
    title = models.CharField(max_length=200)
    cause = models.TextField()
    consequence = models.TextField()
    category = models.CharField(max_length=30, choices=Category.choices)
    owner = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    owner_organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.PROTECT,
                                           related_name="+")
    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="risks", verbose_name="held by")
    inherent_likelihood = models.PositiveSmallIntegerField(choices=LIKELIHOOD_CHOICES)
    inherent_impact = models.PositiveSmallIntegerField(choices=IMPACT_CHOICES)
    current_likelihood = models.PositiveSmallIntegerField(choices=LIKELIHOOD_CHOICES)
    current_impact = models.PositiveSmallIntegerField(choices=IMPACT_CHOICES)
    target_likelihood = models.PositiveSmallIntegerField(choices=LIKELIHOOD_CHOICES)
    target_impact = models.PositiveSmallIntegerField(choices=IMPACT_CHOICES)
    controls = models.TextField("controls in place", blank=True)
    raised_on = models.DateField("date raised")
    review_date = models.DateField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    closed_on = models.DateField(null=True, blank=True)
    closing_reason = models.TextField("reason for closing", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "number"], name="risk_number_once"),
            *(_on_scale(name) for name in SCORE_FIELDS),
        ]
        indexes = [models.Index(fields=["partnership", "status", "review_date"])]

    def __str__(self):
        return f"{self.reference} {self.title}"

    @property
    def reference(self) -> str:
        return f"R{self.number:02d}"

    @property
    def inherent_score(self) -> int:
        return scoring.score(self.inherent_likelihood, self.inherent_impact)

    @property
    def current_score(self) -> int:
        return scoring.score(self.current_likelihood, self.current_impact)

    @property
    def target_score(self) -> int:
        return scoring.score(self.target_likelihood, self.target_impact)

    @property
    def inherent_band(self) -> scoring.Band:
        return scoring.band(self.inherent_score)

    @property
    def current_band(self) -> scoring.Band:
        return scoring.band(self.current_score)

    @property
    def target_band(self) -> scoring.Band:
        return scoring.band(self.target_score)

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    def review_overdue(self, today=None) -> bool:
        return self.is_open and self.review_date < (today or clock.today())

    def score_warnings(self) -> list[str]:
        return scoring.warnings(self.inherent_score, self.current_score, self.target_score)


class RiskAction(models.Model):
    """Links a risk to an action in the shared action log: its further actions."""

    risk = models.ForeignKey(Risk, on_delete=models.CASCADE, related_name="action_links")
    action = models.OneToOneField("actions.Action", on_delete=models.CASCADE, related_name="risk_link")

    def __str__(self):
        return f"{self.risk.reference} -> {self.action}"
