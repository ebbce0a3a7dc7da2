"""The full-text index behind SearchEntry, for the database in use (ADR 0144).

SQLite: an FTS5 table over title and text (external content: the words only, read from search_searchentry), kept in
step by triggers; porter stemming over unicode61 without diacritics. PostgreSQL: a GIN index on the stored
tsvector column `vector`. Each database skips the other's part.
"""
from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, text, content='search_searchentry', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchentry BEGIN "
    "INSERT INTO search_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchentry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchentry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO search_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
]
SQLITE_REVERSE = ["DROP TRIGGER IF EXISTS search_fts_update", "DROP TRIGGER IF EXISTS search_fts_delete",
                  "DROP TRIGGER IF EXISTS search_fts_insert", "DROP TABLE IF EXISTS search_fts"]
POSTGRESQL = ["CREATE INDEX search_entry_vector ON search_searchentry USING gin (vector)"]
POSTGRESQL_REVERSE = ["DROP INDEX IF EXISTS search_entry_vector"]


def _run(statements: dict):
    def run(apps, schema_editor):
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)
    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(_run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
                             _run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE})),
    ]
