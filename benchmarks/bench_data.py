"""Made-up office data for the printing benchmarks: a two-page memo with three approvers, N measures."""

from __future__ import annotations

from datetime import date

from itadesk.domain.model import (
    Approval,
    Dataset,
    FiscalYear,
    Measure,
    Memo,
    Organization,
    Person,
    ResultEntry,
)
from itadesk.domain.status import Status

FISCAL_YEAR = 2566
MEMO_ID = "memo-bench"

PARAGRAPH = (
    "ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ ได้จัดการประเมินคุณธรรมและความโปร่งใส"
    "ในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ 2566 และหน่วยงานได้จัดทำมาตรการส่งเสริมคุณธรรม"
    "และความโปร่งใสภายในหน่วยงาน เพื่อให้การแก้ไขข้อบกพร่องและการพัฒนาการดำเนินงานเกิดเป็นรูปธรรม"
)


def memo_paragraphs() -> list[str]:
    """Body paragraphs that, with three approval blocks, run the memo onto a second page."""
    return [PARAGRAPH] * 4 + ["จึงเรียนมาเพื่อโปรดทราบ"]


def measure(i: int) -> Measure:
    return Measure(
        id=f"m-{i}",
        number=None,
        part=("IIT", "EIT", "OIT")[i % 3],
        title=f"มาตรการส่งเสริมคุณธรรมและความโปร่งใสที่ {i} การเผยแพร่ข้อมูลการใช้จ่ายงบประมาณให้บุคลากรทราบ",
        steps=["จัดทำมาตรการในการเผยแพร่ข้อมูลที่เกี่ยวข้องกับการใช้งบประมาณ", "เผยแพร่ข้อมูลให้บุคลากรทราบ"],
        responsible=["สำนักปลัด", "กองคลัง"],
        start=date(2022, 10, 1),
        end=date(2023, 9, 30),
        monitoring="รายงานความก้าวหน้าและสรุปผลให้ผู้บริหารทราบ รอบ 6 เดือนและประจำปี",
        status=list(Status)[i % 3],
        results=[
            ResultEntry("ประชุมคณะทำงานเพื่อทำความเข้าใจร่วมกัน เมื่อวันที่ 24 ม.ค. 66", date(2023, 1, 24)),
            ResultEntry("ติดตั้งกล่องรับฟังความคิดเห็น ณ ที่ทำการ", date(2023, 7, 2)),
        ],
        outcome="ประชาชนมีการรับรู้ช่องทางการรับฟังความคิดเห็น ณ จุดบริการของสำนักงาน",
    )


def dataset(measures: int = 10) -> Dataset:
    people = [
        Person(id="p-author", title="นางสาว", name="สุนานี อามะ", position="นิติกรปฏิบัติการ"),
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
    memo = Memo(
        id=MEMO_ID,
        unit="สำนักปลัด",
        date=date(2023, 11, 22),
        subject="รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2566",
        to="นายกองค์การบริหารส่วนตำบลลาโละ",
        via="ปลัด อบต.",
        body=memo_paragraphs(),
        author="p-author",
        approvals=[
            Approval("p-head", "ความเห็นของหัวหน้าสำนักปลัด"),
            Approval("p-deputy", "ความเห็นของปลัด อบต.ลาโละ"),
            Approval("p-mayor", "ความเห็นของนายก อบต.ลาโละ"),
        ],
    )
    org = Organization(name="องค์การบริหารส่วนตำบลลาโละ", document_code="นธ 73401", phone="0-73-578017")
    year = FiscalYear(FISCAL_YEAR, measures=[measure(i) for i in range(1, measures + 1)], memos=[memo])
    return Dataset(organization=org, people=people, years=[year])
