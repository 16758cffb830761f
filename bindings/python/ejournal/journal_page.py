"""Journal pages: a course's page for a term (students in Ukrainian alphabetical order × the
term's lessons, then the undated columns — thematic, semester with the corrected column beside
it, annual …) and a class's summary page (students × subjects with semester, corrected and
annual grades), each exportable as CSV (RFC 4180) and as a printable HTML page that mirrors the
paper journal.

A course's page is for its teacher, the class teacher and the administration; the summary page
for the class teacher and the administration. `JournalPage.table()` gives plain rows, ready for
``page.to_dataframe()`` when pandas is present.

>>> import uuid, ejournal
>>> with ejournal.open("memory:") as store:
...     try:
...         ejournal.course_page(store, ejournal.Principal.system(), uuid.uuid4(), uuid.uuid4())
...     except ejournal.NotFoundError:
...         "no such course"
'no such course'
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Callable, Optional

from ._lib import check, decode_text, ffi, integer, lib, string_from, uuid_from_c, uuid_to_c
from ._services import principal_arg, store_arg
from .access import Principal
from .frames import to_dataframe
from .store import Store
from .store_records import COLUMN_KINDS, GENDERS, PUBLICATIONS, name_of, optional_uuid, py_date

__all__ = ["JournalPage", "PageColumn", "PageEntry", "PageRow", "class_summary", "course_page"]


@dataclass(frozen=True)
class PageColumn:
    """A lesson's dated column (`lesson_id`, `date`, `number`; `label` is its topic), or an
    undated one (`label`: "Тема 2", "I семестр"); `subject` on the class summary page."""

    kind: str
    lesson_id: Optional[uuid.UUID]
    date: Optional[datetime.date]
    number: int
    label: str
    homework: str
    subject_id: Optional[uuid.UUID]
    subject: str
    heading: str

    @classmethod
    def from_c(cls, c: Any) -> "PageColumn":
        return cls(name_of(COLUMN_KINDS, c.kind), optional_uuid(c.lesson), py_date(c.date),
                   c.number, decode_text(c.label), decode_text(c.homework),
                   optional_uuid(c.subject), decode_text(c.subject_name), decode_text(c.heading))


@dataclass(frozen=True)
class PageRow:
    """A student's row; `departed` is the last day in the class of one who left."""

    student_id: uuid.UUID
    surname: str
    given_name: str
    patronymic: str
    gender: Optional[str]
    departed: Optional[datetime.date]

    @classmethod
    def from_c(cls, c: Any) -> "PageRow":
        gender = name_of(GENDERS, c.gender) if c.gender >= 0 else None
        return cls(uuid_from_c(c.student), decode_text(c.surname), decode_text(c.given_name),
                   decode_text(c.patronymic), gender, py_date(c.departed))


@dataclass(frozen=True)
class PageEntry:
    """One thing written in the cell (`row`, `column`): a grade (`value` exact, or a special
    `mark`) with its publication, or an `attendance` code."""

    row: int
    column: int
    value: Optional[Fraction]
    mark: str
    publication: str
    attendance: str

    @classmethod
    def from_c(cls, c: Any) -> "PageEntry":
        value = Fraction(c.value_num, c.value_den) if c.has_value else None
        return cls(c.row, c.column, value, decode_text(c.mark),
                   name_of(PUBLICATIONS, c.publication), decode_text(c.attendance))


def _each(handle: Any, ctype: str, count: int, get: Callable[..., int],
          convert: Callable[[Any], Any]) -> tuple:
    out = ffi.new(f"const {ctype} **")
    items = []
    for index in range(count):
        check(get(out, handle, index))
        items.append(convert(out[0]))
    return tuple(items)


class JournalPage:
    """A page read from the store: its heading, columns, rows (in Ukrainian alphabetical order)
    and entries (by row, then column). Immutable."""

    def __init__(self, handle: Any) -> None:
        self._handle = ffi.gc(handle, lib.ej_journal_page_free)
        info = ffi.new("const ej_journal_page_info **")
        check(lib.ej_journal_page_info_get(info, self._handle))
        self.title: str = decode_text(info[0].title)
        self.teacher: str = decode_text(info[0].teacher)
        self.period: str = decode_text(info[0].period)
        self.first: datetime.date = py_date(info[0].first)
        self.last: datetime.date = py_date(info[0].last)
        self.columns: tuple[PageColumn, ...] = _each(
            self._handle, "ej_journal_page_column", info[0].column_count,
            lib.ej_journal_page_column_get, PageColumn.from_c)
        self.rows: tuple[PageRow, ...] = _each(
            self._handle, "ej_journal_page_row", info[0].row_count, lib.ej_journal_page_row_get,
            PageRow.from_c)
        self.entries: tuple[PageEntry, ...] = _each(
            self._handle, "ej_journal_page_entry", info[0].entry_count,
            lib.ej_journal_page_entry_get, PageEntry.from_c)

    def __repr__(self) -> str:
        return (f"JournalPage(title={self.title!r}, period={self.period!r}, "
                f"rows={len(self.rows)}, columns={len(self.columns)})")

    def cell_text(self, row: int, column: int) -> str:
        """The cell as the page prints it: the attendance code, then the grades ("10", "9,5",
        a mark), drafts in parentheses. RangeError outside the page."""
        return string_from(lambda out: lib.ej_journal_page_cell_text(
            out, self._handle, integer(row, "row", 64), integer(column, "column", 64)))

    def table(self) -> list[dict[str, str]]:
        """One dict per student: "№", "Учень" (surname, given name, patronymic) and each column's
        heading → the cell's text."""
        rows = []
        for index, row in enumerate(self.rows):
            name = " ".join(part for part in (row.surname, row.given_name, row.patronymic) if part)
            record = {"№": str(index + 1), "Учень": name}
            for position, column in enumerate(self.columns):
                record[column.heading] = self.cell_text(index, position)
            rows.append(record)
        return rows

    def to_dataframe(self) -> Any:
        """table() as a pandas DataFrame (ejournal.to_dataframe): one row per student."""
        return to_dataframe(self.table())

    def to_csv(self) -> str:
        """The page as CSV (RFC 4180, CRLF line ends), formulas defused."""
        return string_from(lambda out: lib.ej_journal_page_csv(out, self._handle))

    def to_html(self) -> str:
        """The page as a self-contained printable HTML document: every text escaped, no scripts,
        no external resources."""
        return string_from(lambda out: lib.ej_journal_page_html(out, self._handle))


def _read(call: Callable[[Any], int]) -> JournalPage:
    out = ffi.new("ej_journal_page **")
    check(call(out))
    return JournalPage(out[0])


def course_page(store: Store, principal: Principal, institution: uuid.UUID, course: uuid.UUID,
                term: int = 0) -> JournalPage:
    """The page of `course` for the year's `term` (0 for the first). NotFoundError for an unknown
    course; RangeError for a term the year does not have; PermissionDeniedError unless the
    principal may read the course's journal."""
    return _read(lambda out: lib.ej_journal_page_course(out, store_arg(store),
                                                        principal_arg(principal),
                                                        uuid_to_c(institution), uuid_to_c(course),
                                                        integer(term, "term")))


def class_summary(store: Store, principal: Principal, institution: uuid.UUID,
                  school_class: uuid.UUID) -> JournalPage:
    """The summary page of `school_class` for its academic year. NotFoundError for an unknown
    class; PermissionDeniedError unless the principal may read the class's summary."""
    return _read(lambda out: lib.ej_journal_page_class_summary(out, store_arg(store),
                                                               principal_arg(principal),
                                                               uuid_to_c(institution),
                                                               uuid_to_c(school_class)))
