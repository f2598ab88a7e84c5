"""`itadesk measures [--year Y] [--status S]`: one line each: id, number, title, status (tab-separated)."""

from __future__ import annotations

import argparse
import sys

from itadesk.cli import arguments
from itadesk.cli.parser import Commands, add_command, open_office


def register(commands: Commands) -> None:
    parser = add_command(
        commands,
        "measures",
        "แสดงรายการมาตรการ (list measures)",
        "แสดงมาตรการบรรทัดละรายการ: รหัส, ลำดับ, ชื่อมาตรการ, สถานะ คั่นด้วยแท็บ",
    )
    parser.add_argument(
        "--year", type=arguments.fiscal_year, metavar="Y", help="เฉพาะปีงบประมาณ (พ.ศ.) เช่น 2566"
    )
    parser.add_argument(
        "--status", type=arguments.status, metavar="S", help=f"เฉพาะสถานะ: {arguments.STATUS_HELP}"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_office(args, reading=True) as office:
        dataset = office.dataset(args.year)
        where = office.db.where
    shown = 0
    for year in dataset.years:
        for measure in year.measures:
            if args.status is not None and measure.status != args.status:
                continue
            title = " ".join(measure.title.split())  # one line per measure, whatever the title holds
            print(f"{measure.id or ''}\t{measure.number or ''}\t{title}\t{measure.status.label}")
            shown += 1
    if shown == 0:  # said on stderr, so that a script reading the list still gets an empty one
        wanted = f" สถานะ {args.status.label}" if args.status is not None else ""
        if args.year is not None:  # the year is there (else load_dataset said so), its measures are not
            print(f"ปีงบประมาณ {args.year} ยังไม่มีมาตรการ{wanted} ในฐานข้อมูล {where}", file=sys.stderr)
        else:
            print(f"ไม่มีมาตรการ{wanted}ในฐานข้อมูล {where}", file=sys.stderr)
    return 0
