"""The LibreOffice baseline: the same memo as a minimal .docx, converted by `soffice --headless`."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from itadesk.domain.model import Dataset

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def _para(
    text: str, *, size: int = 32, bold: bool = False, center: bool = False, indent: bool = False
) -> str:
    props = '<w:jc w:val="center"/>' if center else '<w:jc w:val="thaiDistribute"/>'
    if indent:
        props += '<w:ind w:firstLine="1418"/>'
    font = "TH Sarabun New"
    run = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/><w:sz w:val="{size}"/>'
    run += f'<w:szCs w:val="{size}"/>' + ("<w:b/><w:bCs/>" if bold else "")
    text_run = f'<w:t xml:space="preserve">{escape(text)}</w:t>'
    return f"<w:p><w:pPr>{props}</w:pPr><w:r><w:rPr>{run}</w:rPr>{text_run}</w:r></w:p>"


def docx_memo(dataset: Dataset, memo_id: str, path: Path) -> None:
    """A .docx with the memo's text in TH Sarabun New: heading, header lines, body, signature blocks."""
    memo = next(m for y in dataset.years for m in y.memos if m.id == memo_id)
    org = dataset.organization
    paras = [_para("บันทึกข้อความ", size=58, bold=True, center=True)]
    paras.append(_para(f"ส่วนราชการ {memo.unit} {org.name if org else ''}"))
    paras.append(_para(f"ที่ {org.document_code if org else ''}/{memo.number}    วันที่ 22 พฤศจิกายน 2566"))
    paras.append(_para(f"เรื่อง {memo.subject}"))
    paras.append(_para(f"เรียน {memo.to} – ผ่าน{memo.via}"))
    paras += [_para(text, indent=True) for text in memo.body]
    for approval in memo.approvals:
        person = dataset.person(approval.person)
        paras += [
            _para(""),
            _para(approval.heading),
            _para("." * 120),
            _para("." * 120),
            _para(""),
            _para(""),
        ]
        if person:
            paras += [_para(f"({person.display_name})", center=True), _para(person.position, center=True)]
    body = "".join(paras)
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    page = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
        'w:left="1701" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{namespace}">'
        f"<w:body>{body}{page}</w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w") as docx:
        docx.writestr("[Content_Types].xml", _CONTENT_TYPES)
        docx.writestr("_rels/.rels", _RELS)
        docx.writestr("word/document.xml", document)


def soffice_command(docx: Path, out_dir: Path) -> list[str] | None:
    """`soffice --headless --convert-to pdf` of `docx` into `out_dir` (its own profile there), None without
    soffice. Run it once untimed first: the first run creates the profile."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    profile = out_dir / "lo-profile"
    return [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
            "--outdir", str(out_dir), str(docx)]  # fmt: skip


def soffice_convert(docx: Path, out_dir: Path, runs: int) -> float | None:
    """Median seconds of `soffice --headless --convert-to pdf`, a new process each run; None without it."""
    command = soffice_command(docx, out_dir)
    if command is None:
        return None
    subprocess.run(command, check=True, capture_output=True)  # first run creates the profile
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)
