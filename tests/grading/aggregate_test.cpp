// The aggregation core (grading-and-interop.md §1.1, §1.2).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "ejournal/grading/aggregate.hpp"
#include "test_support.hpp"

namespace ejournal::grading {
namespace {

using testing::dec;
using testing::fails_with;
using testing::frac;

Item graded(Rational value, Rational max, Rational weight = 1, std::string label = {}) {
  return Item{Grade::of(value, std::move(label)), 0, max, weight};
}

Item marked(std::string mark, Rational min = 0, Rational max = 100) {
  return Item{Grade::special(std::move(mark)), min, max, 1};
}

Item empty_item(Rational min = 0, Rational max = 100) {
  return Item{Grade::empty(), min, max, 1};
}

AggregateOptions with(Method method) {
  AggregateOptions options;
  options.method = method;
  return options;
}

// The help-file example: A1 = 70/100, A2 = 20/80, A3 = 10/10, category range 0..100.
std::vector<Item> moodle_items() {
  return {graded(70, 100, 10, "A1"), graded(20, 80, 5, "A2"), graded(10, 10, 3, "A3")};
}

TEST(Aggregate, MoodleWorkedExample) {
  const std::vector<Item> items = moodle_items();
  EXPECT_EQ(aggregate(items, with(Method::mean)).value, Rational(65));
  EXPECT_EQ(aggregate(items, with(Method::weighted_mean)).value, dec("62.5"));
  EXPECT_EQ(aggregate(items, with(Method::median)).value, Rational(70));
  EXPECT_EQ(aggregate(items, with(Method::lowest)).value, Rational(25));
  EXPECT_EQ(aggregate(items, with(Method::highest)).value, Rational(100));
}

TEST(Aggregate, MoodleSumIsAHundredOutOfOneNinety) {
  std::vector<Item> items = moodle_items();
  for (Item& item : items) item.weight = 1;
  const AggregateResult result = aggregate(items, with(Method::sum));
  EXPECT_EQ(result.value, Rational(100));
  EXPECT_EQ(result.range_min, Rational(0));
  EXPECT_EQ(result.range_max, Rational(190));
  EXPECT_EQ(result.normalised, frac(10, 19));
  EXPECT_EQ(result.items[0].share, frac(1, 3));
}

TEST(Aggregate, MoodleModeExample) {
  const std::vector<Item> items = {graded(70, 100), graded(35, 50), graded(20, 80), graded(10, 10),
                                   graded(7, 10)};
  const AggregateResult result = aggregate(items, with(Method::mode));
  EXPECT_EQ(result.value, Rational(70));
  // The three items at 0.7 share the result.
  EXPECT_EQ(result.items[0].share, frac(1, 3));
  EXPECT_EQ(result.items[1].share, frac(1, 3));
  EXPECT_EQ(result.items[4].share, frac(1, 3));
  EXPECT_EQ(result.items[2].share, Rational(0));
}

TEST(Aggregate, ReportsHowEachItemTookPart) {
  const std::vector<Item> items = moodle_items();
  const AggregateResult mean = aggregate(items, with(Method::mean));
  ASSERT_EQ(mean.items.size(), 3u);
  EXPECT_EQ(mean.normalised, frac(13, 20));
  EXPECT_EQ(mean.range_min, Rational(0));
  EXPECT_EQ(mean.range_max, Rational(100));
  EXPECT_EQ(mean.items[1].use, ItemUse::counted);
  EXPECT_EQ(mean.items[1].normalised, frac(1, 4));
  EXPECT_EQ(mean.items[1].share, frac(1, 3));

  const AggregateResult weighted = aggregate(items, with(Method::weighted_mean));
  EXPECT_EQ(weighted.items[0].share, frac(10, 18));
  EXPECT_EQ(weighted.items[2].share, frac(3, 18));

  const AggregateResult median = aggregate(items, with(Method::median));
  EXPECT_EQ(median.items[0].share, Rational(1));
  EXPECT_EQ(median.items[1].share, Rational(0));
}

TEST(Aggregate, MedianOfAnEvenCountIsTheMeanOfTheMiddleTwo) {
  const std::vector<Item> items = {graded(4, 12), graded(10, 12), graded(7, 12), graded(12, 12)};
  AggregateOptions options = with(Method::median);
  options.target_max = 12;
  const AggregateResult result = aggregate(items, options);
  EXPECT_EQ(result.value, dec("8.5"));
  EXPECT_EQ(result.items[1].share, frac(1, 2));
  EXPECT_EQ(result.items[2].share, frac(1, 2));
  EXPECT_EQ(result.items[0].share, Rational(0));
}

TEST(Aggregate, ModeTieGoesToTheHighestValue) {
  const std::vector<Item> items = {graded(5, 10), graded(8, 10), graded(5, 10), graded(8, 10),
                                   graded(2, 10)};
  EXPECT_EQ(aggregate(items, with(Method::mode)).value, Rational(80));
  const std::vector<Item> all_different = {graded(3, 10), graded(9, 10), graded(6, 10)};
  EXPECT_EQ(aggregate(all_different, with(Method::mode)).value, Rational(90));
}

TEST(Aggregate, LowestSharedByTiedItems) {
  const std::vector<Item> items = {graded(5, 10), graded(50, 100), graded(9, 10)};
  const AggregateResult result = aggregate(items, with(Method::lowest));
  EXPECT_EQ(result.value, Rational(50));
  EXPECT_EQ(result.items[0].share, frac(1, 2));
  EXPECT_EQ(result.items[1].share, frac(1, 2));
  EXPECT_EQ(result.items[2].share, Rational(0));
}

TEST(Aggregate, MapsToTheTargetRange) {
  AggregateOptions options = with(Method::mean);
  options.target_min = 1;
  options.target_max = 12;
  // Normalised 0.65 on 1..12 is 1 + 0.65 × 11 = 8.15.
  EXPECT_EQ(aggregate(moodle_items(), options).value, dec("8.15"));
}

TEST(Aggregate, EmptyGradesExcludedOrAtMinimum) {
  const std::vector<Item> items = {graded(70, 100), empty_item(0, 100)};
  const AggregateResult excluded = aggregate(items, with(Method::mean));
  EXPECT_EQ(excluded.value, Rational(70));
  EXPECT_EQ(excluded.items[1].use, ItemUse::empty_excluded);
  EXPECT_FALSE(excluded.items[1].normalised.has_value());
  EXPECT_EQ(excluded.items[1].share, Rational(0));

  AggregateOptions options = with(Method::mean);
  options.empty = EmptyPolicy::as_minimum;
  const AggregateResult as_minimum = aggregate(items, options);
  EXPECT_EQ(as_minimum.value, Rational(35));
  EXPECT_EQ(as_minimum.items[1].use, ItemUse::empty_as_minimum);
  EXPECT_EQ(as_minimum.items[1].normalised, Rational(0));
}

TEST(Aggregate, SpecialMarksDoNotCountUnlessTheDictionarySaysSo) {
  const std::vector<Item> items = {graded(9, 12), marked("н", 0, 12), marked("звільнена", 0, 12)};
  AggregateOptions options = with(Method::mean);
  options.target_max = 12;
  const AggregateResult result = aggregate(items, options);
  EXPECT_EQ(result.value, Rational(9));
  EXPECT_EQ(result.items[1].use, ItemUse::mark_excluded);
  EXPECT_EQ(result.items[2].use, ItemUse::mark_excluded);

  MarkDictionary marks = MarkDictionary::ukrainian();
  SpecialMark studied;
  studied.code = "вивч";
  studied.counts_in_average = true;
  studied.average_value = Rational(6);
  marks.add(studied);
  SpecialMark zero;
  zero.code = "0";
  zero.counts_in_average = true;
  marks.add(zero);
  options.marks = &marks;
  const std::vector<Item> counted = {graded(9, 12), marked("вивч", 0, 12), marked("0", 0, 12)};
  const AggregateResult with_marks = aggregate(counted, options);
  EXPECT_EQ(with_marks.value, Rational(5));  // (9 + 6 + 0) / 3
  EXPECT_EQ(with_marks.items[1].use, ItemUse::mark_counted);
  EXPECT_EQ(with_marks.items[2].normalised, Rational(0));
}

TEST(Aggregate, ZeroWeightLeavesWeightedMethodsOnly) {
  const std::vector<Item> items = {graded(100, 100, 0), graded(50, 100, 1)};
  const AggregateResult weighted = aggregate(items, with(Method::weighted_mean));
  EXPECT_EQ(weighted.value, Rational(50));
  EXPECT_EQ(weighted.items[0].use, ItemUse::zero_weight);
  EXPECT_EQ(weighted.items[0].share, Rational(0));
  const AggregateResult sum = aggregate(items, with(Method::sum));
  EXPECT_EQ(sum.value, Rational(50));
  EXPECT_EQ(sum.range_max, Rational(100));
  // Plain mean ignores weights.
  EXPECT_EQ(aggregate(items, with(Method::mean)).value, Rational(75));
}

TEST(Aggregate, WeightedSumUsesWeightedRange) {
  const std::vector<Item> items = {graded(8, 10, 2), graded(3, 5, dec("0.5"))};
  const AggregateResult result = aggregate(items, with(Method::sum));
  EXPECT_EQ(result.value, dec("17.5"));
  EXPECT_EQ(result.range_max, dec("22.5"));
  EXPECT_EQ(result.items[0].share, frac(4, 5));
}

TEST(Aggregate, RejectsInvalidItemsNamingThem) {
  const std::vector<Item> out_of_range = {graded(5, 12),
                                          Item{Grade::of(13, "Контрольна"), 1, 12, 1}};
  EXPECT_TRUE(fails_with([&] { aggregate(out_of_range); }, Errc::invalid,
                         {"item 1", "'Контрольна'", "value 13", "1..12"}));
  const std::vector<Item> empty_range = {Item{Grade::of(5), 10, 10, 1}};
  EXPECT_TRUE(fails_with([&] { aggregate(empty_range); }, Errc::invalid, {"item 0", "10..10"}));
  const std::vector<Item> negative_weight = {graded(5, 10, -1)};
  EXPECT_TRUE(fails_with([&] { aggregate(negative_weight, with(Method::weighted_mean)); },
                         Errc::invalid, {"negative weight -1"}));
  const std::vector<Item> unknown_mark = {graded(5, 10), marked("хв")};
  EXPECT_TRUE(fails_with([&] { aggregate(unknown_mark); }, Errc::invalid, {"item 1", "'хв'"}));
  Item both = graded(5, 10);
  both.grade.mark = "н";
  const std::vector<Item> value_and_mark = {both};
  EXPECT_TRUE(fails_with([&] { aggregate(value_and_mark); }, Errc::invalid, {"both", "'н'"}));
  const std::vector<Item> below = {graded(dec("-0.5"), 10)};
  EXPECT_TRUE(fails_with([&] { aggregate(below); }, Errc::invalid, {"-0.5"}));
}

TEST(Aggregate, RejectsCountingMarkValuedOutsideTheItemRange) {
  MarkDictionary marks;
  SpecialMark bonus;
  bonus.code = "+";
  bonus.counts_in_average = true;
  bonus.average_value = Rational(20);
  marks.add(bonus);
  AggregateOptions options;
  options.marks = &marks;
  const std::vector<Item> items = {marked("+", 0, 12)};
  EXPECT_TRUE(fails_with([&] { aggregate(items, options); }, Errc::invalid, {"'+'", "20"}));
}

TEST(Aggregate, WeightsSummingToZeroAreInvalid) {
  const std::vector<Item> items = {graded(5, 10, 0, "Тест"), graded(7, 10, 0)};
  EXPECT_TRUE(fails_with([&] { aggregate(items, with(Method::weighted_mean)); }, Errc::invalid,
                         {"sum to zero", "item 0 ('Тест')", "item 1"}));
  EXPECT_TRUE(
      fails_with([&] { aggregate(items, with(Method::sum)); }, Errc::invalid, {"sum to zero"}));
}

TEST(Aggregate, NothingToCountIsEmpty) {
  EXPECT_TRUE(fails_with([] { aggregate({}); }, Errc::empty, {"no items"}));
  const std::vector<Item> only_empty = {empty_item(), empty_item()};
  EXPECT_TRUE(fails_with([&] { aggregate(only_empty); }, Errc::empty, {"empty: 2"}));
  const std::vector<Item> only_marks = {marked("н"), marked("зв."), empty_item()};
  EXPECT_TRUE(fails_with([&] { aggregate(only_marks, with(Method::weighted_mean)); }, Errc::empty,
                         {"3 items", "empty: 1", "special marks that do not count: 2"}));
}

TEST(Aggregate, RejectsInvalidOptions) {
  const std::vector<Item> items = moodle_items();
  AggregateOptions options;
  options.target_min = 10;
  options.target_max = 10;
  EXPECT_TRUE(fails_with([&] { aggregate(items, options); }, Errc::invalid, {"10 … 10"}));
  EXPECT_TRUE(fails_with([&] { aggregate(items, with(static_cast<Method>(42))); }, Errc::invalid,
                         {"method 42"}));
  AggregateOptions bad_policy;
  bad_policy.empty = static_cast<EmptyPolicy>(7);
  EXPECT_TRUE(fails_with([&] { aggregate(items, bad_policy); }, Errc::invalid, {"policy 7"}));
}

// Random item sets for the properties below: ranges, weights and values on a decimal grid.
std::vector<Item> random_items(std::mt19937_64& random) {
  std::uniform_int_distribution<int> sizes(1, 12);
  std::uniform_int_distribution<int> maxima(1, 200);
  std::uniform_int_distribution<int> weights(1, 20);
  std::uniform_int_distribution<int> kinds(0, 9);
  std::vector<Item> items(static_cast<std::size_t>(sizes(random)));
  for (Item& item : items) {
    const int max = maxima(random);
    item.min = 0;
    item.max = max;
    item.weight = frac(weights(random), 4);
    std::uniform_int_distribution<int> points(0, 2 * max);
    const int kind = kinds(random);
    if (kind == 0) {
      item.grade = Grade::special("н");
    } else if (kind == 1) {
      item.grade = Grade::empty();
    } else {
      item.grade = Grade::of(frac(points(random), 2));
    }
  }
  return items;
}

const Method kMethods[] = {Method::mean,   Method::weighted_mean, Method::median, Method::mode,
                           Method::lowest, Method::highest,       Method::sum};

TEST(AggregateProperties, ResultLiesBetweenLowestAndHighest) {
  std::mt19937_64 random(42);
  int checked = 0;
  for (int round = 0; round < 400; ++round) {
    const std::vector<Item> items = random_items(random);
    try {
      const Rational low = aggregate(items, with(Method::lowest)).value;
      const Rational high = aggregate(items, with(Method::highest)).value;
      for (const Method method :
           {Method::mean, Method::weighted_mean, Method::median, Method::mode}) {
        const Rational value = aggregate(items, with(method)).value;
        EXPECT_GE(value, low) << static_cast<int>(method);
        EXPECT_LE(value, high) << static_cast<int>(method);
        ++checked;
      }
      EXPECT_GE(low, Rational(0));
      EXPECT_LE(high, Rational(100));
    } catch (const Error& error) {
      EXPECT_EQ(error.code(), Errc::empty) << error.what();
    }
  }
  EXPECT_GT(checked, 1000);
}

TEST(AggregateProperties, PermutationDoesNotChangeTheResult) {
  std::mt19937_64 random(4242);
  for (int round = 0; round < 300; ++round) {
    const std::vector<Item> items = random_items(random);
    std::vector<Item> shuffled = items;
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    for (const Method method : kMethods) {
      try {
        const AggregateResult original = aggregate(items, with(method));
        const AggregateResult permuted = aggregate(shuffled, with(method));
        EXPECT_EQ(original.value, permuted.value) << static_cast<int>(method);
        EXPECT_EQ(original.range_max, permuted.range_max);
      } catch (const Error& error) {
        EXPECT_EQ(error.code(), Errc::empty) << error.what();
        EXPECT_THROW(aggregate(shuffled, with(method)), Error);
      }
    }
  }
}

TEST(AggregateProperties, SharesOfCountedItemsSumToOne) {
  std::mt19937_64 random(99);
  for (int round = 0; round < 300; ++round) {
    const std::vector<Item> items = random_items(random);
    for (const Method method : kMethods) {
      try {
        const AggregateResult result = aggregate(items, with(method));
        Rational total;
        for (const ItemOutcome& outcome : result.items) {
          total += outcome.share;
          if (outcome.use != ItemUse::counted) {
            EXPECT_EQ(outcome.share, Rational(0));
          }
        }
        EXPECT_EQ(total, Rational(1)) << static_cast<int>(method);
      } catch (const Error& error) {
        EXPECT_EQ(error.code(), Errc::empty) << error.what();
      }
    }
  }
}

TEST(AggregateProperties, EqualWeightsMakeTheWeightedMeanTheMean) {
  std::mt19937_64 random(5);
  for (int round = 0; round < 300; ++round) {
    std::vector<Item> items = random_items(random);
    for (Item& item : items) item.weight = 3;
    try {
      EXPECT_EQ(aggregate(items, with(Method::weighted_mean)).value,
                aggregate(items, with(Method::mean)).value);
    } catch (const Error& error) {
      EXPECT_EQ(error.code(), Errc::empty) << error.what();
    }
  }
}

TEST(AggregateProperties, MeanMatchesAnIndependentComputation) {
  std::mt19937_64 random(11);
  std::uniform_int_distribution<std::int64_t> grades(1, 12);
  for (int round = 0; round < 500; ++round) {
    const std::size_t count = 1 + static_cast<std::size_t>(round % 15);
    std::vector<Item> items;
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < count; ++i) {
      const std::int64_t grade = grades(random);
      sum += grade;
      items.push_back(Item{Grade::of(grade), 1, 12, 1});
    }
    AggregateOptions options;
    options.target_min = 1;
    options.target_max = 12;
    EXPECT_EQ(aggregate(items, options).value, frac(sum, static_cast<Int128>(count)));
  }
}

}  // namespace
}  // namespace ejournal::grading
