"""Run a document parser in a child process with a memory limit, a CPU/time limit and a page cap.

Document libraries are not safe on hostile input (a 1 KB PDF can expand to hundreds of MB or keep
a parser busy for minutes), so the parse happens in a forked child (see ADR 0047):
- RLIMIT_AS caps its memory, RLIMIT_CPU its CPU seconds, and the parent kills it after a
  wall-clock timeout as well (a parser stuck waiting spends no CPU);
- the child sends back the Document as JSON, never pickle: the parent never unpickles bytes that
  were produced while hostile input was in memory;
- every failure (timeout, memory, crash, an exception) becomes UnreadableDocument with a reason.
Fork (not spawn) keeps the cost per document to a few milliseconds: the libraries are already
imported in the parent. Linux/macOS only, like the rest of the deployment.
"""
from __future__ import annotations

import gc
import json
import logging
import os
import resource
import select
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass

from . import checks
from .checks import TooMuchText, UnreadableDocument
from .document import Document, Paragraph, Table

MAX_RESULT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Limits:
    memory_bytes: int = 1024 * 1024 * 1024  # on top of what the process already maps
    cpu_seconds: int = 30
    wall_seconds: float = 40.0
    max_pages: int = 200
    # What a reader may hand back, so that extraction and checks after it run on bounded input:
    # 1,000,000 characters is about 400 pages of dense minutes.
    max_chars: int = 1_000_000
    max_blocks: int = 50_000


def run_sandboxed(parse: Callable[..., Document], data: bytes, name: str, limits: Limits = Limits(), **kwargs) -> Document:
    """parse(data, name, **kwargs) in a child process; its Document, or UnreadableDocument."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(parse, data, name, kwargs, limits, write_end)
    os.close(write_end)
    timed_out = True
    try:
        payload, timed_out = _read_all(read_end, limits.wall_seconds)
    finally:
        os.close(read_end)
        if timed_out:  # also when the parent itself was interrupted: never leave the child running
            _kill(pid)
        _, status = os.waitpid(pid, 0)
    if timed_out:
        raise UnreadableDocument(f"Reading the file took longer than {limits.wall_seconds:g} seconds; it was stopped.")
    if os.WIFSIGNALED(status):
        raise UnreadableDocument(_signal_reason(os.WTERMSIG(status), limits))
    try:
        message = json.loads(payload)
    except ValueError:
        raise UnreadableDocument("The file could not be read: the reader stopped unexpectedly.") from None
    if "error" in message:
        refusal = getattr(checks, str(message.get("refusal")), None)  # keep EncryptedDocument etc.
        if not (isinstance(refusal, type) and issubclass(refusal, UnreadableDocument)):
            refusal = UnreadableDocument
        raise refusal(message["error"])
    return document_from_json(message["document"])


def _child(parse, data, name, kwargs, limits: Limits, write_end: int) -> None:
    code = 0
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        # The parent's log handlers (files, sockets, a test's capture) are not the child's to use; and pdfminer's
        # debug records, formatted for a capturing handler, made a 5,000-page PDF take 35 s instead of 0.2 s.
        logging.disable(logging.CRITICAL)
        # A cyclic collection walks every object the parent had, copying their pages into this short-lived child
        # (copy on write); the child reads one file and exits, its memory capped by _limit_resources.
        gc.disable()
        _limit_resources(limits)
        try:
            document = parse(data, name, **kwargs)
            check_bounds(document, limits)
            message = {"document": document_to_json(document)}
        except UnreadableDocument as exc:
            message = {"error": exc.reason, "refusal": type(exc).__name__}
        except MemoryError:
            message = {"error": _memory_reason(limits)}
        except RecursionError:
            message = {"error": "The file is nested too deeply to read safely."}
        except Exception as exc:  # noqa: BLE001 - a parser bug on odd input is still a refusal
            message = {"error": f"The file is damaged or malformed and cannot be read ({type(exc).__name__})."}
        out = json.dumps(message).encode()
        if len(out) > MAX_RESULT_BYTES:
            out = json.dumps({"error": "The document holds far more text than minutes do; it was not read."}).encode()
        view = memoryview(out)
        while view:
            written = os.write(write_end, view)
            view = view[written:]
    except BaseException:  # noqa: BLE001 - the parent reports a missing answer as a crash
        code = 1
    finally:
        os._exit(code)  # no atexit handlers, no flushing of the parent's buffers or connections


def check_bounds(document: Document, limits: Limits) -> None:
    """Refuse a document holding more text or blocks than anything after the reader should be given."""
    chars = sum(len(block.text) if isinstance(block, Paragraph) else sum(len(c) for row in block.rows for c in row)
                for block in document.blocks)
    if chars > limits.max_chars:
        raise TooMuchText(too_much_text(chars, limits.max_chars))
    if len(document.blocks) > limits.max_blocks:
        raise TooMuchText(f"The file holds {len(document.blocks):,} paragraphs and tables; the most Assure reads is "
                          f"{limits.max_blocks:,}. Split it or upload the part you need.")


def too_much_text(chars: int, max_chars: int) -> str:
    return (f"The file holds {chars:,} characters of text; the most Assure reads is {max_chars:,} "
            f"(about {max_chars // 2500:,} pages). Split it or upload the part you need.")


def _limit_resources(limits: Limits) -> None:
    mapped = _mapped_bytes()
    soft = mapped + limits.memory_bytes
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard == resource.RLIM_INFINITY or soft <= hard:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    used_cpu = int(time.process_time())
    cpu = used_cpu + limits.cpu_seconds
    _, cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)
    if cpu_hard == resource.RLIM_INFINITY or cpu + 1 <= cpu_hard:
        # SIGXCPU at the soft limit; the kernel kills outright at the hard one.
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))


def _mapped_bytes() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _read_all(fd: int, timeout: float) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return b"", True
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            return b"", True
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks), False
        size += len(chunk)
        if size > MAX_RESULT_BYTES + 1024:
            return b"", True
        chunks.append(chunk)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _signal_reason(signum: int, limits: Limits) -> str:
    if signum in (signal.SIGXCPU, signal.SIGKILL):
        return f"Reading the file used more than {limits.cpu_seconds} seconds of processing; it was stopped."
    if signum in (signal.SIGSEGV, signal.SIGBUS, signal.SIGABRT):
        return "The file could not be read: the reader crashed on it (the file is probably damaged)."
    return f"The file could not be read: the reader was stopped ({signal.Signals(signum).name})."


def _memory_reason(limits: Limits) -> str:
    return f"Reading the file needed more than {limits.memory_bytes // (1024 * 1024)} MB of memory; it was stopped."


def document_to_json(document: Document) -> dict:
    blocks = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            blocks.append({"p": block.text, "style": block.style, "page": block.page})
        else:
            blocks.append({"table": [list(row) for row in block.rows], "page": block.page})
    return {"blocks": blocks, "source": document.source, "kind": document.kind,
            "pages": document.pages, "furniture": list(document.furniture)}


def document_from_json(data: dict) -> Document:
    blocks = []
    for block in data["blocks"]:
        if "p" in block:
            blocks.append(Paragraph(text=clean_text(block["p"]), style=clean_text(block.get("style") or ""),
                                    page=_page(block.get("page"))))
        else:
            rows = tuple(tuple(clean_text(cell) for cell in row) for row in block["table"])
            blocks.append(Table(rows=rows, page=_page(block.get("page"))))
    return Document(blocks=blocks, source=clean_text(data.get("source", "")), kind=clean_text(data.get("kind", "")),
                    pages=_page(data.get("pages")), furniture=[clean_text(line) for line in data.get("furniture", [])])


CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10))


def clean_text(value) -> str:
    """Text safe to store: no NULs or other control characters (PostgreSQL refuses NUL), no lone
    surrogates from odd font maps (they cannot be encoded as UTF-8)."""
    text = str(value).translate(CONTROL)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _page(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
