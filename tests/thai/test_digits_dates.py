"""Digits and dates as a Thai reader expects them on a memo or in a report table."""

from __future__ import annotations

from datetime import date

import pytest

from itadesk.thai.dates import (
    fiscal_year_phrase,
    format_date_full,
    format_date_range,
    format_date_short,
    format_month_year,
)
from itadesk.thai.digits import localize_digits, number


@pytest.mark.parametrize(
    ("typed", "thai"),
    [
        ("ปีงบประมาณ 2566 ข้อ 12", "ปีงบประมาณ ๒๕๖๖ ข้อ ๑๒"),
        ("โทร 0 7361 2345", "โทร ๐ ๗๓๖๑ ๒๓๔๕"),
        ("ร้อยละ 85.50", "ร้อยละ ๘๕.๕๐"),
        ("ดูที่ https://www.abc.go.th/ita2566?p=1 ครับ", "ดูที่ https://www.abc.go.th/ita2566?p=1 ครับ"),
        ("เว็บไซต์ www.tambon1.go.th/news/12", "เว็บไซต์ www.tambon1.go.th/news/12"),
        ("เว็บไซต์ abc2.go.th", "เว็บไซต์ abc2.go.th"),
        ("ส่งที่ saraban01@tambon.go.th ภายใน 3 วัน", "ส่งที่ saraban01@tambon.go.th ภายใน ๓ วัน"),
        ("ตัวชี้วัด O12 และ ISO9001:2015 ข้อ 3.", "ตัวชี้วัด O12 และ ISO9001:2015 ข้อ ๓."),
        ("มาตรการที่ 1(2)", "มาตรการที่ ๑(๒)"),
    ],
)
def test_thai_digits_change_prose_and_keep_addresses(typed: str, thai: str) -> None:
    assert localize_digits(typed, "thai") == thai


def test_arabic_setting_turns_thai_digits_back() -> None:
    assert localize_digits("ข้อ ๑๒ ปี ๒๕๖๖", "arabic") == "ข้อ 12 ปี 2566"
    assert localize_digits("ข้อ 12", "arabic") == "ข้อ 12"


def test_number_in_office_digits() -> None:
    assert number(2567, "thai") == "๒๕๖๗"
    assert number(7, "arabic") == "7"


def test_full_date_in_buddhist_era() -> None:
    assert format_date_full(date(2023, 11, 22), "thai") == "๒๒ พฤศจิกายน ๒๕๖๖"
    assert format_date_full(date(2024, 2, 29), "arabic") == "29 กุมภาพันธ์ 2567"


def test_short_date_has_abbreviated_month_and_two_digit_year() -> None:
    assert format_date_short(date(2023, 11, 22), "thai") == "๒๒ พ.ย. ๖๖"
    assert format_date_short(date(2043, 1, 5), "arabic") == "5 ม.ค. 86"
    assert format_date_short(date(2057, 3, 1), "arabic") == "1 มี.ค. 00"


def test_range_of_a_fiscal_year() -> None:
    assert format_date_range(date(2022, 10, 1), date(2023, 9, 30), "thai") == "๑ ต.ค. ๖๕ – ๓๐ ก.ย. ๖๖"
    assert format_date_range(date(2023, 10, 1), None, "arabic") == "1 ต.ค. 66"
    assert format_date_range(None, None, "thai") == ""
    assert format_date_range(date(2023, 10, 1), date(2023, 10, 1), "thai") == "๑ ต.ค. ๖๖"


def test_month_year_and_fiscal_year_phrase() -> None:
    assert format_month_year(date(2024, 3, 31), "thai") == "มีนาคม ๒๕๖๗"
    assert fiscal_year_phrase(2566, "thai") == "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"
    assert fiscal_year_phrase(2567, "arabic", prefix="ปีงบประมาณ") == "ปีงบประมาณ พ.ศ. 2567"
