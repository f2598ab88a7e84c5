"""What the database cannot hold, refused before anything is written, with the record's JSON path."""

from __future__ import annotations

from itadesk.domain.documents import DOCUMENT_KINDS
from itadesk.domain.fiscal import is_valid_fiscal_year
from itadesk.domain.model import Measure, Memo
from itadesk.domain.status import ALL_LABELS, Status
from itadesk.storage.errors import DatasetError


def check_status(value: object, place: str) -> None:
    if value not in {s.value for s in Status}:
        raise DatasetError(place, f'"{value}" ไม่ใช่สถานะ ใช้ {ALL_LABELS}')


def check_fiscal_year(year: int, place: str) -> None:
    if not is_valid_fiscal_year(year):
        raise DatasetError(f"{place}.fiscal_year", f"{year} ไม่ใช่ปีงบประมาณ (พ.ศ.) ที่ใช้ได้")


def check_measure(measure: Measure, place: str) -> None:
    if not measure.title.strip():
        raise DatasetError(f"{place}.title", "ต้องมีชื่อมาตรการ")
    check_status(measure.status, f"{place}.status")
    for index, change in enumerate(measure.history):
        check_status(change.status, f"{place}.history[{index}].status")


def check_memo(memo: Memo, place: str) -> None:
    if not memo.subject.strip():
        raise DatasetError(f"{place}.subject", "ต้องมีเรื่องของบันทึกข้อความ")
    if memo.attach is not None:
        if memo.attach.document not in DOCUMENT_KINDS:
            raise DatasetError(f"{place}.attach.document", f'"{memo.attach.document}" ไม่ใช่ชนิดรายงาน')
        if memo.attach.round not in (6, 12):
            raise DatasetError(f"{place}.attach.round", "รอบรายงานต้องเป็น 6 หรือ 12 เดือน")
