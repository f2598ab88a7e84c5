"""An office's `layout.toml` with a number out of its range: `itadesk print` says which file, key and range
(exit 1, nothing written) instead of crashing; values at the ends of every range still print."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from itadesk import paths
from itadesk.documents.layout import COLUMN_CM, RANGES
from tests.cli.conftest import Itadesk
from tests.conftest import EXAMPLES, require_shared


@pytest.fixture
def office(itadesk: Itadesk) -> Itadesk:
    require_shared()
    assert itadesk("import", str(EXAMPLES / "001.json")).code == 0
    return itadesk


def office_layout(text: str) -> Path:
    path = paths.data_folder() / "layout.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# (the office's layout.toml, the key the message must name, the range it must state)
OUT_OF_RANGE = [
    ("[memo]\nbody_size_pt = 0\n", "body_size_pt", "6 ถึง 40 พอยต์"),
    ("[memo]\nbody_size_pt = -16\n", "body_size_pt", "6 ถึง 40 พอยต์"),
    ("[memo]\nmargin_left_cm = inf\n", "margin_left_cm", "0 ถึง 5 ซม."),
    ("[memo]\nmargin_right_cm = nan\n", "margin_right_cm", "0 ถึง 5 ซม."),
    ("[memo]\nmargin_top_first_cm = -inf\n", "margin_top_first_cm", "0 ถึง 5 ซม."),
    ("[memo]\napproval_comment_lines = 100000000\n", "approval_comment_lines", "0 ถึง 10"),
    ("[memo]\napproval_comment_lines = 1e8\n", "approval_comment_lines", "0 ถึง 10"),
    ("[memo]\ncontinuation_words_max_chars = 0\n", "continuation_words_max_chars", "1 ถึง 200"),
    ("[memo]\nheading_size_pt = 1e308\n", "heading_size_pt", "6 ถึง 72 พอยต์"),
    ("[memo]\ndate_start_ratio = 5\n", "date_start_ratio", "0.1 ถึง 0.9"),
    ("[memo]\nsignature_space_pt = 99999999\n", "signature_space_pt", "0 ถึง 216 พอยต์"),
    ("[report]\nmargin_cm = 20\n", "margin_cm", "0 ถึง 5 ซม."),
    ("[report]\ncell_leading_pt = 0\n", "cell_leading_pt", "6 ถึง 80 พอยต์"),
    ("[report]\ngrid_width_pt = 1e9\n", "grid_width_pt", "0 ถึง 5 พอยต์"),
    ('[report]\nheader_fill = "red"\n', "header_fill", "#rrggbb"),
    ("[report.columns_cm]\nplan = [-5.6, 7.0, 3.4, 3.3, 6.4]\n", "plan", "0.5 ถึง 25.7 ซม."),
    ("[report.columns_cm]\nplan = [0, 0, 0, 0, 0]\n", "plan", "0.5 ถึง 25.7 ซม."),
    ("[report.columns_cm]\nplan = [nan, 7.0, 3.4, 3.3, 6.4]\n", "plan", "0.5 ถึง 25.7 ซม."),
    (
        "[report]\ncell_padding_pt = 20\n[report.columns_cm]\nplan = [1, 7.0, 3.4, 3.3, 6.4]\n",
        "cell_padding_pt",
        "plan",
    ),
    ("[chart]\nbar_height_pt = 0\n", "bar_height_pt", "2 ถึง 72 พอยต์"),
    ("[chart]\nlabel_width_cm = -1\n", "label_width_cm", "1 ถึง 15 ซม."),
]


@pytest.mark.parametrize(("text", "key", "allowed"), OUT_OF_RANGE, ids=[c[0].strip() for c in OUT_OF_RANGE])
def test_a_number_out_of_range_is_named_with_its_range(
    office: Itadesk, tmp_path: Path, text: str, key: str, allowed: str
) -> None:
    layout_file = office_layout(text)
    target = tmp_path / "out.pdf"
    kind = ["memo", "memo-001-1"] if "[memo]" in text else ["plan", "--year", "2566"]
    done = office("print", *kind, "-o", str(target))
    assert done.code == 1, done.err
    assert str(layout_file) in done.err and key in done.err and allowed in done.err, done.err
    assert "Traceback" not in done.err and "ข้อผิดพลาดที่ไม่คาดคิด" not in done.err
    assert not target.exists()


def test_a_real_process_says_it_too(office: Itadesk, db: str, tmp_path: Path) -> None:
    layout_file = office_layout("[memo]\nbody_size_pt = 0\n")
    target = tmp_path / "out.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "itadesk", "--db", db, "print", "memo", "memo-001-1", "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert str(layout_file) in done.stderr and "body_size_pt" in done.stderr and "6 ถึง 40" in done.stderr
    assert not target.exists()


@pytest.mark.parametrize("end", [0, 1], ids=["lowest", "highest"])
def test_every_value_at_the_end_of_its_range_prints_or_says_why(
    office: Itadesk, tmp_path: Path, end: int
) -> None:
    """Each value in range alone prints; all of them at their highest at once may leave a page no room for
    a block or a letter in a column: that is said in Thai, naming the file (exit 1), never a crash."""
    lines = []
    for section, keys in RANGES.items():
        lines.append(f"[{section}]")
        # The report's margin stays: the shipped columns fill the page between its margins.
        lines += [f"{key} = {limits[end]}" for key, limits in keys.items() if key != "margin_cm"]
    if end == 0:
        narrow = COLUMN_CM[0]
        lines += ["[report.columns_cm]", f"plan = [{narrow}, {narrow}, {narrow}, {narrow}, 15.0]"]
    office_layout("\n".join(lines) + "\n")
    for kind in (["memo", "memo-001-1"], ["plan", "--year", "2566"], ["progress", "--year", "2566"]):
        target = tmp_path / f"{kind[0]}.pdf"
        done = office("print", *kind, "-o", str(target))
        if end == 1 and done.code == 1:
            assert "layout.toml" in done.err and "ไม่พอ" in done.err, done.err
            assert not target.exists()
            continue
        assert done.code == 0, done.err
        assert target.read_bytes().startswith(b"%PDF-")
