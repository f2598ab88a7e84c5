"""The database's tables, declared once in SQLAlchemy Core. Only `itadesk.storage` sees these rows.

Every record the exchange file names keeps its string id in `code` (unique per table) beside an integer
primary key `pk`, so an id can be corrected without touching references. Ordered things carry `seq` and
are always read in (`seq`, `pk`) order. Lists of plain strings (steps, responsible, evidence,
recommendations, memo paragraphs) are JSON arrays, which SQLite and PostgreSQL store and return identically.

The ORM classes in `storage.data.models` are mapped onto these tables. Reading whole years
(`storage.data.loading`) needs only these: `itadesk print` reads its data without loading the ORM (~0.2 s
of every cold print).

A change here needs an Alembic migration in `storage/lifecycle/migrations/versions/` (a test compares the
two).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

# Constraint names are fixed by convention so that migrations can drop and alter them by name on both SQLite
# (batch mode) and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

STATUS_CHECK = "status IN ('not_started', 'in_progress', 'done')"


def _pk() -> Column[int]:
    return Column("pk", Integer, primary_key=True)


def _code(*, required: bool = True) -> Column[str]:
    """The exchange file's id of a record."""
    return Column("code", String(100), unique=True, nullable=not required)


def _seq() -> Column[int]:
    return Column("seq", Integer, nullable=False, default=0)


def _text(name: str, *, required: bool = True, default: str | None = "") -> Column[str]:
    """Text of any length; `default=None` when there is no sensible empty value (a title, a name)."""
    return Column(name, Text, nullable=not required, default=default)


def _parent(name: str, target: str, *, on_delete: str = "CASCADE", required: bool = True) -> Column[int]:
    """A reference to the row that holds this one; indexed, because rows are read by their parent."""
    return Column(name, ForeignKey(target, ondelete=on_delete), nullable=not required, index=True)


def _string_list(name: str) -> Column[list[str]]:
    return Column(name, JSON, nullable=False, default=list)


organization = Table(
    "organization",  # the office itself: exactly one row (pk = 1) once set up
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=False),
    _text("name", default=None),
    _text("short_name"),
    _text("district"),
    _text("province"),
    _text("document_code"),
    _text("phone"),
    _text("website"),
    Column("digits", String(10), nullable=False, default="thai"),
    Column("emblem_mime", String(40)),
    Column("emblem_data", LargeBinary),
    CheckConstraint("pk = 1", name="single_row"),
    CheckConstraint("digits IN ('thai', 'arabic')", name="digits"),
    CheckConstraint("emblem_mime IS NULL OR emblem_mime IN ('image/png', 'image/svg+xml')", name="emblem"),
)

units = Table("units", metadata, _pk(), _code(required=False), _seq(), _text("name", default=None))

people = Table(
    "people",
    metadata,
    _pk(),
    _code(required=False),
    _seq(),
    _text("name", default=None),
    _text("title"),
    _text("position"),
    _text("acting"),
    _text("unit"),  # a unit's name, as printed
)

fiscal_years = Table(
    "fiscal_years",
    metadata,
    _pk(),
    Column("year", Integer, nullable=False, unique=True),  # Buddhist Era
    # The office's choices for the year's memos (added in 0004): "(ลงชื่อ)" before each signature, and the
    # attached report printed before the memo.
    Column("sign_prefix", Boolean, nullable=False, default=False, server_default=false()),
    Column("report_first", Boolean, nullable=False, default=False, server_default=false()),
    # The report tables leave out the columns no measure of the year fills (added in 0006); NULL: as the
    # office's layout.toml says.
    Column("omit_empty_columns", Boolean, nullable=True),
)

DOCUMENT_CHECK = "document IN ('plan', 'progress', 'results', 'analysis')"

document_contents = Table(
    "document_contents",  # the office's own content around one report of a year (added in 0004)
    metadata,
    _pk(),
    _parent("fiscal_year_pk", "fiscal_years.pk"),
    Column("document", String(20), nullable=False),
    _text("title"),  # "" = the ITA item's title
    _string_list("introduction"),  # paragraphs
    _text("note"),
    _string_list("title_page"),  # lines; [] = no title page
    Column("headings", String(10), nullable=False, default=""),
    UniqueConstraint("fiscal_year_pk", "document", name="uq_document_contents_year_document"),
    CheckConstraint(DOCUMENT_CHECK, name="document"),
    CheckConstraint("headings IN ('', 'section', 'part')", name="headings"),
)

ita_results = Table(
    "ita_results",  # the ITA result a fiscal year's plan answers (at most one per year)
    metadata,
    _pk(),
    Column("fiscal_year_pk", ForeignKey("fiscal_years.pk", ondelete="CASCADE"), nullable=False, unique=True),
    Column("assessed_year", Integer, nullable=False),
    Column("score", Float),
    _text("grade"),
    _string_list("recommendations"),
)

ita_part_scores = Table(
    "ita_part_scores",
    metadata,
    _pk(),
    _parent("result_pk", "ita_results.pk"),
    _seq(),
    Column("code", String(10), nullable=False),
    _text("name"),
    Column("score", Float),
)

ita_indicator_scores = Table(
    "ita_indicator_scores",
    metadata,
    _pk(),
    _parent("result_pk", "ita_results.pk"),
    _seq(),
    Column("number", Integer, nullable=False),
    _text("name", default=None),
    Column("part", String(10), nullable=False, default=""),
    Column("score", Float),
    _text("issue"),
)

measures = Table(
    "measures",
    metadata,
    _pk(),
    _code(),
    _parent("fiscal_year_pk", "fiscal_years.pk"),
    _seq(),
    _text("number", required=False, default=None),  # None: a running number is printed; "": none
    Column("part", String(10), nullable=False, default=""),
    _text("indicator"),
    _text("section"),
    _text("title", default=None),
    _string_list("steps"),
    _string_list("responsible"),
    _text("period"),
    Column("start", Date),
    Column("end", Date),
    _text("monitoring"),
    _text("reporting"),
    Column("status", String(20), nullable=False, default="not_started"),
    _text("outcome"),
    _text("problems"),
    _text("suggestions"),
    _string_list("evidence"),
    # Counts the writes of this measure (added in 0003): a window saves only what it changed since the version
    # it read, and sees when another program or PC wrote the measure meanwhile.
    Column("version", Integer, nullable=False, default=1, server_default="1"),
    CheckConstraint(STATUS_CHECK, name="status"),
)

status_changes = Table(
    "status_changes",
    metadata,
    _pk(),
    _parent("measure_pk", "measures.pk"),
    _seq(),
    Column("status", String(20), nullable=False),
    Column("date", Date),
    _text("note"),
    CheckConstraint(STATUS_CHECK, name="status"),
)

result_entries = Table(
    "result_entries",
    metadata,
    _pk(),
    _parent("measure_pk", "measures.pk"),
    _seq(),
    Column("date", Date),
    _text("text", default=None),
)

memos = Table(
    "memos",
    metadata,
    _pk(),
    _code(),
    _parent("fiscal_year_pk", "fiscal_years.pk"),
    _seq(),
    _text("unit"),
    _text("number"),
    Column("date", Date),
    _text("addressee"),  # the memo's "to" (a reserved word in SQL)
    _text("via"),
    _text("subject", default=None),
    _string_list("body"),
    # A person referenced by a memo cannot be deleted while the memo exists.
    _parent("author_pk", "people.pk", on_delete="RESTRICT", required=False),
    Column("attach_document", String(20)),
    Column("attach_round", Integer),
    CheckConstraint(
        "attach_document IS NULL OR attach_document IN ('plan', 'progress', 'results', 'analysis')",
        name="attach_document",
    ),
)

memo_approvals = Table(
    "memo_approvals",
    metadata,
    _pk(),
    _parent("memo_pk", "memos.pk"),
    _seq(),
    _parent("person_pk", "people.pk", on_delete="RESTRICT"),
    _text("heading"),
)

app_settings = Table(
    "app_settings",  # small settings that belong to the office's data rather than to one PC (added in 0002)
    metadata,
    Column("key", String(100), primary_key=True),
    _text("value"),
)

office_frameworks = Table(
    # An office's own ITA framework of an assessment year, which wins over the program's for that year: the
    # framework file's JSON (domain.framework.framework_dict), read back whole (added in 0005).
    "office_frameworks",
    metadata,
    Column("year", Integer, primary_key=True, autoincrement=False),
    Column("data", JSON, nullable=False),
)

change_counter = Table(
    "change_counter",  # one row (pk = 1) counting the committed writes of anything (added in 0003)
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=False),
    Column("value", Integer, nullable=False, default=0),
    CheckConstraint("pk = 1", name="single_row"),
)
