"""`itadesk export [--year Y] -o FILE`: the data (one fiscal year, or all) as an exchange file."""

from __future__ import annotations

import argparse

from itadesk.cli import arguments
from itadesk.cli.errors import CommandError
from itadesk.cli.output import database_file, output_path
from itadesk.cli.parser import Commands, add_command, open_office


def register(commands: Commands) -> None:
    parser = add_command(
        commands,
        "export",
        "ส่งออกข้อมูลเป็นไฟล์แลกเปลี่ยน itadesk/1 (export)",
        "เขียนข้อมูลทั้งหมด หรือเฉพาะปีงบประมาณที่เลือก (พร้อมหน่วยงาน บุคลากร และตราของหน่วยงาน) เป็นไฟล์ .json",
    )
    parser.add_argument(
        "--year", type=arguments.fiscal_year, metavar="Y", help="เฉพาะปีงบประมาณ (พ.ศ.) เช่น 2566"
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="ไฟล์ .json ที่จะเขียน")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from itadesk.exchange.writer import write_exchange_file

    target = output_path(args.output, args)
    with open_office(args, reading=True) as office:
        dataset = office.dataset(args.year)
    from itadesk.storage.lifecycle.output_paths import whole_output

    try:
        with whole_output(target, database_file(args)) as temporary:
            write_exchange_file(dataset, temporary)
    except OSError as error:
        raise CommandError(f'เขียนไฟล์ "{target}" ไม่ได้ ({error.strerror or error})') from None
    count = sum(len(year.measures) for year in dataset.years)
    years = ", ".join(str(year.fiscal_year) for year in dataset.years) or "ไม่มี"
    print(f"ส่งออกไปที่ {target} แล้ว: ปีงบประมาณ {years}, มาตรการ {count} รายการ")
    return 0
