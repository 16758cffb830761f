// Properties of the Moodle policy on random seeded gradebooks: the contributions to the course
// total add up to the natural total, in the grader's and the student's view.
#include <gtest/gtest.h>

#include <cstddef>
#include <random>
#include <string>
#include <vector>

#include "moodle_support.hpp"

namespace ejournal::grading::gradebook::moodle_test {
namespace {

struct RandomBook {
  Gradebook book;
  std::vector<Grade> grades;
};

template <class T>
const T& pick(std::mt19937& rng, const std::vector<T>& choices) {
  return choices[std::uniform_int_distribution<std::size_t>(0, choices.size() - 1)(rng)];
}

bool chance(std::mt19937& rng, double probability) {
  return std::bernoulli_distribution(probability)(rng);
}

// Minima are 0, so that no total is bounded from below: that is when Moodle's contributions add
// up exactly. `all_natural` also keeps category weights automatic, so that every item's
// contribution (not only the course's children) adds up.
RandomBook random_book(std::mt19937& rng, bool all_natural) {
  const std::vector<Aggregation> methods = {Aggregation::mean,
                                            Aggregation::weighted_mean,
                                            Aggregation::simple_weighted_mean,
                                            Aggregation::mean_with_extra_credits,
                                            Aggregation::median,
                                            Aggregation::lowest,
                                            Aggregation::highest,
                                            Aggregation::mode,
                                            Aggregation::natural};
  const std::vector<std::string> overrides = {"0", "0.1", "0.25", "0.5", "1", "1.5"};
  const std::vector<std::string> coefficients = {"0.5", "1", "2", "3"};
  const std::vector<int> maxima = {5, 10, 20, 50, 100};

  RandomBook random;
  Gradebook& book = random.book;
  book.categories.push_back(category("c0", "", Aggregation::natural, chance(rng, 0.5)));
  const int sub_categories = std::uniform_int_distribution<int>(0, 4)(rng);
  for (int k = 1; k <= sub_categories; ++k) {
    const Category& parent = pick(rng, book.categories);
    Category sub =
        category("c" + std::to_string(k), parent.id,
                 all_natural ? Aggregation::natural : pick(rng, methods), chance(rng, 0.5));
    sub.max = pick(rng, maxima);
    sub.hidden = chance(rng, 0.1);
    sub.extra_credit = chance(rng, 0.1);
    sub.weight = dec(pick(rng, coefficients));
    sub.weight_overridden = !all_natural && chance(rng, 0.2);
    if (sub.weight_overridden) sub.weight = dec(pick(rng, overrides));
    book.categories.push_back(sub);
  }
  for (Category& c : book.categories) {
    if (chance(rng, 0.15)) c.drop_lowest = std::uniform_int_distribution<int>(1, 3)(rng);
    if (chance(rng, 0.1)) c.keep_highest = std::uniform_int_distribution<int>(1, 3)(rng);
  }
  const int items = std::uniform_int_distribution<int>(1, 10)(rng);
  for (int k = 0; k < items; ++k) {
    const int max = pick(rng, maxima);
    Item i = item("i" + std::to_string(k), pick(rng, book.categories).id, max);
    i.extra_credit = chance(rng, 0.15);
    i.hidden = chance(rng, 0.1);
    i.weight = dec(pick(rng, coefficients));
    i.weight_overridden = chance(rng, 0.25);
    if (i.weight_overridden) i.weight = dec(pick(rng, overrides));
    book.items.push_back(i);

    Grade grade;
    if (!chance(rng, 0.25)) {
      const int halves = std::uniform_int_distribution<int>(0, 2 * max)(rng);
      grade.score = Rational::fraction(halves, 2);
    }
    grade.excluded = chance(rng, 0.05);
    grade.hidden = chance(rng, 0.05);
    random.grades.push_back(grade);
  }
  // Settings the tree refuses are kept out: more drops than children, child weights summing to 0.
  for (std::size_t k = 0; k < book.categories.size(); ++k) {
    Category& c = book.categories[k];
    int children = 0;
    bool has_weight = false;
    const auto counts = [&](const auto& child) {
      ++children;
      const bool read = c.aggregation == Aggregation::weighted_mean || child.weight_overridden;
      has_weight = has_weight || !read || !child.weight || child.weight->sign() != 0;
    };
    for (const Category& sub : book.categories) {
      if (sub.parent == c.id) counts(sub);
    }
    for (const Item& i : book.items) {
      if (i.category == c.id) counts(i);
    }
    c.drop_lowest = std::min(c.drop_lowest, children);
    c.keep_highest = std::min(c.keep_highest, children);
    if (!has_weight) {
      for (Item& i : book.items) {
        if (i.category == c.id) i.weight = 1;
      }
      for (Category& sub : book.categories) {
        if (sub.parent == c.id) sub.weight = 1;
      }
    }
  }
  // Moodle reads an extra-credit weight of 0 as "not extra credit": the books never say that.
  for (Item& i : book.items) {
    if (i.extra_credit && i.weight && i.weight->sign() == 0) i.weight = 1;
  }
  for (Category& c : book.categories) {
    if (c.extra_credit && c.weight && c.weight->sign() == 0) c.weight = 1;
  }
  return random;
}

Rational sum_of_contributions(const GradebookResult& result, const std::vector<std::string>& ids,
                              bool categories) {
  Rational sum;
  for (const std::string& id : ids) {
    const NodeResult& n = node(result, id, categories);
    if (n.contribution) sum += *n.contribution;
  }
  return sum;
}

void expect_contributions_add_up(const RandomBook& random, const GradebookResult& result,
                                 bool over_items) {
  if (!result.total || result.total_max.sign() == 0) return;
  std::vector<std::string> ids;
  Rational sum;
  if (over_items) {
    for (const Item& i : random.book.items) ids.push_back(i.id);
    sum = sum_of_contributions(result, ids, false);
  } else {
    std::vector<std::string> child_categories;
    for (const Item& i : random.book.items) {
      if (i.category == "c0") ids.push_back(i.id);
    }
    for (const Category& c : random.book.categories) {
      if (c.parent == "c0") child_categories.push_back(c.id);
    }
    sum = sum_of_contributions(result, ids, false) +
          sum_of_contributions(result, child_categories, true);
  }
  EXPECT_EQ(sum * result.total_max, *result.total);
  EXPECT_EQ(node(result, "c0", true).contribution, *result.total / result.total_max);
}

TEST(MoodleProperties, CourseChildrenContributionsAddUpToTheNaturalTotal) {
  std::mt19937 rng(20240917);
  for (int round = 0; round < 400; ++round) {
    SCOPED_TRACE(round);
    const RandomBook random = random_book(rng, false);
    expect_contributions_add_up(random, grader_view(random.book, random.grades), false);
    expect_contributions_add_up(random, student_view(random.book, random.grades), false);
  }
}

TEST(MoodleProperties, ItemContributionsAddUpInAnAllNaturalCourse) {
  std::mt19937 rng(7);
  for (int round = 0; round < 400; ++round) {
    SCOPED_TRACE(round);
    const RandomBook random = random_book(rng, true);
    expect_contributions_add_up(random, grader_view(random.book, random.grades), true);
    expect_contributions_add_up(random, student_view(random.book, random.grades), true);
  }
}

TEST(MoodleProperties, ClassEqualsStudentByStudent) {
  std::mt19937 rng(99);
  const RandomBook first = random_book(rng, false);
  std::vector<Grade> grades = first.grades;
  for (int student = 0; student < 3; ++student) {
    for (const Grade& g : first.grades) {
      Grade changed = g;
      if (changed.score) changed.score = *changed.score * student / 3;
      grades.push_back(changed);
    }
  }
  const std::vector<GradebookResult> results = compute_class(first.book, grades, MoodlePolicy{});
  const std::size_t per_student = first.book.items.size();
  for (std::size_t s = 0; s < results.size(); ++s) {
    const std::vector<Grade> own(
        grades.begin() + static_cast<std::ptrdiff_t>(s * per_student),
        grades.begin() + static_cast<std::ptrdiff_t>((s + 1) * per_student));
    const GradebookResult alone = grader_view(first.book, own);
    EXPECT_EQ(results[s].total, alone.total);
    EXPECT_EQ(results[s].total_max, alone.total_max);
  }
}

}  // namespace
}  // namespace ejournal::grading::gradebook::moodle_test
