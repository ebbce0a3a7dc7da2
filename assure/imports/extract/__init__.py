"""Extraction core: Document -> meeting record (see record.extract_record). Pure, no Django."""
from assure.imports.extract.record import extract_record

__all__ = ["extract_record"]
