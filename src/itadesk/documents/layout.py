"""The documents' measurements and styles, read from `layout.toml` into frozen records.

Keeping them as data lets an office move a margin or change a size without touching code: the program ships
its `layout.toml`, and an office may put a `layout.toml` of its own in the program's data folder (beside its
database) holding only what it changes, e.g.

    [memo]
    margin_left_cm = 3.5

A key missing from the shipped file, or one the program does not know in either file, is an error at the
first print (in Thai, naming the file and the key) rather than a silently wrong page. So is a number outside
its range (`RANGES`: a size of 0 pt, an infinite margin, 10⁸ comment lines) or a colour that is not #rrggbb:
the message names the file, the key and the range, and nothing is printed.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from itadesk.documents.errors import DocumentError

OFFICE_LAYOUT_FILE = "layout.toml"

CM = 72 / 2.54  # points per centimetre


@dataclass(frozen=True, slots=True)
class MemoLayout:
    margin_left_cm: float
    margin_right_cm: float
    margin_top_first_cm: float
    margin_top_later_cm: float
    margin_bottom_cm: float
    emblem_height_cm: float
    heading: str
    heading_size_pt: float
    heading_space_after_pt: float
    label_size_pt: float
    value_size_pt: float
    field_leading_pt: float
    field_gap_pt: float
    date_start_ratio: float
    leader_drop_pt: float
    body_size_pt: float
    body_leading_pt: float
    body_first_line_indent_cm: float
    body_space_before_pt: float
    salutation_space_before_pt: float
    signature_axis_ratio: float
    signature_space_pt: float
    signature_space_before_pt: float
    acting_prefix: str
    approval_space_before_pt: float
    approval_comment_lines: int
    approval_line_pitch_pt: float
    approval_sign_label: str
    approval_date_label: str
    approval_leader_cm: float
    page_number_top_cm: float
    continuation_size_pt: float
    continuation_words_max_chars: int


@dataclass(frozen=True, slots=True)
class ReportLayout:
    margin_cm: float
    title_size_pt: float
    title_leading_pt: float
    subtitle_size_pt: float
    subtitle_leading_pt: float
    heading_size_pt: float
    cell_size_pt: float
    cell_leading_pt: float
    header_size_pt: float
    cell_padding_pt: float
    grid_width_pt: float
    header_fill: str
    section_fill: str
    page_number_top_cm: float
    page_number_size_pt: float
    space_after_title_pt: float
    heading_min_space_cm: float
    tick_size_pt: float
    omit_empty_columns: bool
    columns_cm: dict[str, tuple[float, ...]]

    def column_widths(self, kind: str) -> list[float]:
        """Column widths in points for one kind of table."""
        return [w * CM for w in self.columns_cm[kind]]


@dataclass(frozen=True, slots=True)
class ChartLayout:
    bar_height_pt: float
    bar_gap_pt: float
    label_width_cm: float
    value_width_cm: float
    bar_fill: str
    axis_size_pt: float


@dataclass(frozen=True, slots=True)
class Layout:
    memo: MemoLayout
    report: ReportLayout
    chart: ChartLayout


def _record(cls: type[Any], data: dict[str, Any], where: str) -> Any:
    names = {f.name for f in fields(cls)}
    unknown = set(data) - names
    missing = names - set(data)
    if unknown or missing:
        raise ValueError(
            f"layout.toml [{where}]: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}"
        )
    return cls(**data)


def office_layout_path() -> Path:
    """Where an office keeps its own adjustments: `layout.toml` in the program's data folder."""
    from itadesk.paths import data_folder

    return data_folder() / OFFICE_LAYOUT_FILE


def layout() -> Layout:
    """The shipped layout with the office's adjustments over it (read again when the office's file
    changes)."""
    path = office_layout_path()
    try:
        stamp: int | None = path.stat().st_mtime_ns
    except OSError:
        stamp = None
    return _layout(path if stamp is not None else None, stamp)


@cache
def _layout(office_file: Path | None, _stamp: int | None) -> Layout:
    raw = tomllib.loads(resources.files(__package__).joinpath("layout.toml").read_text(encoding="utf-8"))
    if office_file is not None:
        _apply_office_changes(raw, office_file)
    return _build(raw)


def parse_layout(text: str) -> Layout:
    return _build(tomllib.loads(text))


def _apply_office_changes(raw: dict[str, Any], path: Path) -> None:
    """Put the office's values over the shipped ones; anything unknown or of the wrong kind is refused."""
    where = f"ไฟล์ปรับรูปแบบเอกสาร {path}"
    try:
        changes = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise DocumentError(f"{where} อ่านไม่ได้: {error}") from error
    except tomllib.TOMLDecodeError as error:
        raise DocumentError(f"{where} เขียนไม่ถูกรูปแบบ TOML: {error}") from error
    for section, values in changes.items():
        if section not in raw or not isinstance(values, dict):
            raise DocumentError(f"{where}: ไม่มีหมวด [{section}] (ที่มี: {', '.join(f'[{k}]' for k in raw)})")
        for key, value in values.items():
            if key not in raw[section]:
                known = ", ".join(raw[section])
                raise DocumentError(f"{where}: ไม่มีค่า {key} ในหมวด [{section}] (ที่มี: {known})")
            shipped = raw[section][key]
            declared = _DECLARED[section][key]
            if key == "columns_cm":
                value = _checked_columns(value, shipped, f"{where}: [{section}] {key}")
            else:
                _check_value(
                    value, declared, shipped, f"{where}: [{section}] {key}", RANGES[section].get(key)
                )
            raw[section][key] = value
    _check_columns_fit(raw["report"], where)
    _check_cells_fit(raw["report"], where)


A4_LANDSCAPE_WIDTH_CM = 29.7


def _check_columns_fit(report: dict[str, Any], where: str) -> None:
    """A table wider than the page between its margins would run off the paper."""
    room = A4_LANDSCAPE_WIDTH_CM - 2 * report["margin_cm"]
    for kind, widths in report["columns_cm"].items():
        if sum(widths) > room + 0.05:
            raise DocumentError(
                f"{where}: คอลัมน์ของรายงาน {kind} กว้างรวม {sum(widths):.1f} ซม. "
                f"เกินความกว้างระหว่างขอบกระดาษ {room:.1f} ซม."
            )


def _check_cells_fit(report: dict[str, Any], where: str) -> None:
    """Each column keeps room for a letter between its two paddings."""
    need_cm = (2 * report["cell_padding_pt"] + report["cell_size_pt"]) / CM
    for kind, widths in report["columns_cm"].items():
        narrowest = min(widths)
        if narrowest < need_cm:
            raise DocumentError(
                f"{where}: คอลัมน์ของรายงาน {kind} แคบที่สุด {narrowest:g} ซม. ไม่พอสำหรับ cell_padding_pt "
                f"{report['cell_padding_pt']:g} พอยต์สองข้างกับตัวอักษร {report['cell_size_pt']:g} พอยต์ "
                f"(ต้องกว้างอย่างน้อย {need_cm:.1f} ซม.)"
            )


_KIND_NAMES = {"int": "จำนวนเต็มไม่ติดลบ", "float": "ตัวเลขไม่ติดลบ", "str": "ข้อความ", "bool": "true หรือ false"}

# What every number may be, (lowest, highest) both allowed, in the key's own unit. Wide enough for any real
# adjustment, narrow enough that a page still has room for its text: A4 is 21 × 29.7 cm; a letter smaller
# than 6 pt cannot be read, larger than 40–72 pt leaves a line no room.
_SIZE = (6.0, 40.0)
_LEADING = (6.0, 80.0)
_SPACE = (0.0, 144.0)  # two inches between blocks
RANGES: dict[str, dict[str, tuple[float, float]]] = {
    "memo": {
        "margin_left_cm": (0.0, 5.0),
        "margin_right_cm": (0.0, 5.0),
        "margin_top_first_cm": (0.0, 5.0),
        "margin_top_later_cm": (0.0, 5.0),
        "margin_bottom_cm": (0.0, 5.0),
        "emblem_height_cm": (0.5, 5.0),
        "heading_size_pt": (6.0, 72.0),
        "heading_space_after_pt": _SPACE,
        "label_size_pt": _SIZE,
        "value_size_pt": _SIZE,
        "field_leading_pt": _LEADING,
        "field_gap_pt": (0.0, 72.0),
        "date_start_ratio": (0.1, 0.9),
        "leader_drop_pt": (0.0, 20.0),
        "body_size_pt": _SIZE,
        "body_leading_pt": _LEADING,
        "body_first_line_indent_cm": (0.0, 8.0),
        "body_space_before_pt": _SPACE,
        "salutation_space_before_pt": _SPACE,
        "signature_axis_ratio": (0.1, 0.9),
        "signature_space_pt": (0.0, 216.0),
        "signature_space_before_pt": _SPACE,
        "approval_space_before_pt": _SPACE,
        "approval_comment_lines": (0, 10),
        "approval_line_pitch_pt": (6.0, 40.0),
        "approval_leader_cm": (0.0, 12.0),
        "page_number_top_cm": (0.0, 5.0),
        "continuation_size_pt": _SIZE,
        "continuation_words_max_chars": (1, 200),
    },
    "report": {
        "margin_cm": (0.0, 5.0),
        "title_size_pt": _SIZE,
        "title_leading_pt": _LEADING,
        "subtitle_size_pt": _SIZE,
        "subtitle_leading_pt": _LEADING,
        "heading_size_pt": _SIZE,
        "cell_size_pt": _SIZE,
        "cell_leading_pt": _LEADING,
        "header_size_pt": _SIZE,
        "cell_padding_pt": (0.0, 20.0),
        "grid_width_pt": (0.0, 5.0),
        "page_number_top_cm": (0.0, 5.0),
        "page_number_size_pt": _SIZE,
        "space_after_title_pt": _SPACE,
        "heading_min_space_cm": (0.0, 15.0),
        "tick_size_pt": _SIZE,
    },
    "chart": {
        "bar_height_pt": (2.0, 72.0),
        "bar_gap_pt": (0.0, 72.0),
        "label_width_cm": (1.0, 15.0),
        "value_width_cm": (0.5, 8.0),
        "axis_size_pt": _SIZE,
    },
}
COLUMN_CM = (0.5, 25.7)  # one column of a report table
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_COLOUR_KEYS = frozenset({"header_fill", "section_fill", "bar_fill"})


def _range_text(limits: tuple[float, float], declared: str, key: str) -> str:
    low, high = (f"{int(v)}" if declared == "int" or float(v).is_integer() else f"{v:g}" for v in limits)
    unit = " ซม." if key.endswith("_cm") else " พอยต์" if key.endswith("_pt") else ""
    return f"{low} ถึง {high}{unit}"


def _check_value(
    value: Any, declared: str, shipped: Any, where: str, limits: tuple[float, float] | None
) -> None:
    """Refuse a value of the wrong kind, a number outside its range (inf and nan included) or a colour that
    is not #rrggbb, naming the key and what it may be."""
    key = where.rsplit(" ", 1)[-1]
    allowed = f" ในช่วง {_range_text(limits, declared, key)}" if limits is not None else ""
    if not _same_kind(value, declared):
        raise DocumentError(f"{where} = {value!r} ต้องเป็น{_KIND_NAMES[declared]}{allowed} เช่น {shipped!r}")
    if limits is not None and not (math.isfinite(value) and limits[0] <= value <= limits[1]):
        raise DocumentError(f"{where} = {value!r} อยู่นอกช่วงที่ใช้ได้ ต้องอยู่{allowed} เช่น {shipped!r}")
    if key in _COLOUR_KEYS and not _COLOUR.fullmatch(value):
        raise DocumentError(f"{where} = {value!r} ต้องเป็นสีแบบ #rrggbb เช่น {shipped!r}")


def _same_kind(value: Any, declared: str) -> bool:
    """Whether a value from the office's file fits the field as the layout records declare it."""
    if isinstance(value, bool) or declared == "bool":
        return isinstance(value, bool) and declared == "bool"
    if declared == "int":  # a count (lines, letters): a whole number
        return isinstance(value, int) and value >= 0
    if declared == "float":  # a size: 3 as good as 3.0
        return isinstance(value, int | float) and value >= 0
    return declared == "str" and isinstance(value, str)


def _checked_columns(value: Any, shipped: dict[str, list[float]], where: str) -> dict[str, list[float]]:
    """Column widths per report: a kind the office leaves out keeps the shipped widths."""
    if not isinstance(value, dict):
        raise DocumentError(f"{where} ต้องเป็นตาราง เช่น results = [...]")
    merged = dict(shipped)
    for kind, widths in value.items():
        if kind not in shipped:
            raise DocumentError(f"{where}: ไม่มีรายงาน {kind} (ที่มี: {', '.join(shipped)})")
        count = len(shipped[kind])
        good = isinstance(widths, list) and len(widths) == count
        low, high = COLUMN_CM
        fits = good and all(_same_kind(w, "float") and math.isfinite(w) and low <= w <= high for w in widths)
        if not good or not fits:
            example = shipped[kind]
            raise DocumentError(
                f"{where}.{kind} ต้องเป็นความกว้าง {count} คอลัมน์ เป็นเซนติเมตร "
                f"คอลัมน์ละ {low:g} ถึง {high:g} ซม. เช่น {example}"
            )
        merged[kind] = widths
    return merged


def _declared_types(cls: type[Any]) -> dict[str, str]:
    return {f.name: str(f.type) for f in fields(cls)}


def _build(raw: dict[str, Any]) -> Layout:
    report = dict(raw["report"])
    report["columns_cm"] = {kind: tuple(widths) for kind, widths in report["columns_cm"].items()}
    return Layout(
        memo=_record(MemoLayout, raw["memo"], "memo"),
        report=_record(ReportLayout, report, "report"),
        chart=_record(ChartLayout, raw["chart"], "chart"),
    )


# The kind of every key, as the records declare it (a TOML 29 may stand for a size of 29.0 points).
_DECLARED = {
    "memo": _declared_types(MemoLayout),
    "report": _declared_types(ReportLayout),
    "chart": _declared_types(ChartLayout),
}
