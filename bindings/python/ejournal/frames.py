"""Rows as pandas DataFrames: one conversion for every list of rows the package returns (named
tuples, dataclasses, dicts) — ``ejournal.to_dataframe(week.grades)`` — and the to_dataframe()
methods of the reports that hold one main table (ClassAttendance, JournalPage, Distribution).
pandas is optional: the package imports it only when asked.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterable, Optional, Sequence

__all__ = ["to_dataframe"]


def _record(row: Any) -> dict:
    """One row as a dict of its fields, in their declared order."""
    if isinstance(row, dict):
        return dict(row)
    if hasattr(row, "_asdict"):
        return dict(row._asdict())
    if dataclasses.is_dataclass(row) and not isinstance(row, type):
        return {field.name: getattr(row, field.name) for field in dataclasses.fields(row)}
    raise TypeError(f"a row must be a named tuple, a dataclass or a dict, not {type(row).__name__}")


def to_dataframe(rows: Iterable[Any], columns: Optional[Sequence[str]] = None) -> Any:
    """`rows` as a pandas DataFrame with one column per field (in the rows' field order, or
    `columns`). Values stay as the package returns them: exact Fractions, dates, UUIDs.
    ImportError saying so when pandas is not installed; TypeError for a row of another kind."""
    records = [_record(row) for row in rows]
    try:
        import pandas  # pylint: disable=import-outside-toplevel
    except ImportError as missing:
        raise ImportError("to_dataframe needs pandas (Debian: apt install python3-pandas)") \
            from missing
    return pandas.DataFrame.from_records(records, columns=columns)
