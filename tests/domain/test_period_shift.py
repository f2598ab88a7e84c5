"""Next year's period, moved on from this year's as the office wrote it."""

from __future__ import annotations

import pytest

from itadesk.domain.period_shift import shift_period
from itadesk.exchange.reader import read_exchange_file
from tests.conftest import EXAMPLE_FILES, require_shared


@pytest.mark.parametrize(
    ("text", "year", "moved"),
    [
        ("ต.ค. ๖๕ – ก.ย. ๖๖", 2566, "ต.ค. ๖๖ – ก.ย. ๖๗"),
        ("ปีงบประมาณ พ.ศ. 2567", 2567, "ปีงบประมาณ พ.ศ. 2568"),
        ("1 ตุลาคม 2566 - 30 กันยายน 2567", 2567, "1 ตุลาคม 2567 - 30 กันยายน 2568"),
        ("๑ ต.ค.๖๕ – ๓๐ ก.ย.๖๖", 2566, "๑ ต.ค.๖๖ – ๓๐ ก.ย.๖๗"),  # no space after the month
        ("ต.ค. ๒๕๖๕ ถึง มี.ค. ๒๕๖๖", 2566, "ต.ค. ๒๕๖๖ ถึง มี.ค. ๒๕๖๗"),
        ("ตค 65 - กย 66", 2566, "ตค 66 - กย 67"),  # short months without their dots
        ("ตุลาคม 65 ถึง กันยายน 66", 2566, "ตุลาคม 66 ถึง กันยายน 67"),
        ("ปีงบประมาณ ๖๖", 2566, "ปีงบประมาณ ๖๗"),
        ("1/10/2566 - 30/9/2567", 2567, "1/10/2567 - 30/9/2568"),
        ("1.10.2566 - 30.9.2567", 2567, "1.10.2567 - 30.9.2568"),
        ("ธ.ค. ๙๙ – ก.ย. ๐๐", 2600, "ธ.ค. ๐๐ – ก.ย. ๐๑"),  # across a century
        ("ตลอดปีงบประมาณ", 2567, "ตลอดปีงบประมาณ"),
        ("", 2567, ""),
    ],
)
def test_the_years_of_the_fiscal_year_move_on_in_the_digits_they_were_written_in(
    text: str, year: int, moved: str
) -> None:
    assert shift_period(text, year) == moved


@pytest.mark.parametrize(
    "text",
    [
        "งบประมาณ 2,566 บาท",  # an amount written with a comma
        "งบประมาณ 2566 บาท",  # an amount
        "ผู้เข้าร่วม ๒๕๖๖ คน",  # a count
        "ตาม พ.ร.บ. ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐",  # a law's year, far from the fiscal year
        "ระเบียบฯ ข้อ 2566",  # a clause's number
        "บ้านเลขที่ 2567 หมู่ 5",
        "โทร. 2566",
        "ร้อยละ 80 ภายใน ๓๐ วัน",
        "2566.50",  # a decimal
        "พ.ศ. 2560",  # a year long before
        "ม.ค. 60",
    ],
)
def test_other_numbers_stay_as_they_are(text: str) -> None:
    assert shift_period(text, 2567) == text


def test_a_year_after_the_fiscal_year_is_not_this_years_period() -> None:
    assert shift_period("ต.ค. ๖๘", 2567) == "ต.ค. ๖๘"
    assert shift_period("ปี 2569", 2567) == "ปี 2569"


def test_the_periods_of_the_real_examples_move_one_year_and_nothing_else() -> None:
    require_shared()
    seen = 0
    for path in EXAMPLE_FILES:
        for year in read_exchange_file(path).years:
            for measure in year.measures:
                if not measure.period:
                    continue
                seen += 1
                moved = shift_period(measure.period, year.fiscal_year)
                assert moved != measure.period, measure.period  # every example names its years
                assert shift_period(moved, year.fiscal_year + 1, by=-1) == measure.period
                assert len(moved) == len(measure.period)  # only digits changed, in place
                changed = [(a, b) for a, b in zip(measure.period, moved, strict=True) if a != b]
                assert all(a.isdigit() and b.isdigit() for a, b in changed)
    assert seen >= 3
