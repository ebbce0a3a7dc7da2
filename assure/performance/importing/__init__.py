"""Reading a dataset file (ADR 0127): pure, no database. Three formats, told apart by the header row.

    table = read_spreadsheet(data, name)   # the first sheet of a .csv or .xlsx as rows of cells; FileRefused if not
    reading = read(table)                  # Reading: the format, the rows as JSON-able dicts, the rows refused

Rows are numbered as a spreadsheet shows them (the header is row 1). What needs the partnership's records
(indicators, authorities, approved quarters) is checked afterwards, in services/imports.py.
"""
from .formats import DFE, FORMAT_NAMES, NEIGHBOURS, TEMPLATE, FileRefused, Reading, read_spreadsheet
from .reader import detect, read
from .template import TEMPLATE_COLUMNS, template_rows

__all__ = ["DFE", "FORMAT_NAMES", "NEIGHBOURS", "TEMPLATE", "TEMPLATE_COLUMNS", "FileRefused", "detect", "Reading", "read", "read_spreadsheet",
           "template_rows"]
