"""What every app's command-line handler shares; here so the apps need not import the top-level `assure.cli`."""
import os


def setup_django() -> None:
    """For subcommands that use the database."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assure.settings")
    import django

    django.setup()
