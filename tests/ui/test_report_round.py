"""A report's round is chosen in its window, with the day results are counted up to in view: results dated
after it are listed before printing and left out of the page (a real SQLite file, the real menu)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from itadesk.documents.round_cutoff import cut_results, default_cutoff
from itadesk.domain.fiscal import fiscal_year_of
from itadesk.domain.model import Measure, ResultEntry
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.common.thai_dates import short_date
from itadesk.ui.main_window.main_window import MainWindow
from itadesk.ui.preview.report_preview import ReportPreview
from tests.ui.people_at_keys import press

DONE_EARLY = "ประชุมคณะทำงานครั้งแรก"
NOT_YET = "ประชุมคณะทำงานครั้งที่สอง"


def test_the_cut_off_is_the_rounds_end_or_today_while_it_runs() -> None:
    assert default_cutoff(2567, 6, date(2026, 1, 1)) == date(2024, 3, 31)
    assert default_cutoff(2567, 12, date(2026, 1, 1)) == date(2024, 9, 30)
    assert default_cutoff(2567, 12, date(2024, 5, 2)) == date(2024, 5, 2)
    assert default_cutoff(2567, 6, date(2020, 1, 1)) == date(2023, 10, 1)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_the_progress_report_counts_up_to_the_day_shown_and_names_what_it_leaves_out(
    qtbot: QtBot, make_window: Callable[[object], MainWindow], tmp_path: Path
) -> None:
    today = date.today()
    year = fiscal_year_of(today)
    early = date(today.year - 1 if today.month < 10 else today.year, 10, 1)  # the fiscal year's first day
    later = date(year - 543, 9, 30)  # its last day: after today unless today is that day
    if later <= today:
        pytest.skip("today is the fiscal year's last day")
    desk = OfficeData(Database.open(str(tmp_path / "office.sqlite3")))
    desk.add_measure(year, Measure(title="มาตรการเปิดเผยข้อมูล", results=[
        ResultEntry(DONE_EARLY, early), ResultEntry(NOT_YET, later)]))  # fmt: skip
    window = make_window(desk)
    assert window.year == year
    window.ui.actionPrintProgress.trigger()
    preview = window.report_preview
    assert isinstance(preview, ReportPreview)
    with qtbot.waitSignal(preview.previewReady, timeout=60000) as drawn:
        pass
    assert preview.roundBar.isVisible() and preview.cutoffDate.date() == min(today, later)
    left = [preview.warnings.list.item(i).text() for i in range(preview.warnings.list.count())]
    assert any(NOT_YET in line and short_date(later) in line for line in left), left
    text = subprocess.run(
        ["pdftotext", drawn.args[0], "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "ประชุมคณะทำงานครั้งแรก" in text.replace("\n", "") and "ครั้งที่สอง" not in text
    # The 6-month round, chosen with the keyboard: the title says it, the cut-off moves with it.
    with qtbot.waitSignal(preview.previewReady, timeout=60000):
        press(preview.roundCombo, Qt.Key.Key_Up)
    assert "รอบ 6 เดือน" in preview.windowTitle()
    assert preview.cutoffDate.date() == min(today, date(year - 543, 3, 31))
    # A later cut-off typed by the user takes the later result in.
    with qtbot.waitSignal(preview.previewReady, timeout=60000):
        press(preview.roundCombo, Qt.Key.Key_Down)
    with qtbot.waitSignal(preview.previewReady, timeout=60000) as drawn:
        preview.cutoffDate.pick(later)
    text = subprocess.run(
        ["pdftotext", drawn.args[0], "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "ครั้งที่สอง" in text


def test_cutting_leaves_the_stored_year_alone() -> None:
    from itadesk.domain.model import Dataset, FiscalYear

    measure = Measure(
        title="ก", results=[ResultEntry("หนึ่ง", date(2024, 1, 1)), ResultEntry("สอง", date(2024, 8, 1))]
    )
    dataset = Dataset(years=[FiscalYear(2567, measures=[measure])])
    cut, left = cut_results(dataset, 2567, date(2024, 3, 31))
    assert [r.text for r in cut.years[0].measures[0].results] == ["หนึ่ง"]
    assert [(x.text, x.day) for x in left] == [("สอง", date(2024, 8, 1))]
    assert len(measure.results) == 2


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_a_memos_attached_report_counts_up_to_the_memos_date_and_names_what_it_leaves_out(
    qtbot: QtBot, tmp_path: Path, errors: object, background: object, settings: object
) -> None:
    from itadesk.domain.model import Organization, Person, Unit
    from itadesk.ui.memo.memo_composer import MemoComposer
    from tests.ui.conftest import type_text

    desk = OfficeData(Database.open(str(tmp_path / "office.sqlite3")))
    desk.save_setup(Organization(name="องค์การบริหารส่วนตำบลทดสอบ"), [Unit(name="สำนักปลัด")],
                    [Person(name="สุนานี อามะ", title="นางสาว", position="นิติกร")])  # fmt: skip
    desk.add_measure(2567, Measure(title="มาตรการเปิดเผยข้อมูล", results=[
        ResultEntry(DONE_EARLY, date(2024, 1, 5)), ResultEntry(NOT_YET, date(2024, 8, 1))]))  # fmt: skip
    composer = MemoComposer(desk, 2567, errors, background, settings)  # type: ignore[arg-type]
    qtbot.addWidget(composer)
    composer.show()
    qtbot.waitExposed(composer)
    ui = composer.ui
    ui.attachCombo.setCurrentIndex(ui.attachCombo.findText("รายงานผล รอบ 12 เดือน"))
    ui.dateEdit.pick(date(2024, 5, 1))  # the memo goes out on 1 May: August's result is not done yet
    with qtbot.waitSignal(composer.previewReady, timeout=60000) as drawn:
        type_text(ui.subjectEdit, "รายงานผลการดำเนินงาน")
    hint = ui.hintLabel.text()
    assert "1 พ.ค. 67" in hint and NOT_YET in hint, hint
    text = subprocess.run(
        ["pdftotext", drawn.args[0], "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "ครั้งแรก" in text and "ครั้งที่สอง" not in text
    composer.flush()
    composer.hide()
