"""The outbox's services for core/tests/test_service_actors.py."""
CASES = {}
NO_ACTOR = {
    "assure.mail.services.queue_email": "writes to the outbox, which keeps no history: the email row is the record",
}
