"""The quarter's board pack: `data.assemble` reads the quarter in a fixed number of queries; `word.pack_docx` and
`pdf.pack_pdf` turn it into an editable Word file and a PDF (ADR 0126). The builders read only the assembled
`Pack`, never the database."""
from .data import Entry, Pack, assemble, file_name, red_without_commentary

__all__ = ["Entry", "Pack", "assemble", "file_name", "red_without_commentary"]
