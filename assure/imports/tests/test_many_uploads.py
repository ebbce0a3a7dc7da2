"""Several minutes files in one upload: checked for size and type in the request, read into drafts by the job
"imports.many" (ADR 0149), one file's refusal never stopping the others. Tests run the queue at once."""
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.html import escape

from assure.imports import services
from assure.imports.models import ImportedDocument
from assure.jobs.models import Job
from assure.jobs.services import start_job
from assure.meetings.models import Meeting

from .test_views import MINUTES_TXT, url

FEBRUARY = MINUTES_TXT.replace("15 January 2026", "12 February 2026")
NOT_MINUTES = b"eggs\nmilk\nbread\n"


def post_files(client, partnership, *files):
    return client.post(url("upload", partnership), {"file": [SimpleUploadedFile(name, data) for name, data in files]})


def job_page(partnership, job):
    return reverse("jobs:job-detail", args=[partnership.slug, job.pk])


def test_several_files_become_drafts_listed_with_links(partnership, business_user, executive_board, client_for):
    client = client_for(business_user)
    response = post_files(client, partnership, ("jan.txt", MINUTES_TXT.encode()), ("feb.txt", FEBRUARY.encode()))
    job = Job.objects.get(kind="imports.many")
    assert response.status_code == 302 and response["Location"] == job_page(partnership, job)
    assert job.status == Job.Status.DONE and (job.done, job.total) == (2, 2)
    assert job.message == "2 of 2 read: 2 to check."
    assert job.title == "Read 2 minutes files" and job.created_by == business_user

    drafts = {d.file_name: d for d in ImportedDocument.objects.all()}
    assert set(drafts) == {"jan.txt", "feb.txt"}
    assert all(d.status == ImportedDocument.Status.DRAFT and d.uploaded_by == business_user for d in drafts.values())
    assert {d.record["date"] for d in drafts.values()} == {"2026-01-15", "2026-02-12"}
    assert not Meeting.objects.exists()   # nothing saved until each is checked

    assert "2 of 2 read: 2 to check." in client.get(job_page(partnership, job)).content.decode()
    listing = client.get(url("list", partnership)).content.decode()   # the page the job returns to
    for name, draft in drafts.items():
        assert f'href="{url("check", partnership, draft.pk)}">{name}</a>: a draft to check' in listing
    # The kept copies are gone once read: only the drafts' own files remain.
    storage = ImportedDocument._meta.get_field("source_file").storage
    assert storage.listdir(f"imports/{partnership.pk}/incoming")[1] == []


def test_a_file_refused_in_the_request_is_named_and_the_others_are_read(partnership, business_user, executive_board,
                                                                         client_for):
    client = client_for(business_user)
    response = post_files(client, partnership, ("jan.txt", MINUTES_TXT.encode()),
                          ("board.exe", b"MZ\x90\x00"), ("feb.txt", FEBRUARY.encode()))
    job = Job.objects.get()
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "1 of 3 files refused before reading: board.exe: " in page and ".exe" in page
    assert job.message == "3 of 3 read: 2 to check, 1 refused."
    refused = [line for line in job.result["lines"] if line["refused"]]
    assert [line["file_name"] for line in refused] == ["board.exe"]
    assert ImportedDocument.objects.get(file_name="board.exe").status == ImportedDocument.Status.FAILED
    assert ImportedDocument.objects.filter(status=ImportedDocument.Status.DRAFT).count() == 2


def test_a_file_that_fails_to_read_is_a_refused_line_and_leaves_nothing_half_written(
        partnership, business_user, executive_board, client_for):
    client = client_for(business_user)
    post_files(client, partnership, ("jan.txt", MINUTES_TXT.encode()), ("shopping.txt", NOT_MINUTES),
               ("feb.txt", FEBRUARY.encode()))
    job = Job.objects.get()
    assert job.status == Job.Status.DONE and (job.done, job.total) == (3, 3)
    lines = {line["file_name"]: line for line in job.result["lines"]}
    assert lines["shopping.txt"]["refused"] and "does not look like minutes" in lines["shopping.txt"]["reason"]
    assert not lines["jan.txt"]["refused"] and not lines["feb.txt"]["refused"]
    failed = ImportedDocument.objects.get(file_name="shopping.txt")
    # The refused file keeps only its audit row: no text, no layout, no stored file.
    assert failed.status == ImportedDocument.Status.FAILED and failed.source_text == "" and not failed.source_file
    listing = client.get(url("list", partnership)).content.decode()
    assert f"shopping.txt: refused. {escape(lines['shopping.txt']['reason'])}" in listing


def test_progress_is_reported_file_by_file(partnership, business_user, executive_board, monkeypatch):
    seen = []
    real = services.start_import

    def watching(**kwargs):
        job = Job.objects.get()
        seen.append((job.done, job.total, job.message))
        return real(**kwargs)

    monkeypatch.setattr(services, "start_import", watching)
    uploads = [SimpleUploadedFile(f"{month}.txt", text.encode())
               for month, text in (("jan", MINUTES_TXT), ("feb", FEBRUARY),
                                   ("mar", MINUTES_TXT.replace("15 January 2026", "12 March 2026")))]
    job, refusals = services.import_many(partnership=partnership, uploads=uploads, by=business_user)
    assert refusals == []
    assert seen == [(0, 3, "0 of 3 read"), (1, 3, "1 of 3 read"), (2, 3, "2 of 3 read")]
    job.refresh_from_db()
    assert (job.done, job.total, job.message) == (3, 3, "3 of 3 read: 3 to check.")


def test_the_same_file_again_changes_nothing_and_says_so(partnership, business_user, executive_board, client_for):
    client = client_for(business_user)
    first = services.start_import(partnership=partnership, file_name="jan.txt", data=MINUTES_TXT.encode(),
                                  by=business_user)[0]
    post_files(client, partnership, ("jan copy.txt", MINUTES_TXT.encode()), ("feb.txt", FEBRUARY.encode()))
    lines = {line["file_name"]: line for line in Job.objects.get().result["lines"]}
    assert lines["jan copy.txt"]["document_id"] == first.pk and "already imported" in lines["jan copy.txt"]["note"]
    assert ImportedDocument.objects.count() == 2


def test_every_file_refused_keeps_the_page_with_a_reason_per_file(partnership, business_user, client_for):
    response = post_files(client_for(business_user), partnership, ("a.exe", b"MZ"), ("b.docx", b"plain text"))
    body = response.content.decode()
    assert response.status_code == 200 and "govuk-error-summary" in body
    assert "a.exe: " in body and "b.docx: The file is called .docx but is really" in body
    assert not Job.objects.exists()


def test_a_lost_kept_file_is_a_refused_line(partnership, business_user, executive_board):
    job = start_job("imports.many", partnership=partnership, by=business_user, title="Read 1 minutes file",
                    params={"files": [{"path": f"imports/{partnership.pk}/incoming/gone.txt", "file_name": "x.txt"}]})
    assert job.status == Job.Status.DONE
    assert job.result["lines"] == [{"file_name": "x.txt", "refused": True,
                                    "reason": "The uploaded file was lost before it was read: upload it again."}]


def test_the_upload_page_takes_several_files(partnership, business_user, client_for):
    body = client_for(business_user).get(url("upload", partnership)).content.decode()
    assert 'type="file"' in body and "multiple" in body and 'class="govuk-file-upload"' in body


def test_read_only_and_member_users_cannot_start_an_import(partnership, member_user, readonly_user, client_for):
    for user in (member_user, readonly_user):
        response = post_files(client_for(user), partnership, ("jan.txt", MINUTES_TXT.encode()),
                              ("feb.txt", FEBRUARY.encode()))
        assert response.status_code in (403, 404)
    assert not Job.objects.exists() and not ImportedDocument.objects.exists()
