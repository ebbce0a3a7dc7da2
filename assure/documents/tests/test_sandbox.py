"""The parse runs in a child process; every way it can go wrong comes back as a reason."""
import faulthandler
import os
import time
import zlib

import pytest

from assure.documents.checks import EncryptedDocument, UnreadableDocument
from assure.documents.document import Document, Paragraph, Table
from assure.documents.intake import read_document
from assure.documents.sandbox import Limits, document_from_json, document_to_json, run_sandboxed
from assure.imports import corpus

SAMPLE = Document(
    blocks=[Paragraph("Minutes", style="Heading 1", page=1), Table(rows=(("a", "b"), ("", "c\nd")), page=2)],
    source="m.pdf", kind="pdf", pages=2, furniture=["Page 1 of 2"],
)


def returns_sample(data, name):
    return SAMPLE


def spins(data, name):
    while True:
        pass


def hangs(data, name):
    time.sleep(3600)  # stands in for a parser stuck waiting: it spends no CPU


def eats_memory(data, name):
    hoard = []
    while True:
        hoard.append(bytearray(32 * 1024 * 1024))


def crashes(data, name):
    faulthandler.disable()  # pytest's crash dump would only clutter the test output
    os.abort()


def raises(data, name):
    raise KeyError("/Root")


def refuses(data, name):
    raise UnreadableDocument("This PDF has no text layer (it may be a scan).")


def reports_pid(data, name):
    return Document(blocks=[Paragraph(str(os.getpid()))])


def test_document_comes_back_whole():
    assert run_sandboxed(returns_sample, b"", "m.pdf") == SAMPLE


def test_json_round_trip():
    assert document_from_json(document_to_json(SAMPLE)) == SAMPLE


def test_parse_runs_in_another_process():
    assert run_sandboxed(reports_pid, b"", "x").blocks[0].text != str(os.getpid())


@pytest.mark.parametrize(
    "parse, limits, reason",
    [
        (spins, Limits(cpu_seconds=1, wall_seconds=30), "more than 1 seconds of processing"),
        (hangs, Limits(wall_seconds=0.5), "took longer than 0.5 seconds"),
        (eats_memory, Limits(memory_bytes=256 * 1024 * 1024), "more than 256 MB of memory"),
        (crashes, Limits(), "the reader crashed"),
        (raises, Limits(), "damaged or malformed and cannot be read (KeyError)"),
        (refuses, Limits(), "This PDF has no text layer (it may be a scan)."),
    ],
)
def test_failures_become_unreadable_document_with_a_reason(parse, limits, reason):
    with pytest.raises(UnreadableDocument) as refused:
        run_sandboxed(parse, b"data", "x.pdf", limits)
    assert reason in str(refused.value)


def test_parent_is_unaffected_by_the_childs_limits():
    with pytest.raises(UnreadableDocument):
        run_sandboxed(eats_memory, b"", "x", Limits(memory_bytes=128 * 1024 * 1024))
    assert len(bytearray(300 * 1024 * 1024)) == 300 * 1024 * 1024


@pytest.mark.parametrize("suffix, build", [("docx", corpus.as_docx), ("txt", corpus.as_text), ("pdf", corpus.as_pdf)])
def test_read_document_from_a_path_in_each_format(tmp_path, suffix, build):
    pytest.importorskip("reportlab")
    meeting = corpus.meeting(11)
    path = tmp_path / f"minutes.{suffix}"
    path.write_bytes(build(meeting))

    document = read_document(path)

    assert document.source == f"minutes.{suffix}"
    assert meeting.body in document.text()
    assert f"{meeting.items[0].number}. {meeting.items[0].title}" in document.text()
    assert document == read_document(path.read_bytes(), path.name, sandbox=False)


def test_read_document_refuses_an_oversized_path_before_reading_it(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2048)
    with pytest.raises(UnreadableDocument, match="must be smaller than"):
        read_document(path, max_bytes=1024)


def test_read_document_refuses_a_missing_file(tmp_path):
    with pytest.raises(UnreadableDocument, match="cannot be opened"):
        read_document(tmp_path / "gone.docx")


def test_one_meeting_in_each_format_reads_into_the_same_record():
    pytest.importorskip("reportlab")
    extract = pytest.importorskip("assure.imports.extract").extract_record
    meeting = corpus.meeting(4, items=4)
    files = {"m.docx": corpus.as_docx(meeting, auto_numbers=True), "m.pdf": corpus.as_pdf(meeting),
             "m.txt": corpus.as_text(meeting)}

    records = {name: extract(read_document(data, name)) for name, data in files.items()}

    summaries = {
        name: (r["date"], [i["number"] for i in r["items"]], [(a["item"], a["owner_text"]) for a in r["actions"]])
        for name, r in records.items()
    }
    expected = (meeting.date.isoformat(), [i.number for i in meeting.items],
                [(i.number, owner) for i in meeting.items for _, owner, _ in i.actions])
    assert summaries == {name: expected for name in files}


def returns_dirty_text(data, name):
    return Document(blocks=[Paragraph("Nul\x00 here, half an emoji \ud83d, a pair \U0001f600\tand a tab")])


def test_text_coming_back_is_safe_to_store():
    (paragraph,) = run_sandboxed(returns_dirty_text, b"", "x").blocks

    assert paragraph.text == "Nul here, half an emoji \ufffd, a pair \U0001f600\tand a tab"
    paragraph.text.encode("utf-8")


def refuses_as_encrypted(data, name):
    raise EncryptedDocument("This PDF is password-protected: save a copy without the password and upload that.")


def test_the_kind_of_refusal_survives_the_process_boundary():
    with pytest.raises(EncryptedDocument, match="password-protected"):
        run_sandboxed(refuses_as_encrypted, b"", "x.pdf")


def test_utf16_text_file_is_read():
    data = "Present:\r\nAda Quist (AQ) – Chair\r\n".encode("utf-16")

    document = read_document(data, "minutes.txt")

    assert "Ada Quist (AQ) – Chair" in document.text()


def stream_bomb_pdf(expanded_bytes: int) -> bytes:
    """A one-page PDF whose content stream is a few hundred KB compressed and huge expanded."""
    packer = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    stream = b"".join(packer.compress(chunk) for _ in range(expanded_bytes >> 20)) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_pdf_stream_bomb_is_stopped_by_the_memory_limit():
    bomb = stream_bomb_pdf(160 << 20)
    assert len(bomb) < 1 << 20

    with pytest.raises(UnreadableDocument, match="memory"):
        read_document(bomb, "minutes.pdf", limits=Limits(memory_bytes=64 << 20, cpu_seconds=20, wall_seconds=60))
