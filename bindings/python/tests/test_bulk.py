"""Bulk aggregation over buffers: results, zero-copy input, buffer checks, int32 columns,
numpy/pandas."""

import array
import gc
import random
from decimal import Decimal
from fractions import Fraction

import pytest

import ejournal
from ejournal import _buffers, bulk_aggregate, ffi, ua
from reference import reference_round

GROUPS = [1, 1, 2, 2, 2, 3]
VALUES = [10, 11, 7, 8, 9, 12]


def _list(column):
    return [int(value) for value in column]


def _random_rows(seed, rows, groups, low=1, high=12):
    generator = random.Random(seed)
    group_ids = sorted(generator.randrange(groups) for _ in range(rows))
    values = [generator.randint(low, high) for _ in range(rows)]
    return group_ids, values


def test_mean_per_group():
    result = bulk_aggregate(array.array("q", GROUPS), array.array("q", VALUES))
    assert len(result) == 3
    assert _list(result.groups) == [1, 2, 3]
    assert _list(result.counts) == [2, 3, 1]
    assert _list(result.sums) == [21, 24, 12]
    assert _list(result.weight_sums) == [2, 3, 1]
    assert _list(result.rounded) == [1050, 800, 1200]
    assert result.decimals == 2
    assert [bool(flag) for flag in result.has_value] == [True] * 3
    assert result.values() == [Decimal("10.50"), Decimal("8.00"), Decimal("12.00")]


def test_groups_come_in_order_of_first_appearance():
    result = bulk_aggregate([5, 3, 5, 3, 9], [1, 2, 3, 4, 5])
    assert _list(result.groups) == [5, 3, 9]
    assert _list(result.sums) == [4, 6, 5]


def test_skipped_rows_do_not_count():
    result = bulk_aggregate(GROUPS, VALUES, skip=bytes([0, 1, 0, 0, 0, 1]))
    assert _list(result.counts) == [1, 3, 0]
    assert _list(result.rounded) == [1000, 800, 0]
    assert [bool(flag) for flag in result.has_value] == [True, True, False]
    assert result.values() == [Decimal("10.00"), Decimal("8.00"), None]


def test_weights_and_scales():
    weighted = bulk_aggregate([1, 1], [10, 11], weights=[1, 3], method="weighted_mean")
    assert weighted.values() == [Decimal("10.75")]
    scaled = bulk_aggregate([1, 1], [10, 11], weights=[10, 30], weight_scale=1,
                            method="weighted_mean")
    assert scaled.values() == [Decimal("10.75")]
    assert _list(scaled.weight_sums) == [40]
    tenths = bulk_aggregate([1, 1], [95, 100], value_scale=1)
    assert tenths.values() == [Decimal("9.75")]
    assert _list(tenths.sums) == [195]


@pytest.mark.parametrize("method, expected", [
    ("sum", [21, 24, 12]), ("lowest", [10, 7, 12]), ("highest", [11, 9, 12]),
    ("mean", [Fraction(21, 2), 8, 12])])
def test_methods(method, expected):
    result = bulk_aggregate(GROUPS, VALUES, method=method, decimals=1)
    assert result.values() == [reference_round(Fraction(value), 1, "half_up")
                               for value in expected]


@pytest.mark.parametrize("method", ["median", "mode"])
def test_median_and_mode_are_unsupported_in_bulk(method):
    with pytest.raises(ejournal.UnsupportedError):
        bulk_aggregate(GROUPS, VALUES, method=method)


def test_rounded_column_agrees_with_an_exact_reference():
    generator = random.Random(42)
    for trial in range(40):
        groups, values = _random_rows(trial, generator.randint(1, 400), generator.randint(1, 30),
                                      -1000, 1000)
        decimals = generator.randint(0, 4)
        rounding = generator.choice(["half_up", "half_even", "floor", "ceiling"])
        result = bulk_aggregate(groups, values, decimals=decimals, rounding=rounding)
        by_group = {}
        for group, value in zip(groups, values):
            by_group.setdefault(group, []).append(value)
        assert _list(result.groups) == list(by_group)
        expected = [reference_round(Fraction(sum(rows), len(rows)), decimals, rounding)
                    for rows in by_group.values()]
        assert result.values() == expected


def test_value_range_is_checked():
    assert len(bulk_aggregate(GROUPS, VALUES, value_range=(1, 12))) == 3
    with pytest.raises(ejournal.InvalidError):
        bulk_aggregate(GROUPS, VALUES[:-1] + [13], value_range=(1, 12))


def test_bad_bulk_input():
    with pytest.raises(ejournal.InvalidError):
        bulk_aggregate([1, 1], [10, 11], weights=[1, -1], method="weighted_mean")
    with pytest.raises(ejournal.EmptyError):
        bulk_aggregate(array.array("q"), array.array("q"))
    with pytest.raises(ejournal.InvalidError):
        bulk_aggregate(GROUPS, VALUES, value_scale=10)
    with pytest.raises(ejournal.RangeError):
        bulk_aggregate([1, 1], [2**62, 2**62], method="sum")
    with pytest.raises(TypeError):
        bulk_aggregate(GROUPS, [1.5] * len(GROUPS))
    with pytest.raises(TypeError):
        bulk_aggregate(GROUPS, 7)


@pytest.mark.parametrize("argument", ["values", "weights", "skip"])
def test_columns_must_have_one_length(argument):
    columns = {"values": VALUES, "weights": [1] * len(GROUPS), "skip": bytes(len(GROUPS))}
    columns[argument] = columns[argument][:-1]
    with pytest.raises(ejournal.InvalidError, match=argument):
        bulk_aggregate(GROUPS, **columns)


def test_a_strided_memoryview_is_refused():
    data = array.array("q", VALUES * 2)
    with pytest.raises(ejournal.InvalidError, match="values.*contiguous"):
        bulk_aggregate(GROUPS, memoryview(data)[::2])


def test_a_memoryview_of_the_wrong_type_is_refused():
    with pytest.raises(ejournal.InvalidError, match="groups must hold int32_t or int64_t"):
        bulk_aggregate(array.array("h", GROUPS), VALUES)
    with pytest.raises(ejournal.InvalidError, match="values"):
        bulk_aggregate(GROUPS, array.array("d", VALUES))
    with pytest.raises(ejournal.InvalidError, match="skip"):
        bulk_aggregate(GROUPS, VALUES, skip=array.array("q", [0] * len(GROUPS)))


def test_array_buffers_are_read_in_place():
    data = array.array("q", VALUES)
    column, length = _buffers.int64_column(data, "values")
    assert length == len(VALUES)
    assert int(ffi.cast("intptr_t", column)) == data.buffer_info()[0]


def test_bulk_semester_suggestion():
    result = ua.bulk_suggest_semester(GROUPS, VALUES)
    assert result.decimals == 0
    assert _list(result.rounded) == [11, 8, 12]   # 10.5 → 11 half-up
    half_even = ua.bulk_suggest_semester(GROUPS, VALUES, rounding="half_even")
    assert _list(half_even.rounded) == [10, 8, 12]
    skipped = ua.bulk_suggest_semester(GROUPS, VALUES, skip=[0, 0, 1, 1, 1, 0])
    assert [bool(flag) for flag in skipped.has_value] == [True, False, True]


def test_bulk_semester_agrees_with_the_single_suggestion():
    groups, values = _random_rows(3, 2000, 80)
    result = ua.bulk_suggest_semester(groups, values)
    by_group = {}
    for group, value in zip(groups, values):
        by_group.setdefault(group, []).append(value)
    assert _list(result.rounded) == [ua.suggest_semester(rows).grade
                                     for rows in by_group.values()]


@pytest.mark.parametrize("bad", [0, 13, -4])
def test_bulk_semester_rejects_values_outside_1_to_12(bad):
    with pytest.raises(ejournal.InvalidError):
        ua.bulk_suggest_semester(GROUPS, VALUES[:-1] + [bad])


def test_columns_without_numpy_are_arrays(monkeypatch):
    monkeypatch.setattr(_buffers, "numpy", None)
    result = bulk_aggregate(GROUPS, VALUES)
    assert isinstance(result.groups, array.array) and result.groups.typecode == "q"
    assert isinstance(result.has_value, array.array)
    assert list(result.rounded) == [1050, 800, 1200]
    assert result.values()[0] == Decimal("10.50")


# ------------------------------------------------------------------------------ int32 columns

def _columns_of(result):
    return {column: list(getattr(result, column)) for column in
            ("groups", "counts", "sums", "weight_sums", "rounded", "has_value")}


def _outcome(call):
    """A bulk call's result columns, or its error type and message."""
    try:
        result = call()
    except ejournal.Error as error:
        return type(error), str(error)
    return _columns_of(result), result.decimals


def _int32_rows(seed, rows, groups, shuffle):
    group_ids, values = _random_rows(seed, rows, groups, -2000, 2000)
    if shuffle:
        random.Random(seed).shuffle(group_ids)
    generator = random.Random(seed + 1)
    weights = [generator.randint(0, 9) for _ in range(rows)]
    skip = bytes(generator.random() < 0.1 for _ in range(rows))
    return group_ids, values, weights, skip


@pytest.mark.parametrize("shuffle", [False, True])
@pytest.mark.parametrize("method", ["mean", "weighted_mean", "sum", "lowest", "highest"])
def test_int32_columns_give_the_int64_results(shuffle, method):
    groups, values, weights, skip = _int32_rows(5, 3000, 70, shuffle)
    for with_skip in (None, skip):
        for value_range in (None, (-2000, 2000), (-1990, 1990)):
            def run(typecode):
                return _outcome(lambda: bulk_aggregate(
                    array.array(typecode, groups), array.array(typecode, values),
                    weights=array.array(typecode, weights), skip=with_skip, value_scale=1,
                    weight_scale=1, method=method, decimals=3, value_range=value_range))
            assert run("i") == run("q")


def test_int32_errors_name_the_row_and_the_value():
    groups, values = array.array("i", GROUPS), array.array("i", VALUES[:-1] + [13])
    with pytest.raises(ejournal.InvalidError, match=r"row 5 \(group 3\): value 13"):
        bulk_aggregate(groups, values, value_range=(1, 12))
    with pytest.raises(ejournal.InvalidError, match="row 1 .*negative weight -1"):
        bulk_aggregate(groups, values, weights=array.array("i", [1, -1, 1, 1, 1, 1]),
                       method="weighted_mean")
    with pytest.raises(ejournal.InvalidError, match=r"row 5 \(group 3\): value 13"):
        ua.bulk_suggest_semester(groups, values)
    with pytest.raises(ejournal.EmptyError):
        bulk_aggregate(array.array("i"), array.array("i"))
    maxima = array.array("i", [2**31 - 1] * 3)
    with pytest.raises(ejournal.RangeError, match="overflows int64"):
        bulk_aggregate(maxima, maxima, weights=maxima, method="sum")


def test_int32_sums_are_exact_past_int32():
    maxima = array.array("i", [2**31 - 1] * 1000)
    result = bulk_aggregate(array.array("i", [7] * 1000), maxima, method="sum", decimals=0)
    assert _list(result.sums) == [1000 * (2**31 - 1)]
    assert result.values() == [Decimal(1000 * (2**31 - 1))]


def test_int32_semester_suggestion_matches_int64():
    groups, values = _random_rows(8, 2000, 90)
    skip = [int(row % 7 == 2) for row in range(len(groups))]
    for rounding in ("half_up", "half_even", "floor"):
        wide = ua.bulk_suggest_semester(groups, values, skip=skip, rounding=rounding)
        narrow = ua.bulk_suggest_semester(array.array("i", groups), array.array("i", values),
                                          skip=skip, rounding=rounding)
        assert _columns_of(narrow) == _columns_of(wide)


def test_int32_buffers_are_read_in_place():
    groups, values = array.array("i", GROUPS), array.array("i", VALUES)
    weights = array.array("i", [1] * len(GROUPS))
    ctype, columns, rows = _buffers.bulk_columns(groups, memoryview(values), weights)
    assert (ctype, rows) == ("int32_t", len(GROUPS))
    assert [int(ffi.cast("intptr_t", column)) for column in columns] == [
        data.buffer_info()[0] for data in (groups, values, weights)]
    assert ffi.typeof(columns[0]) is ffi.typeof("int32_t[]")


def test_lists_stay_int64():
    ctype, columns, rows = _buffers.bulk_columns(GROUPS, VALUES)
    assert (ctype, rows) == ("int64_t", len(GROUPS))
    assert columns[2] == ffi.NULL


@pytest.mark.parametrize("arguments, message", [
    ({"groups": array.array("i", GROUPS), "values": array.array("q", VALUES)},
     "groups and values must share one width, all int32 or all int64: groups is int32, "
     "values is int64"),
    ({"groups": array.array("i", GROUPS), "values": VALUES},
     "values is int64 (not a buffer: copied as int64)"),
    ({"groups": array.array("q", GROUPS), "values": array.array("q", VALUES),
      "weights": array.array("i", [1] * len(GROUPS))},
     "groups, values and weights must share one width, all int32 or all int64: groups is "
     "int64, values is int64, weights is int32"),
])
def test_mixed_widths_are_refused(arguments, message):
    with pytest.raises(ejournal.InvalidError) as caught:
        bulk_aggregate(**arguments)
    assert message in str(caught.value)
    if "weights" not in arguments:
        with pytest.raises(ejournal.InvalidError, match="must share one width"):
            ua.bulk_suggest_semester(**arguments)


def test_int32_columns_must_have_one_length():
    with pytest.raises(ejournal.InvalidError, match="weights has 5 rows, but groups has 6"):
        bulk_aggregate(array.array("i", GROUPS), array.array("i", VALUES),
                       weights=array.array("i", [1] * 5))


# ------------------------------------------------------------------------------ numpy

@pytest.fixture
def numpy():
    return pytest.importorskip("numpy")


def test_numpy_and_array_buffers_give_the_same_result(numpy):
    groups, values = _random_rows(9, 50_000, 500)
    from_numpy = bulk_aggregate(numpy.array(groups, dtype=numpy.int64),
                                numpy.array(values, dtype=numpy.int64))
    from_array = bulk_aggregate(array.array("q", groups), array.array("q", values))
    from_view = bulk_aggregate(memoryview(array.array("q", groups)),
                               memoryview(array.array("q", values)))
    for column in ("groups", "counts", "sums", "weight_sums", "rounded", "has_value"):
        expected = getattr(from_numpy, column).tolist()
        assert list(getattr(from_array, column)) == expected, column
        assert list(getattr(from_view, column)) == expected, column


def test_numpy_columns_are_typed_copies(numpy):
    result = bulk_aggregate(numpy.array(GROUPS, dtype=numpy.int64),
                            numpy.array(VALUES, dtype=numpy.int64))
    assert result.rounded.dtype == numpy.int64
    assert result.has_value.dtype == numpy.bool_
    assert result.rounded[result.has_value].tolist() == [1050, 800, 1200]
    gc.collect()
    result.rounded[0] = -1  # the copy is ours and writable; the C result is long gone
    assert result.rounded.tolist() == [-1, 800, 1200]


def test_numpy_arrays_are_read_in_place(numpy):
    data = numpy.arange(10, dtype=numpy.int64)
    column, length = _buffers.int64_column(data, "values")
    assert length == 10
    assert int(ffi.cast("intptr_t", column)) == data.ctypes.data
    readonly = numpy.arange(4, dtype=numpy.int64)
    readonly.flags.writeable = False
    assert bulk_aggregate(readonly, readonly, method="sum").sums.tolist() == [0, 1, 2, 3]


@pytest.mark.parametrize("dtype", ["float64", "uint64", "uint32", "int16", "int8"])
def test_numpy_arrays_of_the_wrong_dtype_are_refused(numpy, dtype):
    with pytest.raises(ejournal.InvalidError, match="values"):
        bulk_aggregate(numpy.array(GROUPS, dtype=numpy.int64), numpy.array(VALUES, dtype=dtype))


@pytest.mark.parametrize("width", [4, 8])
def test_numpy_byte_swapped_arrays_are_refused(numpy, width):
    order = ">" if numpy.little_endian else "<"
    swapped = numpy.array(VALUES).astype(f"{order}i{width}")
    native = numpy.array(GROUPS, dtype=f"=i{width}")
    with pytest.raises(ejournal.InvalidError, match="values"):
        bulk_aggregate(native, swapped)


def test_numpy_non_contiguous_and_2d_arrays_are_refused(numpy):
    wide = numpy.array(VALUES * 2, dtype=numpy.int64)
    with pytest.raises(ejournal.InvalidError, match="values.*contiguous"):
        bulk_aggregate(GROUPS, wide[::2])
    with pytest.raises(ejournal.InvalidError, match="groups.*one-dimensional"):
        bulk_aggregate(numpy.array([GROUPS, GROUPS], dtype=numpy.int64), VALUES)


def test_numpy_bool_and_uint8_masks(numpy):
    mask = numpy.array([False, True, False, False, False, True])
    from_bool = bulk_aggregate(GROUPS, VALUES, skip=mask)
    from_bytes = bulk_aggregate(GROUPS, VALUES, skip=mask.astype(numpy.uint8))
    assert from_bool.counts.tolist() == from_bytes.counts.tolist() == [1, 3, 0]
    with pytest.raises(ejournal.InvalidError, match="skip"):
        bulk_aggregate(GROUPS, VALUES, skip=mask.astype(numpy.int64))


def test_mean_reads_a_numpy_array(numpy):
    assert ejournal.mean(numpy.array([95, 100], dtype=numpy.int64), scale=1) == Decimal("9.75")


def test_pandas_series_are_read_in_place(numpy):
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame({"pupil": GROUPS, "grade": VALUES})
    column, length = _buffers.int64_column(frame["grade"], "values")
    assert length == len(VALUES)
    assert int(ffi.cast("intptr_t", column)) == frame["grade"].to_numpy().ctypes.data
    result = ua.bulk_suggest_semester(frame["pupil"], frame["grade"])
    assert result.rounded.tolist() == [11, 8, 12]
    with pytest.raises(ejournal.InvalidError, match="values"):
        bulk_aggregate(frame["pupil"], frame["grade"].astype("float64"))


def test_bulk_mean_agrees_with_pandas(numpy):
    pandas = pytest.importorskip("pandas")
    groups, values = _random_rows(17, 100_000, 1_000)
    frame = pandas.DataFrame({"group": groups, "grade": values})
    expected = frame.groupby("group")["grade"].agg(["mean", "sum", "count"])
    result = bulk_aggregate(frame["group"].to_numpy(), frame["grade"].to_numpy(), decimals=6)
    assert result.groups.tolist() == expected.index.tolist()
    assert result.sums.tolist() == expected["sum"].tolist()
    assert result.counts.tolist() == expected["count"].tolist()
    assert numpy.allclose(result.rounded / 10**6, expected["mean"].to_numpy(), rtol=0,
                          atol=5e-7)


def test_numpy_int32_arrays_are_read_in_place_and_agree(numpy):
    groups, values = _random_rows(21, 50_000, 400)
    groups32 = numpy.array(groups, dtype=numpy.int32)
    values32 = numpy.array(values, dtype=numpy.int32)
    ctype, columns, _ = _buffers.bulk_columns(groups32, values32)
    assert ctype == "int32_t"
    assert [int(ffi.cast("intptr_t", column)) for column in columns[:2]] == [
        groups32.ctypes.data, values32.ctypes.data]
    narrow = bulk_aggregate(groups32, values32, value_range=(1, 12))
    wide = bulk_aggregate(groups32.astype(numpy.int64), values32.astype(numpy.int64))
    assert _columns_of(narrow) == _columns_of(wide)
    semester = ua.bulk_suggest_semester(groups32, values32)
    assert semester.rounded.tolist() == ua.bulk_suggest_semester(groups, values).rounded.tolist()


def test_numpy_mixed_widths_name_the_dtypes(numpy):
    with pytest.raises(ejournal.InvalidError, match="groups is int32, values is int64"):
        bulk_aggregate(numpy.array(GROUPS, dtype=numpy.int32),
                       numpy.array(VALUES, dtype=numpy.int64))


def test_pandas_int32_series_are_read_in_place(numpy):
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame({"pupil": GROUPS, "grade": VALUES}).astype("int32")
    ctype, columns, _ = _buffers.bulk_columns(frame["pupil"], frame["grade"])
    assert ctype == "int32_t"
    assert int(ffi.cast("intptr_t", columns[1])) == frame["grade"].to_numpy().ctypes.data
    assert ua.bulk_suggest_semester(frame["pupil"], frame["grade"]).rounded.tolist() == [11, 8, 12]
