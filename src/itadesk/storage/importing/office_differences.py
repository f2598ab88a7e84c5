"""The organisation's fields that differ between the database and a file, side by side, in Thai."""

from __future__ import annotations

from itadesk.domain.model import Emblem, Organization
from itadesk.storage.importing.choices import FieldDifference

FIELD_LABELS: dict[str, str] = {
    "name": "ชื่อหน่วยงาน",
    "short_name": "ชื่อย่อ",
    "district": "อำเภอ",
    "province": "จังหวัด",
    "document_code": "รหัสหนังสือ (ที่)",
    "phone": "โทรศัพท์",
    "website": "เว็บไซต์",
    "digits": "ตัวเลข",
    "emblem": "ตราครุฑ",
}
EMPTY = "(ว่าง)"


def _text(field: str, value: object) -> str:
    if field == "digits":
        return "เลขไทย" if value == "thai" else "เลขอารบิก"
    if field == "emblem":
        if not isinstance(value, Emblem):
            return "ไม่มี"
        kind = "PNG" if value.mime == "image/png" else "SVG"
        return f"มี ({kind} {max(1, round(len(value.data) / 1024))} KB)"
    return str(value) if value else EMPTY


def office_differences(stored: Organization, given: Organization) -> list[FieldDifference]:
    """Every field whose value differs, in the set-up screen's order (an emptied field counts too)."""
    differences: list[FieldDifference] = []
    for field, label in FIELD_LABELS.items():
        old, new = getattr(stored, field), getattr(given, field)
        if old != new:
            differences.append(FieldDifference(field, label, _text(field, old), _text(field, new)))
    return differences
