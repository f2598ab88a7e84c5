"""The summary bar: one coloured segment per status, as wide as its share of the year's measures."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from itadesk.domain.model import Measure
from itadesk.domain.status import Status
from itadesk.ui.main_window.status_summary import BAR_COLOURS, StatusSummary


def test_each_status_gets_its_share_of_the_bar(qtbot: QtBot) -> None:
    bar = StatusSummary()
    qtbot.addWidget(bar)
    bar.resize(400, bar.sizeHint().height())
    measures = [Measure(title=str(n)) for n in range(3)] + [Measure(title="เสร็จ", status=Status.DONE)]
    bar.set_measures(measures)
    assert bar.counts() == {Status.NOT_STARTED: 3, Status.IN_PROGRESS: 0, Status.DONE: 1}
    assert bar.text() == "ทั้งหมด 4 มาตรการ: ยังไม่ดำเนินการ 3 · อยู่ระหว่างดำเนินการ 0 · ดำเนินการแล้ว 1"
    image = bar.grab().toImage()
    y = 4  # inside the bar, above the numbers written on it
    assert image.pixelColor(40, y) == BAR_COLOURS[Status.NOT_STARTED]
    assert image.pixelColor(280, y) == BAR_COLOURS[Status.NOT_STARTED]  # 3/4 of 400
    assert image.pixelColor(320, y) == BAR_COLOURS[Status.DONE]
    assert image.pixelColor(390, y) == BAR_COLOURS[Status.DONE]
