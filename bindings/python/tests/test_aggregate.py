"""Aggregation: Moodle's worked examples, policies, outcomes, properties and bad input."""

import array
import random
from decimal import Decimal
from fractions import Fraction

import pytest

import ejournal
from ejournal import GradeSet, Item, ItemUse, MarkFlag, Marks, aggregate
from reference import reference_round

# grading-and-interop.md §1.2: A1 = 70/100, A2 = 20/80, A3 = 10/10 on a 0…100 category.
MOODLE = [Item(70, 0, 100, label="A1"), Item(20, 0, 80, label="A2"),
          Item(10, 0, 10, label="A3")]


@pytest.mark.parametrize("method, expected", [
    ("mean", 65), ("median", 70), ("lowest", 25), ("highest", 100)])
def test_moodle_worked_examples(method, expected):
    result = aggregate(MOODLE, method=method)
    assert result.exact == expected
    assert result.value == Decimal(expected)
    assert str(result.value) == f"{expected}.00"
    assert result.range == (0, 100)


def test_moodle_weighted_mean_10_5_3():
    items = [Item(70, 0, 100, 10), Item(20, 0, 80, 5), Item(10, 0, 10, 3)]
    result = aggregate(items, method="weighted_mean")
    assert result.exact == Fraction(125, 2)
    assert result.value == Decimal("62.50")
    assert [outcome.share for outcome in result.items] == [Fraction(10, 18), Fraction(5, 18),
                                                           Fraction(3, 18)]


def test_moodle_mode_example():
    items = [Item(70, 0, 100), Item(35, 0, 50), Item(20, 0, 80), Item(10, 0, 10),
             Item(7, 0, 10)]
    assert aggregate(items, method="mode").exact == 70


def test_mode_tie_takes_the_highest():
    assert aggregate([10, 10, 20, 20, 5], method="mode").exact == 20


def test_median_of_an_even_count_is_the_mean_of_the_middle_two():
    assert aggregate([10, 40, 20, 30], method="median").exact == 25


def test_sum_is_raw_and_has_its_own_range():
    result = aggregate(MOODLE, method="sum")
    assert result.exact == 100
    assert result.range == (0, 190)


def test_mean_outcomes_share_equally():
    result = aggregate(MOODLE)
    assert [outcome.use for outcome in result.items] == [ItemUse.COUNTED] * 3
    assert [outcome.share for outcome in result.items] == [Fraction(1, 3)] * 3


def test_lowest_credits_the_chosen_item():
    result = aggregate(MOODLE, method="lowest")
    assert [outcome.share for outcome in result.items] == [0, 1, 0]


def test_empty_grades_excluded_or_at_minimum():
    items = [Item(None, 0, 100), Item(80, 0, 100)]
    excluded = aggregate(items)
    assert excluded.exact == 80
    assert excluded.items[0].use is ItemUse.EMPTY_EXCLUDED
    assert excluded.items[0].share == 0
    as_minimum = aggregate(items, empty="as_minimum")
    assert as_minimum.exact == 40
    assert as_minimum.items[0].use is ItemUse.EMPTY_AS_MINIMUM


def test_special_marks_do_not_count_by_default():
    result = aggregate([Item("н"), Item(80), Item("зв")])
    assert result.exact == 80
    assert [outcome.use for outcome in result.items] == [
        ItemUse.MARK_EXCLUDED, ItemUse.COUNTED, ItemUse.MARK_EXCLUDED]


def test_a_mark_that_counts_at_its_value_or_the_minimum():
    marks = Marks()
    marks.add("зошит", "notebook", MarkFlag.COUNTS_IN_AVERAGE, average_value=60)
    marks.add("пр", "counts as the minimum", MarkFlag.COUNTS_IN_AVERAGE)
    result = aggregate([Item("зошит"), Item(80)], marks=marks)
    assert result.exact == 70
    assert result.items[0].use is ItemUse.MARK_COUNTED
    assert aggregate([Item("пр", 20, 100), Item(80, 20, 100)], marks=marks,
                     target=(20, 100)).exact == 50


def test_zero_weight_under_a_weighted_mean():
    result = aggregate([Item(100, weight=0), Item(50, weight=2)], method="weighted_mean")
    assert result.exact == 50
    assert result.items[0].use is ItemUse.ZERO_WEIGHT


def test_values_are_normalised_and_mapped_to_the_target():
    result = aggregate([Item(6, 1, 12)])
    assert result.exact == Fraction(500, 11)
    assert result.value == Decimal("45.45")
    assert aggregate([10, 11, 12], target=(1, 12)).exact == 11


def test_decimals_and_rounding_of_the_value():
    items = [Item(2, 0, 3)]
    assert aggregate(items, decimals=3).value == Decimal("66.667")
    assert aggregate(items, decimals=3, rounding="floor").value == Decimal("66.666")
    assert aggregate(items, decimals=0).value == Decimal("67")
    assert aggregate(items, decimals=3).exact == Fraction(200, 3)


def test_a_grade_set_can_be_reused_and_cleared():
    grades = GradeSet(MOODLE)
    assert len(grades) == 3
    assert aggregate(grades).exact == 65
    assert aggregate(grades, method="highest").exact == 100
    grades.add(Item(0, 0, 100))
    assert aggregate(grades, method="lowest").exact == 0
    grades.clear()
    assert len(grades) == 0
    with pytest.raises(ejournal.EmptyError):
        aggregate(grades)


@pytest.mark.parametrize("items, message", [
    ([Item(float("nan"))], None),
    ([Item(float("inf"))], None),
    ([Item(50, float("-inf"), 100)], None),
    ([Item(101, 0, 100)], None),          # outside its range
    ([Item(-1, 0, 100)], None),
    ([Item(5, 10, 10)], None),            # max ≤ min
    ([Item(5, 10, 0)], None),
    ([Item(50, weight=-1)], None),        # negative weight
    ([Item("Ы")], None),                  # unknown mark
    ([Item(Fraction(1, 3))], "exactly"),  # not representable through the C API
    ([Item(1, label="\ud800")], "surrogate"),
])
def test_bad_items_are_invalid(items, message):
    with pytest.raises(ejournal.InvalidError) as raised:
        aggregate(items)
    if message:
        assert message in raised.value.message.lower()


def test_weights_summing_to_zero_are_invalid():
    with pytest.raises(ejournal.InvalidError):
        aggregate([Item(50, weight=0), Item(60, weight=0)], method="weighted_mean")


def test_an_exact_result_beyond_64_bits_is_a_range_error():
    items = [Item(1, 0, width) for width in (97, 89, 83, 79, 73, 71, 67, 61, 59, 53, 47, 43)]
    with pytest.raises(ejournal.RangeError):
        aggregate(items)


def test_a_bad_target_is_invalid():
    with pytest.raises(ejournal.InvalidError):
        aggregate([50], target=(100, 0))


@pytest.mark.parametrize("items", [[], [None, None], ["н", "н/а", "зв."], [Item("н"), None]])
def test_nothing_to_aggregate_is_empty(items):
    with pytest.raises(ejournal.EmptyError):
        aggregate(items)


@pytest.mark.parametrize("bad", [object(), True, b"10", [10], {"value": 10}])
def test_invalid_item_types(bad):
    with pytest.raises(TypeError):
        aggregate([10, bad])


def test_marks_must_be_a_dictionary():
    with pytest.raises(TypeError):
        aggregate([10], marks={"н": 0})


def _random_items(generator, count):
    """Grades on ranges of a few common widths, so that exact results fit 64-bit rationals."""
    items = []
    for _ in range(count):
        low = generator.randint(-50, 50)
        high = low + generator.choice([1, 4, 10, 12, 20, 50, 80, 100, 200])
        value = Fraction(generator.randint(low * 100, high * 100), 100)
        items.append(Item(value, low, high, generator.randint(0, 5) or 1))
    return items


def _exact_mean(items, target):
    normalised = [(Fraction(item.grade) - item.min) / (item.max - item.min) for item in items]
    return sum(normalised) / len(normalised) * (target[1] - target[0]) + target[0]


def test_properties_of_the_mean():
    generator = random.Random(1991)
    for _ in range(200):
        items = _random_items(generator, generator.randint(1, 12))
        target = (generator.randint(-10, 10), generator.randint(11, 120))
        decimals = generator.randint(0, 4)
        rounding = generator.choice(["half_up", "half_even", "floor", "ceiling"])
        result = aggregate(items, target=target, decimals=decimals, rounding=rounding)
        assert result.exact == _exact_mean(items, target)
        assert result.value == reference_round(result.exact, decimals, rounding)
        lowest = aggregate(items, method="lowest", target=target).exact
        highest = aggregate(items, method="highest", target=target).exact
        assert lowest <= result.exact <= highest
        assert target[0] <= result.exact <= target[1]
        assert sum(outcome.share for outcome in result.items) == 1


def test_aggregates_do_not_depend_on_the_order_of_grades():
    generator = random.Random(2024)
    methods = ["mean", "weighted_mean", "median", "mode", "lowest", "highest", "sum"]
    for _ in range(60):
        items = _random_items(generator, generator.randint(1, 9))
        shuffled = items[:]
        generator.shuffle(shuffled)
        for method in methods:
            assert aggregate(items, method=method).exact == \
                aggregate(shuffled, method=method).exact, method


def test_mean_of_scaled_integers():
    assert ejournal.mean([10, 11, 11]) == Decimal("10.67")
    assert ejournal.mean([95, 100], scale=1) == Decimal("9.75")
    assert ejournal.mean([95, 100], scale=1, decimals=1) == Decimal("9.8")
    assert ejournal.mean([95, 100], scale=1, decimals=1, rounding="half_even") == Decimal("9.8")
    assert ejournal.mean(array.array("q", [9, 10]), decimals=0) == Decimal("10")
    assert ejournal.mean(array.array("q", [9, 10]), decimals=0, rounding="floor") == Decimal("9")


def test_mean_agrees_with_an_exact_reference():
    generator = random.Random(5)
    for _ in range(300):
        values = [generator.randint(-10**6, 10**6) for _ in range(generator.randint(1, 40))]
        scale = generator.randint(0, 9)
        decimals = generator.randint(0, 6)
        exact = Fraction(sum(values), len(values)) / 10**scale
        assert ejournal.mean(values, scale, decimals) == reference_round(exact, decimals,
                                                                         "half_up")


def test_mean_bad_input():
    with pytest.raises(ejournal.EmptyError):
        ejournal.mean([])
    with pytest.raises(TypeError):
        ejournal.mean([1.5, 2])
    with pytest.raises(ejournal.InvalidError):
        ejournal.mean([1, 2], scale=10)
    with pytest.raises(ejournal.InvalidError, match="values"):
        ejournal.mean(array.array("i", [1, 2]))
