"""`itadesk status MEASURE_ID STATUS [--date D] [--note TEXT]`: change a status, kept in the history."""

from __future__ import annotations

import argparse

from itadesk.cli import arguments
from itadesk.cli.parser import Commands, add_command, open_office


def register(commands: Commands) -> None:
    parser = add_command(
        commands,
        "status",
        "เปลี่ยนสถานะของมาตรการ (set a measure's status)",
        "เปลี่ยนสถานะและบันทึกลงประวัติของมาตรการ พร้อมวันที่และหมายเหตุ",
    )
    parser.add_argument("measure_id", metavar="MEASURE_ID", help="รหัสมาตรการ (ดูได้จาก itadesk measures)")
    parser.add_argument("status", type=arguments.status, metavar="STATUS", help=arguments.STATUS_HELP)
    parser.add_argument(
        "--date",
        type=arguments.day,
        metavar="D",
        help="วันที่เปลี่ยน แบบ 2023-11-22 (ค.ศ.) ไม่ใส่ = วันนี้ "
        "(มาตรการของปีที่ผ่านไปแล้ว: วันสิ้นสุดของมาตรการ หรือวันสุดท้ายของปีงบประมาณ)",
    )
    parser.add_argument("--note", default="", metavar="TEXT", help="หมายเหตุที่บันทึกไว้ในประวัติ")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        # Without --date: today, or a day inside the measure's fiscal year when today is outside it.
        changed = office.change_status(args.measure_id, args.status, args.date, args.note)
    from itadesk.thai.dates import format_date_full

    # The date as a Thai sentence writes it (Buddhist year), in the terminal's digits: "1 พฤศจิกายน 2566".
    day = format_date_full(changed.day, "arabic") if changed.day is not None else "ไม่ระบุวันที่"
    print(f"มาตรการ {args.measure_id}: {changed.before.label} → {args.status.label} ({day})")
    if changed.why:
        print(f"บันทึกวันที่ {day}: {changed.why} — ใส่ --date เพื่อบันทึกวันอื่น")
    return 0
