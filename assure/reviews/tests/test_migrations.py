"""The move to one planned publication date per review keeps the dates people had entered."""
import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

D = datetime.date
BEFORE, AFTER = [("reviews", "0001_initial")], [("reviews", "0002_one_planned_publication_date")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture(autouse=True)
def latest_schema_afterwards():
    """Going back to reviews 0001 unapplies every app whose migrations depend on later reviews migrations (budget,
    training, ...); put the whole schema back, or the browser tests run after this one on the same database find
    their tables gone."""
    yield
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_a_review_without_its_own_date_takes_its_report_s_else_its_earliest_document_s():
    old = migrate(BEFORE)
    partnership = old.get_model("partnerships", "Partnership").objects.create(name="Migration Partnership",
                                                                              slug="migration")
    Case, Review, Publication = (old.get_model("reviews", name) for name in ("Case", "Review", "Publication"))

    def review(pseudonym, planned=None, documents=()):
        case = Case.objects.create(partnership=partnership, pseudonym=pseudonym, subject="child",
                                   date_aware=D(2025, 1, 6))
        made = Review.objects.create(partnership=partnership, case=case, kind="cspr",
                                     publication_planned_on=planned)
        for kind, on in documents:
            Publication.objects.create(review=made, kind=kind, title=kind, file="x.txt", original_filename="x.txt",
                                       file_sha256="0" * 64, planned_publication_on=on,
                                       uploaded_at=datetime.datetime(2025, 6, 1, tzinfo=datetime.UTC))
        return made.pk

    own = review("Child A", D(2025, 9, 1), [("report", D(2025, 10, 1))])
    report = review("Child B", None, [("seven_minute_briefing", D(2025, 8, 1)), ("report", D(2025, 9, 15))])
    briefings = review("Child C", None, [("seven_minute_briefing", D(2025, 8, 20)),
                                         ("lessons_learned_briefing", D(2025, 8, 5))])
    undated = review("Child D", None, [("report", None)])

    new = migrate(AFTER)
    planned = dict(new.get_model("reviews", "Review").objects.values_list("pk", "publication_planned_on"))
    assert planned == {own: D(2025, 9, 1), report: D(2025, 9, 15), briefings: D(2025, 8, 5), undated: None}
