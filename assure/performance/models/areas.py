"""The partnership's local authority area and its statistical neighbours (the ten authorities most like it)."""
from django.db import models

from assure.core.audit import History
from assure.partnerships.models import Partnership


class Authority(models.Model):
    """A local authority the partnership's dataset knows, learnt from the files imported (published statistics,
    statistical neighbours) or added by hand. One of them may be the partnership's own area."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="authorities")
    code = models.CharField(max_length=12, help_text="The nine-character code, for example E10000099")
    old_code = models.CharField(max_length=4, blank=True, help_text="The three-digit code, for example 999")
    name = models.CharField(max_length=200)
    region_code = models.CharField(max_length=12, blank=True)
    region_name = models.CharField(max_length=100, blank=True)
    is_own_area = models.BooleanField(default=False)
    history = History()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "authorities"
        constraints = [
            models.UniqueConstraint(fields=["partnership", "code"], name="authority_code_once"),
            models.UniqueConstraint(fields=["partnership"], condition=models.Q(is_own_area=True),
                                    name="one_own_area"),
        ]

    def __str__(self):
        return self.name


class Neighbour(models.Model):
    """One of the partnership's own area's statistical neighbours, 1 (most alike) to 10."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="neighbours")
    rank = models.PositiveSmallIntegerField()
    authority = models.ForeignKey(Authority, on_delete=models.CASCADE, related_name="+")
    history = History()

    class Meta:
        ordering = ["rank"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "rank"], name="neighbour_rank_once"),
            models.UniqueConstraint(fields=["partnership", "authority"], name="neighbour_once"),
            models.CheckConstraint(condition=models.Q(rank__gte=1, rank__lte=10), name="neighbour_rank_1_to_10"),
        ]

    def __str__(self):
        return f"{self.rank}. {self.authority.name}"
