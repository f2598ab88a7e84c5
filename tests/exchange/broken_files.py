"""Broken exchange files, each with the place its error must name: shared by the reader's and the CLI's tests.

Every case starts from a real office's file (001.json: people, measures, a memo) and breaks one thing.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.conftest import EXAMPLES

BASE_EXAMPLE = EXAMPLES / "001.json"
Doc = dict[str, Any]


def good_document() -> Doc:
    document: Doc = json.loads(BASE_EXAMPLE.read_text(encoding="utf-8"))
    document["years"][0]["ita_result"] = {
        "assessed_year": 2565,
        "score": 77.99,
        "grade": "B",
        "parts": [{"code": "IIT", "score": 96.59}, {"code": "EIT", "score": 94.9}],
        "indicators": [{"number": 1, "part": "IIT", "name": "การปฏิบัติหน้าที่", "score": 91.7}],
    }
    return document


def dumps(document: Doc) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


@dataclass(frozen=True)
class Broken:
    name: str
    path: str  # the place the error must name: a JSON path, or the start of "บรรทัด N คอลัมน์ M"
    words: str  # a Thai phrase the message must contain
    make: Callable[[Path], Path]  # writes the file into a folder, returns it


def edited(name: str, path: str, words: str, edit: Callable[[Doc], object]) -> Broken:
    def make(folder: Path) -> Path:
        document = good_document()
        edit(document)
        file = folder / f"{name}.json"
        file.write_bytes(dumps(document))
        return file

    return Broken(name, path, words, make)


def raw(name: str, path: str, words: str, content: Callable[[], bytes]) -> Broken:
    def make(folder: Path) -> Path:
        file = folder / f"{name}.json"
        file.write_bytes(content())
        return file

    return Broken(name, path, words, make)


def _year(d: Doc) -> Doc:
    year: Doc = d["years"][0]
    return year


def _measure(d: Doc, index: int) -> Doc:
    measure: Doc = _year(d)["measures"][index]
    return measure


def _memo(d: Doc) -> Doc:
    memo: Doc = _year(d)["memos"][0]
    return memo


def _text_in(encoding: str) -> Callable[[], bytes]:
    return lambda: good_document_text().encode(encoding)


def good_document_text() -> str:
    return json.dumps(good_document(), ensure_ascii=False, indent=2)


def _latin1() -> bytes:
    return b'{"format": "itadesk/1", "organization": {"name": "Caf\xe9 office"}}'


def _sixty_megabytes(folder: Path) -> Path:
    file = folder / "huge.json"
    with file.open("wb") as stream:
        stream.write(b'{"format": "itadesk/1", "x-padding": "')
        stream.truncate(60 * 1024 * 1024)  # sparse: instant to make, 60 MB to anyone who reads it
    return file


def _deep() -> bytes:
    text = good_document_text()
    return (text[:1] + '"x-notes": ' + "[" * 5000 + "]" * 5000 + "," + text[1:]).encode("utf-8")


def _emblem_file_missing(d: Doc) -> None:
    d["organization"]["emblem"] = "ตราครุฑ.png"


def _emblem(uri: str) -> Callable[[Doc], None]:
    def edit(d: Doc) -> None:
        d["organization"]["emblem"] = uri

    return edit


def _duplicate_key() -> bytes:
    text = good_document_text()
    at = text.index('"title": "', text.index('"measures"'))
    return (text[:at] + '"title": "ซ้ำ",\n          ' + text[at:]).encode("utf-8")


def _replace_text(old: str, new: str) -> Callable[[], bytes]:
    def content() -> bytes:
        text = good_document_text()
        assert old in text
        return text.replace(old, new, 1).encode("utf-8")

    return content


def _set(path: list[str | int], value: object) -> Callable[[Doc], None]:
    def edit(d: Doc) -> None:
        target: Any = d
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return edit


def _delete(path: list[str | int]) -> Callable[[Doc], None]:
    def edit(d: Doc) -> None:
        target: Any = d
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return edit


def _duplicate_measure_id(d: Doc) -> None:
    _measure(d, 1)["id"] = _measure(d, 0)["id"]


def _duplicate_person_id(d: Doc) -> None:
    d["people"][2]["id"] = d["people"][0]["id"]


def _duplicate_year(d: Doc) -> None:
    d["years"].append({"fiscal_year": 2566, "measures": []})


def _last_record_broken(d: Doc) -> None:
    # the very last thing in the file: the last approval of the last memo
    _memo(d)["approvals"][-1]["persno"] = "p-noi"


Y = "years[0]"
M = f"{Y}.measures"
MEMO = f"{Y}.memos[0]"
ITA = f"{Y}.ita_result"
NOT_AN_IMAGE = "data:image/png;base64," + base64.b64encode(b"hello, not a picture").decode()
Y_ = ["years", 0]
ITA_ = [*Y_, "ita_result"]
MEMO_ = [*Y_, "memos", 0]

CASES: tuple[Broken, ...] = (
    raw("missing_comma", "บรรทัด", "จุลภาค", _replace_text('"format": "itadesk/1",', '"format": "itadesk/1"')),
    raw("trailing_comma", "บรรทัด", "ชื่อช่อง", lambda: b'{"format": "itadesk/1", "units": [],}'),
    raw("trailing_garbage", "บรรทัด", "เกินมา", lambda: good_document_text().encode() + b"\n}\nxyz"),
    raw("empty_file", "บรรทัด 1 คอลัมน์ 1", "ต้องมีค่า", lambda: b""),
    raw("utf16", "", "UTF-8", _text_in("utf-16")),
    raw("tis620", "บรรทัด", "UTF-8", _text_in("cp874")),
    raw("latin1", "บรรทัด 1", "UTF-8", _latin1),
    raw("duplicate_key", f"{M}[0].title", "ซ้ำ", _duplicate_key),
    raw("nan_score", f"{ITA}.score", "NaN", _replace_text('"score": 77.99', '"score": NaN')),
    raw("lone_surrogate", "organization.short_name", "U+D800", _replace_text("อบต.ลาโละ", "\\ud800")),
    raw("top_level_list", "", "วัตถุ", lambda: b"[1, 2, 3]"),
    raw("deep_nesting", "บรรทัด 1 คอลัมน์", "ลึก", _deep),
    edited("no_format", "format", "itadesk/1", _delete(["format"])),
    edited("other_format", "format", "itadesk/1", _set(["format"], "itadesk/2")),
    edited("unknown_top_key", "yeras", "years", lambda d: d.update(yeras=[])),
    edited("unknown_measure_key", f"{M}[2].titel", "title", lambda d: _measure(d, 2).update(titel="x")),
    edited("year_as_text", f"{Y}.fiscal_year", "จำนวนเต็ม", _set([*Y_, "fiscal_year"], "2566")),
    edited("steps_as_text", f"{M}[0].steps", "รายการ", lambda d: _measure(d, 0).update(steps="ขั้นตอนเดียว")),
    edited("name_as_number", "organization.name", "ข้อความ", _set(["organization", "name"], 12)),
    edited("title_missing", f"{M}[1].title", "ขาดช่อง", lambda d: _measure(d, 1).pop("title")),
    edited("title_blank", f"{M}[1].title", "เว้นว่าง", lambda d: _measure(d, 1).update(title="   ")),
    edited(
        "unknown_status", f"{M}[3].status", "ไม่ใช่สถานะ", lambda d: _measure(d, 3).update(status="เสร็จแล้ว")
    ),
    edited(
        "impossible_date",
        f"{M}[0].results[0].date",
        "ไม่มีวันนี้",
        lambda d: _measure(d, 0).update(results=[{"date": "2023-02-30", "text": "ประชุม"}]),
    ),
    edited("thai_written_date", f"{MEMO}.date", "2023-11-22", _set([*MEMO_, "date"], "๒๒ พฤศจิกายน ๒๕๖๖")),
    edited("buddhist_era_date", f"{MEMO}.date", "2023-11-22", _set([*MEMO_, "date"], "2566-11-22")),
    edited(
        "end_before_start",
        f"{M}[4].end",
        "ก่อนวันเริ่ม",
        lambda d: _measure(d, 4).update(start="2023-09-30", end="2022-10-01"),
    ),
    edited("dangling_author", f"{MEMO}.author", "p-nobody", _set([*MEMO_, "author"], "p-nobody")),
    edited(
        "dangling_approval",
        f"{MEMO}.approvals[1].person",
        "ไม่มีบุคคล",
        _set([*MEMO_, "approvals", 1, "person"], "p-ghost"),
    ),
    edited("duplicate_measure_id", f"{M}[1].id", "ซ้ำ", _duplicate_measure_id),
    edited("duplicate_person_id", "people[2].id", "ซ้ำ", _duplicate_person_id),
    edited("duplicate_year", "years[1].fiscal_year", "ซ้ำ", _duplicate_year),
    edited("person_unknown_unit", "people[0].unit", "ไม่มีหน่วยงาน", _set(["people", 0, "unit"], "กองสวัสดิการ")),
    edited("score_over_100", f"{ITA}.score", "0–100", _set([*ITA_, "score"], 120)),
    edited("score_negative", f"{ITA}.parts[1].score", "0–100", _set([*ITA_, "parts", 1, "score"], -5)),
    edited(
        "score_as_bool", f"{ITA}.indicators[0].score", "ตัวเลข", _set([*ITA_, "indicators", 0, "score"], True)
    ),
    edited("grade_contradicts_score", f"{ITA}.grade", "ได้ระดับ B", _set([*ITA_, "grade"], "A")),
    edited("unknown_grade", f"{ITA}.grade", "ไม่มีระดับ", _set([*ITA_, "grade"], "A+")),
    edited("unknown_part", f"{ITA}.parts[0].code", "IIT", _set([*ITA_, "parts", 0, "code"], "XIT")),
    edited("gregorian_fiscal_year", f"{Y}.fiscal_year", "2566", _set([*Y_, "fiscal_year"], 2023)),
    edited("fiscal_year_out_of_range", f"{Y}.fiscal_year", "นอกช่วง", _set([*Y_, "fiscal_year"], 3000)),
    edited("assessed_year_gregorian", f"{ITA}.assessed_year", "2565", _set([*ITA_, "assessed_year"], 2022)),
    edited(
        "attach_unknown_document",
        f"{MEMO}.attach.document",
        "results",
        _set([*MEMO_, "attach", "document"], "report"),
    ),
    edited("attach_bad_round", f"{MEMO}.attach.round", "6 หรือ 12", _set([*MEMO_, "attach", "round"], 3)),
    edited("emblem_not_an_image", "organization.emblem", "PNG หรือ SVG", _emblem(NOT_AN_IMAGE)),
    edited(
        "emblem_bad_base64", "organization.emblem", "base64", _emblem("data:image/png;base64,iVBORw0K!!!")
    ),
    edited("emblem_jpeg", "organization.emblem", "image/jpeg", _emblem("data:image/jpeg;base64,/9j/4AAQ")),
    edited("emblem_file_missing", "organization.emblem", "ไม่พบไฟล์ภาพ", _emblem_file_missing),
    edited(
        "control_character", f"{M}[5].title", "U+0007", lambda d: _measure(d, 5).update(title="มาตรการ\u0007")
    ),
    edited(
        "text_too_long", f"{M}[6].outcome", "ยาวเกินไป", lambda d: _measure(d, 6).update(outcome="ก" * 60_000)
    ),
    edited("digits_unknown", "organization.digits", "thai", _set(["organization", "digits"], "roman")),
    edited("last_record_broken", f"{MEMO}.approvals[2].persno", "person", _last_record_broken),
    Broken("sixty_megabytes", "", "ใหญ่เกินไป", _sixty_megabytes),
    raw(
        "huge_integer",
        f"{Y}.fiscal_year",
        "5,000 หลัก",
        _replace_text('"fiscal_year": 2566', '"fiscal_year": ' + "9" * 5000),
    ),
    edited("emblem_is_a_folder", "organization.emblem", "ไม่ใช่ไฟล์ภาพ", _emblem(".")),
    edited(
        "content_unknown_document",
        f"{Y}.content.documents[0].document",
        "plan",
        _set([*Y_, "content"], {"documents": [{"document": "memo", "title": "x"}]}),
    ),
    edited(
        "content_document_twice",
        f"{Y}.content.documents[1].document",
        "ซ้ำ",
        _set([*Y_, "content"], {"documents": [{"document": "plan"}, {"document": "plan"}]}),
    ),
    edited(
        "content_headings_unknown",
        f"{Y}.content.documents[0].headings",
        "section หรือ part",
        _set([*Y_, "content"], {"documents": [{"document": "plan", "headings": "unit"}]}),
    ),
    edited(
        "content_flag_not_boolean",
        f"{Y}.content.sign_prefix",
        "true หรือ false",
        _set([*Y_, "content"], {"sign_prefix": "ใช่"}),
    ),
    edited(
        "content_introduction_not_a_list",
        f"{Y}.content.documents[0].introduction",
        "รายการ",
        _set([*Y_, "content"], {"documents": [{"document": "results", "introduction": "ตามที่"}]}),
    ),
)
