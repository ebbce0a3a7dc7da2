"""Secret calendar feed addresses (ADR 0145): one per person for "my calendar", one per person and body.

The address's token is never stored: it is worked out from the site's secret key and the link's `salt`
(`tokens.token_for`), and only its hash is kept to find the link (`assure.core.secret_links.hash_token`). A copy of
the database alone cannot open anyone's calendar; resetting draws a new salt, so the old address stops at once.
"""
from django.conf import settings
from django.db import models
from django.db.models import Q

from assure.core.audit import History
from assure.partnerships.models import Body, Partnership


class FeedLink(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feeds")
    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="calendar_feeds")
    body = models.ForeignKey(Body, null=True, blank=True, on_delete=models.CASCADE, related_name="calendar_feeds",
                             help_text="The board or group whose meetings the feed holds; empty for the person's own")
    salt = models.CharField(max_length=64)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField()
    # Who made or reset which address, and when; never the salt or the hash, so history cannot reopen a feed.
    history = History(excluded_fields=["salt", "token_hash"])

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "partnership", "body"], condition=Q(body__isnull=False),
                                    name="calendar_feed_one_per_body"),
            models.UniqueConstraint(fields=["user", "partnership"], condition=Q(body__isnull=True),
                                    name="calendar_feed_one_mine"),
        ]

    def __str__(self):
        return f"Calendar of {self.body or 'their own'} for {self.user}"
