"""The office's emblem (ตราครุฑ): a file beside the exchange file or a data: URI, PNG or SVG by content."""

from __future__ import annotations

import base64
import binascii
import urllib.parse
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from itadesk.domain.model import Emblem
from itadesk.domain.rules import MAX_EMBLEM_PIXELS, svg_emblem_problem
from itadesk.exchange.fields import TEXT, fail, wrong_type
from itadesk.exchange.limits import MAX_EMBLEM_BYTES

_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_SVG_ROOTS = ("svg", "{http://www.w3.org/2000/svg}svg")
_LIMIT_TEXT = f"{MAX_EMBLEM_BYTES // 1024 // 1024} MB"


def read_emblem(value: object, path: str, base_dir: Path | None) -> Emblem:
    if not isinstance(value, str):
        wrong_type(path, f"{TEXT} (ชื่อไฟล์ภาพหรือ data: URI)", value)
    if value.startswith("data:"):
        return emblem_from_bytes(_data_uri_bytes(value, path), path)
    if not value.strip():
        fail(path, "ต้องไม่เว้นว่าง: ใส่ชื่อไฟล์ภาพ PNG หรือ SVG หรือลบช่องนี้ออก")
    if base_dir is None:
        fail(path, "อ้างถึงไฟล์ภาพไม่ได้เมื่อข้อมูลไม่ได้มาจากไฟล์ ใช้ data: URI แทน")
    return emblem_from_bytes(_file_bytes(_inside(base_dir, value, path), value, path), path)


def _inside(base_dir: Path, written: str, path: str) -> Path:
    """The emblem's file, which must lie in the exchange file's folder (or below it): the format says
    "relative to this file", and a file sent by another office must not read anything else on this machine."""
    relative = Path(written)
    if relative.is_absolute() or written.startswith(("/", "\\")) or (len(written) > 1 and written[1] == ":"):
        fail(path, f'ชื่อไฟล์ภาพ "{written}" ต้องนับจากโฟลเดอร์ของไฟล์แลกเปลี่ยน ไม่ใช่ที่อยู่เต็ม')
    if ".." in relative.parts or ".." in written.replace("\\", "/").split("/"):
        fail(path, f'ชื่อไฟล์ภาพ "{written}" ออกนอกโฟลเดอร์ของไฟล์แลกเปลี่ยน (มี ..) ใช้ไฟล์ในโฟลเดอร์เดียวกัน')
    folder = base_dir.resolve()
    target = (folder / relative).resolve()
    if not target.is_relative_to(folder):  # a symbolic link that leads out of the folder
        fail(path, f'ไฟล์ภาพ "{written}" เป็นลิงก์ไปนอกโฟลเดอร์ของไฟล์แลกเปลี่ยน ใช้ไฟล์ภาพจริงในโฟลเดอร์นั้น')
    return base_dir / relative


def emblem_from_bytes(data: bytes, path: str) -> Emblem:
    """PNG or SVG by what the bytes are, not by what a name or a declared type claims."""
    if len(data) > MAX_EMBLEM_BYTES:
        fail(path, f"ภาพตราใหญ่เกินไป ({len(data) / 1024 / 1024:.1f} MB) ต้องไม่เกิน {_LIMIT_TEXT}")
    if data.startswith(_PNG_MAGIC):
        _check_png_size(data, path)
        return Emblem("image/png", data)
    if _is_svg(data):
        _check_svg_content(data, path)
        return Emblem("image/svg+xml", data)
    fail(path, "ภาพตราต้องเป็นไฟล์ PNG หรือ SVG (เนื้อไฟล์ไม่ใช่ทั้งสองแบบ)")


def emblem_data_uri(emblem: Emblem) -> str:
    return f"data:{emblem.mime};base64,{base64.b64encode(emblem.data).decode('ascii')}"


def _file_bytes(file: Path, written: str, path: str) -> bytes:
    try:
        if file.exists() and not file.is_file():  # a folder, a device, a pipe: no image to read there
            fail(path, f'"{written}" ไม่ใช่ไฟล์ภาพ')
        size = file.stat().st_size
        if size > MAX_EMBLEM_BYTES:
            fail(path, f'ไฟล์ภาพ "{written}" ใหญ่เกินไป ({size / 1024 / 1024:.1f} MB) ต้องไม่เกิน {_LIMIT_TEXT}')
        with file.open("rb") as stream:
            return stream.read(MAX_EMBLEM_BYTES + 1)
    except FileNotFoundError:
        fail(path, f'ไม่พบไฟล์ภาพ "{written}" (ชื่อไฟล์นับจากโฟลเดอร์ของไฟล์แลกเปลี่ยน)')
    except OSError as error:
        fail(path, f'เปิดไฟล์ภาพ "{written}" ไม่ได้ ({error.strerror})')


def _data_uri_bytes(uri: str, path: str) -> bytes:
    header, comma, payload = uri.partition(",")
    if not comma:
        fail(path, "data: URI ไม่ถูกต้อง: ไม่มีเครื่องหมาย , คั่นระหว่างชนิดกับข้อมูล")
    params = header[len("data:") :].split(";")
    mime = params[0].strip().lower()
    if mime not in ("", "image/png", "image/svg+xml"):
        fail(path, f'ภาพตราต้องเป็น image/png หรือ image/svg+xml ไม่ใช่ "{mime}"')
    if len(payload) > MAX_EMBLEM_BYTES * 4 // 3 + 4:
        fail(path, f"ภาพตราใหญ่เกินไป ต้องไม่เกิน {_LIMIT_TEXT}")
    if "base64" not in params[1:]:
        return urllib.parse.unquote_to_bytes(payload)
    try:
        return base64.b64decode("".join(payload.split()), validate=True)
    except (binascii.Error, ValueError):
        fail(path, "ข้อมูล base64 ของภาพตราเสียหาย (มีอักขระที่ไม่ใช่ base64 หรือความยาวไม่ครบ)")


def _is_svg(data: bytes) -> bool:
    # Entity declarations are how XML bombs work; an emblem never needs them.
    if b"<!ENTITY" in data:
        return False
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return False
    return root.tag in _SVG_ROOTS


def _check_png_size(data: bytes, path: str) -> None:
    """The pixel count from the PNG's header, before anything decodes it (a small file can hold a bomb)."""
    if len(data) < 24 or data[12:16] != b"IHDR":
        fail(path, "ไฟล์ภาพตรา PNG เสียหาย (ไม่มีส่วนหัวที่บอกขนาดภาพ)")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if width == 0 or height == 0:
        fail(path, "ไฟล์ภาพตรา PNG เสียหาย (ขนาดภาพเป็นศูนย์)")
    if width * height > MAX_EMBLEM_PIXELS:
        fail(
            path,
            f"ภาพตรามีขนาด {width:,} × {height:,} จุด ใหญ่เกินไป ต้องไม่เกิน {MAX_EMBLEM_PIXELS:,} จุด "
            "(เช่น 4,000 × 4,000) ย่อภาพก่อน ตราครุฑใช้เพียงไม่กี่ร้อยจุดต่อด้าน",
        )


def _check_svg_content(data: bytes, path: str) -> None:
    problem = svg_emblem_problem(data)
    if problem is not None:
        fail(path, f"ภาพตรา SVG {problem}")
