"""Rendering kit for the held-out minutes sets (heldout3, heldout4, heldout5): each writer records the plain text a reader sees."""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from html import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

FIXED = dt.datetime(2026, 11, 1, 9, 0, 0)


def P(name, initials=None, role=None, org=None, dep=None):
    """A person as the gold records them."""
    return {"name": name, "initials": initials, "role": role, "organisation": org, "deputising_for": dep}


def A(item, text, owner_text, owners, due=None, due_text=None):
    return {"item": item, "text": text, "owner_text": owner_text, "owners": owners, "due": due, "due_text": due_text}


class Docx:
    def __init__(self):
        self.doc = Document()
        self.lines: list[str] = []
        st = self.doc.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(10)
        cp = self.doc.core_properties
        cp.created = cp.modified = cp.last_printed = FIXED
        cp.author = cp.last_modified_by = "Partnership Business Unit"
        cp.revision = 1

    def para(self, text, bold=False, style=None, size=None, align=None, italic=False):
        p = self.doc.add_paragraph(style=style)
        if isinstance(text, str):
            text = [(text, bold)]
        for chunk, b in text:
            r = p.add_run(chunk)
            r.bold = b
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.lines.append("".join(c for c, _ in text))
        return p

    def heading(self, text, level=1):
        self.doc.add_heading(text, level=level)
        self.lines.append(text)

    def table(self, rows, widths=None, header=True, bold_first_col=False):
        t = self.doc.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            for ci, val in enumerate(row):
                cell = cells[ci]
                paras = val if isinstance(val, list) else [val]
                for pi, ptxt in enumerate(paras):
                    p = cell.paragraphs[0] if pi == 0 else cell.add_paragraph()
                    if isinstance(ptxt, tuple):
                        ptxt, b = ptxt
                    else:
                        b = (header and ri == 0) or (bold_first_col and ci == 0)
                    r = p.add_run(ptxt)
                    r.bold = b
                    r.font.size = Pt(9)
                    if ptxt:
                        self.lines.append(ptxt)
                if widths:
                    cell.width = Cm(widths[ci])
        self.doc.add_paragraph()
        return t

    def header_text(self, text):
        sec = self.doc.sections[0]
        sec.header.paragraphs[0].text = text
        self.lines.insert(0, text)

    def footer_text(self, text):
        self.doc.sections[0].footer.paragraphs[0].text = text

    def save(self, path, source_path):
        buf = io.BytesIO()
        self.doc.save(buf)
        buf.seek(0)
        out = io.BytesIO()
        with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 1, 9, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o600 << 16
                zout.writestr(zi, zin.read(info.filename))
        path.write_bytes(out.getvalue())
        source_path.write_text("\n".join(self.lines) + "\n", encoding="utf-8")


SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["Normal"], fontName="Helvetica", fontSize=9.5, leading=12, spaceAfter=4)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, spaceAfter=0)
SMALLB = ParagraphStyle("smallb", parent=SMALL, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6)


class Pdf:
    def __init__(self):
        self.story: list = []
        self.lines: list[str] = []

    def para(self, text, style=BODY, bold=False):
        markup = escape(text)
        if bold:
            markup = f"<b>{markup}</b>"
        self.story.append(Paragraph(markup, style))
        self.lines.append(text)

    def rich(self, parts, style=BODY):
        """parts: [(text, bold)]"""
        markup = "".join(f"<b>{escape(t)}</b>" if b else escape(t) for t, b in parts)
        self.story.append(Paragraph(markup, style))
        self.lines.append("".join(t for t, _ in parts))

    def space(self, h=6):
        self.story.append(Spacer(1, h))

    def table(self, rows, widths, header=True, repeat=1, style=SMALL, extra=(), grid=True):
        data = []
        for ri, row in enumerate(rows):
            out = []
            for val in row:
                paras = val if isinstance(val, list) else [val]
                flow = []
                for ptxt in paras:
                    b = False
                    if isinstance(ptxt, tuple):
                        ptxt, b = ptxt
                    st = SMALLB if (b or (header and ri == 0)) else style
                    flow.append(Paragraph(escape(ptxt), st))
                    if ptxt:
                        self.lines.append(ptxt)
                out.append(flow)
            data.append(out)
        t = Table(data, colWidths=[w * cm for w in widths], repeatRows=repeat if header else 0)
        cmds = [("GRID" if grid else "BOX", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")))
        t.setStyle(TableStyle(cmds + list(extra)))
        self.story.append(t)
        self.space(8)
        return t


def save_text(path, source_path, text):
    path.write_text(text, encoding="utf-8")
    source_path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


PAGE = A4


def build_pdf(pdf, path, title, author, landscape_page=False, on_page=None):
    from reportlab.lib.pagesizes import landscape
    from reportlab.platypus import SimpleDocTemplate
    size = landscape(PAGE) if landscape_page else PAGE
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, invariant=1, title=title, author=author, creator="heldout4",
                            producer="heldout4")
    if on_page:
        doc.build(pdf.story, onFirstPage=on_page, onLaterPages=on_page)
    else:
        doc.build(pdf.story)


def disc(paras):
    return "\n\n".join(paras)


def build_pdf_as(pdf, path, title, author, creator, producer, landscape_page=False, on_page=None):
    """build_pdf with the creator / producer a real export would carry (heldout5 onwards)."""
    from reportlab.lib.pagesizes import landscape
    from reportlab.platypus import SimpleDocTemplate
    size = landscape(PAGE) if landscape_page else PAGE
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, invariant=1, title=title, author=author, creator=creator,
                            producer=producer)
    if on_page:
        doc.build(pdf.story, onFirstPage=on_page, onLaterPages=on_page)
    else:
        doc.build(pdf.story)
