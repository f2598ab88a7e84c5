"""Datasets for storage tests: the shared examples (through the exchange reader) and a small full one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from itadesk.domain.framework import Fact, Framework, GradeBand, framework_for
from itadesk.domain.model import (
    Approval,
    Attachment,
    Dataset,
    DocumentContent,
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
    StatusChange,
    Unit,
    YearContent,
)
from itadesk.domain.status import Status


def read_example(path: Path) -> Dataset:
    from itadesk.exchange.reader import read_exchange_file

    return read_exchange_file(path)


def _tiny_png() -> bytes:
    """A real 2×2 PNG: import checks an emblem's header, so made-up bytes would be refused."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (2, 2), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def full_dataset() -> Dataset:
    """Every kind of record and every optional field, with lists whose order matters."""
    return Dataset(
        organization=Organization(
            name="องค์การบริหารส่วนตำบลลาโละ",
            short_name="อบต.ลาโละ",
            district="รือเสาะ",
            province="นราธิวาส",
            document_code="นธ ๗๓๔๐๑",
            phone="๐-๗๓๕๗-๘๐๑๗",
            website="https://www.laloh.go.th",
            digits="thai",
            emblem=Emblem(mime="image/png", data=_tiny_png()),
        ),
        units=[Unit("สำนักปลัด", "u-palad"), Unit("กองคลัง"), Unit("กองช่าง", "u-chang")],
        people=[
            Person("สุนานี อามะ", "p-suna", "นางสาว", "นิติกรปฏิบัติการ", "", "สำนักปลัด"),
            Person("สุริยา ดือราแม", "p-suriya", "นาย", "หัวหน้าสำนักปลัด"),
            Person("นอยเราะห์ อาแวน", "p-noi", "นางสาว", "รองปลัด อบต.", "ปลัด อบต.ลาโละ"),
        ],
        years=[
            FiscalYear(
                fiscal_year=2566,
                ita_result=ItaResult(
                    assessed_year=2565,
                    score=77.99,
                    grade="B",
                    parts=[PartScore("IIT", 96.59), PartScore("EIT", 94.9, "ส่วนที่ ๑"), PartScore("OIT", None)],
                    indicators=[
                        IndicatorScore(1, "การปฏิบัติหน้าที่", "IIT", 91.7, "ประเด็นที่ต้องปรับปรุง"),
                        IndicatorScore(9, "การเปิดเผยข้อมูล", "OIT", 54.17),
                    ],
                    recommendations=["ข้อเสนอแนะข้อที่หนึ่ง", "ข้อที่สอง"],
                ),
                measures=[
                    Measure(
                        title="การเผยแพร่ข้อมูลการใช้จ่ายงบประมาณ",
                        id="m-2566-01",
                        number="๑",
                        part="IIT",
                        indicator="การใช้งบประมาณ",
                        section="มาตรการการปฏิบัติงานที่โปร่งใส",
                        steps=["ขั้นที่ ๓", "ขั้นที่ ๑", "ขั้นที่ ๒"],
                        responsible=["กองคลัง", "สำนักปลัด"],
                        period="๑ ต.ค.๖๕ – ๓๐ ก.ย.๖๖",
                        start=date(2022, 10, 1),
                        end=date(2023, 9, 30),
                        monitoring="รายงานรอบ ๖ เดือน",
                        reporting="รายไตรมาส",
                        status=Status.IN_PROGRESS,
                        history=[
                            StatusChange(Status.IN_PROGRESS, date(2023, 1, 24), "ประชุมคณะทำงาน"),
                            StatusChange(Status.NOT_STARTED, None, ""),
                            StatusChange(Status.IN_PROGRESS, date(2023, 2, 1)),
                        ],
                        results=[
                            ResultEntry("จัดประชุม ๒๔ ม.ค.๖๖", date(2023, 1, 24)),
                            ResultEntry("ผลที่ไม่ได้ลงวันที่"),
                        ],
                        outcome="ประชาชนรับรู้",
                        problems="-",
                        suggestions="-",
                        evidence=["https://www.example.go.th/ita/o42", "เอกสารแนบ ๒"],
                    ),
                    Measure(title="มาตรการไม่มีเลขกำกับ", number=None),
                    Measure(title="มาตรการเลขว่าง", id="m-2566-03", number="", status=Status.DONE),
                ],
                memos=[
                    Memo(
                        subject="รายงานผลการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๖",
                        id="memo-2566-12m",
                        unit="สำนักปลัด",
                        number="",
                        date=date(2023, 11, 22),
                        to="นายกองค์การบริหารส่วนตำบลลาโละ",
                        via="ปลัด อบต.",
                        body=["ตามที่…", "ในการนี้…", "จึงเรียนมาเพื่อโปรดทราบ"],
                        author="p-suna",
                        approvals=[
                            Approval("p-suriya", "ความเห็นของหัวหน้าสำนักปลัด"),
                            Approval("p-noi", "ความเห็นของปลัด อบต.ลาโละ"),
                        ],
                        attach=Attachment("results", 12),
                    ),
                    Memo(subject="บันทึกที่ลงวันที่เอง", author="p-noi", attach=Attachment("progress", 6)),
                ],
                content=YearContent(
                    documents=[
                        DocumentContent(
                            "results",
                            title="รายงานผลการดำเนินการตามมาตรการ/แนวทาง เพื่อขับเคลื่อนการส่งเสริมคุณธรรม",
                            introduction=["ตามคำสั่งองค์การบริหารส่วนตำบลลาโละ ที่ ๗๐๗/๒๕๖๕", "๑. วิเคราะห์ผล"],
                            note="หมายเหตุ ต้องรายงานข้อมูลให้ครบ ๑ ปี",
                            title_page=["รายงานผลการดำเนินการ", "จัดทำโดย งานบริหารทั่วไป สำนักปลัด"],
                        ),
                        DocumentContent("progress", headings="section"),
                    ],
                    sign_prefix=True,
                    report_first=True,
                    omit_empty_columns=True,
                ),
            ),
            FiscalYear(fiscal_year=2567, measures=[Measure(title="มาตรการปีถัดไป", id="m-2567-01")]),
        ],
        frameworks=[office_framework(2571)],
    )


def office_framework(year: int, plan_item: str = "O27") -> Framework:
    """An office's own framework of a year the program does not know: 2570's, with the plan's item number
    and title corrected and a grade scheme of its own, checked by the office."""
    base = framework_for(2570)
    documents = tuple(
        replace(d, item=plan_item, title="มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (ของหน่วยงาน)")
        if d.document == "plan"
        else d
        for d in base.documents
    )
    grades = (
        GradeBand("ผ่านดีเยี่ยม", 95),
        GradeBand("ผ่านดี", 85),
        GradeBand("ผ่าน", 75),
        GradeBand("ต้องปรับปรุง", 0),
    )
    facts = {**base.facts, "documents": Fact("office", None, "ตรวจกับหนังสือของจังหวัด"), "grades": Fact("office")}
    return replace(
        base, year=year, based_on=None, origin="office", documents=documents, grades=grades, facts=facts
    )
