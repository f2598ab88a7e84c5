"""Every table model passes Qt's model tester, and shows what the paper form shows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from itadesk.domain.model import Approval, Measure, Person, ResultEntry
from itadesk.domain.status import Status
from itadesk.ui.main_window.measure_filter import MeasureFilter
from itadesk.ui.main_window.measure_table import COLUMN_OF_STATUS, TICK, MeasureTableModel
from itadesk.ui.measure_editor.results_editor import ResultTableModel
from itadesk.ui.memo.approvals_editor import ApprovalTableModel


def _measures() -> list[Measure]:
    return [
        Measure(id="m1", title="เผยแพร่ข้อมูลงบประมาณ", part="OIT", responsible=["กองคลัง"], number="๑"),
        Measure(
            id="m2",
            title="ประเมินความพึงพอใจ",
            part="EIT",
            responsible=["สำนักปลัด"],
            status=Status.IN_PROGRESS,
            start=date(2023, 10, 1),
            end=date(2024, 9, 30),
        ),
        Measure(
            id="m3",
            title="ประชุมคณะทำงานป้องกันการทุจริต",
            part="IIT",
            responsible=["สำนักปลัด", "กองคลัง"],
            status=Status.DONE,
            steps=["แต่งตั้งคณะทำงาน"],
        ),
    ]


def test_measure_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = MeasureTableModel()
    model.set_measures(_measures())
    qtmodeltester.check(model)
    model.append_measure(Measure(id="m4", title="ใหม่"))
    model.remove_measure("m1")
    qtmodeltester.check(model)


def test_the_status_column_of_each_row_is_ticked_like_the_paper_form() -> None:
    model = MeasureTableModel()
    model.set_measures(_measures())
    for row, measure in enumerate(_measures()):
        ticks = [model.index(row, column).data() for column in COLUMN_OF_STATUS.values()]
        assert ticks.count(TICK) == 1
        assert model.index(row, COLUMN_OF_STATUS[measure.status]).data() == TICK
    assert model.headerData(COLUMN_OF_STATUS[Status.DONE], Qt.Orientation.Horizontal).replace("\n", "") == (
        "ดำเนินการแล้ว"
    )


def test_numbers_are_the_measure_own_or_a_running_one_and_dates_read_in_the_buddhist_era() -> None:
    model = MeasureTableModel()
    model.set_measures(_measures())
    assert model.index(0, 0).data() == "๑"
    assert model.index(1, 0).data() == "2"  # no number of its own: the running number
    assert model.index(1, 3).data() == "1 ต.ค. 66 – 30 ก.ย. 67"
    assert model.index(2, 2).data() == "สำนักปลัด\nกองคลัง"


def test_filter_by_status_part_unit_and_search(qtmodeltester: ModelTester) -> None:
    model = MeasureTableModel()
    model.set_measures(_measures())
    proxy = MeasureFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)

    def shown() -> list[str]:
        return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]

    proxy.set_status(Status.DONE)
    assert shown() == ["ประชุมคณะทำงานป้องกันการทุจริต"]
    proxy.set_status(None)
    proxy.set_part("EIT")
    assert shown() == ["ประเมินความพึงพอใจ"]
    proxy.set_part("")
    proxy.set_unit("กองคลัง")
    assert shown() == ["เผยแพร่ข้อมูลงบประมาณ", "ประชุมคณะทำงานป้องกันการทุจริต"]
    proxy.set_unit("")
    proxy.set_search("คณะทำงาน")  # found in the title
    assert shown() == ["ประชุมคณะทำงานป้องกันการทุจริต"]
    proxy.set_search("แต่งตั้ง")  # found in a step
    assert shown() == ["ประชุมคณะทำงานป้องกันการทุจริต"]
    proxy.set_search("งบประมาณ สำนักปลัด")  # every word must be found in the same measure
    assert shown() == []
    proxy.set_search("")
    assert len(shown()) == 3
    qtmodeltester.check(proxy)


def test_result_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ResultTableModel()
    model.set_entries([ResultEntry("ประชุมคณะทำงาน", date(2024, 1, 24)), ResultEntry("ไม่มีวันที่")])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "24 ม.ค. 67"
    assert model.index(1, 0).data() == "ไม่ระบุ"
    model.insert_entry(0, ResultEntry("ใหม่", date(2024, 3, 1)))
    model.remove_entry(2)
    qtmodeltester.check(model)
    assert [e.text for e in model.entries()] == ["ใหม่", "ประชุมคณะทำงาน"]


def test_approval_model_passes_the_model_tester_and_keeps_the_order(qtmodeltester: ModelTester) -> None:
    model = ApprovalTableModel()
    model.set_people(
        [
            Person(id="p1", name="สุริยา ทะยิตะมะ", title="นาย", position="หัวหน้าสำนักปลัด"),
            Person(id="p2", name="นอยเราะห์ อาแวน", title="นางสาว", position="รองปลัด", acting="ปลัด อบต."),
        ]
    )
    model.set_approvals([Approval("p1", "ความเห็นของหัวหน้าสำนักปลัด"), Approval("p2", "ความเห็นของปลัด")])
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "นางสาวนอยเราะห์ อาแวน — ปลัด อบต."
    assert model.move(1, -1)
    assert [a.person for a in model.approvals()] == ["p2", "p1"]
    assert model.setData(model.index(0, 1), "ความเห็นของปลัด อบต.ทดสอบ")
    assert model.approvals()[0].heading == "ความเห็นของปลัด อบต.ทดสอบ"
    assert not model.setData(model.index(0, 0), "แก้ชื่อไม่ได้")
    qtmodeltester.check(model)
