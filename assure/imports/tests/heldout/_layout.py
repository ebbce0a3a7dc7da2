"""Small helpers the generators share: Word documents with python-docx, PDFs with reportlab.

Everything is deterministic: fixed metadata dates, no random content, so regenerating gives the
same text (docx/pdf containers may differ byte-wise only in zip/pdf timestamps we pin here).
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FIXED = _dt.datetime(2025, 1, 1, 9, 0, 0)


# ---------------------------------------------------------------- Word
def new_docx():
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Business Unit"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Business Unit"
    cp.revision = 1
    return d


def docx_table(d, rows, header=True, widths=None, bold_first_col=False):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        cells = t.add_row().cells
        for c, text in enumerate(row):
            para = cells[c].paragraphs[0]
            lines = str(text).split("\n")
            for k, line in enumerate(lines):
                if k:
                    para = cells[c].add_paragraph()
                run = para.add_run(line)
                if (header and r == 0) or (bold_first_col and c == 0):
                    run.bold = True
    return t


def docx_footer(d, text):
    sec = d.sections[0]
    sec.footer.paragraphs[0].text = text


def docx_header(d, text):
    sec = d.sections[0]
    sec.header.paragraphs[0].text = text


def save_docx(d, name):
    import io
    import zipfile

    path = DOCS / name
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so regenerating gives identical bytes
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))
    return path


# ---------------------------------------------------------------- PDF
def pdf_styles():
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

    ss = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("t", parent=ss["Title"], fontSize=15, leading=18),
        "h": ParagraphStyle("h", parent=ss["Heading3"], fontSize=11.5, leading=14, spaceBefore=8),
        "p": ParagraphStyle("p", parent=ss["BodyText"], fontSize=10, leading=13),
        "cell": ParagraphStyle("c", parent=ss["BodyText"], fontSize=9, leading=11),
        "cellb": ParagraphStyle("cb", parent=ss["BodyText"], fontSize=9, leading=11, fontName="Helvetica-Bold"),
    }


def pdf_table(rows, widths, repeat=0, bold_header=True):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    st = pdf_styles()
    data = [[Paragraph(esc(str(c)), st["cellb" if (bold_header and i == 0) else "cell"]) for c in row]
            for i, row in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=repeat)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def build_pdf(name, flow, footer_left, marking=None):
    """flow: list of flowables; footer 'footer_left   Page N of M' and an optional marking top+bottom."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate

    path = DOCS / name

    class Doc(SimpleDocTemplate):
        pass

    total = {"n": 0}

    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        w, h = A4
        if marking:
            canvas.drawCentredString(w / 2, h - 1.2 * cm, marking)
            canvas.drawCentredString(w / 2, 0.8 * cm, marking)
        canvas.drawString(2 * cm, 1.3 * cm, footer_left)
        canvas.drawRightString(w - 2 * cm, 1.3 * cm, f"Page {doc.page} of {total['n'] or '?'}")
        canvas.restoreState()

    def make():
        doc = Doc(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                  bottomMargin=2.2 * cm, title=name, author="Business Unit", creator="heldout generator",
                  invariant=1)
        doc.build(list(flow_factory()), onFirstPage=draw, onLaterPages=draw)
        return doc

    flow_factory = flow
    d = make()
    total["n"] = d.page  # second pass knows the page count
    make()
    return path
