"""Rows as pandas DataFrames (ejournal.to_dataframe): named tuples, dataclasses and dicts keep
their field order and exact values; other rows and a missing pandas are refused clearly."""

import builtins
import dataclasses
import datetime
from fractions import Fraction
from typing import NamedTuple

import pytest

import ejournal
from ejournal.reports import Distribution, LevelShare

pandas = pytest.importorskip("pandas")


class Row(NamedTuple):
    level: str
    count: int


@dataclasses.dataclass(frozen=True)
class Record:
    day: datetime.date
    share: Fraction


def test_named_tuples_keep_their_field_order_and_values():
    frame = ejournal.to_dataframe([Row("high", 3), Row("average", 1)])
    assert list(frame.columns) == ["level", "count"]
    assert frame["count"].tolist() == [3, 1]


def test_dataclasses_keep_exact_values():
    frame = ejournal.to_dataframe([Record(datetime.date(2024, 9, 2), Fraction(1, 3))])
    assert list(frame.columns) == ["day", "share"]
    assert frame["share"][0] == Fraction(1, 3)
    assert frame["day"][0] == datetime.date(2024, 9, 2)


def test_dicts_and_chosen_columns():
    frame = ejournal.to_dataframe([{"a": 1, "b": 2}], columns=["b", "a"])
    assert list(frame.columns) == ["b", "a"]
    assert frame.iloc[0].tolist() == [2, 1]


def test_no_rows_give_an_empty_frame():
    assert ejournal.to_dataframe([]).empty


def test_a_distribution_converts_its_levels():
    distribution = Distribution([LevelShare("high", 2, Fraction(100))], 2, 0, Fraction(11))
    frame = distribution.to_dataframe()
    assert frame["level"].tolist() == ["high"]
    assert frame["percent"][0] == Fraction(100)


def test_other_rows_are_refused():
    with pytest.raises(TypeError, match="named tuple, a dataclass or a dict"):
        ejournal.to_dataframe([("high", 3)])
    with pytest.raises(TypeError):
        ejournal.to_dataframe([Record])


def test_without_pandas_the_error_says_what_to_install(monkeypatch):
    real_import = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas":
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match="python3-pandas"):
        ejournal.to_dataframe([Row("high", 3)])
