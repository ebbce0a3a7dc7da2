"""One content model for every generated document (the yearly report, minutes, the board's action log): a
`Composition` of `Section`s holding blocks (`Paragraph`, `Bullets`, `Table`, `Chart`). Apps build the content;
`render.py` draws the same content as Word, PDF and HTML, so the three never disagree (ADR 0138).

Plain frozen dataclasses, no Django. `to_data`/`from_data` turn a composition into JSON-safe data and back, so a
signed-off report can be frozen with its figures and drawn again byte for byte."""
import base64
from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Paragraph:
    text: str
    # "" for body text; "lead" (larger, first thing said), "note" (smaller, e.g. a source), "empty" (says there is
    # no data or no text yet: drawn in italics so a reader sees it is a gap, not content)
    style: str = ""


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""
    # relative widths, one per column (None: equal)
    widths: tuple[float, ...] | None = None
    # columns whose cells are numbers (right-aligned)
    numeric: tuple[int, ...] = ()
    # the column shaded by a RAG rating, and each row's rating ("red", "amber", "green" or "")
    rag_column: int | None = None
    rags: tuple[str, ...] = ()
    # the last row is a total (bold)
    total_row: bool = False
    # said instead of an empty grid when there are no rows
    empty: str = "None."


@dataclass(frozen=True)
class Chart:
    title: str
    description: str  # the alternative text: what the chart shows, in words
    svg: str  # for HTML and PDF
    png: bytes  # for Word


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple = ()
    children: tuple["Section", ...] = ()
    key: str = ""
    # start on a new page (Word and PDF)
    new_page: bool = False


@dataclass(frozen=True)
class Composition:
    title: str
    sections: tuple[Section, ...]
    subtitle: str = ""
    author: str = ""  # the partnership, for the files' properties
    # lines under the title (period, prepared on, approved on)
    lines: tuple[str, ...] = ()
    # shown prominently on the first page and in each page's header when set ("Draft: not approved")
    draft_note: str = ""
    table_of_contents: bool = False
    landscape: bool = False
    extra: dict = field(default_factory=dict, compare=False)


BLOCKS = {cls.__name__: cls for cls in (Paragraph, Bullets, Table, Chart)}


def to_data(composition: Composition) -> dict:
    """JSON-safe data for a composition (PNG bytes as base64)."""
    return _encode(composition)


def from_data(data: dict) -> Composition:
    return Composition(**{**data, "sections": tuple(_section(s) for s in data["sections"]),
                          "lines": tuple(data.get("lines", ())), "extra": data.get("extra", {})})


def _encode(value):
    if isinstance(value, (Composition, Section)):
        return {f.name: _encode(getattr(value, f.name)) for f in fields(value)}
    if type(value).__name__ in BLOCKS and hasattr(value, "__dataclass_fields__"):
        data = {f.name: _encode(getattr(value, f.name)) for f in fields(value)}
        return {"block": type(value).__name__, **data}
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, (tuple, list)):
        return [_encode(item) for item in value]
    return value


def _section(data: dict) -> Section:
    return Section(title=data["title"], key=data.get("key", ""), new_page=data.get("new_page", False),
                   blocks=tuple(_block(b) for b in data.get("blocks", ())),
                   children=tuple(_section(c) for c in data.get("children", ())))


def _block(data: dict):
    data = dict(data)
    kind = BLOCKS[data.pop("block")]
    known = {f.name for f in fields(kind)}
    # Data frozen by an older version may lack a field added since (its default applies) but never has unknown ones.
    data = {name: value for name, value in data.items() if name in known}
    if kind is Chart:
        data["png"] = base64.b64decode(data.get("png", ""))
    elif kind is Table:
        data["columns"] = tuple(data["columns"])
        data["rows"] = tuple(tuple(row) for row in data.get("rows", ()))
        data["widths"] = tuple(data["widths"]) if data.get("widths") is not None else None
        data["numeric"] = tuple(data.get("numeric", ()))
        data["rags"] = tuple(data.get("rags", ()))
    elif kind is Bullets:
        data["items"] = tuple(data["items"])
    return kind(**data)


def paragraphs(text: str, style: str = "") -> tuple[Paragraph, ...]:
    """Typed text (paragraphs separated by a blank line) as Paragraph blocks."""
    normalised = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    return tuple(Paragraph(" ".join(part.split("\n")).strip(), style)
                 for part in normalised.split("\n\n") if part.strip())


def walk(sections, level: int = 1):
    """Every section with its heading level (1 for the top), depth first, in order."""
    for section in sections:
        yield section, level
        yield from walk(section.children, level + 1)
