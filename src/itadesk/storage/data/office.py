"""The office: its organisation record (one), units and people. Functions over the caller's session."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from itadesk.domain.model import Organization, Person, Unit
from itadesk.storage.data.loading import get_organization as get_organization  # read with plain queries
from itadesk.storage.data.loading import list_people as list_people
from itadesk.storage.data.loading import list_units as list_units
from itadesk.storage.data.lookup import add_unless_added_meanwhile, new_code, next_seq, person_row, unit_row
from itadesk.storage.data.models import ApprovalRow, MemoRow, OrganizationRow, PersonRow, UnitRow
from itadesk.storage.data.records_to_rows import organization_to_row, person_to_row, unit_to_row
from itadesk.storage.data.rows_to_records import person_from_row, unit_from_row
from itadesk.storage.errors import StorageError


def save_organization(session: Session, organization: Organization) -> None:
    row = session.get(OrganizationRow, 1)
    if row is None:
        new = OrganizationRow(pk=1)
        organization_to_row(organization, new)
        row = add_unless_added_meanwhile(session, new, lambda: session.get(OrganizationRow, 1))[0]
    organization_to_row(organization, row)
    session.flush()


def save_unit(session: Session, unit: Unit) -> Unit:
    """Add a unit (without an id: it gets one, u-…) or change the stored one with that id."""
    if unit.id is None:
        row = UnitRow(code=new_code(session, UnitRow, "u"), seq=next_seq(session, UnitRow.seq))
        session.add(row)
    else:
        row = unit_row(session, unit.id)
    unit_to_row(Unit(name=unit.name, id=row.code), row)
    session.flush()
    return unit_from_row(row)


def delete_unit(session: Session, unit_id: str) -> None:
    session.delete(unit_row(session, unit_id))
    session.flush()


def save_person(session: Session, person: Person) -> Person:
    """Add a person (without an id: they get one, p-…) or change the stored one with that id."""
    if person.id is None:
        row = PersonRow(code=new_code(session, PersonRow, "p"), seq=next_seq(session, PersonRow.seq))
        session.add(row)
        code = row.code
    else:
        row = person_row(session, person.id)
        code = person.id
    person_to_row(person, row)
    row.code = code
    session.flush()
    return person_from_row(row)


def delete_person(session: Session, person_id: str) -> None:
    """Delete a person; refused while a memo names them as author or approver."""
    row = person_row(session, person_id)
    memos = _memos_naming(session, row)
    if memos:
        raise StorageError(
            f"ลบ {row.title}{row.name} ไม่ได้ เพราะยังมีชื่อในบันทึกข้อความ {', '.join(memos)} แก้บันทึกข้อความเหล่านั้นก่อน"
        )
    session.delete(row)
    session.flush()


def save_setup(session: Session, organization: Organization, units: list[Unit], people: list[Person]) -> None:
    """The set-up screen's whole answer: the organisation, and the complete lists of units and people.

    Units and people are matched by id, else by name; those not in the lists are deleted (a person still
    named in a memo is refused). New people and units get ids. The lists' order is kept.
    """
    with session.begin_nested():  # a refusal leaves the caller's session as it was
        save_organization(session, organization)
        _replace_units(session, units)
        _replace_people(session, people)
        session.flush()


def _replace_units(session: Session, units: list[Unit]) -> None:
    unit_rows = list(session.scalars(select(UnitRow)))
    kept_units: list[UnitRow] = []
    for seq, unit in enumerate(units):
        row = _match(unit_rows, unit.id, unit.name, kept_units)
        if row is None:
            row = UnitRow(code=unit.id or new_code(session, UnitRow, "u"))
            session.add(row)
        unit_to_row(Unit(name=unit.name, id=unit.id or row.code), row)
        row.seq = seq
        kept_units.append(row)
    for row in unit_rows:
        if not any(row is kept for kept in kept_units):
            session.delete(row)


def _replace_people(session: Session, people: list[Person]) -> None:
    person_rows = list(session.scalars(select(PersonRow)))
    kept_people: list[PersonRow] = []
    for seq, person in enumerate(people):
        found = _match(person_rows, person.id, person.name, kept_people)
        if found is None:
            found = PersonRow(code=person.id or new_code(session, PersonRow, "p"))
            session.add(found)
        code = person.id or found.code
        person_to_row(person, found)
        found.code = code
        found.seq = seq
        kept_people.append(found)
    for old in person_rows:
        if not any(old is kept for kept in kept_people):
            memos = _memos_naming(session, old)
            if memos:
                raise StorageError(
                    f"เอา {old.title}{old.name} ออกไม่ได้ เพราะยังมีชื่อในบันทึกข้อความ {', '.join(memos)}"
                )
            session.delete(old)


_R = TypeVar("_R", UnitRow, PersonRow)


def _match(rows: list[_R], code: str | None, name: str, taken: list[_R]) -> _R | None:
    free = [r for r in rows if not any(r is t for t in taken)]
    if code:
        found = next((r for r in free if r.code == code), None)
        if found is not None:
            return found
    return next((r for r in free if r.name == name), None)


def _memos_naming(session: Session, person: PersonRow) -> list[str]:
    approver = select(ApprovalRow.memo_pk).where(ApprovalRow.person_pk == person.pk)
    query = select(MemoRow.code).where(or_(MemoRow.author_pk == person.pk, MemoRow.pk.in_(approver)))
    return list(session.scalars(query.order_by(MemoRow.code)))
