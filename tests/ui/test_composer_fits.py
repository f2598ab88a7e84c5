"""The memo composer on a laptop: the approvers' list shows at least four rows and keeps its height as people
are added and removed; the preview zooms in and out and fits the pane's width again (real SQLite file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPdfWidgets import QPdfView
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Organization, Person, Unit
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.common.background import Background
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.common.settings import UiSettings
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
    desk = OfficeData(db)
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


# Run in a fresh interpreter under the offscreen platform given the office's screen (as test_screen_fit does):
# the composer opened as the main window opens it, on a memo with five approvers, and measured.
_APPROVERS_PROBE = """
import json, sys, tempfile
from pathlib import Path
from itadesk.storage.lifecycle.database import Database
from itadesk.app import make_application
from itadesk.domain.model import Approval, Memo, Organization, Person, Unit

app = make_application()
from PySide6.QtCore import QSettings
from itadesk.ui.common.background import Background
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.common.settings import UiSettings
from itadesk.service.office_data import OfficeData
from itadesk.ui.memo.memo_composer import MemoComposer

folder = Path(tempfile.mkdtemp(prefix="itadesk-composer-"))
db = Database.open(str(folder / "office.sqlite3"))
desk = OfficeData(db)
people = [Person(name=name, title="นาย", position=position, id=f"p{n}")
          for n, (name, position) in enumerate(json.loads(sys.argv[1]))]
desk.save_setup(Organization(name="องค์การบริหารส่วนตำบลทดสอบ"), [Unit(name="สำนักปลัด")], people)
chain = [Approval(person=p.id or "", heading=f"ความเห็นของ{p.position}") for p in people]
desk.save_memo(2567, Memo(subject="รายงานผลการดำเนินงาน", author="p0", approvals=chain))
errors = ErrorHub()
composer = MemoComposer(desk, 2567, errors, Background(errors),
                        UiSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)))
composer.show()
app.processEvents()
view, scroll = composer.ui.approvalsEditor.view, composer.ui.formScroll
rows = [view.visualRect(view.model().index(row, 0)) for row in range(4)]
top = view.viewport().mapTo(scroll.viewport(), rows[0].topLeft()).y()
bottom = view.viewport().mapTo(scroll.viewport(), rows[3].bottomLeft()).y()
screen = app.primaryScreen().availableGeometry()
print(json.dumps({
    "screen": [screen.width(), screen.height()],
    "rows": view.model().rowCount(), "row_height": view.rowHeight(0),
    "fourth_row_inside_the_list": rows[3].bottom() < view.viewport().height(),
    "top": top, "bottom": bottom, "room": scroll.viewport().height(),
    "scrolled": scroll.verticalScrollBar().value(),
    "window_inside": screen.contains(composer.frameGeometry()),
}))
composer.hide()
db.dispose()
"""


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1366, 768, "1"), (1366, 768, "1.25"), (1920, 1080, "1.5")],
    ids=["1366x768-100", "1366x768-125", "1920x1080-150"],
)
def test_four_approvers_are_in_view_without_scrolling_on_the_offices_screens(
    tmp_path: Path, width: int, height: int, scale: str
) -> None:
    """Opened as the program opens it (its own size on that screen), the composer shows the approvers' first
    four rows whole inside the form's visible part, the form not scrolled."""
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale}
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _APPROVERS_PROBE, json.dumps(PEOPLE, ensure_ascii=False)],
        env=env, cwd=root, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["screen"] == [round(width / float(scale)), round(height / float(scale))]
    assert found["rows"] == 5 and found["window_inside"]
    assert found["fourth_row_inside_the_list"]
    assert found["scrolled"] == 0
    assert found["top"] >= 0 and found["bottom"] < found["room"], found
