"""A memo started from an earlier one, and the file name a memo's PDF is offered under (plain functions)."""

from __future__ import annotations

from datetime import date

from itadesk.domain.memo_followup import follow_up, to_twelve_months
from itadesk.domain.model import Approval, Attachment, Memo
from itadesk.domain.period_shift import shift_period

SIX = Memo(
    subject="รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๗ รอบ ๖ เดือน",
    id="memo-2567-1",
    unit="สำนักปลัด",
    number="นธ ๗๓๔๐๑/๑๒",
    date=date(2024, 4, 5),
    to="นายกองค์การบริหารส่วนตำบลทดสอบ",
    body=["ได้สรุปผลการดำเนินงาน รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗)", "จึงเรียนมาเพื่อโปรดทราบ"],
    author="person-1",
    approvals=[Approval("person-2", "ความเห็นของหัวหน้าสำนักปลัด"), Approval("person-3", "ความเห็นของปลัด")],
    attach=Attachment("results", 6),
)


def test_the_six_month_memo_becomes_the_twelve_month_one_in_the_same_year() -> None:
    new = follow_up(SIX, 2567, 2567, date(2024, 10, 20))
    assert new.subject.endswith("ประจำปีงบประมาณ ๒๕๖๗ รอบ ๑๒ เดือน")
    assert new.body[0] == "ได้สรุปผลการดำเนินงาน รอบ ๑๒ เดือน (๑ ตุลาคม ๒๕๖๖ – ๓๐ กันยายน ๒๕๖๗)"
    assert new.attach == Attachment("results", 12)
    assert new.approvals == SIX.approvals and new.approvals is not SIX.approvals
    assert (new.author, new.unit, new.to) == (SIX.author, SIX.unit, SIX.to)
    assert (new.id, new.number, new.date) == (None, "", date(2024, 10, 20))  # a new memo, numbered by hand


def test_last_years_memo_moves_to_this_year_in_the_digits_it_was_written_in() -> None:
    twelve = Memo(
        subject="รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2566",
        body=["ระหว่าง ต.ค. ๖๕ – ก.ย. ๖๖ ตามระเบียบ พ.ศ. ๒๕๔๐ และแผนปี ๒๕๖๖"],
        approvals=[Approval("person-2", "ความเห็นของปลัด")],
        attach=Attachment("results", 12),
    )
    new = follow_up(twelve, 2566, 2567, date(2024, 10, 1))
    assert new.subject == "รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2567"
    assert new.body == ["ระหว่าง ต.ค. ๖๖ – ก.ย. ๖๗ ตามระเบียบ พ.ศ. ๒๕๔๐ และแผนปี ๒๕๖๗"]  # the law keeps its year
    assert new.attach == Attachment("results", 12)
    assert new.approvals == twelve.approvals


def test_a_six_month_memo_of_last_year_stays_six_months() -> None:
    new = follow_up(SIX, 2567, 2568, date(2025, 4, 1))
    assert new.subject.endswith("ประจำปีงบประมาณ ๒๕๖๘ รอบ ๖ เดือน")
    assert new.body[0] == "ได้สรุปผลการดำเนินงาน รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘)"
    assert new.attach == Attachment("results", 6)


def test_the_wording_functions_alone() -> None:
    assert to_twelve_months("รอบ 6 เดือน ถึง 31 มี.ค.") == "รอบ 12 เดือน ถึง 30 ก.ย."
    assert to_twelve_months("ครั้งที่ 6 เดือนนี้") == "ครั้งที่ 6 เดือนนี้"
    assert (
        shift_period("ปีงบประมาณ 25670", 2567, and_the_next=True) == "ปีงบประมาณ 25670"
    )  # no year, a longer number
