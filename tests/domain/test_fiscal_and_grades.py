from datetime import date

import pytest

from itadesk.domain.fiscal import fiscal_year_bounds, fiscal_year_of, in_round
from itadesk.domain.framework import framework_for, grade_for
from itadesk.domain.status import Status


@pytest.mark.parametrize(
    ("day", "year"),
    [
        (date(2023, 9, 30), 2566),
        (date(2023, 10, 1), 2567),
        (date(2024, 9, 30), 2567),
        (date(2024, 1, 1), 2567),
    ],
)
def test_fiscal_year_turns_on_first_october(day: date, year: int) -> None:
    assert fiscal_year_of(day) == year


def test_fiscal_year_bounds() -> None:
    assert fiscal_year_bounds(2567) == (date(2023, 10, 1), date(2024, 9, 30))


def test_six_month_round_ends_with_march() -> None:
    assert in_round(date(2024, 3, 31), 2567, 6)
    assert not in_round(date(2024, 4, 1), 2567, 6)
    assert in_round(date(2024, 4, 1), 2567, 12)
    assert in_round(None, 2567, 6)


@pytest.mark.parametrize(
    ("score", "grade"),
    [
        (100, "AA"),
        (95, "AA"),
        (94.99, "A"),
        (85, "A"),
        (77.99, "B"),
        (65, "C"),
        (55, "D"),
        (50, "E"),
        (49.99, "F"),
    ],
)
def test_grade_bands(score: float, grade: str) -> None:
    assert grade_for(score, 2566) == grade


def test_a_year_beyond_the_program_s_uses_the_latest_and_says_so() -> None:
    later = framework_for(2575)
    assert (later.year, later.based_on) == (2575, 2570)
    assert not later.confirmed
    assert [i.name for i in framework_for(2566).indicators][:2] == ["การปฏิบัติหน้าที่", "การใช้งบประมาณ"]


def test_status_parses_codes_and_labels() -> None:
    assert Status.parse("in_progress") is Status.IN_PROGRESS
    assert Status.parse("อยู่ระหว่างดำเนินการ") is Status.IN_PROGRESS
    with pytest.raises(ValueError, match="เสร็จแล้ว"):
        Status.parse("เสร็จแล้ว")


def test_the_day_a_status_is_recorded_at_stays_inside_the_measures_fiscal_year() -> None:
    from itadesk.domain.fiscal import status_day

    today = date(2026, 12, 7)  # fiscal year 2570
    assert status_day(2570, today) == (today, "today")
    assert status_day(2566, today, date(2023, 8, 31)) == (date(2023, 8, 31), "measure_end")
    assert status_day(2566, today, date(2024, 8, 31)) == (
        date(2023, 9, 30),
        "year_end",
    )  # end outside the year
    assert status_day(2566, today) == (date(2023, 9, 30), "year_end")
    assert status_day(2572, today) == (date(2028, 10, 1), "year_start")  # a year planned ahead
