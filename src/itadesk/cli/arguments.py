"""Checked argument types: a wrong value is a wrong command line (exit 2) with a Thai message."""

from __future__ import annotations

import argparse
from datetime import date

from itadesk.domain.fiscal import MAX_FISCAL_YEAR, MIN_FISCAL_YEAR, is_valid_fiscal_year
from itadesk.domain.status import Status

STATUS_HELP = "รหัสหรือชื่อสถานะ: not_started/ยังไม่ดำเนินการ, in_progress/อยู่ระหว่างดำเนินการ, done/ดำเนินการแล้ว"


def fiscal_year(text: str) -> int:
    try:
        value = int(text.strip().translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" ไม่ใช่ปีงบประมาณ ใช้ปีพุทธศักราช เช่น 2566') from None
    if not is_valid_fiscal_year(value):
        if 1900 <= value <= 2200:
            raise argparse.ArgumentTypeError(f"{value} เป็นปีคริสต์ศักราช ใช้ปีพุทธศักราช เช่น {value + 543}")
        raise argparse.ArgumentTypeError(f"ปี {value} อยู่นอกช่วง {MIN_FISCAL_YEAR}–{MAX_FISCAL_YEAR}")
    return value


def status(text: str) -> Status:
    try:
        return Status.parse(text)
    except ValueError as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None


def day(text: str) -> date:
    from itadesk.exchange.dates import DateProblem, parse_iso_date  # not on the window's start-up path

    try:
        return parse_iso_date(text.strip())
    except DateProblem as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None


def round_months(text: str) -> int:
    if text.strip() not in ("6", "12"):
        raise argparse.ArgumentTypeError(f'รอบ "{text}" ใช้ไม่ได้ ใช้ 6 หรือ 12 (เดือน)')
    return int(text)
