"""The office's own content of a year's documents, saved as a whole (the window's content dialog)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from itadesk.domain.model import YearContent
from itadesk.storage.loading import get_year_content  # read with plain queries
from itadesk.storage.lookup import year_row_or_new
from itadesk.storage.records_to_rows import year_content_to_row

__all__ = ["get_year_content", "save_year_content"]


def save_year_content(session: Session, year: int, content: YearContent) -> None:
    """Replace a year's content (the year is stored first when it is not yet)."""
    year_content_to_row(content, year_row_or_new(session, year))
    session.flush()
