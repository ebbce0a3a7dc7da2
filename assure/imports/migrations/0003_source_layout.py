from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("imports", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="importeddocument",
            name="source_layout",
            field=models.JSONField(blank=True, default=list, help_text="The document's blocks as read (source.py)"),
        ),
    ]
