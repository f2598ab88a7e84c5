"""What cannot give measures is refused with a Thai message saying what to do; nothing is read."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from itadesk.exchange.word import docx_tables
from itadesk.exchange.word.errors import WordImportError
from itadesk.exchange.word.reader import read_word_file


def _refusal(path: Path) -> str:
    with pytest.raises(WordImportError) as refused:
        read_word_file(path)
    return str(refused.value)


def test_a_document_without_a_measure_table(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("บันทึกข้อความ")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "ชื่อ"
    table.cell(0, 1).text = "ตำแหน่ง"
    document.save(str(tmp_path / "memo.docx"))
    message = _refusal(tmp_path / "memo.docx")
    assert "ไม่พบตารางมาตรการใน memo.docx" in message and "มาตรการ/แนวทาง" in message


def test_an_old_binary_doc(tmp_path: Path) -> None:
    path = tmp_path / "plan.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000))
    message = _refusal(path)
    assert "แบบเก่า (.doc)" in message and "บันทึกเป็น" in message and ".docx" in message


@pytest.mark.parametrize("content", [b"not a word file at all", b"PK\x03\x04broken zip"])
def test_a_damaged_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(content)
    assert "ไฟล์เสียหาย" in _refusal(path)


def test_a_zip_without_a_document(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert "ไฟล์เสียหาย" in _refusal(path)


def test_a_document_whose_xml_is_damaged(tmp_path: Path) -> None:
    good = tmp_path / "good.docx"
    docx.Document().save(str(good))
    bad = tmp_path / "plan.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, b"<w:document><unclosed" if item.filename == "word/document.xml" else data)
    message = _refusal(bad)
    assert "plan.docx" in message and "บันทึกเป็น .docx อีกครั้ง" in message


def test_an_oversized_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.docx"
    docx.Document().save(str(path))
    monkeypatch.setattr(docx_tables, "MAX_FILE_BYTES", 1000)
    assert "ใหญ่เกินไป" in _refusal(path)


def test_a_file_that_would_unpack_too_big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.docx"
    docx.Document().save(str(path))
    monkeypatch.setattr(docx_tables, "MAX_UNPACKED_BYTES", 1000)
    assert "ขยายออกแล้วใหญ่เกิน" in _refusal(path)


def test_a_missing_file(tmp_path: Path) -> None:
    assert "ไม่พบไฟล์ nothing.docx" in _refusal(tmp_path / "nothing.docx")
