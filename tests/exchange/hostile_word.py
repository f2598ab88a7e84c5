"""Word files that are not what Word writes: a plan's measure table made with python-docx, then its
document.xml edited by hand as a program (or a person with a zip tool) could."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import docx

HEADER = ["มาตรการ/แนวทาง", "ขั้นตอน/วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ"]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def plan_docx(path: Path, rows: list[list[str | list[str]]], header: list[str] | None = None) -> Path:
    """A plan whose one table has the usual header and `rows` (a cell is a text or a list of paragraphs)."""
    header = header or HEADER
    document = docx.Document()
    document.add_paragraph("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")
    table = document.add_table(rows=1, cols=len(header))
    for place, text in enumerate(header):
        table.rows[0].cells[place].text = text
    for cells in rows:
        row = table.add_row()
        for place, value in enumerate(cells):
            paragraphs = [value] if isinstance(value, str) else value
            cell = row.cells[place]
            cell.text = paragraphs[0] if paragraphs else ""
            for paragraph in paragraphs[1:]:
                cell.add_paragraph(paragraph)
    document.save(str(path))
    return path


def edit_document_xml(path: Path, edit: Callable[[str], str]) -> Path:
    """The same .docx with its word/document.xml changed by `edit` (every other part as it was)."""
    with zipfile.ZipFile(path) as source:
        parts = [(item, source.read(item)) for item in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item, data in parts:
            if item.filename == "word/document.xml":
                data = edit(data.decode("utf-8")).encode("utf-8")
            target.writestr(item, data)
    return path


def run_xml(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def span_bomb(xml: str, rows: int = 400) -> str:
    """The measure row again and again, each first cell spanning ten million columns (a 36 KB file)."""
    start = xml.rindex("<w:tr>", 0, xml.index("MARK"))
    end = xml.index("</w:tr>", start) + len("</w:tr>")
    row = xml[start:end].replace("<w:tcPr>", '<w:tcPr><w:gridSpan w:val="10000000"/>', 1)
    return xml[:start] + row * rows + xml[end:]
