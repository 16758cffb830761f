#!/usr/bin/env python3
"""ejournal's bulk aggregation against pandas on the same data, in the same run.

10 M grades (1 … 12, about 100 per pupil, pupil ids sorted, numpy int64, fixed seed). Timed, as
the median of several runs with time.perf_counter():
  - ejournal.bulk_aggregate(method="mean", decimals=2): per-pupil mean, exact, rounded half-up;
  - ejournal.ua.bulk_suggest_semester: the per-pupil semester suggestion (a whole grade);
  - pandas: DataFrame.groupby("pupil")["grade"].mean() (float64).
The results are checked against each other before anything is printed. Target: ≥ 10× pandas.

Run from the repository root after building the library:
  EJOURNAL_LIBRARY=build-py/capi/libejournal.so.1 PYTHONPATH=bindings/python \\
      /usr/bin/python3 bench/python/bulk_vs_pandas.py
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
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
    frame = pandas.DataFrame({"pupil": pupils, "grade": grades})

    mean_seconds, bulk_mean = median_seconds(
        lambda: ejournal.bulk_aggregate(pupils, grades, method="mean", decimals=2),
        arguments.repeat)
    semester_seconds, semester = median_seconds(
        lambda: ejournal.ua.bulk_suggest_semester(pupils, grades), arguments.repeat)
    pandas_seconds, pandas_mean = median_seconds(
        lambda: frame.groupby("pupil")["grade"].mean(), arguments.repeat)
    check_agreement(bulk_mean, semester, pandas_mean)

    rows = arguments.rows
    print(f"{rows:,} grades, {len(bulk_mean):,} pupils (sorted ids), seed {arguments.seed}, "
          f"median of {arguments.repeat} runs")
    print(f"libejournal {ejournal.library_version_string()} ({ejournal.library_path}), "
          f"numpy {numpy.__version__}, pandas {pandas.__version__}, "
          f"Python {sys.version.split()[0]}")
    for name, seconds in [("ejournal bulk mean (exact, 2 decimals)", mean_seconds),
                          ("ejournal semester suggestion", semester_seconds),
                          ("pandas groupby().mean() (float64)", pandas_seconds)]:
        print(f"  {name:40s} {seconds * 1e3:9.2f} ms  {rows / seconds / 1e6:9.1f} M grades/s")
    print(f"  ratio mean/pandas     {pandas_seconds / mean_seconds:6.1f}x  (target >= 10x)")
    print(f"  ratio semester/pandas {pandas_seconds / semester_seconds:6.1f}x")
    print("  results agree: groups, exact half-up means, semester grades")
    return 0


if __name__ == "__main__":
    sys.exit(main())
