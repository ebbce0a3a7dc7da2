"""What a paper may be: a short list of office formats, within a size limit, whose content matches its name.

Pure: takes the name, size and an open binary file; reads but never stores. The browser's content
type is ignored (anyone can send any), the file's own bytes decide.
"""
import io
import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError

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
# The folder inside the zip that each Office Open XML kind must have.
_OOXML_PART = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}


def extension(filename: str) -> str:
    return PurePath(filename or "").suffix.lower().lstrip(".")


def _human(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def check_paper(filename: str, size: int, fileobj, max_bytes: int = MAX_BYTES) -> str:
    """Return the file's extension if it is an acceptable paper, or raise ValidationError saying why not."""
    ext = extension(filename)
    if ext not in ALLOWED:
        raise ValidationError(
            f"The paper must be a PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument text (.odt) "
            f"or plain text (.txt) file. “{PurePath(filename or '').name}” is not.")
    if size <= 0:
        raise ValidationError("The selected file is empty.")
    if size > max_bytes:
        raise ValidationError(f"The paper must be smaller than {_human(max_bytes)}. This file is {_human(size)}.")
    fileobj.seek(0)
    head = fileobj.read(8)
    fileobj.seek(0)
    if not _content_matches(ext, head, fileobj):
        raise ValidationError(f"The file's content is not a valid .{ext} file. Save it again in that format and try again.")
    return ext


def _content_matches(ext: str, head: bytes, fileobj) -> bool:
    if ext == "pdf":
        return head.startswith(b"%PDF-")
    if ext == "txt":
        data = fileobj.read()
        fileobj.seek(0)
        if b"\x00" in data:
            return False
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                data.decode("cp1252")
            except UnicodeDecodeError:
                return False
        return True
    if not head.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(fileobj) as archive:
            names = archive.namelist()
            if ext == "odt":
                return "mimetype" in names and archive.read("mimetype").strip() == CONTENT_TYPES["odt"].encode()
            return "[Content_Types].xml" in names and any(n.startswith(_OOXML_PART[ext]) for n in names)
    except (zipfile.BadZipFile, OSError, KeyError):
        return False
    finally:
        fileobj.seek(0)


def content_type(filename: str) -> str:
    return CONTENT_TYPES.get(extension(filename), "application/octet-stream")


def make_docx_bytes() -> bytes:
    """A minimal valid-looking .docx, for tests and demo data."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()
