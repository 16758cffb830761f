"""The gradebook: Moodle's and Canvas's worked examples, weighted groups and periods, the
Ukrainian rules, the class-at-once form, letters, and errors mapped to exceptions."""

import re
from decimal import Decimal
from fractions import Fraction

import pytest

import ejournal
from ejournal.gradebook import (Category, Grade, Gradebook, GradingPeriod, Item, LetterScheme,
                                Outcome, canvas_letter, canvas_letter_score, compute,
                                compute_class, moodle_letter)


def moodle_book(aggregation, weights=(None, None, None)):
    """grading-and-interop.md §1.2: A1 = 70/100, A2 = 20/80, A3 = 10/10 in one category."""
    return Gradebook([Category("course", aggregation=aggregation)],
                     [Item(item_id, "course", max=maximum, weight=weight)
                      for item_id, maximum, weight in zip(("A1", "A2", "A3"), (100, 80, 10),
                                                          weights)])


MOODLE_SCORES = [70, 20, 10]


@pytest.mark.parametrize("aggregation, expected", [
    ("mean", 65), ("median", 70), ("lowest", 25), ("highest", 100),
    ("simple_weighted_mean", Fraction(1000, 19))])
def test_moodle_worked_example(aggregation, expected):
    result = compute(moodle_book(aggregation), MOODLE_SCORES)
    assert result.total == expected
    assert result.range == (0, 100)
    assert result.percent == expected


def test_moodle_mean_weights_and_contributions():
    result = compute(moodle_book("mean"), MOODLE_SCORES)
    assert result.percent_2dp == Decimal("65.00")
    assert [node.id for node in result.nodes] == ["course", "A1", "A2", "A3"]
    assert [node.is_category for node in result.nodes] == [True, False, False, False]
    assert all(node.outcome is Outcome.COUNTED and node.reason == "" for node in result.nodes)
    assert result.item("A2").value == 20
    assert [result.item(i).weight for i in ("A1", "A2", "A3")] == [Fraction(1, 3)] * 3
    assert result.item("A2").contribution == Fraction(1, 12)
    assert result.category("course").value == 65
    assert result.mark is None and result.periods == []


def test_moodle_weighted_mean_10_5_3():
    result = compute(moodle_book("weighted_mean", (10, 5, 3)), MOODLE_SCORES)
    assert result.total == Fraction(125, 2)
    assert result.percent_2dp == Decimal("62.50")
    assert [result.item(i).weight for i in ("A1", "A2", "A3")] == [
        Fraction(10, 18), Fraction(5, 18), Fraction(3, 18)]


def test_moodle_natural_100_of_190():
    result = compute(moodle_book("natural"), MOODLE_SCORES)
    assert (result.total, result.range) == (100, (0, 190))
    assert result.percent_2dp == Decimal("52.63")
    assert result.item("A1").weight == Fraction(10, 19)
    assert result.item("A1").contribution == Fraction(7, 19)


def test_moodle_empty_grades_excluded_or_at_minimum():
    excluded = compute(moodle_book("natural"), {"A1": 70, "A3": 10})
    assert (excluded.total, excluded.range) == (80, (0, 110))
    assert excluded.item("A2").outcome is Outcome.EMPTY_EXCLUDED
    assert excluded.item("A2").value is None
    assert excluded.item("A2").reason != ""
    book = moodle_book("natural")
    book.categories[0] = Category("course", exclude_empty=False)
    as_minimum = compute(book, [70, None, 10])
    assert (as_minimum.total, as_minimum.range) == (80, (0, 190))
    assert as_minimum.item("A2").outcome is Outcome.EMPTY_AS_ZERO


def canvas_drop_book():
    """The guide's example: 50/50, 65/100 and 12/24 with drop lowest 1."""
    return Gradebook([Category("course"), Category("assignments", "course", drop_lowest=1)],
                     [Item("essay", "assignments", max=50, order=101),
                      Item("test", "assignments", max=100, order=102),
                      Item("quiz", "assignments", max=24, order=103)])


def test_canvas_drop_lowest_drops_the_65_of_100():
    result = compute(canvas_drop_book(), [50, 65, 12], "canvas")
    assert (result.total, result.range) == (62, (0, 74))
    assert result.percent == Fraction(3100, 37)
    assert result.percent_2dp == Decimal("83.78")
    assert result.item("test").outcome is Outcome.DROPPED
    assert result.item("test").reason != ""
    assert result.item("essay").outcome is Outcome.COUNTED
    assert result.category("assignments").value == 62


def test_canvas_final_grade_counts_ungraded_as_zero():
    current = compute(canvas_drop_book(), [50, None, 12], "canvas")
    final = compute(canvas_drop_book(), [50, None, 12], "canvas", final_grade=True)
    assert final.percent == Fraction(3100, 37)
    assert final.item("test").outcome is Outcome.DROPPED
    assert current.percent != final.percent


def test_canvas_excused_is_left_out():
    result = compute(canvas_drop_book(), [50, Grade(65, excused=True), 12], "canvas")
    assert result.item("test").outcome is Outcome.EXCUSED


def test_canvas_weighted_groups_round_half_up_on_the_exact_value():
    # (95% × 30 + 90.3% × 10) × 100/40 = 93.825 → 93.83 (a double would give 93.82).
    book = Gradebook([Category("course"), Category("exams", "course", weight=30),
                      Category("homework", "course", weight=10)],
                     [Item("exam", "exams", max=20, order=1),
                      Item("homework", "homework", max=100, order=2)],
                     weighted_groups=True)
    result = compute(book, [19, 90.3], "canvas")
    assert result.percent == Fraction(3753, 40)
    assert result.percent_2dp == Decimal("93.83")


def test_canvas_weighted_periods():
    book = Gradebook([Category("course"), Category("work", "course")],
                     [Item("a", "work", max=10, order=1, period="autumn"),
                      Item("b", "work", max=40, order=2, period="spring"),
                      Item("c", "work", max=10, order=3)],
                     periods=[GradingPeriod("autumn", 25), GradingPeriod("spring", 75)],
                     weighted_periods=True)
    result = compute(book, [8, 30, 5], "canvas")
    assert result.percent == Fraction(305, 4)
    assert result.item("c").outcome is Outcome.OUTSIDE_PERIODS
    assert [(p.id, p.percent, p.score, p.possible) for p in result.periods] == [
        ("autumn", 80, 8, 10), ("spring", 75, 30, 40)]


def ukrainian_book():
    return Gradebook([Category("semester", name="I семестр"),
                      Category("topic1", "semester"), Category("topic2", "semester")],
                     [Item(item_id, topic, min=1, max=12) for item_id, topic in
                      [("t1a", "topic1"), ("t1b", "topic1"), ("t1c", "topic1"),
                       ("t2a", "topic2"), ("t2b", "topic2")]])


def test_ukrainian_topics_and_semester():
    result = compute(ukrainian_book(), [10, 11, 12, 9, 10], "ukrainian")
    assert result.category("topic1").value == 11
    assert result.category("topic2").value == 10   # 9.5 half-up
    assert result.total == 11                       # 10.5 half-up
    half_even = compute(ukrainian_book(), [10, 11, 12, 9, 10], "ukrainian",
                        rounding="half_even")
    assert (half_even.category("topic2").value, half_even.total) == (10, 10)


def test_ukrainian_without_grades_suggests_na():
    result = compute(ukrainian_book(), {}, "ukrainian")
    assert result.total is None
    assert result.mark == "н/а"


def test_class_at_once_equals_each_student():
    book = moodle_book("natural")
    students = [[70, 20, 10], {"A1": 100, "A3": 5}, [Grade(0, excluded=True), 80, 10]]
    for policy in ("moodle", "canvas"):
        together = compute_class(book, students, policy)
        assert together == [compute(book, grades, policy) for grades in students]
    moodle = compute_class(book, students)
    assert (moodle[2].total, moodle[2].range) == (90, (0, 90))
    assert moodle[2].item("A1").outcome is Outcome.EXCLUDED
    assert compute_class(book, []) == []


def test_letters():
    assert moodle_letter(93) == "A"
    assert moodle_letter(Fraction(9299, 100)) != "A"
    assert moodle_letter(-5) == "F" and moodle_letter(150) == "A"
    assert canvas_letter(Decimal("93.99995")) == "A"
    assert canvas_letter(88.6) == "B+"
    assert canvas_letter_score("A") == 100
    assert canvas_letter_score("B+") == 89
    assert len(LetterScheme.builtin("moodle").rows) == 11
    assert LetterScheme.builtin("canvas").rows[0] == ("A", 94)
    pass_fail = LetterScheme([("зар.", 50), ("не зар.", 0)])
    assert pass_fail.rows == [("зар.", 50), ("не зар.", 0)]
    assert moodle_letter(Fraction(1001, 20), pass_fail) == "зар."
    assert canvas_letter(Fraction(4999, 100), pass_fail) == "не зар."
    pass_only = LetterScheme([("зар.", 50)])
    assert (moodle_letter(10, pass_only), canvas_letter(10, pass_only)) == ("-", "зар.")


def test_letter_errors():
    with pytest.raises(ejournal.NotFoundError):
        canvas_letter_score("Z")
    with pytest.raises(ejournal.InvalidError, match="above the one before it"):
        LetterScheme([("A", 50), ("B", 60)])
    with pytest.raises(ejournal.InvalidError, match="empty"):
        LetterScheme([("", 0)])
    with pytest.raises(ejournal.InvalidError, match="count"):
        LetterScheme([])
    with pytest.raises(ejournal.InvalidError, match="which"):
        LetterScheme.builtin("ects")
    with pytest.raises(TypeError):
        moodle_letter(50, scheme=[("A", 0)])


@pytest.mark.parametrize("book, message", [
    (Gradebook([Category("course"), Category("a", "b"), Category("b", "a")]),
     "cycle through category 'a'"),
    (Gradebook([Category("course"), Category("orphan", "nowhere")]),
     "'orphan': its parent 'nowhere' does not exist"),
    (Gradebook([Category("course"), Category("unit", "course"), Category("unit", "course")]),
     "duplicate category id 'unit'"),
    (Gradebook([Category("course")], [Item("quiz", "course"), Item("quiz", "course")]),
     "duplicate item id 'quiz'"),
    (Gradebook([Category("course")], [Item("stray", "nowhere")]), "'stray'"),
    (Gradebook([Category("course"), Category("other")]), "two root categories"),
    (Gradebook([Category("course", drop_lowest=-1)]), "'course'"),
    (Gradebook([Category("course")], [Item("upside", "course", min=10, max=5)]), "'upside'"),
    (Gradebook([Category("course", drop_lowest=3)], [Item("a", "course"), Item("b", "course")]),
     "'course': its drop rules ask for 3 of 2 children"),
    (Gradebook([Category("course", aggregation="weighted_mean")],
               [Item("a", "course", weight=0), Item("b", "course", weight=0)]),
     "'course': the weights of its 2 children sum to zero"),
])
def test_malformed_trees_raise_invalid_naming_the_node(book, message):
    grades = [None] * len(book.items)
    for policy in ("moodle", "canvas", "ukrainian"):
        with pytest.raises(ejournal.InvalidError) as raised:
            compute(book, grades, policy)
        assert message in raised.value.message
        assert raised.value.klass is ejournal.ErrorClass.GRADING
        with pytest.raises(ejournal.InvalidError, match=re.escape(message)):
            compute_class(book, [grades, grades], policy)


def test_bad_arguments_raise_before_or_at_the_c_call():
    book = moodle_book("mean")
    with pytest.raises(ejournal.InvalidError, match="policy"):
        compute(book, MOODLE_SCORES, "blackboard")
    with pytest.raises(ejournal.InvalidError, match="aggregation"):
        compute(moodle_book("average"), MOODLE_SCORES)
    with pytest.raises(ejournal.InvalidError, match="not a finite number"):
        compute(book, [70, float("nan"), 10])
    with pytest.raises(ejournal.InvalidError, match="weight"):
        compute(moodle_book("weighted_mean", (1, float("inf"), 1)), MOODLE_SCORES)
    with pytest.raises(ejournal.InvalidError, match="3 items"):
        compute(book, [70, 20])
    with pytest.raises(ejournal.NotFoundError, match="'A9'"):
        compute(book, {"A9": 5})
    with pytest.raises(ejournal.InvalidError, match="surrogate"):
        compute(Gradebook([Category("\ud800")]), [])
    with pytest.raises(ejournal.InvalidError, match="rounding"):
        compute(book, MOODLE_SCORES, "ukrainian", rounding="up")
    with pytest.raises(ejournal.InvalidError):
        compute(ukrainian_book(), [13, None, None, None, None], "ukrainian")
    with pytest.raises(TypeError):
        compute(book, "70 20 10")
    with pytest.raises(TypeError):
        compute(Gradebook([Category("course", exclude_empty=1)]), [])
    with pytest.raises(TypeError):
        compute({"categories": []}, [])
