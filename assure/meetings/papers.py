"""What a paper may be: a short list of office formats, within a size limit, whose bytes bear out its name.

The checks are the document intake's (assure.documents: size, type from the bytes, password protection,
archive bombs); a paper is stored, not read, so nothing parses it. The browser's content type is ignored
(anyone can send any), the file's own bytes decide.
"""
import io
import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError

from assure.documents import intake
from assure.documents.checks import UnreadableDocument, check_size

MAX_BYTES = 20 * 1024 * 1024

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "txt": "text/plain; charset=utf-8",
}
ALLOWED = tuple(CONTENT_TYPES)


def extension(filename: str) -> str:
    return PurePath(filename or "").suffix.lower().lstrip(".")


def check_paper(filename: str, size: int, fileobj, max_bytes: int = MAX_BYTES) -> str:
    """Return the file's extension if it is an acceptable paper, or raise ValidationError saying why not."""
    name = PurePath((filename or "").replace("\\", "/")).name
    ext = extension(name)
    if ext not in ALLOWED:
        raise ValidationError(
            f"The paper must be a PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument text (.odt) "
            f"or plain text (.txt) file. “{name}” is not.")
    try:
        check_size(size, max_bytes)  # before an oversized upload is read into memory
        fileobj.seek(0)
        data = fileobj.read()
        intake.check_upload(data, name, accept=intake.PAPER_KINDS, max_bytes=max_bytes)
    except UnreadableDocument as exc:
        raise ValidationError(exc.reason) from None
    finally:
        fileobj.seek(0)
    return ext


def content_type(filename: str) -> str:
    return CONTENT_TYPES.get(extension(filename), "application/octet-stream")


def make_docx_bytes() -> bytes:
    """A minimal valid-looking .docx, for tests and demo data."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()
