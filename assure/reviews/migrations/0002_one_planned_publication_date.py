"""One planned publication date per review: a document's own date moves to its review, then goes."""
from django.db import migrations


def keep_planned_dates(apps, schema_editor):
    """A review with no date of its own takes its report's date, or failing that its earliest briefing's."""
    Publication = apps.get_model("reviews", "Publication")
    Review = apps.get_model("reviews", "Review")
    dated = (Publication.objects.filter(planned_publication_on__isnull=False, review__publication_planned_on=None)
             .order_by("review_id", "planned_publication_on"))
    chosen = {}
    for pub in dated:
        if pub.review_id not in chosen or (pub.kind == "report" and chosen[pub.review_id][0] != "report"):
            chosen[pub.review_id] = (pub.kind, pub.planned_publication_on)
    for review_id, (_kind, planned_on) in chosen.items():
        Review.objects.filter(pk=review_id).update(publication_planned_on=planned_on)


class Migration(migrations.Migration):

    dependencies = [
        ("reviews", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(keep_planned_dates, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="historicalpublication",
            name="planned_publication_on",
        ),
        migrations.RemoveField(
            model_name="publication",
            name="planned_publication_on",
        ),
    ]
