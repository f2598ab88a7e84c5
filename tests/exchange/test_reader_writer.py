"""The examples read, write back and read again to the same data; what the format allows is accepted."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from itadesk.domain.status import Status
from itadesk.exchange.reader import read_exchange_bytes, read_exchange_file
from itadesk.exchange.writer import dataset_to_json, dataset_to_text, write_exchange_file
from tests.conftest import EXAMPLE_FILES, GARUDA_PNG, GARUDA_SVG, require_shared


def minimal(**extra: object) -> bytes:
    return json.dumps({"format": "itadesk/1", **extra}, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=[p.name for p in EXAMPLE_FILES])
def test_example_reads_and_writes_back_to_the_same_data(example: Path, tmp_path: Path) -> None:
    dataset = read_exchange_file(example)
    original = json.loads(example.read_text(encoding="utf-8"))
    assert len(dataset.years[0].measures) == len(original["years"][0]["measures"])
    assert dataset.years[0].measures[0].title == original["years"][0]["measures"][0]["title"]

    written = tmp_path / "export.json"
    write_exchange_file(dataset, written)
    again = read_exchange_file(written)
    assert again == dataset
    assert written.read_text(encoding="utf-8") == dataset_to_text(again)


def test_export_writes_every_field_of_the_example_and_thai_as_thai(tmp_path: Path) -> None:
    require_shared()
    example = next(p for p in EXAMPLE_FILES if p.name == "001.json")
    original = json.loads(example.read_text(encoding="utf-8"))
    exported = dataset_to_json(read_exchange_file(example))
    for key, value in original["years"][0]["memos"][0].items():
        assert exported["years"][0]["memos"][0][key] == value
    for key, value in original["people"][2].items():
        assert exported["people"][2][key] == value
    text = dataset_to_text(read_exchange_file(example))
    assert "องค์การบริหารส่วนตำบลลาโละ" in text  # not \\u0e2d escapes
    assert list(exported) == ["format", "organization", "units", "people", "years"]


def test_statuses_as_codes_or_thai_labels_and_history_kept() -> None:
    measure = {
        "title": "ก",
        "status": "ดำเนินการแล้ว",
        "history": [
            {"status": "อยู่ระหว่างดำเนินการ", "date": "2023-01-24", "note": "ประชุมคณะทำงาน"},
            {"status": "done", "date": "2023-03-01"},
        ],
    }
    dataset = read_exchange_bytes(minimal(years=[{"fiscal_year": 2566, "measures": [measure]}]))
    read = dataset.years[0].measures[0]
    assert read.status is Status.DONE
    assert [h.status for h in read.history] == [Status.IN_PROGRESS, Status.DONE]
    assert read.history[0].note == "ประชุมคณะทำงาน"
    assert dataset_to_json(dataset)["years"][0]["measures"][0]["status"] == "done"


def test_x_keys_are_ignored_and_null_means_not_given() -> None:
    document = minimal(
        **{"x-exported-by": {"anything": [1, 2]}},
        organization={"name": "อบต.ทดสอบ", "emblem": None, "x-note": "ไม่สนใจ"},
        years=[{"fiscal_year": 2567, "measures": [{"title": "ก", "number": None, "start": None}]}],
    )
    dataset = read_exchange_bytes(document)
    assert dataset.organization is not None and dataset.organization.emblem is None
    measure = dataset.years[0].measures[0]
    assert measure.number is None and measure.start is None
    assert "number" not in dataset_to_json(dataset)["years"][0]["measures"][0]


def test_number_absent_and_number_empty_stay_different() -> None:
    measures = [{"title": "ก"}, {"title": "ข", "number": ""}, {"title": "ค", "number": "๓"}]
    dataset = read_exchange_bytes(minimal(years=[{"fiscal_year": 2566, "measures": measures}]))
    again = read_exchange_bytes(dataset_to_text(dataset).encode("utf-8"))
    assert [m.number for m in again.years[0].measures] == [None, "", "๓"]


def test_utf8_bom_is_accepted_and_text_is_nfc_normalised() -> None:
    data = b"\xef\xbb\xbf" + minimal(organization={"name": "Cafe\u0301 อบต."})
    dataset = read_exchange_bytes(data)
    assert dataset.organization is not None
    assert dataset.organization.name == "Caf\u00e9 อบต."


def test_grade_follows_from_score_and_indicator_name_from_the_catalogue() -> None:
    result = {"assessed_year": 2565, "score": 77.99, "indicators": [{"number": 2, "score": 80}]}
    dataset = read_exchange_bytes(minimal(years=[{"fiscal_year": 2566, "ita_result": result}]))
    ita = dataset.years[0].ita_result
    assert ita is not None
    assert ita.grade == ""  # left to follow from the score when printed
    assert (ita.indicators[0].name, ita.indicators[0].part) == ("การใช้งบประมาณ", "IIT")


@pytest.mark.parametrize(("asset", "mime"), [(GARUDA_PNG, "image/png"), (GARUDA_SVG, "image/svg+xml")])
def test_emblem_file_beside_the_exchange_file_is_embedded(asset: Path, mime: str, tmp_path: Path) -> None:
    require_shared()
    shutil.copy(asset, tmp_path / f"ตรา{asset.suffix}")
    file = tmp_path / "office.json"
    file.write_bytes(minimal(organization={"name": "อบต.ทดสอบ", "emblem": f"ตรา{asset.suffix}"}))
    dataset = read_exchange_file(file)
    assert dataset.organization is not None and dataset.organization.emblem is not None
    assert dataset.organization.emblem.mime == mime
    assert dataset.organization.emblem.data == asset.read_bytes()
    uri = dataset_to_json(dataset)["organization"]["emblem"]
    assert uri.startswith(f"data:{mime};base64,")
    assert read_exchange_bytes(dataset_to_text(dataset).encode("utf-8")) == dataset


def test_emblem_type_is_judged_by_content_not_by_the_declared_type(tmp_path: Path) -> None:
    require_shared()
    import base64

    lying = "data:image/svg+xml;base64," + base64.b64encode(GARUDA_PNG.read_bytes()).decode()
    dataset = read_exchange_bytes(minimal(organization={"name": "อบต.ทดสอบ", "emblem": lying}))
    assert dataset.organization is not None and dataset.organization.emblem is not None
    assert dataset.organization.emblem.mime == "image/png"


def test_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.json"
    target.write_text("เดิม", encoding="utf-8")
    dataset = read_exchange_bytes(minimal(organization={"name": "อบต.ใหม่"}))

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError):
        write_exchange_file(dataset, target)
    assert target.read_text(encoding="utf-8") == "เดิม"
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


def test_the_offices_own_content_is_written_and_reads_back(tmp_path: Path) -> None:
    from tests.content_examples import CONTENT_000, CONTENT_003

    require_shared()
    for name, content in (("000.json", CONTENT_000), ("003.json", CONTENT_003)):
        dataset = read_exchange_file(next(p for p in EXAMPLE_FILES if p.name == name))
        assert dataset.years[0].content.is_empty()  # the examples hold none
        dataset.years[0].content = content
        written = tmp_path / name
        write_exchange_file(dataset, written)
        year = json.loads(written.read_text(encoding="utf-8"))["years"][0]
        assert list(year) == ["fiscal_year", "measures", "memos", "content"]
        assert year["content"]["documents"][0]["title"] == content.documents[0].title
        assert read_exchange_file(written) == dataset


def test_a_file_without_content_writes_back_without_it(tmp_path: Path) -> None:
    dataset = read_exchange_bytes(minimal(years=[{"fiscal_year": 2566}]))
    assert dataset.years[0].content.is_empty()
    assert "content" not in dataset_to_json(dataset)["years"][0]
    partial = read_exchange_bytes(
        minimal(
            years=[{"fiscal_year": 2566, "content": {"documents": [{"document": "plan", "note": "หมายเหตุ"}]}}]
        )
    )
    content = partial.years[0].content
    assert not content.sign_prefix and not content.report_first
    assert content.document("plan").note == "หมายเหตุ" and content.document("plan").headings == ""
    assert content.document("results").is_empty()


def test_texts_are_stored_as_every_input_stores_them() -> None:
    # ํ + า typed as two keys, a zero-width space and a soft hyphen from a web page, two เ for แ
    measure = {
        "title": "การดําเนินการ\u200bเผยแพร่ข้อ\u00adมูล",
        "steps": ["เเจ้งเวียน"],
        "responsible": ["กอง\u200bคลัง"],
    }
    dataset = read_exchange_bytes(minimal(years=[{"fiscal_year": 2567, "measures": [measure]}]))
    (read,) = dataset.years[0].measures
    assert (read.title, read.steps, read.responsible) == ("การดำเนินการเผยแพร่ข้อมูล", ["แจ้งเวียน"], ["กองคลัง"])


def test_an_ita_result_is_graded_by_the_framework_the_same_file_carries() -> None:
    import json

    from itadesk.domain.framework import framework_dict
    from itadesk.exchange.errors import ExchangeError
    from itadesk.exchange.reader import read_exchange_bytes
    from tests.storage.builders import office_framework

    year = {"fiscal_year": 2572, "ita_result": {"assessed_year": 2571, "score": 96, "grade": "ผ่านดีเยี่ยม"}}
    own = {"format": "itadesk/1", "years": [year], "frameworks": [framework_dict(office_framework(2571))]}
    dataset = read_exchange_bytes(json.dumps(own, ensure_ascii=False).encode())
    result = dataset.years[0].ita_result
    assert result is not None and result.grade == "ผ่านดีเยี่ยม"
    without = {"format": "itadesk/1", "years": [year]}
    with pytest.raises(ExchangeError) as refused:
        read_exchange_bytes(json.dumps(without, ensure_ascii=False).encode())
    assert 'ไม่มีระดับผล "ผ่านดีเยี่ยม"' in str(refused.value)
