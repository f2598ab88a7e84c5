"""Every kind of broken file is refused with the place and the problem in Thai, never with a Python error."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from itadesk.exchange.errors import ExchangeError
from itadesk.exchange.reader import read_exchange_file
from tests.conftest import require_shared
from tests.exchange.broken_files import CASES, Broken, good_document


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_broken_file_is_refused_naming_the_place(case: Broken, tmp_path: Path) -> None:
    require_shared()
    file = case.make(tmp_path)
    with pytest.raises(ExchangeError) as refused:
        read_exchange_file(file)
    error = refused.value
    assert error.path.startswith(case.path), str(error)
    assert case.words in error.message, str(error)
    assert any("\u0e00" <= char <= "\u0e7f" for char in error.message), "the message must be Thai"
    assert str(error).startswith(f"{error.path}: " if error.path else error.message)


def test_there_are_at_least_thirty_kinds_of_broken_file() -> None:
    assert len({case.name for case in CASES}) >= 30


def test_sixty_megabyte_file_is_refused_quickly(tmp_path: Path) -> None:
    require_shared()
    huge = next(case for case in CASES if case.name == "sixty_megabytes").make(tmp_path)
    assert huge.stat().st_size == 60 * 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(ExchangeError, match="ใหญ่เกินไป"):
        read_exchange_file(huge)
    assert time.perf_counter() - started < 2  # a user would see the refusal at once, not after a load


def test_oversized_file_is_refused_before_it_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_shared()
    huge = next(case for case in CASES if case.name == "sixty_megabytes").make(tmp_path)

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a file over the limit must not be opened")

    monkeypatch.setattr(Path, "open", never)
    with pytest.raises(ExchangeError, match=r"60\.0 MB"):
        read_exchange_file(huge)


def test_status_error_lists_the_three_statuses(tmp_path: Path) -> None:
    require_shared()
    case = next(case for case in CASES if case.name == "unknown_status")
    with pytest.raises(ExchangeError) as refused:
        read_exchange_file(case.make(tmp_path))
    assert str(refused.value) == (
        'years[0].measures[3].status: "เสร็จแล้ว" ไม่ใช่สถานะ ใช้ ยังไม่ดำเนินการ, อยู่ระหว่างดำเนินการ หรือ ดำเนินการแล้ว'
    )


def test_unknown_key_suggests_the_one_meant(tmp_path: Path) -> None:
    require_shared()
    case = next(case for case in CASES if case.name == "unknown_measure_key")
    with pytest.raises(ExchangeError, match='หมายถึง "title" หรือไม่'):
        read_exchange_file(case.make(tmp_path))


def test_missing_file_and_folder_are_named(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="ไม่พบไฟล์"):
        read_exchange_file(tmp_path / "ไม่มี.json")
    with pytest.raises(ExchangeError, match="โฟลเดอร์"):
        read_exchange_file(tmp_path)


def test_deep_nesting_gives_a_clear_error_not_a_recursion_error(tmp_path: Path) -> None:
    file = tmp_path / "deep.json"
    file.write_text('{"format": "itadesk/1", "x-a": ' + "[" * 200_000 + "]" * 200_000 + "}")
    with pytest.raises(ExchangeError, match="ลึก") as refused:
        read_exchange_file(file)
    assert refused.value.path == "บรรทัด 1 คอลัมน์ 71"  # the 40th "[" inside the object is the 41st level


def test_good_document_of_the_cases_is_itself_valid(tmp_path: Path) -> None:
    """The cases break one thing each: the file they start from must be accepted."""
    require_shared()
    import json

    file = tmp_path / "good.json"
    file.write_text(json.dumps(good_document(), ensure_ascii=False), encoding="utf-8")
    dataset = read_exchange_file(file)
    assert dataset.years[0].ita_result is not None
    assert dataset.years[0].ita_result.grade == "B"
