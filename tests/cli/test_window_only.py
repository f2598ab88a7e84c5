"""`itadesk` and `itadesk --db …` open the window as the full command line would read them, without it."""

from __future__ import annotations

import pytest

from itadesk.cli.main import build_parser, window_only


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "office.sqlite3"],
        ["--db=office.sqlite3"],
        ["--db="],
        ["--db", "postgresql://clerk@pc/ita"],
    ],
)
def test_the_window_s_arguments_read_as_the_parser_reads_them(argv: list[str]) -> None:
    quick = window_only(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [["measures"], ["--db", "office.sqlite3", "measures"], ["--db", "--help"], ["--help"], ["--version"]],
)
def test_anything_else_goes_to_the_parser(argv: list[str]) -> None:
    assert window_only(argv) is None
