"""The committed forms are what pyside6-uic makes of the Designer files today: none is stale."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from itadesk.resources import resource_path

FORMS = Path(__file__).resolve().parents[2] / "src" / "itadesk" / "ui" / "forms"
UI_FILES = sorted(resource_path("ui").glob("*.ui"))


def _code(form: Path) -> list[str]:
    """The generated code, without the header line naming the uic version that wrote it."""
    return [line for line in form.read_text(encoding="utf-8").splitlines() if "Created by: Qt" not in line]


def _uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("pyside6-uic is not installed beside this Python")
    return found


def test_every_designer_file_has_a_form() -> None:
    assert {p.stem for p in UI_FILES} == {p.stem.removeprefix("ui_") for p in FORMS.glob("ui_*.py")}
    assert len(UI_FILES) >= 4


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_compiled_form_is_up_to_date(ui_file: Path, tmp_path: Path) -> None:
    fresh = tmp_path / f"ui_{ui_file.stem}.py"
    subprocess.run([_uic(), str(ui_file), "-o", str(fresh)], check=True, cwd=ui_file.parent)
    committed = FORMS / f"ui_{ui_file.stem}.py"
    assert _code(committed) == _code(fresh), (
        f"{committed.name} is stale: run pyside6-uic resources/ui/{ui_file.name} -o {committed}"
    )
