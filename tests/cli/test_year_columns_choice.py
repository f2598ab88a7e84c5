"""The office's choice to leave out the columns no measure fills, saved with the year's content: carried by
an exchange file (under an "x-" key a program without the choice ignores) and followed by `itadesk print`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.conftest import Itadesk, export_json
from tests.conftest import EXAMPLES, require_shared
from tests.documents.helpers import pdf_text, skeleton

PERIOD = "ระยะเวลาดำเนินการ"  # no measure of 001 says when it runs


def _print_plan(itadesk: Itadesk, target: Path) -> str:
    done = itadesk("print", "plan", "--year", "2566", "-o", str(target))
    assert done.code == 0, done.err
    return skeleton(pdf_text(target))


def test_print_follows_the_years_choice_carried_by_the_exchange_file(
    itadesk: Itadesk, tmp_path: Path
) -> None:
    require_shared()
    data: dict[str, Any] = json.loads((EXAMPLES / "001.json").read_text(encoding="utf-8"))
    assert itadesk("import", str(EXAMPLES / "001.json")).code == 0
    assert skeleton(PERIOD) in _print_plan(itadesk, tmp_path / "before.pdf")  # by default every column

    data["years"][0]["content"] = {"x-omit_empty_columns": True}
    chosen = tmp_path / "chosen.json"
    chosen.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    done = itadesk("import", str(chosen))
    assert done.code == 0, done.err
    text = _print_plan(itadesk, tmp_path / "after.pdf")
    assert skeleton(PERIOD) not in text and skeleton("ผู้รับผิดชอบ") in text

    exported = export_json(itadesk, tmp_path)
    assert exported["years"][0]["content"]["x-omit_empty_columns"] is True


def test_a_choice_that_is_not_yes_or_no_is_refused_with_its_place(itadesk: Itadesk, tmp_path: Path) -> None:
    require_shared()
    data: dict[str, Any] = json.loads((EXAMPLES / "001.json").read_text(encoding="utf-8"))
    data["years"][0]["content"] = {"x-omit_empty_columns": "ใช่"}
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    refused = itadesk("import", str(wrong))
    assert refused.code == 1
    assert "years[0].content.x-omit_empty_columns" in refused.err and "true หรือ false" in refused.err
