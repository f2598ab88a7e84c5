"""Helpers for the document tests: example datasets, made-up datasets, and running the shared PDF checker."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from itadesk.domain.model import (
    Approval,
    Attachment,
    Dataset,
    Emblem,
    FiscalYear,
    IndicatorScore,
    ItaResult,
    Measure,
    Memo,
    Organization,
    PartScore,
    Person,
    ResultEntry,
)
from itadesk.domain.status import Status
from itadesk.exchange.reader import read_exchange_file
from tests.conftest import EXAMPLE_FILES, GARUDA_PNG, PDFCHECK, require_shared

FISCAL_YEAR = 2566


def example_dataset(path: Path) -> Dataset:
    require_shared()
    return read_exchange_file(path)


def pdfcheck(*args: str | Path) -> dict[str, Any]:
    """Run one pdfcheck subcommand; exit 2 (could not run) is an error of the test set-up, not a result."""
    if not PDFCHECK.exists():
        pytest.skip(f"pdfcheck not found at {PDFCHECK}")
    done = subprocess.run(
        [sys.executable, str(PDFCHECK), *map(str, args)], capture_output=True, text=True, timeout=600
    )
    assert done.returncode in (0, 1), f"pdfcheck {args[0]} could not run: {done.stdout}{done.stderr}"
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def pdf_text(path: Path) -> str:
    """The text of a PDF as poppler extracts it, whitespace removed (what a search in a viewer sees)."""
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return "".join(done.stdout.split())


def compact(text: str) -> str:
    return "".join(text.split())


def skeleton(text: str) -> str:
    """Text without spaces, marks or private-use glyph codes, ำ as า: compares the letters a reader sees,
    whatever the text layer does with Thai marks (the Thai engine's business, checked by pdfcheck text)."""
    text = unicodedata.normalize("NFC", text).replace("\u0e33", "\u0e32")
    return "".join(
        ch for ch in text
        if not ch.isspace() and unicodedata.category(ch) != "Mn" and not 0xE000 <= ord(ch) <= 0xF8FF
    )  # fmt: skip


PEOPLE = [
    Person(id="p-author", title="นางสาว", name="สุนานี อามะ", position="นิติกรปฏิบัติการ", unit="สำนักปลัด"),
    Person(id="p-head", title="นาย", name="สุริยา ทะยิตะมะ", position="หัวหน้าสำนักปลัด"),
    Person(
        id="p-deputy",
        title="นางสาว",
        name="นอยเราะห์ อาแวน",
        position="รองปลัดองค์การบริหารส่วนตำบล",
        acting="ปลัดองค์การบริหารส่วนตำบลลาโละ",
    ),
    Person(id="p-mayor", title="นาย", name="สุลกัทธิ สะโร", position="นายกองค์การบริหารส่วนตำบลลาโละ"),
]

LONG_PARAGRAPH = (
    "ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ ได้จัดการประเมินคุณธรรมและความโปร่งใส"
    "ในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ 2566 และหน่วยงานได้จัดทำมาตรการส่งเสริมคุณธรรม"
    "และความโปร่งใสภายในหน่วยงาน เพื่อให้การแก้ไขข้อบกพร่องและการพัฒนาการดำเนินงานเกิดเป็นรูปธรรม"
)


def made_up_memo(paragraphs: int = 6, attach: Attachment | None = None) -> Memo:
    """A memo with three approvers; six long paragraphs make it run over onto a second page."""
    return Memo(
        id="memo-test",
        unit="สำนักปลัด",
        number="",
        date=date(2023, 11, 22),
        subject="รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2566",
        to="นายกองค์การบริหารส่วนตำบลลาโละ",
        via="ปลัด อบต.",
        body=[LONG_PARAGRAPH] * (paragraphs - 1) + ["จึงเรียนมาเพื่อโปรดทราบ"],
        author="p-author",
        approvals=[
            Approval("p-head", "ความเห็นของหัวหน้าสำนักปลัด"),
            Approval("p-deputy", "ความเห็นของปลัด อบต.ลาโละ"),
            Approval("p-mayor", "ความเห็นของนายก อบต.ลาโละ"),
        ],
        attach=attach,
    )


def made_up_measure(i: int, *, text: str | None = None) -> Measure:
    base = (
        text if text is not None else f"มาตรการส่งเสริมคุณธรรมและความโปร่งใสที่ {i} การเผยแพร่ข้อมูลการใช้จ่ายงบประมาณ"
    )
    return Measure(
        id=f"m-{i}",
        title=base,
        part=("IIT", "EIT", "OIT")[i % 3],
        indicator="การใช้งบประมาณ",
        steps=["จัดทำมาตรการในการเผยแพร่ข้อมูล", "เผยแพร่ข้อมูลให้บุคลากรทราบ"],
        responsible=["สำนักปลัด", "กองคลัง"],
        start=date(2022, 10, 1),
        end=date(2023, 9, 30),
        monitoring="รายงานความก้าวหน้าและสรุปผลให้ผู้บริหารทราบ รอบ 6 เดือนและประจำปี",
        reporting="รายไตรมาส",
        status=list(Status)[i % 3],
        results=[
            ResultEntry("ประชุมคณะทำงานเพื่อทำความเข้าใจร่วมกัน", date(2023, 1, 24)),
            ResultEntry("ติดตั้งกล่องรับฟังความคิดเห็น ณ ที่ทำการ", date(2023, 7, 2)),
        ],
        outcome="ประชาชนมีการรับรู้ช่องทางการรับฟังความคิดเห็น",
    )


def made_up_result() -> ItaResult:
    return ItaResult(
        assessed_year=2565,
        score=77.99,
        parts=[PartScore("IIT", 96.59), PartScore("EIT", 94.90), PartScore("OIT", 60.12)],
        indicators=[
            IndicatorScore(1, "การปฏิบัติหน้าที่", "IIT", 91.70, "ผลคะแนนมีประเด็นที่ต้องปรับปรุงเรื่องการปฏิบัติงาน"),
            IndicatorScore(2, "การใช้งบประมาณ", "IIT", 88.10),
            IndicatorScore(6, "คุณภาพการดำเนินงาน", "EIT", 94.90, "รักษาระดับ"),
            IndicatorScore(9, "การเปิดเผยข้อมูล", "OIT", 55.00, "เผยแพร่ข้อมูลให้ครบทุกข้อ"),
        ],
        recommendations=["แสดงผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต"],
    )


def made_up_dataset(measures: int = 10, *, emblem: bool = True, memo: Memo | None = None) -> Dataset:
    org = Organization(
        name="องค์การบริหารส่วนตำบลลาโละ", short_name="อบต.ลาโละ", district="รือเสาะ", province="นราธิวาส",
        document_code="นธ 73401", phone="0-73-578017",
        emblem=Emblem("image/png", GARUDA_PNG.read_bytes()) if emblem and GARUDA_PNG.exists() else None,
    )  # fmt: skip
    year = FiscalYear(
        FISCAL_YEAR,
        ita_result=made_up_result(),
        measures=[made_up_measure(i) for i in range(1, measures + 1)],
        memos=[memo or made_up_memo()],
    )
    return Dataset(organization=org, people=list(PEOPLE), years=[year])


def real_thai_text(chars: int) -> str:
    """At least `chars` characters of what offices really wrote (the examples' measures, one text after
    another, repeated as needed), in whole words."""
    require_shared()
    pieces: list[str] = []
    for path in EXAMPLE_FILES:
        for year in read_exchange_file(path).years:
            for m in year.measures:
                pieces += [m.title, *m.steps, m.outcome, m.monitoring, *(r.text for r in m.results)]
    words = " ".join(" ".join(p.split()) for p in pieces if p.strip()).split(" ")
    kept: list[str] = []
    while sum(map(len, kept)) + len(kept) < chars:
        kept += words
    text = ""
    for word in kept:
        if len(text) >= chars:
            break
        text = f"{text} {word}" if text else word
    return text


__all__ = [
    "EXAMPLE_FILES",
    "FISCAL_YEAR",
    "example_dataset",
    "made_up_dataset",
    "pdf_text",
    "pdfcheck",
    "real_thai_text",
]
