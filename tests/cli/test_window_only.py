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


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "office.sqlite3", "print", "memo", "memo-2566-12m", "-o", "บันทึก.pdf"],
        ["--db=office.sqlite3", "print", "results", "--year", "2566", "--round", "6", "-o", "r.pdf"],
        ["print", "plan", "--year", "2566", "-o", "p.docx"],
        ["measures", "--year", "2566"],
        ["--db", "office.sqlite3", "status", "m-1", "done", "--note", "เผยแพร่แล้ว"],
    ],
)
def test_a_command_is_read_by_its_own_parser_as_by_the_whole(argv: list[str]) -> None:
    from itadesk.cli.main import command_named

    assert command_named(argv) == next(a for a in argv if not a.startswith("--db") and a != "office.sqlite3")
    assert vars(build_parser(command_named(argv)).parse_args(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv", [["print", "memo", "-o"], ["print", "poster", "-o", "x.pdf"], ["print", "--help"], ["status"]]
)
def test_a_command_s_help_and_mistakes_read_the_same_by_its_own_parser(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from itadesk.cli.main import command_named

    said = []
    for parser in (build_parser(command_named(argv)), build_parser()):
        with pytest.raises(SystemExit) as done:
            parser.parse_args(argv)
        said.append((done.value.code, capsys.readouterr()))
    assert said[0] == said[1]
    assert said[0][0] in (0, 2)


def test_help_and_the_unknown_are_read_by_the_whole_parser() -> None:
    from itadesk.cli.main import command_named

    for argv in (["--help"], ["--version"], ["--db", "x"], ["poster"], ["--d", "x", "print"], []):
        assert command_named(argv) is None
