"""Malformed input: whatever the bytes, the readers give a Document or UnreadableDocument, nothing else.

Mutations start from valid generated files: raw byte edits (mostly caught by the container
formats), and edits inside a Word file's XML and an uncompressed PDF's objects, which reach the
parsers proper. Deterministic and small so it runs in the normal suite.
"""
import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assure.documents.checks import UnreadableDocument, check_file
from assure.documents.document import Document
from assure.documents.intake import read_document
from assure.documents.readers import parse
from assure.imports import corpus

FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

MEETING = corpus.meeting(5, items=2, sentences=1)
DOCX = corpus.as_docx(MEETING, auto_numbers=True)
TEXT = corpus.as_text(MEETING)
HTML = b"<html><body><p>Present: Ann Lee (AL)</p><table><tr><td>1</td><td><ul><li>x</li></ul></td></tr></table></body></html>"


def _plain_pdf() -> bytes:
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, pageCompression=0)
    pdf.drawString(72, 760, "Felpersham Safeguarding Adults Board")
    pdf.drawString(72, 740, "Present: Ann Lee (AL) - Chair")
    pdf.rect(72, 600, 300, 100)
    pdf.line(222, 600, 222, 700)
    pdf.drawString(80, 680, "Action")
    pdf.drawString(230, 680, "Owner")
    pdf.showPage()
    pdf.drawString(72, 760, "Page two")
    pdf.save()
    return out.getvalue()


@st.composite
def mutated(draw, data: bytes):
    """A few byte-level edits: overwrite, delete a run, insert, or truncate."""
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        edit = draw(st.sampled_from(["set", "delete", "insert", "truncate"]))
        if edit == "set":
            data[at] = draw(st.integers(0, 255))
        elif edit == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        elif edit == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        else:
            del data[at:]
    return bytes(data)


def _rezip(docx: bytes, part: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, content if item.filename == part else source.read(item.filename))
    return out.getvalue()


def _parts() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(DOCX)) as archive:
        return {name: archive.read(name) for name in
                ("word/document.xml", "word/styles.xml", "word/numbering.xml", "[Content_Types].xml")}


PARTS = _parts()


def assert_reads_or_refuses(data: bytes, name: str) -> None:
    try:
        checked = check_file(data, name)
        document = parse(checked.data, checked.name, kind=checked.kind)
    except UnreadableDocument as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(document, Document)
    document.text()


@FUZZ
@given(mutated(DOCX))
def test_docx_bytes(data):
    assert_reads_or_refuses(data, "minutes.docx")


@FUZZ
@given(st.sampled_from(sorted(PARTS)).flatmap(lambda part: mutated(PARTS[part]).map(lambda xml: (part, xml))))
def test_docx_inner_xml(edit):
    part, xml = edit
    assert_reads_or_refuses(_rezip(DOCX, part, xml), "minutes.docx")


@FUZZ
@given(mutated(_plain_pdf()))
def test_pdf_bytes(data):
    assert_reads_or_refuses(data, "minutes.pdf")


@FUZZ
@given(mutated(TEXT))
def test_text_bytes(data):
    assert_reads_or_refuses(data, "minutes.txt")


@FUZZ
@given(mutated(HTML))
def test_html_bytes(data):
    assert_reads_or_refuses(data, "minutes.html")


@settings(max_examples=8, deadline=None, derandomize=True, database=None)
@given(mutated(_plain_pdf()))
def test_sandboxed_read_lets_nothing_else_escape(data):
    try:
        assert isinstance(read_document(data, "minutes.pdf"), Document)
    except UnreadableDocument as exc:
        assert str(exc)
