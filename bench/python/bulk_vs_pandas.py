#!/usr/bin/env python3
"""ejournal's bulk aggregation against pandas on the same data, in the same run.

10 M grades (1 … 12, about 100 per pupil, pupil ids sorted, fixed seed), held once as numpy int64
and once as numpy int32 columns. For each width, timed as the median of several runs with
time.perf_counter():
  - ejournal.bulk_aggregate(method="mean", decimals=2): per-pupil mean, exact, rounded half-up;
  - ejournal.ua.bulk_suggest_semester: the per-pupil semester suggestion (a whole grade);
  - pandas: DataFrame.groupby("pupil")["grade"].mean() (float64) over the same columns.
The results are checked against each other, and the int32 results against the int64 ones, before
anything is printed. Target: ≥ 10× pandas.

Run from the repository root after building the library:
  EJOURNAL_LIBRARY=build-py/capi/libejournal.so.1 PYTHONPATH=bindings/python \\
      /usr/bin/python3 bench/python/bulk_vs_pandas.py
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass
from typing import Any, Callable

import numpy
import pandas

import ejournal


def make_grades(rows: int, per_group: int, seed: int) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Sorted pupil ids (about `per_group` rows each) and grades 1 … 12, both int64."""
    generator = numpy.random.default_rng(seed)
    pupils = numpy.sort(generator.integers(0, rows // per_group, size=rows, dtype=numpy.int64))
    grades = generator.integers(1, 13, size=rows, dtype=numpy.int64)
    return pupils, grades


def median_seconds(function: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The median wall time of `repeat` calls of `function`, and its last result."""
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def check_agreement(bulk_mean: Any, semester: Any, pandas_mean: pandas.Series) -> None:
    """Fails loudly unless the three computations agree, group by group."""
    pupils = pandas_mean.index.to_numpy()
    means = pandas_mean.to_numpy()
    counts, sums = bulk_mean.counts, bulk_mean.sums
    if not (numpy.array_equal(bulk_mean.groups, pupils)
            and numpy.array_equal(semester.groups, pupils)):
        raise SystemExit("the groups differ from pandas'")
    # Exact half-up of sum / count in integers (all values are positive).
    if not numpy.array_equal(bulk_mean.rounded, (200 * sums + counts) // (2 * counts)):
        raise SystemExit("the rounded means are not the exact half-up means")
    if numpy.abs(bulk_mean.rounded / 100 - means).max() > 0.005 + 1e-9:
        raise SystemExit("the means differ from pandas' by more than the rounding")
    # A tie k + 0.5 is exact in float64 and any other mean is ≥ 1/(2·count) away from one, so
    # floor(mean + 0.5) of pandas' float is the exact half-up whole grade.
    if not numpy.array_equal(semester.rounded, numpy.floor(means + 0.5).astype(numpy.int64)):
        raise SystemExit("the semester suggestions differ from pandas' rounded means")


@dataclass
class WidthRun:
    """The timings and results over columns of one integer width."""

    width: str
    mean_seconds: float
    semester_seconds: float
    pandas_seconds: float
    bulk_mean: Any
    semester: Any


def run_width(pupils: numpy.ndarray, grades: numpy.ndarray, dtype: Any,
              repeat: int) -> WidthRun:
    """Times ejournal and pandas over `pupils` and `grades` as `dtype` columns, checks that they
    agree, and returns the medians and ejournal's results."""
    pupils = pupils.astype(dtype, copy=False)
    grades = grades.astype(dtype, copy=False)
    frame = pandas.DataFrame({"pupil": pupils, "grade": grades})
    mean_seconds, bulk_mean = median_seconds(
        lambda: ejournal.bulk_aggregate(pupils, grades, method="mean", decimals=2), repeat)
    semester_seconds, semester = median_seconds(
        lambda: ejournal.ua.bulk_suggest_semester(pupils, grades), repeat)
    pandas_seconds, pandas_mean = median_seconds(
        lambda: frame.groupby("pupil")["grade"].mean(), repeat)
    check_agreement(bulk_mean, semester, pandas_mean)
    return WidthRun(numpy.dtype(dtype).name, mean_seconds, semester_seconds, pandas_seconds,
                    bulk_mean, semester)


def check_widths_agree(wide: WidthRun, narrow: WidthRun) -> None:
    """Fails loudly unless the int32 results are the int64 results, column by column."""
    for name in ("bulk_mean", "semester"):
        for column in ("groups", "counts", "sums", "weight_sums", "rounded", "has_value"):
            if not numpy.array_equal(getattr(getattr(wide, name), column),
                                     getattr(getattr(narrow, name), column)):
                raise SystemExit(f"{name}.{column} differs between int64 and int32 columns")


def main(argv: list[str] | None = None) -> int:
    """Runs the comparison and prints grades per second and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--per-group", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=7, help="runs per timing (≥ 5)")
    parser.add_argument("--seed", type=int, default=20240901)
    arguments = parser.parse_args(argv)
    if arguments.repeat < 5:
        parser.error("--repeat must be at least 5")

    pupils, grades = make_grades(arguments.rows, arguments.per_group, arguments.seed)
    runs = [run_width(pupils, grades, dtype, arguments.repeat)
            for dtype in (numpy.int64, numpy.int32)]
    check_widths_agree(*runs)

    rows = arguments.rows
    print(f"{rows:,} grades, {len(runs[0].bulk_mean):,} pupils (sorted ids), "
          f"seed {arguments.seed}, median of {arguments.repeat} runs")
    print(f"libejournal {ejournal.library_version_string()} ({ejournal.library_path}), "
          f"numpy {numpy.__version__}, pandas {pandas.__version__}, "
          f"Python {sys.version.split()[0]}")
    for run in runs:
        print(f" {run.width} columns")
        for name, seconds in [("ejournal bulk mean (exact, 2 decimals)", run.mean_seconds),
                              ("ejournal semester suggestion", run.semester_seconds),
                              ("pandas groupby().mean() (float64)", run.pandas_seconds)]:
            print(f"  {name:40s} {seconds * 1e3:9.2f} ms  {rows / seconds / 1e6:9.1f} M grades/s")
    for run in runs:
        print(f"  {run.width}: ratio mean/pandas     "
              f"{run.pandas_seconds / run.mean_seconds:6.1f}x  (target >= 10x)")
        print(f"  {run.width}: ratio semester/pandas "
              f"{run.pandas_seconds / run.semester_seconds:6.1f}x")
    print("  results agree: groups, exact half-up means, semester grades; int32 = int64")
    return 0


if __name__ == "__main__":
    sys.exit(main())
