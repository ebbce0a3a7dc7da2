"""The one intake on hostile files: each is refused with a reason a person can act on, by the cheap checks
before any parser runs (or by the reader's own first look, before its costly steps), under a child memory limit."""
import resource

import pytest

from assure.documents import intake
from assure.documents.checks import EncryptedDocument, TooMuchText, UnreadableDocument, WrongFileType, ZipBomb
from assure.documents.document import Document, Paragraph
from assure.documents.sandbox import Limits, run_sandboxed

from . import hostile

# The child may map at most this much more than the parent: the hostile files must be refused within it.
STRICT = Limits(memory_bytes=256 * 1024 * 1024)


def refused(call, *args, **kwargs) -> UnreadableDocument:
    with pytest.raises(UnreadableDocument) as error:
        call(*args, **kwargs)
    assert "\n" not in str(error.value)
    return error.value


@pytest.mark.parametrize("read", [intake.read_document, intake.read_text])
def test_a_5000_page_pdf_is_refused_by_its_declared_page_count_before_pdfplumber_opens_it(read, monkeypatch):
    data = hostile.many_page_pdf()
    assert len(data) > 7_000_000
    reached = hostile.forbid(monkeypatch.setattr, hostile.COSTLY_STEPS)
    error = refused(read, data, "report.pdf", limits=STRICT)
    assert str(error) == ("This PDF has 5,000 pages; the most Assure reads is 200. "
                          "Split it or upload the part you need.")
    assert reached == []


@pytest.mark.parametrize("read", [intake.read_document, intake.read_text,
                                  lambda data, name, **kw: intake.check_upload(data, name)])
def test_a_word_file_expanding_to_380_mb_is_refused_before_it_is_unzipped(read, monkeypatch):
    data = hostile.expanding_docx()
    assert len(data) < 1_000_000
    reached = hostile.forbid(monkeypatch.setattr, hostile.PARSING + hostile.COSTLY_STEPS)
    error = refused(read, data, "report.docx", limits=STRICT)
    assert isinstance(error, ZipBomb)
    assert "would expand to 380.0 MB; more than 250.0 MB is refused as unsafe" in str(error)
    assert reached == []


@pytest.mark.parametrize("read", [intake.read_document, intake.read_text])
def test_19_mb_of_text_is_refused_before_it_is_split_into_lines(read, monkeypatch):
    data = hostile.large_text_minutes()
    assert len(data) == 19 * 1024 * 1024
    reached = hostile.forbid(monkeypatch.setattr, hostile.COSTLY_STEPS)
    error = refused(read, data, "minutes.txt", limits=STRICT)
    assert isinstance(error, TooMuchText)
    assert f"holds {len(data.decode()):,} characters of text; the most Assure reads is 1,000,000" in str(error)
    assert reached == []


def test_the_character_bound_holds_for_what_a_reader_returns_too():
    def reader(data, name):
        return Document(blocks=[Paragraph("x" * 600), Paragraph("y" * 600)], source=name)

    with pytest.raises(TooMuchText, match="holds 1,200 characters of text; the most Assure reads is 1,000"):
        run_sandboxed(reader, b"", "a.txt", Limits(max_chars=1000))
    with pytest.raises(TooMuchText, match="2 paragraphs and tables; the most Assure reads is 1"):
        run_sandboxed(reader, b"", "a.txt", Limits(max_blocks=1))


def test_the_child_runs_under_the_memory_and_cpu_limits():
    def report_limits(data, name):
        memory, _ = resource.getrlimit(resource.RLIMIT_AS)
        cpu, _ = resource.getrlimit(resource.RLIMIT_CPU)
        return Document(blocks=[Paragraph(f"{memory} {cpu}")], source=name)

    memory, cpu = map(int, run_sandboxed(report_limits, b"", "a.txt", STRICT).blocks[0].text.split())
    assert memory != resource.RLIM_INFINITY and cpu != resource.RLIM_INFINITY
    assert resource.getrlimit(resource.RLIMIT_AS)[0] != memory  # the parent keeps its own


def test_an_encrypted_pdf_is_refused_for_reading_and_for_storing():
    import io

    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt=StandardEncryption("secret", canPrint=0))
    pdf.drawString(72, 720, "Confidential paper")
    pdf.save()
    for call in (intake.read_document, intake.read_text, intake.check_upload):
        error = refused(call, buffer.getvalue(), "paper.pdf")
        assert isinstance(error, EncryptedDocument) and "password-protected" in str(error)


def test_a_pdf_encrypted_only_against_printing_may_be_stored():
    import io

    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt=StandardEncryption("", ownerPassword="owner", canPrint=0))
    pdf.drawString(72, 720, "Board paper")
    pdf.save()
    assert intake.check_upload(buffer.getvalue(), "paper.pdf") == "pdf"


@pytest.mark.parametrize("data, name, refusal, reason", [
    (b"", "minutes.docx", UnreadableDocument, "The file is empty."),
    (b"%PDF-1.4 but called a spreadsheet", "figures.xlsx", WrongFileType, "called .xlsx but is really a PDF"),
    (b"MZ\x90\x00 a program", "paper.pdf", WrongFileType, "called .pdf but is really a Windows program"),
])
def test_plain_refusals_for_storing(data, name, refusal, reason):
    error = refused(intake.check_upload, data, name)
    assert isinstance(error, refusal) and reason in str(error)


def test_a_paper_is_stored_unparsed_so_a_long_pdf_costs_nothing(monkeypatch):
    # Papers are read by people, not by Assure: the page limit is for what Assure itself parses.
    data = hostile.many_page_pdf()
    reached = hostile.forbid(monkeypatch.setattr, hostile.PARSING + hostile.COSTLY_STEPS)
    assert intake.check_upload(data, "annual report.pdf") == "pdf"
    assert reached == []
