"""The memo composer on a laptop: the approvers' list shows at least four rows and keeps its height as people
are added and removed; the preview zooms in and out and fits the pane's width again (real SQLite file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPdfWidgets import QPdfView
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Organization, Person, Unit
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.common.background import Background
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.common.settings import UiSettings
from itadesk.ui.desk.storage_desk import StorageDesk
from itadesk.ui.memo.memo_composer import MemoComposer
from tests.ui.conftest import type_text
from tests.ui.people_at_keys import click

PEOPLE = [("สุนานี อามะ", "นิติกรปฏิบัติการ"), ("สุริยา ทะยิตะมะ", "หัวหน้าสำนักปลัด"),
          ("นอยเราะห์ อาแวน", "ปลัดองค์การบริหารส่วนตำบล"), ("สุลักษณ์ สะโร", "นายกองค์การบริหารส่วนตำบล"),
          ("อามีนะ ดือราแม", "ผู้อำนวยการกองคลัง")]  # fmt: skip


@pytest.fixture
def composer(
    qtbot: QtBot, tmp_path: Path, errors: ErrorHub, background: Background, settings: UiSettings
) -> Iterator[MemoComposer]:
    db = Database.open(str(tmp_path / "office.sqlite3"))
    desk = StorageDesk(db)
    desk.save_setup(Organization(name="องค์การบริหารส่วนตำบลทดสอบ"), [Unit(name="สำนักปลัด")],
                    [Person(name=n, title="นาย", position=p) for n, p in PEOPLE])  # fmt: skip
    window = MemoComposer(desk, 2567, errors, background, settings)
    window.resize(1340, 700)  # a 1366 × 768 laptop's room at 100 %
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.flush()
    window.hide()  # not close(): a memo without a subject would ask whether to keep it
    db.dispose()


def test_the_approvers_list_shows_four_rows_and_never_jumps(qtbot: QtBot, composer: MemoComposer) -> None:
    editor = composer.ui.approvalsEditor
    view = editor.view
    heights, places = [], []
    for index in range(5):
        editor.person_combo.setCurrentIndex(index)
        click(qtbot, editor.add_button)
        heights.append(view.height())
        places.append(editor.add_button.mapTo(composer, editor.add_button.rect().topLeft()).y())
    assert editor.model.rowCount() == 5
    assert view.viewport().height() >= 4 * view.rowHeight(0)  # four whole rows in view
    for row in (4, 0):
        view.selectRow(row)
        click(qtbot, editor.remove_button)
        heights.append(view.height())
        places.append(editor.add_button.mapTo(composer, editor.add_button.rect().topLeft()).y())
    assert len(set(heights)) == 1, heights
    assert len(set(places)) == 1, places  # the buttons stay under the mouse


def test_the_preview_zooms_and_fits_the_width_again(qtbot: QtBot, composer: MemoComposer) -> None:
    with qtbot.waitSignal(composer.previewReady, timeout=60000):
        type_text(composer.ui.subjectEdit, "รายงานผลการดำเนินงาน")
    preview = composer.preview
    fitted = preview.zoom()
    assert preview.fit_button.isChecked() and preview.zoom_label.text() == f"{round(fitted * 100)} %"
    click(qtbot, preview.zoom_in_button)
    click(qtbot, preview.zoom_in_button)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.zoom() == pytest.approx(fitted * 1.25 * 1.25, rel=0.02)
    assert (
        preview.zoom_label.text() == f"{round(preview.zoom() * 100)} %" and not preview.fit_button.isChecked()
    )
    click(qtbot, preview.zoom_out_button)
    assert preview.zoom() == pytest.approx(fitted * 1.25, rel=0.02)
    click(qtbot, preview.fit_button)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth and preview.fit_button.isChecked()
    assert preview.zoom() == pytest.approx(fitted, rel=0.02)


def test_a_new_memo_is_not_framed_red_before_anything_is_typed(qtbot: QtBot, composer: MemoComposer) -> None:
    ui = composer.ui
    assert composer.memo_id is None and ui.subjectEdit.styleSheet() == ""
    assert "พิมพ์เรื่อง" in composer.preview.status.text()
    type_text(ui.toEdit, "นายกองค์การบริหารส่วนตำบลทดสอบ")
    composer.flush()
    assert "c62828" in ui.subjectEdit.styleSheet()  # typed, but no subject yet: now it says where
