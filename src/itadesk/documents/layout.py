"""The documents' measurements and styles, read once from `layout.toml` into frozen records.

Keeping them as data lets an office move a margin or change a size without touching code. A key missing from
the file, or one the program does not know, is an error at the first print rather than a silently wrong page.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from typing import Any

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


@cache
def layout() -> Layout:
    """The layout shipped with the program (read once)."""
    text = resources.files(__package__).joinpath("layout.toml").read_text(encoding="utf-8")
    return parse_layout(text)


def parse_layout(text: str) -> Layout:
    raw = tomllib.loads(text)
    report = dict(raw["report"])
    report["columns_cm"] = {kind: tuple(widths) for kind, widths in report["columns_cm"].items()}
    return Layout(
        memo=_record(MemoLayout, raw["memo"], "memo"),
        report=_record(ReportLayout, report, "report"),
        chart=_record(ChartLayout, raw["chart"], "chart"),
    )
