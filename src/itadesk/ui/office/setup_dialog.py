"""The organisation, its units and people, the emblem and the digits: asked on first run, editable later.

On first run the user may import an exchange file instead; the dialog then ends with `IMPORT_INSTEAD` and
`import_path` set, and the caller imports it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from itadesk.domain.model import Emblem, Organization, Person, Unit
from itadesk.domain.rules import duplicate_name_problem, normalise_text, person_unit_problem, text_problem
from itadesk.ui.common.errors import ErrorHub, UserFacingError
from itadesk.ui.common.form_guard import ask_to_discard, enter_moves_on
from itadesk.ui.common.screen_fit import fit_window, scroll_tall_tab_pages, show_tab_holding
from itadesk.ui.common.text_input import normalise_inputs
from itadesk.ui.common.wheel_guard import keep_tabs_from_wheel
from itadesk.ui.desk.desk import Desk
from itadesk.ui.forms.ui_setup_dialog import Ui_SetupDialog

IMPORT_INSTEAD = 2
PEOPLE_COLUMNS = ("คำนำหน้า", "ชื่อ นามสกุล", "ตำแหน่ง", "รักษาราชการแทน (ถ้ามี)", "ส่วนราชการ")
MAX_EMBLEM_BYTES = 5_000_000


def read_emblem(path: Path) -> Emblem:
    """The emblem image from a PNG or SVG file, with a Thai message for anything else."""
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise UserFacingError(f"ตราครุฑต้องเป็นไฟล์ PNG หรือ SVG: {path.name}")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserFacingError(f"อ่านไฟล์ตราครุฑ {path} ไม่ได้: {error.strerror}") from error
    if not data or len(data) > MAX_EMBLEM_BYTES:
        raise UserFacingError(f"ไฟล์ตราครุฑ {path.name} ว่างเปล่าหรือใหญ่เกิน 5 MB")
    if suffix == ".svg":
        return Emblem(mime="image/svg+xml", data=data)
    if not data.startswith(b"\x89PNG"):
        raise UserFacingError(f"ไฟล์ {path.name} ไม่ใช่รูป PNG (ไฟล์เสียหายหรือเปลี่ยนนามสกุลมา)")
    return Emblem(mime="image/png", data=data)


class SetupDialog(QDialog):
    def __init__(
        self, desk: Desk, errors: ErrorHub, parent: QWidget | None = None, *, first_run: bool
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        scroll_tall_tab_pages(self.ui.tabs)  # Save and Cancel stay on a low screen (150 %)
        fit_window(self, 900, 640)
        keep_tabs_from_wheel(self)
        normalise_inputs(self)  # text pasted from Word loses its invisible characters as it comes in
        enter_moves_on(self)  # Enter goes to the next field; only Save saves
        self.first_run = first_run
        self.desk, self.errors = desk, errors
        self.import_path: Path | None = None
        self.emblem: Emblem | None = None
        self._people_ids: list[str | None] = []
        table = self.ui.peopleTable
        table.setColumnCount(len(PEOPLE_COLUMNS))
        table.setHorizontalHeaderLabels([self.tr(c) for c in PEOPLE_COLUMNS])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.importInsteadButton.setVisible(first_run)
        if not first_run:
            self.ui.introLabel.setText(self.tr("แก้ไขข้อมูลหน่วยงาน ส่วนราชการ และบุคลากร"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.addPersonButton.clicked.connect(lambda: self.add_person(Person(name="")))
        self.ui.removePersonButton.clicked.connect(self._remove_person)
        self.ui.emblemButton.clicked.connect(self._choose_emblem)
        self.ui.emblemClearButton.clicked.connect(lambda: self.set_emblem(None))
        self.ui.importInsteadButton.clicked.connect(self._import_instead)
        self._load()
        self._loaded = self._typed()

    def _typed(self) -> tuple[Organization, list[Unit], list[Person]]:
        return self.organization(), self.units(), self.people()

    def has_typing(self) -> bool:
        """Whether the form holds anything typed or chosen since it opened."""
        return self._typed() != self._loaded

    def reject(self) -> None:
        """Esc, ยกเลิก and the close button: typed data is thrown away only when the user says so."""
        if self.has_typing():
            what = (
                self.tr("ข้อมูลหน่วยงานที่พิมพ์ไว้ยังไม่ได้บันทึก ถ้าออกตอนนี้ข้อมูลจะหายไปและโปรแกรมจะปิด")
                if self.first_run
                else self.tr("ข้อมูลหน่วยงานที่แก้ไขไว้ยังไม่ได้บันทึก ถ้าปิดตอนนี้สิ่งที่แก้ไขจะหายไป")
            )
            if not ask_to_discard(self, what):
                return
        super().reject()

    def _load(self) -> None:
        organization = self.desk.organization() or Organization(name="")
        ui = self.ui
        ui.nameEdit.setText(organization.name)
        ui.shortNameEdit.setText(organization.short_name)
        ui.districtEdit.setText(organization.district)
        ui.provinceEdit.setText(organization.province)
        ui.documentCodeEdit.setText(organization.document_code)
        ui.phoneEdit.setText(organization.phone)
        ui.websiteEdit.setText(organization.website)
        (ui.arabicDigitsRadio if organization.digits == "arabic" else ui.thaiDigitsRadio).setChecked(True)
        self.set_emblem(organization.emblem)
        self._organization = organization
        self._units = self.desk.units()
        ui.unitsList.set_lines([u.name for u in self._units])
        for person in self.desk.people():
            self.add_person(person)

    # -- people -----------------------------------------------------------------------------------
    def add_person(self, person: Person) -> None:
        table = self.ui.peopleTable
        row = table.rowCount()
        table.insertRow(row)
        values = (person.title, person.name, person.position, person.acting, person.unit)
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
        self._people_ids.append(person.id)
        table.setCurrentCell(row, 1 if not person.name else 0)

    def _remove_person(self) -> None:
        row = self.ui.peopleTable.currentRow()
        if row >= 0:
            self.ui.peopleTable.removeRow(row)
            del self._people_ids[row]

    def people(self) -> list[Person]:
        table = self.ui.peopleTable
        people = []
        for row in range(table.rowCount()):
            cells = [_cell_text(table, row, column) for column in range(len(PEOPLE_COLUMNS))]
            if cells[1]:
                title, name, position, acting, unit = cells
                people.append(Person(name=name, id=self._people_ids[row], title=title, position=position,
                                     acting=acting, unit=unit))  # fmt: skip
        return people

    # -- emblem -----------------------------------------------------------------------------------
    def set_emblem(self, emblem: Emblem | None) -> None:
        self.emblem = emblem
        label = self.ui.emblemPreview
        if emblem is None:
            label.setPixmap(QPixmap())
            label.setText(self.tr("ยังไม่ได้เลือก"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(emblem.data), "SVG" if emblem.mime == "image/svg+xml" else "PNG")
        if pixmap.isNull():
            label.setText(self.tr("แสดงรูปไม่ได้"))
        else:
            label.setPixmap(pixmap.scaled(84, 84, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))  # fmt: skip

    def _choose_emblem(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("เลือกรูปตราครุฑ"), str(Path.home()), self.tr("รูปตราครุฑ (*.png *.svg)")
        )
        if chosen:
            self.load_emblem_file(Path(chosen))

    def load_emblem_file(self, path: Path) -> None:
        with self.errors.guard(self.tr("ใช้รูปตราครุฑ")):
            self.set_emblem(read_emblem(path))

    # -- finishing --------------------------------------------------------------------------------
    def organization(self) -> Organization:
        ui = self.ui
        return replace(
            self._organization,
            name=ui.nameEdit.text().strip(),
            short_name=ui.shortNameEdit.text().strip(),
            district=ui.districtEdit.text().strip(),
            province=ui.provinceEdit.text().strip(),
            document_code=ui.documentCodeEdit.text().strip(),
            phone=ui.phoneEdit.text().strip(),
            website=ui.websiteEdit.text().strip(),
            digits="arabic" if ui.arabicDigitsRadio.isChecked() else "thai",
            emblem=self.emblem,
        )

    def units(self) -> list[Unit]:
        by_name = {u.name: u for u in self._units}
        return [by_name.get(name, Unit(name=name)) for name in self.ui.unitsList.lines()]

    def save(self) -> None:
        organization = self.organization()
        self.ui.nameEdit.setStyleSheet("" if organization.name else "border: 2px solid #c62828;")
        if not organization.name:
            show_tab_holding(self.ui.tabs, self.ui.orgTab)
            self.ui.nameEdit.setFocus()
            self.errors.show_message(
                self.tr("ยังบันทึกไม่ได้"), self.tr("กรุณากรอกชื่อหน่วยงาน (ช่องแรกของแท็บหน่วยงาน)")
            )
            return
        problem = self._problem(organization)
        if problem:
            self.errors.show_message(self.tr("ยังบันทึกไม่ได้"), problem)
            return
        with self.errors.guard(self.tr("บันทึกข้อมูลหน่วยงาน")):
            self.desk.save_setup(organization, self.units(), self.people())
            self.accept()

    def _problem(self, organization: Organization) -> str | None:
        """The first value the import would refuse (domain/rules.py), its field marked, or None."""
        ui = self.ui
        fields = (
            (ui.nameEdit, self.tr("ชื่อหน่วยงาน"), organization.name),
            (ui.shortNameEdit, self.tr("ชื่อย่อ"), organization.short_name),
            (ui.districtEdit, self.tr("อำเภอ"), organization.district),
            (ui.provinceEdit, self.tr("จังหวัด"), organization.province),
            (ui.documentCodeEdit, self.tr("รหัสหนังสือ"), organization.document_code),
            (ui.phoneEdit, self.tr("โทรศัพท์"), organization.phone),
            (ui.websiteEdit, self.tr("เว็บไซต์"), organization.website),
        )
        for edit, label, value in fields:
            problem = text_problem(value)
            edit.setStyleSheet("border: 2px solid #c62828;" if problem else "")
            if problem:
                show_tab_holding(ui.tabs, ui.orgTab)
                edit.setFocus()
                return f"{label}: {problem}"
        seen: dict[str, str] = {}
        for number, unit in enumerate(self.units(), start=1):
            problem = text_problem(unit.name)
            if problem is None and unit.name in seen:
                problem = duplicate_name_problem("หน่วยงาน", unit.name, seen[unit.name])
            if problem:
                return self.tr("หน่วยงานรายการที่ %d: %s") % (number, problem)
            seen[unit.name] = self.tr("รายการที่ %d") % number
        for number, person in enumerate(self.people(), start=1):
            for value in (person.title, person.name, person.position, person.acting, person.unit):
                problem = text_problem(value)
                if problem:
                    break
            problem = problem or person_unit_problem(person.unit, set(seen))
            if problem:
                show_tab_holding(ui.tabs, ui.peopleTable)
                return self.tr("บุคคลรายการที่ %d (%s): %s") % (number, person.name, problem)
        return None

    def _import_instead(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("นำเข้าจากไฟล์ข้อมูล"), str(Path.home()), self.tr("ไฟล์ข้อมูล ITA Desk (*.json)")
        )
        if chosen:
            self.import_path = Path(chosen)
            self.done(IMPORT_INSTEAD)


def _cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return normalise_text(item.text(), single_line=True).strip() if item is not None else ""
